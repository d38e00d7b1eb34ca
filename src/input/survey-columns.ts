import { catalogue, LANGUAGES } from '../i18n';
import { ITEM_CODES, ItemCode, Party, surveyItem } from '../model';
import { isBlankRow, HEADER_SEARCH_ROWS } from './detect';
import { columnLetter } from './columns';
import { headerText, matchHeader, normalizeHeader } from './headers';
import type { Problem, RawTable } from './types';

/** A recognised column of a response table: where it is and how problems name it. */
export interface SurveyColumn {
  readonly index: number;
  /** "<header as typed> (<letter>)". */
  readonly label: string;
}

/** Where a response table's columns are. */
export interface ResponseTable {
  readonly raw: RawTable;
  readonly headerIndex: number;
  readonly headerRow: number;
  readonly supplier: SurveyColumn;
  readonly period?: SurveyColumn;
  readonly party?: SurveyColumn;
  /** Respondent columns in order of preference (respondent, e-mail, name, id). */
  readonly respondent: readonly SurveyColumn[];
  readonly items: ReadonlyMap<ItemCode, SurveyColumn>;
  /** unknown-item warnings for code-like headers that are not in the bank. */
  readonly problems: readonly Problem[];
}

/** A response table needs a supplier column and at least this many item columns. */
export const MIN_ITEM_COLUMNS = 2;

/** Respondent header aliases, best first: an explicit respondent, then what a forms export offers. */
const RESPONDENT_ALIASES: readonly (readonly string[])[] = [
  ['Respondent', 'Respondent name', 'Naam respondent', 'Beoordelaar', 'Rater'],
  ['Email', 'E-mail', 'Email address', 'E-mailadres', 'Emailadres'],
  ['Name', 'Naam', 'Full name', 'Volledige naam'],
  ['ID', 'Respondent ID', 'Response ID'],
];
const PARTY_ALIASES = ['Party', 'Partij', 'Respondent party', 'Partij respondent', 'Side', 'Kant'];

const key = normalizeHeader;
const RESPONDENT_KEYS = RESPONDENT_ALIASES.map((list) => new Set(list.map(key)));
const PARTY_KEYS = new Set(PARTY_ALIASES.map(key));

/** Item texts of both languages, normalised, longest first so a longer text wins over one it contains. */
const ITEM_TEXTS: readonly (readonly [string, ItemCode])[] = LANGUAGES.flatMap((l) =>
  ITEM_CODES.map((c): [string, ItemCode] => [key(catalogue(l).survey.items[c]), c]),
).sort((a, b) => b[0].length - a[0].length);

/** Three letters and a number at the start of a header: an item code ("AFF1", "CAL2 – …", "[ACT3]"). */
const CODE_AT_START = /^\W*([A-Za-z]{3}\d{1,2})(?![A-Za-z0-9])/;

export type HeaderItem = { readonly kind: 'item'; readonly code: ItemCode } | { readonly kind: 'unknownItem'; readonly code: string };

/**
 * The item a header names: its code ("AFF1", "aff1: We enjoy…"), or its full text in either
 * language anywhere in the header, the way a Microsoft Forms export names a question
 * ("3. We enjoy working with this partner."). A code-like header not in the bank is unknownItem.
 */
export function matchItemHeader(text: string): HeaderItem | undefined {
  const m = CODE_AT_START.exec(text);
  if (m) {
    const item = surveyItem(m[1]);
    if (item) return { kind: 'item', code: item.code };
  }
  const k = key(text);
  if (k.length >= 10) for (const [t, code] of ITEM_TEXTS) if (k.includes(t)) return { kind: 'item', code };
  if (m && /^\W*[A-Za-z]{3}\d{1,2}\W*$/.test(text)) return { kind: 'unknownItem', code: m[1] };
  return undefined;
}

/**
 * Finds a response table: the first of the first 10 non-empty rows with a supplier column
 * and at least two item columns. Undefined when the block is not a response table.
 */
export function detectResponseTable(raw: RawTable): ResponseTable | undefined {
  let nonEmpty = 0;
  for (let i = 0; i < raw.values.length && nonEmpty < HEADER_SEARCH_ROWS; i++) {
    const row = raw.values[i];
    if (isBlankRow(row)) continue;
    nonEmpty++;
    const t = readHeader(raw, i);
    if (t) return t;
  }
  return undefined;
}

