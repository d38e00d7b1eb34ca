import type { TableChoice, TableRef } from './types';

/**
 * Which tables a run analyses. A table is known by its sheet plus its Excel table name
 * (undefined = the sheet's used range), so a fresh scan of the same workbook finds the
 * same keys again and keeps the user's choices.
 */
export function tableKey(ref: TableRef): string {
  // U+0000 cannot occur in a sheet name, so sheet "a" + table "b" never meets sheet "a\0b".
  return `${ref.sheet}\u0000${ref.table ?? ''}`;
}

/** The tables of `tables` that are in the selection, in their own order; no selection = all of them. */
export function filterTables<T extends TableRef>(tables: readonly T[], selection: readonly TableRef[] | undefined): T[] {
  if (selection === undefined) return [...tables];
  const chosen = new Set(selection.map(tableKey));
  return tables.filter((t) => chosen.has(tableKey(t)));
}

/**
 * What to send to a run: the recognised tables of the last scan that the user did not
 * uncheck. Without a scan, undefined (every table). Unchecked keys are kept across scans,
 * so a table that is still there stays unchecked and a new one starts checked.
 */
export function selectionFor(choices: readonly TableChoice[] | undefined, unchecked: ReadonlySet<string>): TableRef[] | undefined {
  if (choices === undefined) return undefined;
  return choices
    .filter((c) => c.kind !== undefined && !unchecked.has(tableKey(c)))
    .map((c) => (c.table === undefined ? { sheet: c.sheet } : { sheet: c.sheet, table: c.table }));
}
