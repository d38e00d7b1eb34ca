import * as React from 'react';
import { Button, Field, Input, Subtitle2, Text } from '@fluentui/react-components';
import { catalogue, format, Language, TaskpaneSettingField } from '../i18n';
import { errorText, FieldErrors, midpointText, SETTING_FIELDS, SettingsForm } from './settingsForm';
import { useStyles } from './styles';

export interface SettingsFieldsProps {
  readonly lang: Language;
  readonly form: SettingsForm;
  readonly errors: FieldErrors;
  readonly disabled: boolean;
  readonly onChange: (field: TaskpaneSettingField, value: string) => void;
  readonly onRestoreDefaults: () => void;
}

/** The analysis settings, one labelled input each, with the validation message under the field. */
export function SettingsFields({ lang, form, errors, disabled, onChange, onRestoreDefaults }: SettingsFieldsProps): React.JSX.Element {
  const t = catalogue(lang).taskpane;
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="rmo-settings-heading">
      <Subtitle2 as="h2" id="rmo-settings-heading" className={styles.heading}>
        {t.settingsHeading}
      </Subtitle2>
      <Text id="rmo-settings-stored" className={styles.muted}>
        {t.settingsStoredNote}
      </Text>
      {SETTING_FIELDS.map((f) => {
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
      <div className={styles.row}>
        <Button appearance="secondary" disabled={disabled} onClick={onRestoreDefaults}>
          {t.restoreDefaults}
        </Button>
      </div>
    </section>
  );
}
