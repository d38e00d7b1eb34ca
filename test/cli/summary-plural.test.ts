import type { AnalysisResult } from '../../src/analysis';
import type { Problem } from '../../src/input/types';
import { summaryLines } from '../../src/cli/summary';

const warning: Problem = { code: 'unknownCategory', severity: 'warning', sheet: 'Incidenten', row: 4, column: 'Category (C)', value: 'Technisch' };
const error: Problem = { code: 'notANumber', severity: 'error', sheet: 'Leveranciers', row: 5, column: 'Activiteit (E)', value: 'goed' };
const result = (problems: Problem[]) => ({ suppliers: [], managers: [], problems }) as unknown as AnalysisResult;
const describe_ = (p: Problem) => p.code;

describe('the command line counts problems in singular and plural', () => {
  it('says "1 warning" and "The problem:" for one problem, in English and Dutch', () => {
    expect(summaryLines(result([warning]), 'out.xlsx', 'en', describe_)).toEqual(expect.arrayContaining(['Problems: 0 errors, 1 warning', 'The problem:']));
    expect(summaryLines(result([warning]), 'out.xlsx', 'nl', describe_)).toEqual(expect.arrayContaining(['Problemen: 0 fouten, 1 waarschuwing', 'Het probleem:']));
  });

  it('says "1 error, 1 warning" and "First 2 problems:" for two, errors first', () => {
    const lines = summaryLines(result([warning, error]), 'out.xlsx', 'en', describe_);
    expect(lines).toEqual(expect.arrayContaining(['Problems: 1 error, 1 warning', 'First 2 problems:']));
    expect(lines.indexOf('  - notANumber')).toBeLessThan(lines.indexOf('  - unknownCategory'));
  });
});
