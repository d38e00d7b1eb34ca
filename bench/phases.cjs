// One run of the command's steps in this process, compiled (dist-cli), timed apart:
// open, read every cell, parse + analyse + report, apply the plans, save. Prints JSON.
// Usage: phases.cjs <in> <out>.
const fs = require('node:fs');
const path = require('node:path');
const dist = (p) => require(path.join(__dirname, '..', 'dist-cli', p));
const { openWorkbook, readTables } = dist('xlsx/read.js');
const { applyPlans } = dist('xlsx/apply.js');
const { runPipeline } = dist('cli/pipeline.js');
const { DEFAULT_SETTINGS } = dist('analysis/settings.js');

const [input, output] = process.argv.slice(2);
const out = {};
let t = performance.now();
const lap = (name) => {
  const now = performance.now();
  out[name] = Math.round(now - t);
  t = now;
};
const file = openWorkbook(fs.readFileSync(input));
lap('open');
const read = readTables(file);
lap('read');
const { plans } = runPipeline(read, DEFAULT_SETTINGS);
lap('pipeline');
applyPlans(file, plans);
lap('apply');
fs.writeFileSync(output, file.pkg.save());
lap('save');
process.stdout.write(JSON.stringify(out));
