import { FIELDS } from '../input/headers';
import type { ColumnMapping, Field } from '../input/types';

/** What the user typed per column box, empty boxes included. */
export type MappingTexts = Readonly<Partial<Record<Field, string>>>;

/** Keeps only the headers the user actually filled in, trimmed; an empty box means "recognise automatically". */
export function mappingFromTexts(texts: MappingTexts): ColumnMapping {
  const out: ColumnMapping = {};
  for (const f of FIELDS) {
    const v = texts[f]?.trim();
    if (v) out[f] = v;
  }
  return out;
}
