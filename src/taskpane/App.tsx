import * as React from 'react';
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
import { catalogue, format, Language, TaskpaneSettingField } from '../i18n';
import { initialLanguage, saveLanguage } from './languageStore';
import { LanguagePicker } from './LanguagePicker';
import { SettingsFields } from './SettingsFields';
import { RunProgress } from './RunProgress';
import { MappingSection } from './MappingSection';
import { announcement, ResultSummary } from './ResultSummary';
import { StartSection, type StartStatus } from './StartSection';
import { HelpSection } from './HelpSection';
import { TableList } from './TableList';
import { selectionFor } from './selection';
import { defaultForm, formFromSettings, SettingsForm, SETTING_FIELDS, validateForm } from './settingsForm';
import { loadStoredSettings, saveStoredSettings, SettingsStore } from './settingsStore';
import type { StoredSettings } from './storedSettings';
import { loadActivateResults, saveActivateResults } from './preferenceStore';
import { onRibbonMessage, type RibbonMessage } from './ribbonMessages';
import { scrollOpenedIntoView } from './scrollIntoView';
import { DEFAULT_SETTINGS } from '../analysis/settings';
import { mappingFromTexts, MappingTexts } from './mapping';
import type { Field as InputField } from '../input/types';
import type { Place } from '../excel/navigate';
import { RunCancelled, type ColumnMapping, type Pipeline, type ProgressStep, type RunSummary, type StartKind, type TableChoice } from './types';
import { useStyles } from './styles';
import { mark } from './marks';

export interface AppProps {
  readonly pipeline: Pipeline;
  /**
   * The workbook's stored settings and column names: read once on start, saved after a run.
   * A promise lets the pane paint before the workbook has answered; until it does, the
   * settings and column names are not shown (no default values that then change) and
   * Analyse waits, saying why.
   */
  readonly store: SettingsStore | Promise<SettingsStore>;
  /** Starting language; by default the stored choice or Office's display language. */
  readonly initialLang?: Language;
}

