#!/usr/bin/env node
'use strict';
/*
 * The `rmo` command: compiled JavaScript (npm run build:cli, run by scripts/setup.sh),
 * no TypeScript compiler at run time. The command runs in a second Node process that
 * gets two heap settings V8 only takes at start-up:
 *  - a 64 MB young generation: the analysis allocates many short-lived objects, and
 *    this cuts garbage-collection time on big workbooks by about a quarter (bench:cli);
 *  - a 2 GB old generation, so a big workbook stays within 2 GB instead of letting V8
 *    grow the heap lazily. Should a workbook need more, the run is repeated once with
 *    most of the machine's memory rather than failing.
 */
const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');

const main = path.join(__dirname, '..', 'dist-cli', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write('rmo: the command line is not built yet; run `npm run build:cli` (scripts/setup.sh does) and try again.\n');
  process.exit(1);
}
const YOUNG = '--max-semi-space-size=64';
if (process.execArgv.includes(YOUNG) || process.env.RMO_NO_RESPAWN === '1') {
  require(main).run();
} else {
  const { spawnSync } = require('node:child_process');
  const own = /--max-old-space-size/.test([...process.execArgv, process.env.NODE_OPTIONS || ''].join(' '));
  const bigHeap = Math.max(4096, Math.floor((os.totalmem() / 1048576) * 0.75));
  const start = (heapMb, stderr) =>
    spawnSync(process.execPath, [...process.execArgv, YOUNG, ...(heapMb ? [`--max-old-space-size=${heapMb}`] : []), __filename, ...process.argv.slice(2)], {
      stdio: ['inherit', 'inherit', stderr],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  let r = start(own ? 0 : 2048, own ? 'inherit' : 'pipe');
  if (!own && r.status !== 0 && /heap out of memory|Allocation failed/i.test(r.stderr || '')) r = start(bigHeap, 'inherit');
  else if (r.stderr) process.stderr.write(r.stderr);
  if (r.error) {
    process.stderr.write(`rmo: ${r.error.message}\n`);
    process.exitCode = 1;
  } else process.exitCode = r.status === null ? 1 : r.status;
}
