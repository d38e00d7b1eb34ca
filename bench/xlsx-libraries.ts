/**
 * `npm run bench:xlsx`: the evidence behind the file shell's library choice. Each
 * candidate does a plain read-then-write of the same workbooks, each run in its own
 * process: time and peak memory per size, and what survives of a workbook holding
 * charts, a chartsheet, a pivot, sparklines, a text box, VBA, names, protection,
 * validation, styles and cached values (test/support/package-features.ts).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FEATURES, packageFeatures } from '../test/support/package-features';
import { richWorkbook } from '../test/support/rich-workbook';
import { measureNode, megabytes, seconds } from './measure';
import { benchWorkbook, CASES } from './workbooks';

const LIBRARIES = ['ours', 'excelize-wasm', 'xlsx-populate', 'exceljs'];
const CANDIDATE = path.join(__dirname, 'xlsx-candidate.ts');
const TSX = ['-r', require.resolve('tsx/cjs')];

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rmo-bench-xlsx-'));
  const only = process.argv.slice(2);
  const libs = only.length ? LIBRARIES.filter((l) => only.includes(l)) : LIBRARIES;
  try {
    console.log('== What a plain read + write keeps (rich test workbook, .xlsm) ==');
    const rich = path.join(dir, 'rich.xlsm');
    fs.writeFileSync(rich, richWorkbook());
    console.log(['library'.padEnd(14), ...FEATURES].join(' | '));
    for (const lib of libs) {
      const out = path.join(dir, `rich-${lib}.xlsm`);
      const m = measureNode([...TSX, CANDIDATE, lib, rich, out]);
      if (!m.ok) {
        console.log(`${lib.padEnd(14)} | fails: ${m.error}`);
        continue;
      }
      const kept = packageFeatures(fs.readFileSync(out));
      console.log([lib.padEnd(14), ...FEATURES.map((f) => (kept[f] ? 'kept' : 'LOST').padEnd(f.length))].join(' | '));
    }

    console.log('\n== Plain read + write: time and peak memory (own process each) ==');
    for (const c of CASES) {
      const input = path.join(dir, `${c.label}.xlsx`);
      fs.writeFileSync(input, benchWorkbook(c));
      const size = fs.statSync(input).size;
      for (const lib of libs) {
        const m = measureNode([...TSX, CANDIDATE, lib, input, path.join(dir, `${c.label}-${lib}.xlsx`)]);
        console.log(
          `${c.label.padEnd(10)} (${(size / 1e6).toFixed(1)} MB) ${lib.padEnd(14)} ` + (m.ok ? `${seconds(m.ms).padStart(7)}  peak ${megabytes(m.peakMb).padStart(9)}` : `failed after ${seconds(m.ms)}: ${m.error}`),
        );
        fs.rmSync(path.join(dir, `${c.label}-${lib}.xlsx`), { force: true });
      }
      fs.rmSync(input, { force: true });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
