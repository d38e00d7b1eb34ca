import { classifyColumns, detectTable, isBlankRow } from '../input/detect';
import type { ColumnMapping, RawTable } from '../input/types';
import { headerText } from '../input/headers';
import type { TableChoice } from './types';

/**
 * What the "Tables" step lists for each block a shell read. Uses the same header
 * detection as parseTables, so a table listed as "incidents" is read as incidents;
 * but only looks at the header rows, since listing tables must not coerce every cell.
 * Blank sheets are left out: there is nothing to choose.
 */
export function describeTables(tables: readonly RawTable[], mapping: ColumnMapping): TableChoice[] {
  const out: TableChoice[] = [];
  for (const raw of tables) {
    const where = raw.table === undefined ? { sheet: raw.sheet } : { sheet: raw.sheet, table: raw.table };
    const d = detectTable(raw, mapping);
    if (d.status === 'blank') continue;
    if (d.status === 'noHeader') {
      out.push({ ...where, rows: 0, missing: [] });
      continue;
    }
    const t = d.table;
    let rows = 0;
    for (let i = t.headerIndex + 1; i < raw.values.length; i++) if (!isBlankRow(raw.values[i])) rows++;
    const headers = (raw.values[t.headerIndex] ?? []).map(headerText).filter((h) => h !== '');
    const detected = Object.fromEntries([...t.columns].map(([f, c]) => [f, c.header]));
    if (t.kind !== undefined) {
      out.push({ ...where, kind: t.kind, rows, headers, detected });
      continue;
    }
    // The same guess detectTable makes for its missingColumn problems: which kind was meant.
    out.push({ ...where, rows, missing: classifyColumns((f) => t.columns.has(f)).missing, headers, detected });
  }
  return out;
}
