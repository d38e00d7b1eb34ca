import { DEFAULT_SETTINGS } from '../../src/analysis/settings';
import { analyse } from '../../src/analysis';
import { parseTables, problemText } from '../../src/input';
import { answerFromText, matchItemHeader, matchParty } from '../../src/input/survey-columns';
import type { Problem, RawTable } from '../../src/input';
import { HEADER, ROWS, SUPPLIER_HEADER, SUPPLIER_ROWS } from '../survey/fixture';

const raw = (sheet: string, values: unknown[][], firstRow = 1): RawTable => ({ sheet, firstRow, firstCol: 1, values });
const find = (ps: readonly Problem[], code: string) => ps.filter((p) => p.code === code);

describe('recognising a response table', () => {
  it('knows items by code, by code with text, and by the full text in either language (a forms export)', () => {
    expect(matchItemHeader('AFF1')).toEqual({ kind: 'item', code: 'AFF1' });
    expect(matchItemHeader('cal2 – switching costs')).toEqual({ kind: 'item', code: 'CAL2' });
    expect(matchItemHeader('3. We enjoy working with this partner.')).toEqual({ kind: 'item', code: 'AFF1' });
    expect(matchItemHeader('We werken graag samen met deze partner')).toEqual({ kind: 'item', code: 'AFF1' });
    expect(matchItemHeader('AFF9')).toEqual({ kind: 'unknownItem', code: 'AFF9' });
    expect(matchItemHeader('Start time')).toBeUndefined();
    expect(matchItemHeader('Supplier')).toBeUndefined();
  });

  it('reads parties and answer labels in both languages', () => {
    expect(matchParty('Klant')).toBe('client');
    expect(matchParty('Eigen organisatie')).toBe('client');
    expect(matchParty('dienstverlener')).toBe('supplier');
    expect(matchParty('Partner X')).toBeUndefined();
    expect(answerFromText('Agree')).toBe(4);
    expect(answerFromText('helemaal oneens')).toBe(1);
    expect(answerFromText('5 - fully agree')).toBe(5);
    expect(answerFromText('goed')).toBeUndefined();
  });
});

