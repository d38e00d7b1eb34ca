import type { ColumnMapping, Field } from './types';

export const FIELDS: readonly Field[] = [
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
  'party',
];

/**
 * Header texts we recognise per field, English and Dutch. Matching data only: the
 * names shown to users live in the i18n catalogue (inputFields).
 */
export const HEADER_ALIASES: Readonly<Record<Field, readonly string[]>> = {
  supplier: ['Supplier', 'Leverancier', 'Vendor', 'Dienstverlener', 'Partner'],
  period: ['Period', 'Periode'],
  affective: ['Affective commitment', 'Affectieve betrokkenheid', 'Affective', 'Affectief'],
  calculative: ['Calculative commitment', 'Berekende betrokkenheid', 'Calculative', 'Berekend'],
  activity: ['Activity', 'Activiteit'],
  constructiveness: ['Constructiveness', 'Constructiviteit'],
  service: ['Service orientation', 'Servicegerichtheid', 'Service', 'Service invalshoek'],
  business: ['Business orientation', 'Businessgerichtheid', 'Business', 'Business invalshoek'],
  manager: ['Relationship manager', 'Relatiemanager', 'Manager'],
  date: ['Date', 'Datum'],
  category: ['Category', 'Categorie'],
  impact: ['Impact'],
  description: ['Description', 'Omschrijving', 'Beschrijving'],
  party: ['Party', 'Partij', 'Perspective', 'Perspectief'],
};

/**
 * Header key: accents stripped (NFD + drop combining marks), lower case, and every run of
 * non-alphanumerics removed, so "Affectieve  Betrokkenheid", "affectieve_betrokkenheid"
 * and "AffectieveBetrokkenheid" all compare equal.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

const ALIAS_INDEX: ReadonlyMap<string, Field> = (() => {
  const m = new Map<string, Field>();
  for (const f of FIELDS) for (const a of HEADER_ALIASES[f]) m.set(normalizeHeader(a), f);
  return m;
})();

/** Header cell value → display text; non-text headers (a year typed as number) become text. */
export function headerText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  return '';
}

/**
 * The field a header names, or undefined. A trailing note in brackets is tolerated
 * ("Impact (-5..+5)", "Affectief [1-5]") because users like to document units there.
 */
export function matchHeader(text: string): Field | undefined {
  const exact = ALIAS_INDEX.get(normalizeHeader(text));
  if (exact) return exact;
  const stripped = text.replace(/\s*[([][^()[\]]*[)\]]\s*$/, '');
  return stripped !== text && stripped.trim() !== '' ? ALIAS_INDEX.get(normalizeHeader(stripped)) : undefined;
}

/**
 * Assigns fields to the cells of a candidate header row. Mapped headers (the user's
 * explicit choice) win over aliases; a field is given to its first matching column only.
 * Returns field → zero-based index.
 */
export function matchHeaderRow(row: readonly unknown[], mapping: ColumnMapping = {}): Map<Field, number> {
  const texts = row.map(headerText);
  const keys = texts.map(normalizeHeader);
  const found = new Map<Field, number>();
  const taken = new Set<number>();
  for (const f of FIELDS) {
    const wanted = mapping[f];
    if (wanted === undefined || normalizeHeader(wanted) === '') continue;
    const key = normalizeHeader(wanted);
    const i = keys.findIndex((k, j) => k === key && !taken.has(j));
    if (i >= 0) {
      found.set(f, i);
      taken.add(i);
    }
  }
  for (let i = 0; i < texts.length; i++) {
    if (taken.has(i) || texts[i] === '') continue;
    const f = matchHeader(texts[i]);
    if (f && !found.has(f)) {
      found.set(f, i);
      taken.add(i);
    }
  }
  return found;
}
