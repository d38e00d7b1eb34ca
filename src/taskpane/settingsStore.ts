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

/** The workbook's own settings (Office.context.document.settings), saved with the file. */
export function officeSettingsStore(): SettingsStore {
  return {
    read: () => Office.context.document.settings.get(STORED_SETTINGS_KEY) ?? undefined,
    write: (json) =>
      new Promise<void>((resolve, reject) => {
        const settings = Office.context.document.settings;
        settings.set(STORED_SETTINGS_KEY, json);
        // Without saveAsync the value is gone when the pane's runtime ends.
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
          else reject(result.error ?? new Error('saving the settings failed'));
        });
      }),
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
