import { catalogue, LANGUAGES } from '../../src/i18n';
import { DEFAULT_SETTINGS } from '../../src/analysis/settings';
import { parseTables, problemText } from '../../src/input';
import type { Problem, ProblemCode } from '../../src/input';

const cell: Problem = { code: 'notANumber', severity: 'error', sheet: 'Leveranciers', row: 17, column: 'Affectief (D)', value: 'veel' };

describe('problemText', () => {
  it('names sheet, row, column and value in English and Dutch', () => {
    expect(problemText(cell, 'en')).toBe('Sheet "Leveranciers", row 17, column Affectief (D): "veel" is not a number.');
    expect(problemText(cell, 'nl')).toBe('Blad "Leveranciers", rij 17, kolom Affectief (D): "veel" is geen getal.');
  });

  it('fills params such as scale bounds and the first row of a duplicate', () => {
    const p: Problem = { ...cell, code: 'scoreOutOfRange', value: '9', params: { min: 1, max: 5 } };
    expect(problemText(p, 'en')).toContain('9 is outside the scale 1–5');
    const d: Problem = { code: 'conflictingDuplicate', severity: 'error', sheet: 'B', row: 9, value: 'Acme', params: { firstSheet: 'A', firstRow: 4 } };
    expect(problemText(d, 'nl')).toContain('blad "A", rij 4');
    expect(problemText(d, 'nl')).toContain('Blad "B", rij 9');
  });

  it('names a missing column in the reader\'s language', () => {
    const p: Problem = { code: 'missingColumn', severity: 'error', sheet: 'Incidenten', params: { field: 'impact', headerRow: 3 } };
    expect(problemText(p, 'en')).toBe('Sheet "Incidenten": the table with headers on row 3 has no column "Impact".');
    const q: Problem = { ...p, params: { field: 'date', headerRow: 3 } };
    expect(problemText(q, 'nl')).toContain('kolom "Datum"');
    expect(problemText(q, 'en')).toContain('column "Date"');
  });

  it('states the row limit', () => {
    const p: Problem = { code: 'tooManyRows', severity: 'error', sheet: 'Groot', params: { count: 1_200_000, limit: 1_000_000 } };
    expect(problemText(p, 'en')).toBe('Sheet "Groot": the table has 1200000 data rows; only the first 1000000 are used.');
    expect(problemText(p, 'nl')).toContain('alleen de eerste 1000000');
  });

  it('lists the known categories in the reader\'s language', () => {
    const p: Problem = { code: 'unknownCategory', severity: 'warning', sheet: 'I', row: 2, column: 'Categorie (D)', value: 'weer' };
    expect(problemText(p, 'nl')).toContain('Extern, Interpersoonlijk, Zakelijk');
    expect(problemText(p, 'en')).toContain('External, Interpersonal, Business');
  });

  it('leaves no placeholder unfilled for problems produced by parseTables, in both languages', () => {
    const out = parseTables(
      [
        { sheet: 'Notities', firstRow: 1, firstCol: 1, values: [['Losse notitie']] },
        {
          sheet: 'Scores',
          firstRow: 5,
          firstCol: 3,
          values: [
            ['Leverancier', 'Affectief', 'Berekend', 'Activiteit'],
            ['Acme', 'abc', 9, 1],
            [null, 3, 3, 1],
            ['Beta', '', 3, 1],
            ['acme', '#N/A', 1, 1],
            ['Beta', '', 3, 1],
          ],
        },
        {
          sheet: 'Incidenten',
          firstRow: 1,
          firstCol: 1,
          values: [
            ['Leverancier', 'Datum', 'Impact', 'Categorie'],
            ['Zeta', '31-02-2025', 9, 'weer'],
            ['Zeta', '01-02-2025', 1, 'weer'],
          ],
        },
      ],
      DEFAULT_SETTINGS,
    );
    const seen = new Set<ProblemCode>(out.problems.map((p) => p.code));
    expect([...seen].sort()).toEqual(
      ['notANumber', 'scoreOutOfRange', 'blankRequired', 'errorValue', 'conflictingDuplicate', 'duplicateRow', 'notADate', 'impactOutOfRange', 'unknownCategory', 'unknownSupplier', 'missingColumn', 'noTableFound'].sort(),
    );
    for (const lang of LANGUAGES) {
      for (const p of out.problems) {
        const text = problemText(p, lang);
        expect({ text, unfilled: /\{\w+\}/.test(text) }).toEqual({ text, unfilled: false });
        expect(text).toContain(`"${p.sheet}"`);
        if (p.row !== undefined) expect(text).toContain(` ${p.row}`);
        if (p.column !== undefined) expect(text).toContain(p.column);
      }
    }
  });

  it('has a template for every problem code in both languages', () => {
    const codes: ProblemCode[] = ['notANumber', 'errorValue', 'blankRequired', 'scoreOutOfRange', 'impactOutOfRange', 'notADate', 'unknownCategory', 'unknownSupplier', 'duplicateRow', 'conflictingDuplicate', 'missingColumn', 'noTableFound', 'tooManyRows', 'unknownParty', 'partyOnManagerTable', 'periodNotADate',
      'surveyTextAnswer', 'surveyAnswerOutOfScale', 'surveyNoAnswers', 'surveyDuplicateRespondent', 'surveyUnknownItem', 'surveyUnknownSupplier',
      'surveyTypedAndMeasured', 'surveyLowAlpha', 'surveyFewRespondents', 'surveyLowAgreement', 'rangeTooLarge', 'formulaWithoutValue', 'veryHiddenSheet', 'pivotSkipped', 'notAnRmoTable', 'rowBelowTable'];
    for (const lang of LANGUAGES) {
      expect(Object.keys(catalogue(lang).problems).sort()).toEqual([...codes].sort());
      for (const code of codes) expect(catalogue(lang).problems[code]).toContain('{sheet}');
    }
  });
});
