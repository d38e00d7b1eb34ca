import { keyFromMarkerName, markerName, SHEET_KEY_PROPERTY, sheetOfReference } from '../report/ownership-marker';

/**
 * Which worksheets the add-in created. Only those may be deleted or rewritten.
 *
 * The marker format is shared with the .xlsx shell (report/ownership-marker.ts):
 * a sheet is ours when a workbook-level defined name `_rmo.<key>` refers to it
 * (what the command line writes, NamedItemCollection, ExcelApi 1.1/1.4) or when it
 * carries the worksheet custom property `rmo.sheetKey` = key (ExcelApi 1.12). We
 * write both on every sheet we create.
 *
 * The name refers to the whole sheet (Worksheet.getRange() without an address,
 * "'RMO Results'!$1:$1048576"), not to A1: deleting row 1 or column A would turn a
 * name on A1 into "='RMO Results'!#REF!". A whole-sheet reference survives row and
 * column deletes. The sheet is found from the name's `formula` (ExcelApi 1.7), which
 * keeps the sheet's name even when the cell part is #REF! (an older A1 name, as the
 * command line writes), and is plain stored text; `value` is computed per name and is
 * not loaded. Only a deleted sheet leaves no sheet in the formula ("=#REF!$A$1").
 * (Excel's reference adjustment is product behaviour the Office.js docs do not
 * describe: see the release checklist in README.)
 *
 * Fallback for hosts without ExcelApi 1.12: instead of the custom property, a
 * workbook setting (ExcelApi 1.4) `rmo.ownedSheets` holding JSON { sheetId: key }.
 * Worksheet ids are stable for the life of the workbook, but the id of a new sheet
 * is only known after a sync, so this mode costs one extra sync when writing.
 */

export { SHEET_KEY_PROPERTY };
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

/** One of our `_rmo.<key>` defined names, and the sheet it refers to (none once that sheet was deleted: =#REF!…). */
export interface MarkerName {
  readonly key: string;
  readonly item: Excel.NamedItem;
  readonly sheetId?: string;
}

export interface Ownership {
  /** sheet id → plan key, for every sheet either marker calls ours. */
  readonly sheets: OwnedSheets;
  /**
   * key → id of the sheet its defined name refers to. The name is workbook-level and
   * so unique per key, while the custom property is copied along when a user copies
   * our sheet: when several sheets carry one key, this one is the original.
   */
  readonly named: ReadonlyMap<string, string>;
  /** Every `_rmo.*` name of the workbook, live or stale. */
  readonly markers: readonly MarkerName[];
}

/**
 * Queues the loads that tell which of `sheets` (already loaded with `id` and
 * `name`) are ours; call the returned function after the next context.sync().
 * Adds no sync of its own: the defined names ride along with the markers.
 */
export function queueOwnershipLoad(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  mode: OwnershipMode,
): () => Ownership {
  const readRecorded = queueRecordedLoad(context, sheets, mode);
  // name (1.1) and formula (1.7) only: formula is the stored reference text ("='Results'!$1:$1048576");
  // value is computed per name and would make Excel evaluate every user name too.
  const names = context.workbook.names;
  names.load('items/name,items/formula');
  // Read only by the returned function, which callers invoke after their context.sync().
  return () => {
    const markers = markerNames(names.items, sheets);
    const named = new Map<string, string>();
    for (const m of markers) if (m.sheetId !== undefined && !named.has(m.key)) named.set(m.key, m.sheetId);
    // The defined name wins over the property: it names one sheet only, while the property
    // is copied along when the user copies our sheet. Once a key has a name, only the sheet
    // it refers to is ours, none if that sheet was deleted (#REF!): a surviving copy is the
    // user's. The property alone counts only for keys without any name.
    const keysWithName = new Set(markers.map((m) => m.key));
    const owned = new Map<string, string>();
    for (const [id, key] of readRecorded()) if (!keysWithName.has(key)) owned.set(id, key);
    for (const [key, id] of named) owned.set(id, key);
    return { sheets: owned, named, markers };
  };
}

/** Our names among the workbook's names, each resolved to a sheet by name (Excel compares sheet names case-insensitively). */
function markerNames(items: readonly Excel.NamedItem[], sheets: readonly Excel.Worksheet[]): MarkerName[] {
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s.id]));
  const out: MarkerName[] = [];
  for (const item of items) {
    const key = keyFromMarkerName(item.name);
    if (key === undefined) continue;
    const target = typeof item.formula === 'string' ? sheetOfReference(item.formula) : undefined;
    const sheetId = target === undefined ? undefined : byName.get(target.toLowerCase());
    out.push(sheetId === undefined ? { key, item } : { key, item, sheetId });
  }
  return out;
}

/** The marker each mode records per sheet: the custom property, or the workbook setting. */
function queueRecordedLoad(
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

/**
 * Queues the markers on a sheet we write: the defined name on the whole sheet always,
 * the custom property where the host has it (CustomPropertyCollection.add sets or
 * replaces the value). Any `_rmo.<key>` name must already be queued for deletion
 * (markersToRemove), or Excel refuses the duplicate name.
 */
export function queueMarkOwned(context: Excel.RequestContext, sheet: Excel.Worksheet, key: string, mode: OwnershipMode): void {
  context.workbook.names.add(markerName(key), sheet.getRange());
  if (mode === 'customProperties') sheet.customProperties.add(SHEET_KEY_PROPERTY, key);
}

/**
 * The marker names to delete before a run writes `keys`: those of the keys being
 * written (re-added on the whole sheet, which also upgrades an older A1 name), and
 * stale ones whose sheet is gone (#REF!), which would otherwise linger in Name Manager.
 */
export function markersToRemove(ownership: Ownership, keys: ReadonlySet<string>): Excel.NamedItem[] {
  return ownership.markers.filter((m) => m.sheetId === undefined || keys.has(m.key)).map((m) => m.item);
}

/** Queues the settings write for settings mode: the full map of our sheets after the run. */
export function queueOwnedSetting(context: Excel.RequestContext, owned: OwnedSheets): void {
  context.workbook.settings.add(OWNED_SHEETS_SETTING, JSON.stringify(Object.fromEntries(owned)));
}
