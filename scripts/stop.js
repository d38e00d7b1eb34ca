#!/usr/bin/env node
// `npm stop`: undo `npm start`.
// Windows/macOS: office-addin-debugging unregisters the sideloaded add-in and stops the dev
// server it started. Linux: stop the dev server whose pid `npm start` recorded.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const PID_FILE = path.join(ROOT, 'node_modules', '.cache', 'rmo-dev-server.pid');

if (process.platform === 'win32' || process.platform === 'darwin') {
  const cli = path.join(path.dirname(require.resolve('office-addin-debugging/package.json')), 'cli.js');
  const result = spawnSync(process.execPath, [cli, 'stop', 'manifest.xml', 'desktop'], { cwd: ROOT, stdio: 'inherit' });
  process.exit(result.status ?? 1);
}

if (!fs.existsSync(PID_FILE)) {
  console.log('No dev server started by `npm start` is running.');
  process.exit(0);
}
const pid = Number(fs.readFileSync(PID_FILE, 'utf8'));
try {
  process.kill(pid, 'SIGTERM');
  console.log(`Stopped the dev server (pid ${pid}).`);
} catch (err) {
  if (err.code !== 'ESRCH') throw err;
  console.log('The dev server had already stopped.');
}
fs.rmSync(PID_FILE, { force: true });
