/**
 * Office.js shell figures on the recording fake: round trips (context.sync()
 * calls), request and response sizes, and time spent in the fake (which
 * includes the fake's own bookkeeping, so it is an upper bound on our share).
 */
import { applyPlans } from '../src/excel/apply';
import { readWorkbook } from '../src/excel/read';
import { FakeExcel } from '../test/excel/fake-excel';
import { supplierInput, supplierPlan } from '../test/excel/synthetic-plan';

const SIZES = [100, 10_000, 100_000];

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
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
  return lines;
}
