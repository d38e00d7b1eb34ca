/**
 * Where the workbook's settings are kept. The pane and the ribbon command get a store
 * injected, like the pipeline, so tests and the browser harness need no Office.
 */
import type { Settings } from '../analysis/settings';
import type { ColumnMapping } from '../input/types';
import { parseStoredSettings, serialiseSettings, StoredSettings, STORED_SETTINGS_KEY } from './storedSettings';

export interface SettingsStore {
  /** The raw stored value (undefined when none); parseStoredSettings judges it. */
  read(): unknown;
  /** Stores and saves the JSON text; rejects when it could not be saved. */
  write(json: string): Promise<void>;
}

/** For tests and the browser harness: keeps the last written text. */
export function memorySettingsStore(initial?: unknown): SettingsStore & { readonly writes: string[] } {
  let value = initial;
  const writes: string[] = [];
  return {
    writes,
    read: () => value,
    write: async (json) => {
      value = json;
      writes.push(json);
    },
  };
}

/** Excel.run, or a stand-in for it (tests pass the recording fake's context). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The workbook's own settings through Excel's API (Workbook.settings, ExcelApi 1.4):
 * "Settings are unique to a single Excel file and add-in pairing", and Excel add-ins are
 * told to use this application-specific API instead of the Common API's
 * Office.context.document.settings
 * (https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
 * It is the only settings API the add-in uses (ownership.ts keeps its fallback there too):
 * how the two APIs interact is not documented. The value is read once when the store is
 * opened, so `read` stays synchronous for the pane; a write is sent at once and saved with
 * the workbook like any other change (no saveAsync in this API).
 */
export async function openWorkbookSettingsStore(run: ExcelRun = (batch) => Excel.run(batch)): Promise<SettingsStore> {
  let cached: unknown;
  try {
    cached = await run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(STORED_SETTINGS_KEY);
      item.load('value');
      await context.sync();
      return item.isNullObject ? undefined : item.value;
    });
  } catch (err) {
    // Unreadable settings mean "none stored": the defaults apply, and the next save writes them.
    console.error(err);
    cached = undefined;
  }
  return {
    read: () => cached,
    write: async (json) => {
      await run(async (context) => {
        context.workbook.settings.add(STORED_SETTINGS_KEY, json);
        await context.sync();
      });
      cached = json;
    },
  };
}

/** Never throws: a store that cannot be read means "no stored settings". */
export function loadStoredSettings(store: SettingsStore): StoredSettings {
  let raw: unknown;
  try {
    raw = store.read();
  } catch (err) {
    console.error(err);
    raw = undefined;
  }
  return parseStoredSettings(raw);
}

/** Never rejects: failing to remember the settings must not turn a finished run into a failure. */
export async function saveStoredSettings(store: SettingsStore, settings: Settings, columns: ColumnMapping): Promise<boolean> {
  try {
    await store.write(serialiseSettings(settings, columns));
    return true;
  } catch (err) {
    console.error(err);
    return false;
  }
}
