/**
 * Questionnaire responses through the pipeline: parse (recognise the response table, check
 * every answer, measure per supplier/period/party, alpha and r_wg) and the RMO Survey sheet.
 * 40 statements per respondent, 5 respondents per supplier and party.
 */
import { parseTables } from '../src/input';
import { analyse, DEFAULT_SETTINGS } from '../src/analysis';
import { surveySheet } from '../src/report';
import { questionnaireItems } from '../src/report/questionnaire';
import type { RawTable } from '../src/input';

function responses(count: number): RawTable {
  const codes = questionnaireItems();
  const values: unknown[][] = [['Respondent', 'Party', 'Supplier', 'Period', ...codes]];
  for (let i = 0; i < count; i++) {
    const supplier = `Supplier ${Math.floor(i / 10)}`;
    values.push([`r${i}`, i % 10 < 5 ? 'client' : 'supplier', supplier, '2025-Q4', ...codes.map((_, j) => 1 + ((i * 31 + j * 7) % 5))]);
  }
  return { sheet: 'Answers', firstRow: 1, firstCol: 1, values };
}

export async function benchSurvey(): Promise<string[]> {
  const out: string[] = [];
  for (const n of [1_000, 10_000, 50_000]) {
    const table = responses(n);
    global.gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    let t = performance.now();
    const input = parseTables([table], DEFAULT_SETTINGS);
    const parseMs = performance.now() - t;
    const result = analyse(input, DEFAULT_SETTINGS);
    t = performance.now();
    const plan = surveySheet(result, DEFAULT_SETTINGS, (p) => p.code);
    const sheetMs = performance.now() - t;
    const heap = (process.memoryUsage().heapUsed - heap0) / 1e6;
    if (!plan || input.survey?.responses.length !== n) throw new Error('benchSurvey: unexpected result');
    out.push(`${n.toLocaleString('en-US')} respondents × 40 statements (${(n / 10).toLocaleString('en-US')} suppliers × 2 parties): parse + measure ${Math.round(parseMs)} ms, survey sheet ${Math.round(sheetMs)} ms, heap +${Math.round(heap)} MB`);
  }
  return out;
}
