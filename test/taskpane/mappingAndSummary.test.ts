import { mappingFromTexts } from '../../src/taskpane/mapping';
import { summarise } from '../../src/taskpane/summarise';
import { problemPlace } from '../../src/taskpane/ResultSummary';
import type { AnalysisResult, SupplierResult } from '../../src/analysis/results';
import type { ParsedInput, Problem } from '../../src/input/types';
import { DEFAULT_SCALE } from '../../src/model';
import { NO_INCIDENT_TALLIES } from '../../src/analysis';

describe('mappingFromTexts', () => {
  it('keeps only filled-in headers, trimmed', () => {
    expect(mappingFromTexts({ supplier: '  Vendor name ', impact: '', date: '   ', category: 'Soort' })).toEqual({
      supplier: 'Vendor name',
      category: 'Soort',
    });
  });
});

describe('summarise', () => {
  const supplier = (name: string, type?: SupplierResult['type']): SupplierResult =>
    ({ supplier: name, type, onlyInIncidents: false, periods: [], incidentCount: 0, prolonged: false, daysOutside: 0, typeMoves: [], reactionMoves: [], incidentCategories: NO_INCIDENT_TALLIES }) as SupplierResult;
  const problem = (i: number, severity: Problem['severity']): Problem => ({ code: 'notANumber', severity, sheet: 'Data', row: i, column: 'Impact (D)', value: String(i) });
  const problems = [problem(2, 'warning'), ...Array.from({ length: 11 }, (_, i) => problem(10 + i, 'error'))];
  const result: AnalysisResult = {
    suppliers: [supplier('A', 'pillar'), supplier('B', 'pillar'), supplier('C', 'freeRider'), supplier('D')],
    onlyInIncidents: [],
    managers: [],
    periods: [],
    scale: DEFAULT_SCALE,
    problems,
  };
  const input = { suppliers: [], incidents: [{}, {}, {}], managers: [], problems } as unknown as ParsedInput;
  const summary = summarise(input, result, ['RMO results', 'RMO problems'], (p, lang) => `${lang}:${p.row}`);

  it('counts suppliers per type, leaving unclassified ones out of every type', () => {
    expect(summary.typeCounts).toEqual({ pillar: 2, prospect: 0, hostage: 0, freeRider: 1 });
    expect(summary.suppliers).toBe(4);
    expect(summary.incidents).toBe(3);
  });

  it('lists at most ten problems, errors before warnings, with text in both languages', () => {
    expect(summary.problemCount).toBe(12);
    expect(summary.problems).toHaveLength(10);
    expect(summary.problems.map((p) => p.row)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(summary.problems[0].text).toEqual({ en: 'en:10', nl: 'nl:10' });
    expect(summary.sheets).toEqual(['RMO results', 'RMO problems']);
  });

  it('passes on the analysis date as yyyy-mm-dd with its source, and the periods left out', () => {
    expect(summary.analysisDate).toBeUndefined();
    const dated = summarise(input, { ...result, asOf: 45382, asOfSource: 'today', periodsAfterAsOf: ['2024-Q2'] }, [], (p) => String(p.row));
    expect(dated.analysisDate).toEqual({ day: '2024-03-31', source: 'today' });
    expect(dated.periodsLeftOut).toEqual(['2024-Q2']);
  });

  it('places a problem by sheet, row and column in the chosen language', () => {
    expect(problemPlace(summary.problems[0], 'nl')).toBe('Data, rij 10, kolom Impact (D)');
    expect(problemPlace({ ...summary.problems[0], row: undefined, column: undefined }, 'en')).toBe('Data');
  });
});
