import * as React from 'react';
import { Field, Select } from '@fluentui/react-components';
import { catalogue, LANGUAGES, Language, parseLanguage } from '../i18n';

export interface LanguagePickerProps {
  readonly lang: Language;
  readonly onChange: (lang: Language) => void;
}

/** The language of every text in the pane, the sheets written and the custom functions. */
export function LanguagePicker({ lang, onChange }: LanguagePickerProps): React.JSX.Element {
  const t = catalogue(lang).taskpane;
  return (
    <Field label={t.languageLabel}>
      <Select
        id="rmo-language"
        value={lang}
        onChange={(_, data) => {
          const next = parseLanguage(data.value);
          if (next) onChange(next);
        }}
      >
        {LANGUAGES.map((l) => (
          // Each option in its own language (lang attribute for screen readers).
          <option key={l} value={l} lang={l}>
            {t.languageNames[l]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
