/**
 * Throughput of the custom-function core on the TYPE path, argument parsing included:
 * once as one 1000×1000 spilled range and once as 1,000,000 single-value calls (each
 * call also parses its scale and language arguments).
 */
import { typeCore } from '../src/functions/classify-core';
import { isFailure } from '../src/functions/outcome';

const N = 1_000_000;
const SIDE = 1000;

function line(label: string, ms: number): string {
  const perSecond = N / (ms / 1000);
  return `${label}: ${N.toLocaleString('en-US')} in ${Math.round(ms).toLocaleString('en-US')} ms (${(perSecond / 1e6).toFixed(1)} M/s)`;
}

/** Deterministic scores on 1–5 in steps of 0.5, some as Dutch decimal-comma text. */
function score(i: number): number | string {
  const v = 1 + ((i * 7919) % 9) / 2;
  return i % 10 === 0 ? String(v).replace('.', ',') : v;
}

export async function benchClassify(): Promise<string[]> {
  const affective: unknown[][] = [];
  const calculative: unknown[][] = [];
  for (let r = 0; r < SIDE; r++) {
    const a: unknown[] = [];
    const c: unknown[] = [];
    for (let k = 0; k < SIDE; k++) {
      a.push(score(r * SIDE + k));
      c.push(score(r * SIDE + k + 3));
    }
    affective.push(a);
    calculative.push(c);
  }

  let t = performance.now();
  const grid = typeCore(affective, calculative, 1, 5, null, 'en');
  const rangeMs = performance.now() - t;
  if (isFailure(grid) || grid.length !== SIDE) throw new Error('benchClassify: unexpected result for the range');

  let labels = 0;
  t = performance.now();
  for (let i = 0; i < N; i++) {
    const r = typeCore(score(i), score(i + 3), null, null, null, 'nl');
    if (!isFailure(r)) labels++;
  }
  const scalarMs = performance.now() - t;
  if (labels !== N) throw new Error('benchClassify: a single-value call failed');

  return [line('classify (one 1000×1000 range)', rangeMs), line('classify (single-value calls)', scalarMs)];
}
