import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Subtitle2,
  Text,
  type AccordionToggleEventHandler,
} from '@fluentui/react-components';
import { catalogue, format, Language, SettingsGroup, TaskpaneSettingField } from '../i18n';
import { errorText, FieldErrors, midpointText, SettingsForm } from './settingsForm';
import { scrollOpenedIntoView } from './scrollIntoView';
import { useStyles } from './styles';

export const SETTING_GROUPS: Readonly<Record<SettingsGroup, readonly TaskpaneSettingField[]>> = {
  scale: ['scaleMin', 'scaleMax', 'split'],
  impact: ['impactMin', 'impactMax'],
  appreciation: ['halfLifeDays', 'critical', 'euphoria', 'prolongedDays'],
  date: ['asOf'],
  party: ['defaultParty'],
};
const GROUPS = Object.keys(SETTING_GROUPS) as SettingsGroup[];

/** The current values of a group in a few words, for its collapsed header. */
export function groupSummary(group: SettingsGroup, form: SettingsForm, errors: FieldErrors, lang: Language): string {
  const w = catalogue(lang).workbench;
  if (SETTING_GROUPS[group].some((f) => errors[f])) return w.invalidValue;
  const v = (f: TaskpaneSettingField) => form[f].trim();
  switch (group) {
    case 'scale':
      return format(w.scaleSummary, { min: v('scaleMin'), max: v('scaleMax'), split: v('split') || midpointText(form, lang) });
    case 'impact':
      return format(w.impactSummary, { min: v('impactMin'), max: v('impactMax') });
    case 'appreciation':
      return format(w.appreciationSummary, { halfLife: v('halfLifeDays'), critical: v('critical'), euphoria: v('euphoria'), prolonged: v('prolongedDays') });
    case 'date':
      return v('asOf') || w.dateToday;
    case 'party':
      return v('defaultParty') || w.partyDefault;
  }
}

export interface SettingsFieldsProps {
  readonly lang: Language;
  readonly form: SettingsForm;
  readonly errors: FieldErrors;
  readonly disabled: boolean;
  readonly onChange: (field: TaskpaneSettingField, value: string) => void;
  readonly onRestoreDefaults: () => void;
  /** Shown after Restore defaults until the next run: a way back. */
  readonly onUndo?: () => void;
  readonly undoneNote?: boolean;
  /** The user's choice to open the results sheet after a run. */
  readonly activateResults: boolean;
  readonly onActivateResults: (on: boolean) => void;
}

/** The analysis settings in collapsed groups whose headers show the current values; messages under each field. */
export function SettingsFields(props: SettingsFieldsProps): React.JSX.Element {
  const { lang, form, errors, disabled, onChange, onRestoreDefaults, onUndo, undoneNote, activateResults, onActivateResults } = props;
  const c = catalogue(lang);
  const t = c.taskpane;
  const w = c.workbench;
  const styles = useStyles();
  const [open, setOpen] = React.useState<SettingsGroup[]>([]);
  const onToggle: AccordionToggleEventHandler<SettingsGroup> = (_, data) => {
    setOpen(data.openItems);
    if (data.openItems.includes(data.value)) scrollOpenedIntoView(`rmo-settings-${data.value}`);
  };
  return (
    <section className={styles.section} aria-labelledby="rmo-settings-heading" id="rmo-settings">
      <Subtitle2 as="h2" id="rmo-settings-heading" className={styles.heading}>
        {t.settingsHeading}
      </Subtitle2>
      <Text id="rmo-settings-stored" className={styles.muted}>
        {t.settingsStoredNote}
      </Text>
      <Accordion multiple collapsible openItems={open} onToggle={onToggle}>
        {GROUPS.map((g) => (
          <AccordionItem key={g} value={g} id={`rmo-settings-${g}`}>
            <AccordionHeader as="h3" id={`rmo-settings-${g}-header`}>
              <span className={styles.choiceLabel}>
                <span>{w.groups[g]}</span>
                <Caption1 className={styles.muted} id={`rmo-settings-${g}-summary`}>
                  {groupSummary(g, form, errors, lang)}
                </Caption1>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <div className={styles.section}>
                {SETTING_GROUPS[g].map((f) => {
                  const err = errors[f];
                  const hint = t.settingHints[f];
                  return (
                    <Field
                      key={f}
                      label={t.settingLabels[f]}
                      hint={hint ? format(hint, { midpoint: midpointText(form, lang) }) : undefined}
                      validationState={err ? 'error' : 'none'}
                      validationMessage={err ? errorText(err, lang) : undefined}
                    >
                      <Input
                        id={`rmo-setting-${f}`}
                        value={form[f]}
                        disabled={disabled}
                        // Text, not type=number: type=number rejects the Dutch decimal comma in many browsers.
                        inputMode={f === 'asOf' || f === 'defaultParty' ? 'text' : 'decimal'}
                        placeholder={f === 'asOf' ? t.asOfPlaceholder : undefined}
                        onChange={(_, data) => onChange(f, data.value)}
                      />
                    </Field>
                  );
                })}
              </div>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      <Checkbox id="rmo-activate-results" checked={activateResults} label={w.activateResults} onChange={(_, data) => onActivateResults(data.checked === true)} />
      <div className={styles.row}>
        <Button appearance="secondary" disabled={disabled} onClick={onRestoreDefaults} id="rmo-restore">
          {t.restoreDefaults}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {onUndo && (
          <span className={styles.row}>
            <Text>{w.restored}</Text>
            <Button appearance="transparent" size="small" onClick={onUndo} id="rmo-undo-restore">
              {w.undo}
            </Button>
          </span>
        )}
        {undoneNote && <Text>{w.undone}</Text>}
      </div>
    </section>
  );
}