describe('responses as input', () => {
  const tables = [raw('Scores', [SUPPLIER_HEADER, ...SUPPLIER_ROWS]), raw('Answers', [['Team survey Q4'], [], HEADER, ...ROWS])];
  const out = parseTables(tables, DEFAULT_SETTINGS);

  it('computes construct scores per supplier, period and party (hand values in the fixture)', () => {
    const acme = out.survey?.groups.find((g) => g.supplier === 'Acme' && g.party === 'client');
    expect(acme?.respondents).toBe(3);
    const aff = acme?.measures.find((m) => m.construct === 'affective');
    expect(aff?.mean).toBeCloseTo(4, 12);
    expect(aff?.sd).toBeCloseTo(0.5, 12);
    expect(aff?.rwg).toBeCloseTo(12 / 13, 12);
    const cal = acme?.measures.find((m) => m.construct === 'calculative');
    expect(cal?.mean).toBeCloseTo(3, 12);
    expect(cal?.rwg).toBeCloseTo(0.8, 12);
    const sup = out.survey?.groups.find((g) => g.supplier === 'Acme' && g.party === 'supplier');
    expect(sup?.respondents).toBe(1);
    const beta = out.survey?.groups.find((g) => g.supplier === 'Beta');
    expect(beta?.respondents).toBe(2);
    expect(beta?.measures.find((m) => m.construct === 'affective')?.mean).toBe(4);
    expect(out.survey?.items).toEqual(['AFF1', 'AFF2', 'AFF3', 'AFF4', 'CAL1', 'CAL2', 'CAL3', 'CAL4']);
  });

  it("alpha per construct for all respondents and per party with enough complete answers", () => {
    const rel = out.survey?.reliability ?? [];
    const get = (c: string, g: string) => rel.find((r) => r.construct === c && r.group === g);
    expect(get('affective', 'all')?.alpha).toBeCloseTo(2 / 3, 12);
    expect(get('affective', 'all')?.complete).toBe(4);
    expect(get('calculative', 'all')?.alpha).toBeCloseTo(1, 12);
    expect(get('affective', 'client')?.alpha).toBeCloseTo(2 / 3, 12);
    expect(get('affective', 'supplier')).toBeUndefined(); // one complete answer only
  });

  it('the measured score wins over the typed one, and the problem list says so at the typed cell', () => {
    const acme = out.suppliers.filter((r) => r.supplier === 'Acme');
    const ours = acme.find((r) => r.party !== 'supplier');
    expect(ours).toMatchObject({ affective: 4, calculative: 3, source: { sheet: 'Scores', row: 2 } });
    expect(acme.find((r) => r.party === 'supplier')).toMatchObject({ affective: 4, calculative: 4 });
    const typed = find(out.problems, 'surveyTypedAndMeasured');
    expect(typed.map((p) => [p.sheet, p.row, p.column])).toEqual([
      ['Scores', 2, 'Affective (C)'],
      ['Scores', 2, 'Calculative (D)'],
    ]);
    expect(problemText(typed[0], 'en')).toBe(
      'Sheet "Scores", row 2, column Affective (C): Affective commitment of "Acme" (Our organisation, 2025-Q4) is typed (2) and measured from the questionnaire (4, respondents: 3); the measured score is used.',
    );
    // Typed 2/2 would be a free rider; measured 4/3 is a pillar (both at or above the split 3).
    const result = analyse(out, DEFAULT_SETTINGS);
    expect(result.suppliers.find((s) => s.supplier === 'Acme')?.type).toBe('pillar');
    expect(result.suppliers.find((s) => s.supplier === 'Beta')).toBeDefined();
    expect(result.survey?.groups.length).toBe(3);
  });

  it('reports bad answers with sheet, row and column and still uses the good ones', () => {
    const at = (code: string) => find(out.problems, code).map((p) => [p.sheet, p.row, p.column, p.value]);
    // Header on sheet row 3, so ROWS[i] is on row 4 + i.
    expect(at('surveyTextAnswer')).toEqual([['Answers', 8, 'AFF1 (E)', 'goed']]);
    expect(at('surveyAnswerOutOfScale')).toEqual([['Answers', 8, 'AFF2 (F)', '7']]);
    expect(at('surveyNoAnswers')).toEqual([['Answers', 9, undefined, 'B2']]);
    expect(at('surveyDuplicateRespondent')).toEqual([['Answers', 10, 'Respondent (A)', 'B1']]);
    expect(at('surveyUnknownParty')).toEqual([['Answers', 11, 'Party (B)', 'Partner X']]);
    expect(at('surveyUnknownItem')).toEqual([['Answers', undefined, 'AFF9 (M)', 'AFF9']]);
    expect(at('surveyUnknownSupplier')).toEqual([['Answers', 8, 'Supplier (C)', 'Beta']]);
    expect(problemText(find(out.problems, 'surveyTextAnswer')[0], 'nl')).toBe(
      'Blad "Answers", rij 8, kolom AFF1 (E): het antwoord "goed" is geen getal op de schaal 1–5; dit antwoord telt niet mee, de andere antwoorden van de rij wel.',
    );
  });

  it('warns about low alpha, few respondents and split teams', () => {
    const low = find(out.problems, 'surveyLowAlpha');
    expect(low.map((p) => [p.params?.construct, p.params?.party])).toEqual([
      ['affective', 'all'],
      ['affective', 'client'],
    ]);
    expect(problemText(low[0], 'nl')).toBe(
      'Blad "Answers": Cronbachs alfa van Affectieve betrokkenheid is 0,67 (Alle respondenten), onder 0,7: de stellingen meten niet consistent één ding, lees de scores dus met voorzichtigheid.',
    );
    const few = find(out.problems, 'surveyFewRespondents');
    expect(few.map((p) => [p.value, p.params?.party, p.params?.count])).toEqual([
      ['Acme', 'supplier', 1],
      ['Beta', 'client', 2],
    ]);
    expect(find(out.problems, 'surveyLowAgreement')).toEqual([]); // 12/13 and 0.8 are above 0.7
    expect(out.tables?.find((t) => t.sheet === 'Answers')).toMatchObject({ kind: 'responses', headerRow: 3, rowsUsed: 6 });
  });

  it('renders every survey problem in both languages with no placeholder left', () => {
    const survey = out.problems.filter((p) => p.code.startsWith('survey'));
    expect(new Set(survey.map((p) => p.code)).size).toBe(10); // all but surveyLowAgreement (next test)
    for (const lang of ['en', 'nl'] as const) for (const p of survey) expect(problemText(p, lang)).not.toMatch(/\{\w+\}/);
  });

  it('a split team is visible: two respondents at the ends of the scale', () => {
    const split = parseTables(
      [raw('A', [['Respondent', 'Supplier', 'AFF1', 'AFF2'], ['x', 'Acme', 1, 1], ['y', 'Acme', 5, 5]])],
      DEFAULT_SETTINGS,
    );
    const p = find(split.problems, 'surveyLowAgreement');
    expect(problemText(p[0], 'en')).toBe('Sheet "A": the respondents for "Acme" (Our organisation) disagree on Affective commitment (r_wg 0, below 0.7; scores from 1 to 5): the team is split.');
    expect(p.map((q) => [q.value, q.params?.construct, q.params?.rwg])).toEqual([['Acme', 'affective', 0]]);
    // Without a supplier table the survey alone gives the supplier row, on no warning about unknown suppliers.
    expect(find(split.problems, 'surveyUnknownSupplier')).toEqual([]);
    expect(split.suppliers).toEqual([{ supplier: 'Acme', party: 'client', affective: 3, source: { sheet: 'A', row: 2 } }]);
  });

  it('rescales measured 1–5 scores onto another analysis scale', () => {
    const s = { ...DEFAULT_SETTINGS, scale: { min: 1, max: 10, split: 5.5 } };
    const r = parseTables([raw('A', [['Supplier', 'AFF1', 'AFF2'], ['Acme', 5, 4]])], s);
    expect(r.suppliers[0].affective).toBeCloseTo(1 + (4.5 - 1) * (9 / 4), 12); // 8.875
  });
});

