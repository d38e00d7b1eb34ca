#!/usr/bin/env node
'use strict';
/*
 * The `rmo` command: compiled JavaScript (npm run build:cli, run by scripts/setup.sh),
 * no TypeScript compiler at run time. The analysis allocates many short-lived
 * objects; a larger young generation (64 MB semi-spaces) cuts garbage-collection time
 * on big workbooks by about a quarter (bench:cli), and V8 only takes that size at
 * start-up, so the command runs itself once more with it.
 */
const path = require('node:path');
const fs = require('node:fs');

const main = path.join(__dirname, '..', 'dist-cli', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write('rmo: the command line is not built yet; run `npm run build:cli` (scripts/setup.sh does) and try again.\n');
  process.exit(1);
}
const FLAG = '--max-semi-space-size=64';
if (process.execArgv.includes(FLAG) || process.env.RMO_NO_RESPAWN === '1') {
  require(main).run();
} else {
  const { spawnSync } = require('node:child_process');
  const r = spawnSync(process.execPath, [...process.execArgv, FLAG, __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.error) {
    process.stderr.write(`rmo: ${r.error.message}\n`);
    process.exitCode = 1;
  } else process.exitCode = r.status === null ? 1 : r.status;
}
