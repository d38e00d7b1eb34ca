import { isoFromSerial, coerceDate, isDateFormat } from './dates';
import { coerceNumber, coerceText, displayValue, isBlank, unwrapCell } from './coerce';
import { answerFromText, matchParty, ResponseTable, SurveyColumn } from './survey-columns';
import { nameKey } from './names';
import { ItemAnswers, ItemCode, Party, SURVEY_SCALE } from '../model';
import type { Problem, SurveyResponse } from './types';

/** Whose answers a row without a party is: our organisation (the team that runs the survey). */
export const DEFAULT_RESPONSE_PARTY: Party = 'client';

/** Forms exports write this for anonymous answers: not an identity, so the row number stands in. */
const ANONYMOUS = new Set(['anonymous', 'anoniem', 'anonymus']);

/**
 * The rows of one response table → responses. Each answer is checked on its own: text,
 * error values and numbers outside 1–5 are problems naming the cell and are left out, the
 * row's other answers are used. A row without any answer, or without a supplier, is not used.
 * Duplicate respondents (same respondent, supplier, period and party) keep the first row.
 */
export function readResponses(t: ResponseTable, problems: Problem[], seen: Map<string, { sheet: string; row: number }>): SurveyResponse[] {
  const out: SurveyResponse[] = [];
  const { raw } = t;
  const columns: SurveyColumn[] = [t.supplier, ...(t.period ? [t.period] : []), ...(t.party ? [t.party] : []), ...t.respondent, ...t.items.values()];
  for (let i = t.headerIndex + 1; i < raw.values.length; i++) {
    const cells = raw.values[i];
    if (columns.every((c) => isBlank(cells[c.index]))) continue;
    const row = raw.firstRow + i;
    const place = (c: SurveyColumn) => ({ sheet: raw.sheet, row, column: c.label });

    const answers: Partial<Record<ItemCode, number>> = {};
    let given = 0;
    for (const [code, c] of t.items) {
      const v = unwrapCell(cells[c.index]);
      if (isBlank(v)) continue;
      given++;
      const n = coerceNumber(v);
      const x = n.kind === 'ok' ? n.value : typeof v === 'string' ? answerFromText(v) : undefined;
      const params = { min: SURVEY_SCALE.min, max: SURVEY_SCALE.max };
      if (x === undefined) problems.push({ code: 'surveyTextAnswer', severity: 'error', ...place(c), value: n.kind === 'error' || n.kind === 'invalid' ? n.text : displayValue(v), params });
      else if (x < SURVEY_SCALE.min || x > SURVEY_SCALE.max) problems.push({ code: 'surveyAnswerOutOfScale', severity: 'error', ...place(c), value: String(x), params });
      else answers[code] = x;
    }

    const respondent = respondentOf(t, cells) ?? `#${row}`;
    if (given === 0) {
      problems.push({ code: 'surveyNoAnswers', severity: 'warning', sheet: raw.sheet, row, value: respondent });
      continue;
    }
    const supplier = coerceText(cells[t.supplier.index]);
    if (supplier.kind !== 'ok' || supplier.value === '') {
      if (supplier.kind === 'blank') problems.push({ code: 'blankRequired', severity: 'error', ...place(t.supplier) });
      else problems.push({ code: 'errorValue', severity: 'error', ...place(t.supplier), value: supplier.kind === 'ok' ? '' : supplier.text });
      continue;
    }
    const party = partyOf(t, cells, place, problems);
    const period = periodOf(t, cells, i);
    if (Object.keys(answers).length === 0) continue; // every answer was rejected, each with its own problem

    const k = [respondent, supplier.value, period ?? '', party].map(nameKey).join('\u0000');
    const first = seen.get(k);
    if (first) {
      const c = t.respondent[0] ?? t.supplier;
      problems.push({ code: 'surveyDuplicateRespondent', severity: 'error', ...place(c), value: respondent, params: { firstSheet: first.sheet, firstRow: first.row } });
      continue;
    }
    seen.set(k, { sheet: raw.sheet, row });
    out.push({ respondent, party, supplier: supplier.value, ...(period === undefined ? {} : { period }), answers: answers as ItemAnswers, source: { sheet: raw.sheet, row }, supplierColumn: t.supplier.label });
  }
  return out;
}

/** The first respondent column with a real identity in it (an e-mail before a name before an id). */
function respondentOf(t: ResponseTable, cells: readonly unknown[]): string | undefined {
  for (const c of t.respondent) {
    const r = coerceText(cells[c.index]);
    if (r.kind === 'ok' && r.value !== '' && !ANONYMOUS.has(r.value.toLowerCase())) return r.value;
  }
  return undefined;
}

function partyOf(
  t: ResponseTable,
  cells: readonly unknown[],
  place: (c: SurveyColumn) => { sheet: string; row: number; column: string },
  problems: Problem[],
): Party {
  if (!t.party) return DEFAULT_RESPONSE_PARTY;
  const r = coerceText(cells[t.party.index]);
  if (r.kind === 'blank' || (r.kind === 'ok' && r.value === '')) return DEFAULT_RESPONSE_PARTY;
  const text = r.kind === 'ok' ? r.value : r.text;
  const p = r.kind === 'ok' ? matchParty(text) : undefined;
  if (p) return p;
  problems.push({ code: 'surveyUnknownParty', severity: 'warning', ...place(t.party), value: text, params: { party: DEFAULT_RESPONSE_PARTY } });
  return DEFAULT_RESPONSE_PARTY;
}

/** Period as text; a date becomes yyyy-mm-dd, as on the supplier table. */
function periodOf(t: ResponseTable, cells: readonly unknown[], i: number): string | undefined {
  if (!t.period) return undefined;
  const v = unwrapCell(cells[t.period.index]);
  const format = t.raw.numberFormats?.[i]?.[t.period.index];
  if (v instanceof Date || (typeof v === 'number' && isDateFormat(format))) {
    const d = coerceDate(v);
    if (d.kind === 'ok') return isoFromSerial(d.value);
  }
  const r = coerceText(v);
  return r.kind === 'ok' && r.value !== '' ? r.value : undefined;
}
