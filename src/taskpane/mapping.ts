import type { ColumnMapping, MappingField } from './types';

/** Display order of the column overrides: supplier table, then manager, then incident columns. */
export const MAPPING_FIELDS: readonly MappingField[] = [
  'supplier',
  'period',
  'affective',
  'calculative',
  'activity',
  'constructiveness',
  'service',
  'business',
  'manager',
  'date',
  'category',
  'impact',
  'description',
];

export type MappingTexts = Readonly<Partial<Record<MappingField, string>>>;

/** Keeps only the headers the user actually filled in, trimmed; an empty box means "recognise automatically". */
export function mappingFromTexts(texts: MappingTexts): ColumnMapping {
  const out: Partial<Record<MappingField, string>> = {};
  for (const f of MAPPING_FIELDS) {
    const v = texts[f]?.trim();
    if (v) out[f] = v;
  }
  return out;
}
