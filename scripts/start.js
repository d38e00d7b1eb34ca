#!/usr/bin/env node
// `npm start`: serve the add-in on https://localhost:3000 and sideload it where Excel runs.
//
// Windows/macOS: office-addin-debugging starts the dev server (npm run dev-server), trusts
// the dev certificates and sideloads manifest.xml into Excel desktop. Extra arguments pass
// through, e.g. `npm start -- --no-sideload`.
// Linux (no Excel desktop): generate the certificates without root, run the dev server in
// this terminal and print how to sideload in Excel on the web. `npm stop` or Ctrl+C stops it.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const https = require('https');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const PORT = 3000;
const URL_BASE = `https://localhost:${PORT}`;
// Kept under node_modules/.cache so it is never committed; `npm stop` reads it.
const PID_FILE = path.join(ROOT, 'node_modules', '.cache', 'rmo-dev-server.pid');

function bin(pkg, rel) {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), rel);
}

function run(command, args) {
  const child = spawn(process.execPath, [command, ...args], { cwd: ROOT, stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  return child;
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Resolves true once the dev server answers over TLS (certificate trust is not checked here). */
function waitForServer(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve) => {
    const attempt = () => {
      const req = https.get(`${URL_BASE}/taskpane.html`, { rejectUnauthorized: false }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      });
      req.on('error', () => (Date.now() > deadline ? resolve(false) : setTimeout(attempt, 1000)));
    };
    attempt();
  });
}

function printWebSideloadHelp(certDir) {
  console.log(
    [
      '',
      `RMO for Excel is served at ${URL_BASE}/taskpane.html`,
      'Excel desktop is not available on this system. To use the add-in in Excel on the web:',
      `  1. Trust the dev certificate in your browser (CA: ${path.join(certDir, 'ca.crt')}),`,
      `     or open ${URL_BASE}/taskpane.html once and accept the warning.`,
      '  2. Open a workbook at https://www.office.com (Excel on the web).',
      '  3. Home > Add-ins > More Add-ins (or Insert > Add-ins) > My Add-ins > Upload My Add-in,',
      `     and choose ${path.join(ROOT, 'manifest.xml')}.`,
      '  4. The "RMO" tab appears; its button opens the task pane, and =RMO. lists the functions.',
      'Stop the server with Ctrl+C or `npm stop`.',
      '',
    ].join('\n'),
  );
}

async function startOnLinux() {
  if (fs.existsSync(PID_FILE)) {
    const pid = Number(fs.readFileSync(PID_FILE, 'utf8'));
    if (pid && isAlive(pid)) {
      console.log(`The dev server is already running (pid ${pid}). Use \`npm stop\` to stop it.`);
      return;
    }
  }
  const { getHttpsOptions, linuxTrustHint, certificateDirectory } = require('./dev-certs');
  await getHttpsOptions();
  console.log(linuxTrustHint());

  const server = spawn(process.execPath, [bin('webpack-cli', 'bin/cli.js'), 'serve', '--mode', 'development'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(PID_FILE, String(server.pid));
  const cleanUp = () => {
    if (fs.existsSync(PID_FILE) && fs.readFileSync(PID_FILE, 'utf8') === String(server.pid)) fs.rmSync(PID_FILE);
  };
  server.on('exit', (code, signal) => {
    cleanUp();
    process.exit(signal === 'SIGTERM' || signal === 'SIGINT' ? 0 : (code ?? 1));
  });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));

  if (await waitForServer(180000)) printWebSideloadHelp(certificateDirectory);
  else console.error(`The dev server did not answer on ${URL_BASE} within 3 minutes; see the output above.`);
}

async function main() {
  const extra = process.argv.slice(2);
  if (process.platform === 'win32' || process.platform === 'darwin') {
    run(bin('office-addin-debugging', 'cli.js'), [
      'start',
      'manifest.xml',
      'desktop',
      '--app',
      'excel',
      '--dev-server',
      'npm run dev-server',
      '--dev-server-port',
      String(PORT),
      ...extra,
    ]);
    return;
  }
  await startOnLinux();
}

main().catch((err) => {
  console.error(err && err.message ? err.message : err);
  process.exit(1);
});