function readHeader(raw: RawTable, i: number): ResponseTable | undefined {
  const texts = raw.values[i].map(headerText);
  const column = (j: number): SurveyColumn => ({ index: j, label: `${texts[j]} (${columnLetter(raw.firstCol + j)})` });
  const items = new Map<ItemCode, SurveyColumn>();
  const unknown: number[] = [];
  let supplier: SurveyColumn | undefined;
  let period: SurveyColumn | undefined;
  let party: SurveyColumn | undefined;
  const respondent: SurveyColumn[][] = RESPONDENT_KEYS.map(() => []);
  texts.forEach((text, j) => {
    if (text === '') return;
    const k = key(text);
    const item = matchItemHeader(text);
    if (item?.kind === 'item') {
      if (!items.has(item.code)) items.set(item.code, column(j));
      return;
    }
    if (item?.kind === 'unknownItem') return void unknown.push(j);
    const rank = RESPONDENT_KEYS.findIndex((s) => s.has(k));
    if (rank >= 0) return void respondent[rank].push(column(j));
    if (PARTY_KEYS.has(k)) return void (party ??= column(j));
    const field = matchHeader(text);
    if (field === 'supplier') supplier ??= column(j);
    else if (field === 'period') period ??= column(j);
  });
  if (!supplier || items.size < MIN_ITEM_COLUMNS) return undefined;
  const problems: Problem[] = unknown.map((j) => ({
    code: 'surveyUnknownItem',
    severity: 'warning',
    sheet: raw.sheet,
    column: column(j).label,
    value: texts[j],
  }));
  return {
    raw,
    headerIndex: i,
    headerRow: raw.firstRow + i,
    supplier,
    ...(period ? { period } : {}),
    ...(party ? { party } : {}),
    respondent: respondent.flat(),
    items,
    problems,
  };
}

/** Party values, normalised: our organisation and the supplier, in English and Dutch. */
const PARTY_VALUES: ReadonlyMap<string, Party> = (() => {
  const m = new Map<string, Party>();
  const client = ['client', 'us', 'we', 'ours', 'our organisation', 'our organization', 'own organisation', 'buyer', 'customer', 'klant', 'wij', 'ons', 'opdrachtgever', 'uitbesteder', 'eigen organisatie', 'afnemer'];
  const supplier = ['supplier', 'provider', 'vendor', 'service provider', 'leverancier', 'dienstverlener', 'aanbieder'];
  for (const v of client) m.set(key(v), 'client');
  for (const v of supplier) m.set(key(v), 'supplier');
  for (const l of LANGUAGES) for (const p of ['client', 'supplier'] as const) m.set(key(catalogue(l).survey.parties[p]), p);
  return m;
})();

/** The party a cell names, or undefined when it names none. */
export function matchParty(text: string): Party | undefined {
  return PARTY_VALUES.get(key(text));
}

/** Answer labels of both languages ("agree", "helemaal eens") → their number, for forms that export labels. */
const ANSWER_LABELS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const l of LANGUAGES) for (const [n, label] of Object.entries(catalogue(l).survey.scale)) m.set(key(label), Number(n));
  return m;
})();

/**
 * An answer written as text: a scale label ("Agree", "helemaal oneens") or a number
 * followed by its label ("4 - agree", "4 (eens)"); undefined when it is neither.
 */
export function answerFromText(text: string): number | undefined {
  const label = ANSWER_LABELS.get(key(text));
  if (label !== undefined) return label;
  const m = /^\s*(\d+)\s*[-–—:.=(]\s*[^\d\s]/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** First cells of the questionnaire's items sheet and form, in both languages: guides, not input. */
const AID_TITLES: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => [catalogue(l).survey.legendTitle, catalogue(l).survey.form.title].map(key)));

/** True for the questionnaire's items sheet or form (written by `rmo survey`): read as no table, silently. */
export function isQuestionnaireAid(raw: RawTable): boolean {
  for (const row of raw.values) {
    if (isBlankRow(row)) continue;
    const first = row.find((c) => headerText(c) !== '');
    return first !== undefined && AID_TITLES.has(key(headerText(first)));
  }
  return false;
}
