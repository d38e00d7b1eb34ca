/**
 * The whole core on synthetic sheets: parseTables, analyse and buildReport timed
 * apart, heap growth across the three, and the real plans applied to the recording
 * fake (syncs and request sizes). Heap figures are only meaningful when gc is exposed
 * (`tsx --expose-gc`, as `npm run bench` does); otherwise they include garbage.
 */
import { analyse } from '../src/analysis';
import { DEFAULT_SETTINGS } from '../src/analysis/settings';
import { applyPlans } from '../src/excel/apply';
import { parseTables, problemText } from '../src/input';
import { buildReport } from '../src/report';
import type { SheetPlan } from '../src/report/plan';
import { FakeExcel } from '../test/excel/fake-excel';
import { syntheticTables } from './synthetic-input';

const SIZES = [100, 10_000, 100_000];

const gc = (globalThis as { gc?: () => void }).gc;

function heapUsed(): number {
  gc?.();
  return process.memoryUsage().heapUsed;
}

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function ms(t: number): string {
  return `${Math.round(t).toLocaleString('en-US')} ms`;
}

function timed<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}

/**
 * Plans above this many cells are not applied to the fake: it keeps every cell in a
 * Map and serialises every request, which would need several GB at 100,000 suppliers.
 */
const FAKE_CELL_LIMIT = 5_000_000;

function planCells(plan: SheetPlan): number {
  return plan.blocks.reduce((s, b) => s + b.values.reduce((r, row) => r + row.length, 0), 0);
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

export async function benchPipeline(): Promise<string[]> {
  const settings = DEFAULT_SETTINGS;
  const lines: string[] = [];
  if (!gc) lines.push('(no global.gc: heap figures include garbage; run with node --expose-gc)');
  for (const n of SIZES) {
    const tables = syntheticTables(n);
    const before = heapUsed();
    const [input, parseMs] = timed(() => parseTables(tables, settings));
    const [result, analyseMs] = timed(() => analyse(input, settings));
    const [plans, reportMs] = timed(() => buildReport(result, settings, (p) => problemText(p, settings.language)));
    const after = heapUsed();

    const cells = plans.map(planCells);
    const total = cells.reduce((s, c) => s + c, 0);
    const biggest = cells.indexOf(Math.max(...cells));
    lines.push(
      `pipeline ${count(n).padStart(7)} rows (+${count(input.incidents.length)} incidents, ${count(input.problems.length)} problems, ` +
        `${count(result.suppliers.length)} suppliers): parse ${ms(parseMs)}, analyse ${ms(analyseMs)}, report ${ms(reportMs)}, ` +
        `heap +${mb(after - before)}; plans ${count(total)} cells (largest: ${plans[biggest].name}, ${count(cells[biggest])})`,
    );

    if (total > FAKE_CELL_LIMIT) {
      lines.push(`  apply: skipped, ${count(total)} cells is more than the recording fake can hold (limit ${count(FAKE_CELL_LIMIT)})`);
      continue;
    }
    const fake = new FakeExcel();
    fake.addSheet('Leveranciers');
    const t = performance.now();
    await applyPlans(fake.context, plans, { ownership: 'customProperties' });
    const applyMs = performance.now() - t;
    lines.push(
      `  apply: ${fake.syncCount} syncs, largest request ${mb(fake.largestRequest)}, total ${mb(fake.totalBytes)}, ${ms(applyMs)} in the fake`,
    );
  }
  return lines;
}
