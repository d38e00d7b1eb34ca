import * as React from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, Input, Select, Text, type AccordionToggleEventHandler } from '@fluentui/react-components';
import { catalogue, format, Language } from '../i18n';
import type { Field as InputField, TableKind } from '../input/types';
import type { MappingTexts } from './mapping';
import type { TableChoice } from './types';
import { scrollOpenedIntoView } from './scrollIntoView';
import { useStyles } from './styles';

/** Each field once, under the table it belongs to first; an override still applies to every table with that column. */
// Questionnaire responses have no group: their statement columns are named by the questionnaire's codes (docs/survey.md).
export const MAPPING_GROUPS: Readonly<Record<Exclude<TableKind, 'responses'>, readonly InputField[]>> = {
  supplier: ['supplier', 'period', 'party', 'affective', 'calculative', 'activity', 'constructiveness', 'manager'],
  incident: ['date', 'category', 'impact', 'description'],
  manager: ['service', 'business'],
};
const KINDS = Object.keys(MAPPING_GROUPS) as (keyof typeof MAPPING_GROUPS)[];

/** The header found for `field` in the scanned tables (those of its kind first), if any. */
export function detectedHeader(choices: readonly TableChoice[] | undefined, kind: TableKind, field: InputField): string | undefined {
  const ordered = [...(choices ?? []).filter((c) => c.kind === kind), ...(choices ?? []).filter((c) => c.kind !== kind)];
  for (const c of ordered) {
    const h = c.detected?.[field];
    if (h !== undefined) return h;
  }
  return undefined;
}

/** The real headers to choose from: those of the kind's tables, else of every scanned table; distinct, in order. */
export function headerChoices(choices: readonly TableChoice[] | undefined, kind: TableKind): string[] {
  if (!choices) return [];
  const own = choices.filter((c) => c.kind === kind);
  const from = own.length > 0 ? own : choices;
  return [...new Set(from.flatMap((c) => c.headers ?? []))];
}

export interface MappingSectionProps {
  readonly lang: Language;
  readonly texts: MappingTexts;
  readonly disabled: boolean;
  /** The last scan: its headers fill the drop-downs and show what was recognised. */
  readonly choices?: readonly TableChoice[];
  /** Starts expanded, e.g. when the workbook holds column names, so they are not hidden. */
  readonly defaultOpen?: boolean;
  readonly onChange: (field: InputField, value: string) => void;
}

/**
 * Optional header-name overrides, collapsed by default because automatic matching usually
 * suffices. Grouped by table kind; after Find tables each field shows the header found and
 * offers the table's real headers, before it a free text box.
 */
export function MappingSection({ lang, texts, disabled, choices, defaultOpen = false, onChange }: MappingSectionProps): React.JSX.Element {
  const c = catalogue(lang);
  const t = c.taskpane;
  const w = c.workbench;
  const styles = useStyles();
  const [open, setOpen] = React.useState<string[]>(defaultOpen ? ['mapping'] : []);
  const onToggle: AccordionToggleEventHandler<string> = (_, data) => {
    setOpen(data.openItems);
    if (data.openItems.includes(data.value)) scrollOpenedIntoView('rmo-mapping');
  };
  const scanned = choices !== undefined && choices.some((ch) => (ch.headers ?? []).length > 0);
  return (
    <Accordion collapsible openItems={open} onToggle={onToggle} id="rmo-mapping">
      <AccordionItem value="mapping">
        <AccordionHeader as="h2" id="rmo-mapping-heading">
          {t.mappingHeading}
        </AccordionHeader>
        <AccordionPanel>
          <div className={styles.section}>
            <Text className={styles.muted}>{t.mappingIntro}</Text>
            {!scanned && <Text className={styles.muted}>{w.mappingScanFirst}</Text>}
            {KINDS.map((kind) => {
              const headers = headerChoices(choices, kind);
              return (
                <fieldset key={kind} className={styles.fieldset} id={`rmo-mapping-group-${kind}`}>
                  <legend className={styles.legend}>{t.tableKinds[kind]}</legend>
                  {MAPPING_GROUPS[kind].map((f) => {
                    const found = detectedHeader(choices, kind, f);
                    const value = texts[f] ?? '';
                    return (
                      <Field key={f} label={c.inputFields[f]} hint={scanned ? (found !== undefined ? format(w.mappingDetected, { header: found }) : w.mappingNotFound) : undefined}>
                        {scanned ? (
                          <Select id={`rmo-mapping-${f}`} value={value} disabled={disabled} onChange={(_, data) => onChange(f, data.value)}>
                            <option value="">{w.mappingAuto}</option>
                            {[...headers, ...(value !== '' && !headers.includes(value) ? [value] : [])].map((h) => (
                              <option key={h} value={h}>
                                {h}
                              </option>
                            ))}
                          </Select>
                        ) : (
                          <Input
                            id={`rmo-mapping-${f}`}
                            value={value}
                            disabled={disabled}
                            placeholder={t.mappingPlaceholder}
                            onChange={(_, data) => onChange(f, data.value)}
                          />
                        )}
                      </Field>
                    );
                  })}
                </fieldset>
              );
            })}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
