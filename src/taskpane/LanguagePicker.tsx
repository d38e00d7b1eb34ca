import * as React from 'react';
import { Field, Select } from '@fluentui/react-components';
import { catalogue, LANGUAGES, Language, parseLanguage } from '../i18n';

export interface LanguagePickerProps {
  readonly lang: Language;
  readonly onChange: (lang: Language) => void;
  /** Locked during a run: the sheets being written keep the language they started in. */
  readonly locked?: boolean;
}

/** The language of every text in the pane, the sheets written and the custom functions. */
export function LanguagePicker({ lang, onChange, locked = false }: LanguagePickerProps): React.JSX.Element {
  const c = catalogue(lang);
  const t = c.taskpane;
  return (
    <Field label={t.languageLabel} hint={locked ? c.workbench.languageLocked : undefined}>
      <Select
        id="rmo-language"
        value={lang}
        disabled={locked}
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
