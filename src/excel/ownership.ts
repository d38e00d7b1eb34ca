/**
 * Which worksheets the add-in created. Only those may be deleted or rewritten.
 *
 * Primary marker: a worksheet-level custom property `rmo.sheetKey` = plan key
 * (Worksheet.customProperties, ExcelApi 1.12). It travels with the sheet (copy,
 * rename, reorder) and is invisible to the user. Custom property keys are
 * case-insensitive and limited to 255 characters.
 *
 * Fallback for hosts without ExcelApi 1.12: a workbook setting (ExcelApi 1.4)
 * `rmo.ownedSheets` holding JSON { sheetId: key }. Worksheet ids are stable for
 * the life of the workbook, but the id of a new sheet is only known after a sync,
 * so this mode costs one extra sync when writing.
 */

export const SHEET_KEY_PROPERTY = 'rmo.sheetKey';
export const OWNED_SHEETS_SETTING = 'rmo.ownedSheets';

export type OwnershipMode = 'customProperties' | 'settings';

/** ExcelApi 1.12 where Office.js can tell; custom properties when running outside Office (tests, fakes). */
export function detectOwnershipMode(): OwnershipMode {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  if (!requirements) return 'customProperties';
  return requirements.isSetSupported('ExcelApi', '1.12') ? 'customProperties' : 'settings';
}

/** sheet id → plan key, for the sheets that are ours. */
export type OwnedSheets = ReadonlyMap<string, string>;

/**
 * Queues the loads that tell which of `sheets` (already loaded with `id`) are
 * ours; call the returned function after the next context.sync().
 */
export function queueOwnershipLoad(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  mode: OwnershipMode,
): () => OwnedSheets {
  if (mode === 'customProperties') {
    const markers = sheets.map((sheet) => {
      const prop = sheet.customProperties.getItemOrNullObject(SHEET_KEY_PROPERTY);
      prop.load('value');
      return { sheet, prop };
    });
    return () => {
      const owned = new Map<string, string>();
      for (const { sheet, prop } of markers) {
        if (!prop.isNullObject && prop.value) owned.set(sheet.id, prop.value);
      }
      return owned;
    };
  }
  const setting = context.workbook.settings.getItemOrNullObject(OWNED_SHEETS_SETTING);
  setting.load('value');
  // Read only by the returned function, which callers invoke after their context.sync().
  /* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
  return () => {
    const owned = new Map<string, string>();
    if (setting.isNullObject) return owned;
    const recorded = parseOwnedSetting(setting.value);
    const present = new Set(sheets.map((s) => s.id));
    for (const [id, key] of Object.entries(recorded)) if (present.has(id)) owned.set(id, key);
    return owned;
  };
  /* eslint-enable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
}

/** The settings value, tolerant of a value stored as JSON text or as an object. */
export function parseOwnedSetting(value: unknown): Record<string, string> {
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return {};
    }
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
  const out: Record<string, string> = {};
  for (const [id, key] of Object.entries(parsed as Record<string, unknown>)) if (typeof key === 'string') out[id] = key;
  return out;
}

/** Queues the custom-property marker on a sheet we just created (customProperties mode). */
export function queueMarkOwned(sheet: Excel.Worksheet, key: string): void {
  sheet.customProperties.add(SHEET_KEY_PROPERTY, key);
}

/** Queues the settings write for settings mode: the full map of our sheets after the run. */
export function queueOwnedSetting(context: Excel.RequestContext, owned: OwnedSheets): void {
  context.workbook.settings.add(OWNED_SHEETS_SETTING, JSON.stringify(Object.fromEntries(owned)));
}
