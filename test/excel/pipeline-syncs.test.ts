/**
 * Round trips of the whole add-in pipeline on the recording fake, with the real
 * plans: readWorkbook → parseTables → analyse → buildReport → applyPlans.
 *
 * Design goal: round trips do not grow with row count as such; only Excel's 5 MB
 * request/response limit may force extra ones, one per budget of cells read or bytes
 * written. So for a small workbook the count is exactly the base, and for a large
 * one every sync beyond the base must be paid for by a full budget of data.
 */
import { analyse } from '../../src/analysis';
import { DEFAULT_SETTINGS } from '../../src/analysis/settings';
import { APPLY_BASE_SYNCS, applyPlans } from '../../src/excel/apply';
import { CHUNK_BUDGET, EXCEL_REQUEST_LIMIT, REQUEST_BUDGET } from '../../src/excel/payload';
import { GUESS_BYTES_PER_CELL, READ_RESPONSE_BUDGET, READ_SYNCS, readWorkbook } from '../../src/excel/read';
import { parseTables, problemText } from '../../src/input';
import { buildReport } from '../../src/report';
import { incidentRows, managerRows, supplierRows } from '../../bench/synthetic-input';
import { FakeExcel } from './fake-excel';

const OPTS = { ownership: 'customProperties' as const };

interface Run {
  readSyncs: number;
  applySyncs: number;
  cellsRead: number;
  bytesRead: number;
  bytesWritten: number;
  largestRequest: number;
  largestResponse: number;
  suppliers: number;
  sheets: number;
}

/** A user's workbook with the three input tables on their own sheets, run end to end. */
async function pipeline(n: number): Promise<Run> {
  const fake = new FakeExcel();
  const inputs = [
    ['Leveranciers', supplierRows(n)],
    ['Incidenten', incidentRows(n)],
    ['Managers', managerRows(n)],
  ] as const;
  for (const [name, rows] of inputs) fake.putValues(fake.addSheet(name), 0, 0, rows);

  const tables = await readWorkbook(fake.context, OPTS);
  const readSyncs = fake.syncCount;
  const bytesRead = fake.requests.reduce((n, r) => n + r.responseBytes, 0);
  const refused = fake.requests.filter((r) => r.error !== undefined).length;
  expect(refused).toBe(0); // supplier and incident tables: the first guess is high enough
  const cellsRead = tables.reduce((s, t) => s + t.values.reduce((r, row) => r + row.length, 0), 0);

  const settings = DEFAULT_SETTINGS;
  const input = parseTables(tables, settings);
  const result = analyse(input, settings);
  const plans = buildReport(result, settings, (p) => problemText(p, settings.language));
  const requestsBefore = fake.requests.length;
  await applyPlans(fake.context, plans, OPTS);

  return {
    readSyncs,
    applySyncs: fake.syncCount - readSyncs,
    cellsRead,
    bytesRead,
    bytesWritten: fake.requests.slice(requestsBefore).reduce((s, r) => s + r.bytes, 0),
    largestRequest: fake.largestRequest,
    largestResponse: fake.largestResponse,
    suppliers: result.suppliers.length,
    sheets: plans.length,
  };
}

describe('whole pipeline on the recording fake', () => {
  let small: Run;
  let large: Run;
  beforeAll(async () => {
    small = await pipeline(10);
    large = await pipeline(10_000);
  }, 60_000);

  it('analyses every supplier and writes every sheet', () => {
    expect(small.suppliers).toBe(10);
    expect(large.suppliers).toBe(10_000);
    expect(large.sheets).toBe(small.sheets);
  });

  it('needs only the base round trips for a small workbook', () => {
    expect(small.readSyncs).toBe(READ_SYNCS);
    expect(small.applySyncs).toBe(APPLY_BASE_SYNCS);
  });

  it('keeps every request and response under the 5 MB limit', () => {
    for (const run of [small, large]) {
      expect(run.largestRequest).toBeLessThan(EXCEL_REQUEST_LIMIT);
      expect(run.largestResponse).toBeLessThan(EXCEL_REQUEST_LIMIT);
    }
  });

  it('adds round trips for 10,000 suppliers only per budget of bytes read', () => {
    // A batch is cut only when the next rows would pass the budget, so every batch but the last
    // carries the budget less one row by estimate; the estimate is at most the first guess per
    // cell over what the cells weigh (≥ 10 bytes with their format), or the measured weight × 1.25.
    const worstOverestimate = Math.max(GUESS_BYTES_PER_CELL / 10, 1.25);
    const valueRequests = large.readSyncs - (READ_SYNCS - 1);
    expect(valueRequests).toBeLessThanOrEqual(Math.ceil(large.bytesRead / (READ_RESPONSE_BUDGET / worstOverestimate)) + 1);
    expect(valueRequests).toBeGreaterThanOrEqual(Math.ceil(large.bytesRead / EXCEL_REQUEST_LIMIT));
    expect(large.cellsRead).toBeGreaterThan(10_000 * 9);
  });

  it('adds round trips for 10,000 suppliers only per budget of bytes written', () => {
    // A request is sent early only when the next write (at most one chunk) would not fit,
    // so every extra request carries more than REQUEST_BUDGET − CHUNK_BUDGET bytes.
    const extra = large.applySyncs - APPLY_BASE_SYNCS;
    expect(extra).toBeLessThanOrEqual(Math.ceil(large.bytesWritten / (REQUEST_BUDGET - CHUNK_BUDGET)));
  });
});
