/**
 * `npm run bench:cli`: the command line on big workbooks, each run in its own process
 * (compiled, as `npx rmo` runs it): wall time and peak memory for 1k, 10k, 100k and
 * 200,000 suppliers + 200,000 incidents, beside the floor (a plain read of every cell
 * and a write of the same file with the file shell, nothing analysed) and the ratio.
 * Also the start-up time of `rmo --help`, compiled versus through tsx.
 * Budget (issue 10): the big case under 60 s and 2 GB; the command within 1.5× its floor
 * is the aim for the file work, the analysis itself comes on top.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { measureNode, megabytes, seconds } from './measure';
import { benchWorkbook, CASES } from './workbooks';

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'rmo.js');
const FLOOR = path.join(__dirname, 'floor.cjs');
const PHASES = path.join(__dirname, 'phases.cjs');
/** The young-generation size the bin starts the command with (bin/rmo.js). */
const FLAGS = ['--max-semi-space-size=64'];
/** Memory limit for the runs: the budget is 2 GB, so V8 gets no more than that for its heap. */
const HEAP_MB = 2048;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function startUp(): string[] {
  const runs = 5;
  const bin: number[] = [];
  const tsx: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    measureNode([BIN, '--help']);
    bin.push(performance.now() - t);
    t = performance.now();
    measureNode(['-r', require.resolve('tsx/cjs'), path.join(ROOT, 'src', 'cli', 'main.ts'), '--help']);
    tsx.push(performance.now() - t);
  }
  return [`start-up (rmo --help, median of ${runs}): compiled bin ${Math.round(median(bin))} ms, through tsx ${Math.round(median(tsx))} ms`];
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'dist-cli', 'cli', 'main.js'))) throw new Error('run npm run build:cli first');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rmo-bench-cli-'));
  const only = process.argv.slice(2);
  try {
    console.log('== rmo analyze: wall time and peak memory, own process each (load average ' + os.loadavg()[0].toFixed(1) + ' on ' + os.cpus().length + ' cores) ==');
    for (const c of CASES.filter((x) => !only.length || only.includes(x.label))) {
      const input = path.join(dir, `${c.label}.xlsx`);
      fs.writeFileSync(input, benchWorkbook(c));
      const size = fs.statSync(input).size / 1e6;
      const floor = measureNode([...FLAGS, FLOOR, input, path.join(dir, 'floor.xlsx')], HEAP_MB);
      const cli = measureNode([...FLAGS, BIN, 'analyze', input, '-o', path.join(dir, 'out.xlsx'), '--lang', 'en'], HEAP_MB);
      const outSize = fs.existsSync(path.join(dir, 'out.xlsx')) ? fs.statSync(path.join(dir, 'out.xlsx')).size / 1e6 : 0;
      const status = (m: typeof cli) => (m.ok ? `${seconds(m.ms).padStart(7)} peak ${megabytes(m.peakMb).padStart(9)}` : `FAILED (${m.error})`);
      console.log(
        `${c.label.padEnd(10)} in ${size.toFixed(1)} MB → out ${outSize.toFixed(1)} MB | floor ${status(floor)} | rmo analyze ${status(cli)} | ratio ${(cli.ms / floor.ms).toFixed(1)}× time, ${(cli.peakMb / floor.peakMb).toFixed(1)}× memory`,
      );
      // Where the time goes: the same steps in one process, timed apart.
      const phases = spawnSync(process.execPath, [...FLAGS, `--max-old-space-size=${HEAP_MB}`, PHASES, input, path.join(dir, 'phases.xlsx')], { encoding: 'utf8' });
      if (phases.status === 0) {
        const p = JSON.parse(phases.stdout) as Record<string, number>;
        console.log(`${''.padEnd(10)} steps: ${Object.entries(p).map(([k, v]) => `${k} ${seconds(v)}`).join(', ')}`);
      }
      for (const f of ['floor.xlsx', 'out.xlsx', 'phases.xlsx', `${c.label}.xlsx`]) fs.rmSync(path.join(dir, f), { force: true });
    }
    for (const line of startUp()) console.log(line);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
