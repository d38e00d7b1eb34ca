import { DEFAULT_SETTINGS } from '../../src/analysis/settings';
import { analyse } from '../../src/analysis';
import { parseTables, problemText } from '../../src/input';
import type { RawTable } from '../../src/input';
import { buildReport, SURVEY_SHEET_KEY } from '../../src/report';
import type { SheetPlan } from '../../src/report';
import { alphaCore, scoreCore } from '../../src/functions/survey-core';
import { setDefaultLanguage } from '../../src/functions/language';
import { cells, find } from '../report/plan-helpers';
import { HEADER, ROWS, SUPPLIER_HEADER, SUPPLIER_ROWS } from './fixture';

const raw = (sheet: string, values: unknown[][]): RawTable => ({ sheet, firstRow: 1, firstCol: 1, values });

function surveyPlan(lang: 'en' | 'nl'): SheetPlan {
  const settings = { ...DEFAULT_SETTINGS, language: lang };
  const input = parseTables([raw('Scores', [SUPPLIER_HEADER, ...SUPPLIER_ROWS]), raw('Answers', [HEADER, ...ROWS])], settings);
  const plans = buildReport(analyse(input, settings), settings, (p) => problemText(p, lang));
  const plan = plans.find((p) => p.key === SURVEY_SHEET_KEY);
  if (!plan) throw new Error('no survey sheet');
  return plan;
}

/** The row of the sheet whose cells in the first columns read `start`, as an array of its values by column. */
function rowStarting(plan: SheetPlan, start: readonly (string | null)[]): (string | number | boolean | null)[] {
  const all = cells(plan);
  const rows = new Set(all.map((h) => h.row));
  for (const r of rows) {
    const line: (string | number | boolean | null)[] = [];
    for (const h of all.filter((x) => x.row === r)) line[h.col] = h.value;
    if (start.every((v, i) => (line[i] ?? null) === v)) return line;
  }
  throw new Error(`no row ${start.join(' | ')}`);
}

describe('RMO Survey sheet', () => {
  const en = surveyPlan('en');

  it('is written only when there are responses, between the review and the problems', () => {
    const settings = DEFAULT_SETTINGS;
    const without = buildReport(analyse(parseTables([raw('Scores', [SUPPLIER_HEADER, ...SUPPLIER_ROWS])], settings), settings), settings, () => '');
    expect(without.map((p) => p.key)).not.toContain(SURVEY_SHEET_KEY);
    const input = parseTables([raw('Scores', [SUPPLIER_HEADER, ...SUPPLIER_ROWS]), raw('Answers', [HEADER, ...ROWS])], settings);
    const keys = buildReport(analyse(input, settings), settings, () => '').map((p) => p.key);
    expect(keys.slice(-3)).toEqual(['rmo.review', SURVEY_SHEET_KEY, 'rmo.problems']);
    expect(en.name).toBe('RMO Survey');
    expect(surveyPlan('nl').name).toBe('RMO Enquête');
  });

  it('shows alpha per construct and party (hand values: 2/3 and 1)', () => {
    expect(rowStarting(en, ['Affective commitment', 'AFF1, AFF2, AFF3, AFF4', 'All respondents'])).toEqual(['Affective commitment', 'AFF1, AFF2, AFF3, AFF4', 'All respondents', 4, expect.closeTo(2 / 3, 12)]);
    expect(rowStarting(en, ['Affective commitment', 'AFF1, AFF2, AFF3, AFF4', 'Our organisation'])[4]).toBeCloseTo(2 / 3, 12);
    expect(rowStarting(en, ['Calculative commitment', 'CAL1, CAL2, CAL3, CAL4', 'All respondents'])[4]).toBeCloseTo(1, 12);
  });

  it('shows scores per supplier, period and party with spread, agreement and the gap between the parties', () => {
    const ours = rowStarting(en, ['Acme', '2025-Q4', 'Affective commitment', 'Our organisation']);
    expect(ours.slice(4)).toEqual([3, expect.closeTo(4, 12), expect.closeTo(0.5, 12), expect.closeTo(12 / 13, 12), expect.closeTo(0, 12)]);
    const cal = rowStarting(en, ['Acme', '2025-Q4', 'Calculative commitment', 'Our organisation']);
    expect(cal[8]).toBeCloseTo(3 - 4, 12); // ours 3, the supplier's 4
    const theirs = rowStarting(en, ['Acme', '2025-Q4', 'Affective commitment', 'Supplier']);
    expect(theirs.slice(4, 6)).toEqual([1, 4]);
  });

  it('lists the warnings in the language of the sheet and the items used with their source', () => {
    expect(find(en, 'Sheet "Answers": "Beta" (Our organisation, 2025-Q4) has fewer than 3 respondents (respondents: 2); its measured scores rest on too few opinions.')).toHaveLength(1);
    const item = rowStarting(en, ['AFF3']);
    expect(item.slice(1, 5)).toEqual(['Affective commitment', 'Whether this relationship continues leaves us indifferent.', 'Yes', '1–5']);
    expect(String(item[5])).toMatch(/^Geyskens, Steenkamp, Scheer & Kumar \(1996\)/);
    const nl = surveyPlan('nl');
    expect(find(nl, 'Geen waarschuwingen.')).toHaveLength(0);
    expect(rowStarting(nl, ['AFF3'])[2]).toBe('Of deze relatie doorgaat, laat ons onverschillig.');
  });
});

describe('RMO.SCORE and RMO.ALPHA agree with the survey sheet', () => {
  afterEach(() => setDefaultLanguage('en'));
  const plan = surveyPlan('en');
  // The valid answer rows of the fixture, as a user would select them: AFF1..AFF4 of R1, R2, R3, S1 and B3.
  const AFF = ROWS.filter((r) => ['R1', 'R2', 'R3', 'S1', 'B3'].includes(String(r[0]))).map((r) => r.slice(4, 8).map((x) => x ?? ''));
  const REVERSED = [[false, false, true, true]];

  it('RMO.SCORE per respondent equals the sheet’s respondent scores, and their mean the group score', () => {
    const scores = scoreCore(AFF, REVERSED) as number[][];
    const names = ['R1', 'R2', 'R3', 'S1', 'B3'];
    names.forEach((n, i) => {
      const line = rowStarting(plan, [n]);
      expect(line[4]).toBeCloseTo(scores[i][0], 12);
    });
    const acmeOurs = (scores[0][0] + scores[1][0] + scores[2][0]) / 3;
    expect(rowStarting(plan, ['Acme', '2025-Q4', 'Affective commitment', 'Our organisation'])[5]).toBeCloseTo(acmeOurs, 12);
  });

  it('RMO.ALPHA with the reverse-coded flags equals the sheet’s alpha for all respondents', () => {
    const a = alphaCore(AFF, REVERSED);
    expect(a).toBeCloseTo(2 / 3, 12); // hand calculation in fixture.ts
    expect(rowStarting(plan, ['Affective commitment', 'AFF1, AFF2, AFF3, AFF4', 'All respondents'])[4]).toBeCloseTo(a as number, 12);
    // Left unturned, AFF3/AFF4 cancel AFF1/AFF2: every complete raw total is 12 (4+4+2+2, 5+4+1+2, 3+4+3+2), so no alpha.
    expect(alphaCore(AFF)).toEqual({ error: "Cronbach's alpha is undefined: the total scores do not vary." });
  });
});