describe('responses without a period', () => {
  it('count for the supplier’s latest typed period', () => {
    const out = parseTables(
      [
        raw('Scores', [['Supplier', 'Period', 'Affective', 'Calculative'], ['Acme', '2025-Q4', 2, 2], ['Acme', '2026-Q1', 2, 2], ['Acme', '2025-Q3', 2, 2]]),
        raw('Forms', [['Email', 'Supplier', 'AFF1', 'AFF2'], ['a@x.nl', 'Acme', 5, 5]]),
      ],
      DEFAULT_SETTINGS,
    );
    expect(out.suppliers.map((r) => [r.period, r.affective])).toEqual([
      ['2025-Q4', 2],
      ['2026-Q1', 5],
      ['2025-Q3', 2],
    ]);
    expect(find(out.problems, 'surveyTypedAndMeasured').map((p) => p.row)).toEqual([3]);
  });
});

describe('more bad rows', () => {
  it('a row without a supplier is not used; an error value is a bad answer; answer labels and "4 - agree" are read', () => {
    const out = parseTables(
      [raw('A', [['Respondent', 'Supplier', 'AFF1', 'AFF2'], ['x', '', 4, 4], ['y', 'Acme', '#N/A', 'Agree'], ['z', 'Acme', '4 - agree', 'helemaal eens']])],
      DEFAULT_SETTINGS,
    );
    expect(out.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.row, p.column, p.value])).toEqual([
      ['blankRequired', 2, 'Supplier (B)', undefined],
      ['surveyTextAnswer', 3, 'AFF1 (C)', '#N/A'],
    ]);
    expect(out.survey?.responses.map((r) => [r.respondent, r.answers])).toEqual([
      ['y', { AFF2: 4 }],
      ['z', { AFF1: 4, AFF2: 5 }],
    ]);
  });
});
