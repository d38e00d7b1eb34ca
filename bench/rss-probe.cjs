// Loaded with `node -r` into a measured child: on exit, writes the process's peak
// resident memory (KB) and wall time since start to the file in RMO_BENCH_PROBE.
const fs = require('node:fs');
const start = process.hrtime.bigint();
process.on('exit', () => {
  const file = process.env.RMO_BENCH_PROBE;
  if (!file) return;
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  fs.writeFileSync(file, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, ms }));
});
