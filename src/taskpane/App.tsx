import * as React from 'react';
import { Body1, Button, Caption1, Divider, MessageBar, MessageBarBody, MessageBarTitle, Title3 } from '@fluentui/react-components';
import { catalogue, Language, TaskpaneSettingField } from '../i18n';
import { initialLanguage, saveLanguage } from './languageStore';
import { LanguagePicker } from './LanguagePicker';
import { SettingsFields } from './SettingsFields';
import { MappingSection } from './MappingSection';
import { RunProgress } from './RunProgress';
import { ResultSummary } from './ResultSummary';
import { TableList } from './TableList';
import { selectionFor } from './selection';
import { defaultForm, formFromSettings, SettingsForm, validateForm } from './settingsForm';
import { loadStoredSettings, saveStoredSettings, SettingsStore } from './settingsStore';
import { DEFAULT_SETTINGS } from '../analysis/settings';
import { mappingFromTexts, MappingTexts } from './mapping';
import type { Field as InputField } from '../input/types';
import type { ColumnMapping, Pipeline, ProgressStep, RunSummary, TableChoice } from './types';
import { useStyles } from './styles';

export interface AppProps {
  readonly pipeline: Pipeline;
  /** The workbook's stored settings and column names: read once on start, saved after a run. */
  readonly store: SettingsStore;
  /** Starting language; by default the stored choice or Office's display language. */
  readonly initialLang?: Language;
}

export function App({ pipeline, store, initialLang }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Language>(() => initialLang ?? initialLanguage());
  // Read once: later saves come from this pane, so re-reading could only undo the user's typing.
  const [stored] = React.useState(() => loadStoredSettings(store));
  const [form, setForm] = React.useState<SettingsForm>(() => formFromSettings({ ...stored.settings, language: lang }, lang));
  const [mapping, setMapping] = React.useState<MappingTexts>(() => stored.columns);
  const [saveFailed, setSaveFailed] = React.useState(false);
  const [running, setRunning] = React.useState(false);
  const [step, setStep] = React.useState<ProgressStep | undefined>(undefined);
  const [summary, setSummary] = React.useState<RunSummary | undefined>(undefined);
  const [error, setError] = React.useState<string | undefined>(undefined);
  // The "Tables" step. Choices are kept as the set of unchecked tables, so a re-scan keeps
  // them for tables that still exist and a newly found table starts checked.
  const [choices, setChoices] = React.useState<TableChoice[] | undefined>(undefined);
  const [unchecked, setUnchecked] = React.useState<ReadonlySet<string>>(() => new Set());
  const [scannedWith, setScannedWith] = React.useState<string | undefined>(undefined);
  const [scanning, setScanning] = React.useState(false);
  const [scanError, setScanError] = React.useState<string | undefined>(undefined);

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

  const toggleTable = (key: string, checked: boolean): void =>
    setUnchecked((prev) => {
      const next = new Set(prev);
      if (checked) next.delete(key);
      else next.add(key);
      return next;
    });

  const scan = async (columns: ColumnMapping): Promise<TableChoice[]> => {
    const found = await pipeline.scan(columns);
    setChoices(found);
    setScannedWith(JSON.stringify(columns));
    return found;
  };

  const findTables = async (): Promise<void> => {
    if (scanning || running) return;
    setScanning(true);
    setScanError(undefined);
    try {
      await scan(mappingFromTexts(mapping));
    } catch (e) {
      setScanError(e instanceof Error ? e.message : String(e));
    } finally {
      setScanning(false);
    }
  };

  const selection = selectionFor(choices, unchecked);
  const noneChosen = selection !== undefined && selection.length === 0;

  const analyse = async (): Promise<void> => {
    const settings = validation.settings;
    if (!settings || running || scanning || noneChosen) return;
    setRunning(true);
    setError(undefined);
    setSummary(undefined);
    setStep('reading');
    try {
      const columns = mappingFromTexts(mapping);
      let current = choices;
      // The column names decide which tables are recognised: after a change the list is
      // stale, so list again (keeping the user's choices) rather than analyse by the old one.
      if (current !== undefined && JSON.stringify(columns) !== scannedWith) current = await scan(columns);
      const result = await pipeline.run(settings, columns, selectionFor(current, unchecked), setStep);
      setSummary(result);
      setStep('done');
      // Only settings that produced a run are kept, so the ribbon's Run analysis repeats a run that worked.
      setSaveFailed(!(await saveStoredSettings(store, settings, columns)));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setStep(undefined);
    } finally {
      setRunning(false);
    }
  };

  const restoreDefaults = async (): Promise<void> => {
    setForm(defaultForm(lang));
    setSaveFailed(!(await saveStoredSettings(store, { ...DEFAULT_SETTINGS, language: lang }, mappingFromTexts(mapping))));
  };

  const invalid = !validation.settings;
  const describedBy = invalid ? 'rmo-fix-settings' : noneChosen ? 'rmo-no-tables' : undefined;
  return (
    <main className={styles.root}>
      <header className={styles.section}>
        <Title3 as="h1" className={styles.heading}>{t.title}</Title3>
        <Body1>{t.intro}</Body1>
      </header>
      <LanguagePicker lang={lang} onChange={chooseLanguage} />
      <TableList
        lang={lang}
        choices={choices}
        unchecked={unchecked}
        scanning={scanning}
        disabled={running}
        error={scanError}
        onScan={() => void findTables()}
        onToggle={toggleTable}
      />
      <div className={styles.section}>
        <div className={styles.row}>
          <Button
            id="rmo-analyse"
            appearance="primary"
            disabled={invalid || running || scanning || noneChosen}
            aria-describedby={describedBy}
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
        {noneChosen && (
          <Caption1 id="rmo-no-tables" className={styles.muted}>
            {t.noTablesChosen}
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
      {saveFailed && (
        <MessageBar intent="warning" id="rmo-save-failed">
          <MessageBarBody>{t.settingsNotSaved}</MessageBarBody>
        </MessageBar>
      )}
      <Divider />
      <SettingsFields
        lang={lang}
        form={form}
        errors={validation.errors}
        disabled={running}
        onChange={changeSetting}
        onRestoreDefaults={() => void restoreDefaults()}
      />
      <MappingSection
        lang={lang}
        texts={mapping}
        disabled={running}
        defaultOpen={Object.keys(stored.columns).length > 0}
        onChange={changeMapping}
      />
    </main>
  );
}