export function App({ pipeline, store, initialLang }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Language>(() => initialLang ?? initialLanguage());
  // Read once: later saves come from this pane, so re-reading could only undo the user's typing.
  const [stored, setStored] = React.useState<StoredSettings | undefined>(() => (store instanceof Promise ? undefined : loadStoredSettings(store)));
  const storeRef = React.useRef<SettingsStore | undefined>(store instanceof Promise ? undefined : store);
  const [form, setForm] = React.useState<SettingsForm>(() => (stored ? formFromSettings({ ...stored.settings, language: lang }, lang) : defaultForm(lang)));
  const [mapping, setMapping] = React.useState<MappingTexts>(() => stored?.columns ?? {});
  const [saveFailed, setSaveFailed] = React.useState(false);
  const [running, setRunning] = React.useState(false);
  const [step, setStep] = React.useState<ProgressStep | undefined>(undefined);
  const [summary, setSummary] = React.useState<RunSummary | undefined>(undefined);
  const [error, setError] = React.useState<string | undefined>(undefined);
  const [cancelled, setCancelled] = React.useState(false);
  const [cancelling, setCancelling] = React.useState(false);
  const cancelToken = React.useRef({ cancelled: false });
  // The "Tables" step. Choices are kept as the set of unchecked tables, so a re-scan keeps
  // them for tables that still exist and a newly found table starts checked.
  const [choices, setChoices] = React.useState<TableChoice[] | undefined>(undefined);
  const [unchecked, setUnchecked] = React.useState<ReadonlySet<string>>(() => new Set());
  const [scannedWith, setScannedWith] = React.useState<string | undefined>(undefined);
  const [scanning, setScanning] = React.useState(false);
  const [scanError, setScanError] = React.useState<string | undefined>(undefined);
  // Starting from nothing: undefined until the cheap probe answers.
  const [hasInput, setHasInput] = React.useState<boolean | undefined>(undefined);
  const [startStatus, setStartStatus] = React.useState<StartStatus | undefined>(undefined);
  const [helpOpen, setHelpOpen] = React.useState(false);
  const [activateResults, setActivateResults] = React.useState(loadActivateResults);
  // Restore defaults can be undone until the next run.
  const [undoForm, setUndoForm] = React.useState<SettingsForm | undefined>(undefined);
  const [undone, setUndone] = React.useState(false);
  const [announce, setAnnounce] = React.useState('');
  const [ribbon, setRibbon] = React.useState<RibbonMessage | undefined>(undefined);

  const c = catalogue(lang);
  const t = c.taskpane;
  const w = c.workbench;
  const validation = React.useMemo(() => validateForm(form, lang), [form, lang]);
  const langRef = React.useRef(lang);
  langRef.current = lang;

  // Before the browser paints the first render.
  React.useLayoutEffect(() => mark('rmo:first-render'), []);

  // The workbook's settings arrive after the first paint when the store is still being opened.
  React.useEffect(() => {
    if (!(store instanceof Promise)) return;
    let live = true;
    void store.then((opened) => {
      if (!live) return;
      mark('rmo:settings-read');
      const read = loadStoredSettings(opened);
      storeRef.current = opened;
      setStored(read);
      setForm(formFromSettings({ ...read.settings, language: langRef.current }, langRef.current));
      setMapping(read.columns);
    });
    return () => {
      live = false;
    };
  }, [store]);

  // The page language helps screen readers pronounce the texts; custom functions follow the pane.
  React.useEffect(() => {
    document.documentElement.lang = lang;
    pipeline.languageChanged(lang);
  }, [lang, pipeline]);

  React.useEffect(() => {
    let live = true;
    pipeline.hasInput().then(
      (has) => live && setHasInput(has),
      () => live && setHasInput(undefined),
    );
    return () => {
      live = false;
    };
  }, [pipeline]);

  React.useEffect(() => onRibbonMessage(setRibbon), []);

  // After a run: the summary is brought into view, takes the focus and is announced.
  React.useEffect(() => {
    if (!summary) return;
    const heading = document.getElementById('rmo-result-heading');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
    // The announcement is for the moment the run ends (summary changes), not for each language switch.
    setAnnounce(announcement(summary, langRef.current));
  }, [summary]);

  const chooseLanguage = (next: Language): void => {
    if (running) return;
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
    const saveTo = storeRef.current;
    if (!settings || !saveTo || running || scanning || noneChosen) return;
    setRunning(true);
    setError(undefined);
    setSummary(undefined);
    setCancelled(false);
    setCancelling(false);
    setRibbon(undefined);
    setUndoForm(undefined);
    setUndone(false);
    setAnnounce('');
    setStep('reading');
    cancelToken.current = { cancelled: false };
    try {
      const columns = mappingFromTexts(mapping);
      let current = choices;
      // The column names decide which tables are recognised: after a change the list is
      // stale, so list again (keeping the user's choices) rather than analyse by the old one.
      if (current !== undefined && JSON.stringify(columns) !== scannedWith) current = await scan(columns);
      const result = await pipeline.run(settings, columns, selectionFor(current, unchecked), setStep, {
        cancel: cancelToken.current,
        activateResults,
      });
      setSummary(result);
      setHasInput(!result.noInput);
      setStartStatus(undefined);
      setStep('done');
      // Only settings that produced a run are kept, so the ribbon's Run analysis repeats a run that worked.
      if (!result.noInput) setSaveFailed(!(await saveStoredSettings(saveTo, settings, columns)));
    } catch (e) {
      if (e instanceof RunCancelled) setCancelled(true);
      else setError(e instanceof Error ? e.message : String(e));
      setStep(undefined);
    } finally {
      setRunning(false);
    }
  };

  const cancel = (): void => {
    cancelToken.current.cancelled = true;
    setCancelling(true);
  };

  const restoreDefaults = async (): Promise<void> => {
    const store = storeRef.current;
    if (!store) return;
    setUndoForm(form);
    setUndone(false);
    setForm(defaultForm(lang));
    setSaveFailed(!(await saveStoredSettings(store, { ...DEFAULT_SETTINGS, language: lang }, mappingFromTexts(mapping))));
  };

  const undoRestore = async (): Promise<void> => {
    const store = storeRef.current;
    if (!undoForm || !store) return;
    const back = undoForm;
    setForm(back);
    setUndoForm(undefined);
    setUndone(true);
    // What was saved before the restore goes back into the workbook when it is a valid set.
    const settings = validateForm(back, lang).settings;
    if (settings) setSaveFailed(!(await saveStoredSettings(store, settings, mappingFromTexts(mapping))));
  };

  const chooseActivate = (on: boolean): void => {
    setActivateResults(on);
    saveActivateResults(on);
  };

  const start = async (kind: StartKind): Promise<void> => {
    if (running || startStatus?.kind === 'busy') return;
    const s = validation.settings ?? { ...DEFAULT_SETTINGS, language: lang };
    setStartStatus({ kind: 'busy' });
    try {
      const sheets = await pipeline.start(kind, { language: lang, scale: s.scale, impactMin: s.impactMin, impactMax: s.impactMax });
      setStartStatus({ kind: 'done', sheets });
      setHasInput(true);
      // The list of tables (if shown) no longer matches the workbook.
      if (choices !== undefined) void findTables();
    } catch (e) {
      setStartStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const openHelp = (): void => {
    setHelpOpen(true);
    scrollOpenedIntoView('rmo-help');
  };

  const goTo = (place: Place): void => {
    pipeline.goTo(place).catch(() => undefined);
  };

  const invalidFields = SETTING_FIELDS.filter((f) => validation.errors[f]);
  const blockedReason =
    invalidFields.length > 0
      ? format(w.fixFields, { fields: invalidFields.map((f) => t.settingLabels[f]).join(', ') })
      : noneChosen
        ? t.noTablesChosen
        : stored === undefined
          ? w.settingsLoading
          : undefined;
  const showStart = stored !== undefined && (hasInput === false || summary?.noInput === true || startStatus !== undefined || ribbon?.kind === 'noInput');
  const startKinds = new Set(pipeline.startKinds);

  return (
    <div className={styles.page}>
      <main className={styles.root}>
        {/* Excel already shows the add-in's name above the pane: the title is for screen readers only. */}
        <h1 className={styles.visuallyHidden}>{t.title}</h1>
        <Body1>{t.intro}</Body1>
        {ribbon && ribbon.kind !== 'noInput' && (
          <MessageBar intent={ribbon.kind === 'busy' ? 'info' : 'error'} id="rmo-ribbon-message">
            <MessageBarBody>
              {ribbon.kind === 'busy' ? (
                w.ribbonBusy
              ) : (
                <>
                  <MessageBarTitle>{w.ribbonFailedTitle}</MessageBarTitle>
                  {ribbon.detail}
                </>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        {ribbon?.kind === 'noInput' && (
          <MessageBar intent="warning" id="rmo-ribbon-message">
            <MessageBarBody>
              <MessageBarTitle>{w.noInputTitle}</MessageBarTitle>
              {w.noInput}
            </MessageBarBody>
          </MessageBar>
        )}
        <LanguagePicker lang={lang} onChange={chooseLanguage} locked={running} />
        {error !== undefined && (
          <MessageBar intent="error" id="rmo-error">
            <MessageBarBody>
              <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
              {error}
            </MessageBarBody>
          </MessageBar>
        )}
        {summary && <ResultSummary lang={lang} summary={summary} onGoTo={goTo} />}
        {showStart && (
          <StartSection
            lang={lang}
            disabled={running}
            status={startStatus}
            onStart={(k) => void start(k)}
            onQuestionnaire={startKinds.has('questionnaire') ? () => void start('questionnaire') : undefined}
            onHelp={openHelp}
          />
        )}
        {saveFailed && (
          <MessageBar intent="warning" id="rmo-save-failed">
            <MessageBarBody>{t.settingsNotSaved}</MessageBarBody>
          </MessageBar>
        )}
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
        {stored !== undefined && (
          <>
            <SettingsFields
              lang={lang}
              form={form}
              errors={validation.errors}
              disabled={running}
              onChange={changeSetting}
              onRestoreDefaults={() => void restoreDefaults()}
              onUndo={undoForm ? () => void undoRestore() : undefined}
              undoneNote={undone}
              activateResults={activateResults}
              onActivateResults={chooseActivate}
            />
            <MappingSection
              lang={lang}
              texts={mapping}
              disabled={running}
              choices={choices}
              defaultOpen={Object.keys(stored.columns).length > 0}
              onChange={changeMapping}
            />
          </>
        )}
        <HelpSection lang={lang} open={helpOpen} onOpenChange={setHelpOpen} />
      </main>
      <div className={styles.actionBar} role="region" aria-label={t.analyse}>
        {step && step !== 'done' && <RunProgress lang={lang} step={step} />}
        <div className={styles.row}>
          <Button
            id="rmo-analyse"
            appearance="primary"
            // Focusable while blocked, so a keyboard user reaches it and hears why (aria-describedby).
            disabledFocusable={blockedReason !== undefined || running || scanning}
            aria-describedby={blockedReason !== undefined ? 'rmo-analyse-reason' : undefined}
            onClick={() => void analyse()}
          >
            {t.analyse}
          </Button>
          {running && (
            <Button id="rmo-cancel" appearance="secondary" disabled={step === 'writing' || cancelling} onClick={cancel}>
              {w.cancel}
            </Button>
          )}
          {step === 'done' && (
            <Text id="rmo-step" className={styles.muted}>
              {t.steps.done}
            </Text>
          )}
        </div>
        {blockedReason !== undefined && (
          <Caption1 id="rmo-analyse-reason" className={styles.muted}>
            {blockedReason}
          </Caption1>
        )}
        {cancelled && <Caption1 id="rmo-cancelled">{w.cancelled}</Caption1>}
      </div>
      <div role="status" aria-live="polite" className={styles.visuallyHidden} id="rmo-announce">
        {announce}
      </div>
    </div>
  );
}
