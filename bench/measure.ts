import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface Measured {
  readonly ok: boolean;
  readonly ms: number;
  readonly peakMb: number;
  readonly error?: string;
}

const PROBE = path.join(__dirname, 'rss-probe.cjs');

/**
 * Runs `node <args>` in a child process with the rss probe loaded and returns its
 * wall time and peak resident memory. `heapMb` raises V8's heap limit (default 4 GB)
 * so a library that needs more shows its real peak instead of dying early.
 */
export function measureNode(args: readonly string[], heapMb = 8192, timeoutMs = 600_000): Measured {
  const probe = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rmo-probe-')), 'probe.json');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, '-r', PROBE, ...args], {
    env: { ...process.env, RMO_BENCH_PROBE: probe },
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  const wall = performance.now() - t0;
  let peakMb = 0;
  let ms = wall;
  if (fs.existsSync(probe)) {
    const p = JSON.parse(fs.readFileSync(probe, 'utf8')) as { maxRssKb: number; ms: number };
    peakMb = p.maxRssKb / 1024;
    ms = p.ms;
  }
  fs.rmSync(path.dirname(probe), { recursive: true, force: true });
  const ok = r.status === 0;
  return { ok, ms, peakMb, ...(ok ? {} : { error: (r.stderr || r.error?.message || `exit ${r.status ?? r.signal}`).trim().split('\n').slice(-1)[0] }) };
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const megabytes = (mb: number) => `${Math.round(mb).toLocaleString('en-US')} MB`;
