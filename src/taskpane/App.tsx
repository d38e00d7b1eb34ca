import * as React from 'react';
import { Body1, Button, Caption1, Divider, MessageBar, MessageBarBody, MessageBarTitle, Title3 } from '@fluentui/react-components';
import { catalogue, Language, TaskpaneSettingField } from '../i18n';
import { initialLanguage, saveLanguage } from './languageStore';
import { LanguagePicker } from './LanguagePicker';
import { SettingsFields } from './SettingsFields';
import { MappingSection } from './MappingSection';
import { RunProgress } from './RunProgress';
import { ResultSummary } from './ResultSummary';
import { defaultForm, SettingsForm, validateForm } from './settingsForm';
import { mappingFromTexts, MappingTexts } from './mapping';
import type { Field as InputField } from '../input/types';
import type { Pipeline, ProgressStep, RunSummary } from './types';
import { useStyles } from './styles';

export interface AppProps {
  readonly pipeline: Pipeline;
  /** Starting language; by default the stored choice or Office's display language. */
  readonly initialLang?: Language;
}

export function App({ pipeline, initialLang }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Language>(() => initialLang ?? initialLanguage());
  const [form, setForm] = React.useState<SettingsForm>(() => defaultForm(lang));
  const [mapping, setMapping] = React.useState<MappingTexts>({});
  const [running, setRunning] = React.useState(false);
  const [step, setStep] = React.useState<ProgressStep | undefined>(undefined);
  const [summary, setSummary] = React.useState<RunSummary | undefined>(undefined);
  const [error, setError] = React.useState<string | undefined>(undefined);

  const t = catalogue(lang).taskpane;
  const validation = React.useMemo(() => validateForm(form, lang), [form, lang]);

  // The page language helps screen readers pronounce the texts; custom functions follow the pane.
  React.useEffect(() => {
    document.documentElement.lang = lang;
    pipeline.languageChanged(lang);
  }, [lang, pipeline]);

  const chooseLanguage = (next: Language): void => {
    saveLanguage(next);
    setLang(next);
  };
  const changeSetting = (field: TaskpaneSettingField, value: string): void => setForm((f) => ({ ...f, [field]: value }));
  const changeMapping = (field: InputField, value: string): void => setMapping((m) => ({ ...m, [field]: value }));

  const analyse = async (): Promise<void> => {
    const settings = validation.settings;
    if (!settings || running) return;
    setRunning(true);
    setError(undefined);
    setSummary(undefined);
    setStep('reading');
    try {
      const result = await pipeline.run(settings, mappingFromTexts(mapping), setStep);
      setSummary(result);
      setStep('done');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setStep(undefined);
    } finally {
      setRunning(false);
    }
  };

  const invalid = !validation.settings;
  return (
    <main className={styles.root}>
      <header className={styles.section}>
        <Title3 as="h1" className={styles.heading}>{t.title}</Title3>
        <Body1>{t.intro}</Body1>
      </header>
      <LanguagePicker lang={lang} onChange={chooseLanguage} />
      <div className={styles.section}>
        <div className={styles.row}>
          <Button
            id="rmo-analyse"
            appearance="primary"
            disabled={invalid || running}
            aria-describedby={invalid ? 'rmo-fix-settings' : undefined}
            onClick={() => void analyse()}
          >
            {t.analyse}
          </Button>
        </div>
        {invalid && (
          <Caption1 id="rmo-fix-settings" className={styles.muted}>
            {t.fixSettingsFirst}
          </Caption1>
        )}
      </div>
      {step && <RunProgress lang={lang} step={step} />}
      {error !== undefined && (
        <MessageBar intent="error" id="rmo-error">
          <MessageBarBody>
            <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {summary && <ResultSummary lang={lang} summary={summary} />}
      <Divider />
      <SettingsFields
        lang={lang}
        form={form}
        errors={validation.errors}
        disabled={running}
        onChange={changeSetting}
        onRestoreDefaults={() => setForm(defaultForm(lang))}
      />
      <MappingSection lang={lang} texts={mapping} disabled={running} onChange={changeMapping} />
    </main>
  );
}
