/**
 * Office.js shell figures on the recording fake: round trips (context.sync()
 * calls), request and response sizes in UTF-8 bytes as the fake measures them
 * (Excel on the web refuses either above 5 MB), and time spent in the fake (which
 * includes the fake's own bookkeeping, so it is an upper bound on our share).
 */
import { applyPlans } from '../src/excel/apply';
import { readWorkbook } from '../src/excel/read';
import { FakeExcel } from '../test/excel/fake-excel';
import { longTextInput, longTextPlan, supplierInput, supplierPlan } from '../test/excel/synthetic-plan';

const SIZES = [100, 10_000, 100_000];
/** The long-text workbook of issue 9: 10,000 rows with 500-character descriptions. */
const LONG_ROWS = 10_000;

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function failed(fake: FakeExcel): number {
  return fake.requests.filter((r) => (r as { error?: string }).error !== undefined).length;
}

export async function benchExcel(): Promise<string[]> {
  const lines: string[] = [];
  for (const n of SIZES) {
    const readFake = new FakeExcel();
    readFake.putValues(readFake.addSheet('Suppliers'), 0, 0, supplierInput(n));
    let t0 = performance.now();
    await readWorkbook(readFake.context, { ownership: 'customProperties' });
    const readMs = performance.now() - t0;
    lines.push(
      `read  ${String(n).padStart(7)} rows × 3 cols: ${readFake.syncCount} syncs, ` +
        `largest request ${kb(readFake.largestRequest)}, largest response ${kb(readFake.largestResponse)}, ` +
        `total response ${kb(readFake.requests.reduce((s, r) => s + r.responseBytes, 0))}, ${readMs.toFixed(0)} ms`,
    );

    const applyFake = new FakeExcel();
    applyFake.addSheet('Data', { A1: 'Supplier' });
    const plan = supplierPlan(n);
    t0 = performance.now();
    await applyPlans(applyFake.context, [plan], { ownership: 'customProperties' });
    const applyMs = performance.now() - t0;
    lines.push(
      `apply ${String(n).padStart(7)} rows × 8 cols: ${applyFake.syncCount} syncs, ` +
        `largest request ${kb(applyFake.largestRequest)}, total ${kb(applyFake.totalBytes)}, ` +
        `${applyFake.log.length} queued operations, ${applyMs.toFixed(0)} ms`,
    );
  }

  // Long text: where bytes, not cells, decide the batches.
  const readFake = new FakeExcel();
  readFake.putValues(readFake.addSheet('Incidents'), 0, 0, longTextInput(LONG_ROWS));
  let t0 = performance.now();
  await readWorkbook(readFake.context, { ownership: 'customProperties' });
  lines.push(
    `long text read  ${LONG_ROWS} rows × 5 cols (500-char descriptions): ${readFake.syncCount} syncs ` +
      `(${failed(readFake)} refused), largest request ${readFake.largestRequest} B, largest response ${readFake.largestResponse} B, ` +
      `${(performance.now() - t0).toFixed(0)} ms`,
  );
  const writeFake = new FakeExcel();
  writeFake.addSheet('Data', { A1: 'x' });
  t0 = performance.now();
  await applyPlans(writeFake.context, [longTextPlan(LONG_ROWS)], { ownership: 'customProperties' });
  lines.push(
    `long text write ${LONG_ROWS} rows × 3 cols (500-char descriptions): ${writeFake.syncCount} syncs ` +
      `(${failed(writeFake)} refused), largest request ${writeFake.largestRequest} B, largest response ${writeFake.largestResponse} B, ` +
      `${(performance.now() - t0).toFixed(0)} ms`,
  );
  return lines;
}
