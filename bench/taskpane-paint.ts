/**
 * `npm run bench:paint [distDir]`: first paint of the production task pane in headless
 * Chromium at 320×600. Serves the built dist/ (run `npm run build` first), answers the
 * office.js CDN request with a stub that is ready at once (no Excel: the pane's cheap
 * workbook probe fails and it shows its default state), and prints the median over 7
 * loads of first-contentful-paint and of the Analyse button being visible, plus the
 * size of taskpane.js raw and gzipped. Prints numbers; asserts nothing.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import * as zlib from 'zlib';
import type { AddressInfo } from 'net';
import { chromium } from 'playwright-core';

const OFFICE_STUB = `
window.Office = {
  onReady(cb) { const info = { host: 'Excel', platform: 'OfficeOnline' }; if (cb) setTimeout(() => cb(info)); return Promise.resolve(info); },
  context: { displayLanguage: 'en-US', officeTheme: { bodyBackgroundColor: '#FFFFFF' }, requirements: { isSetSupported: () => true },
    document: { settings: { get: () => null, set() {}, remove() {}, saveAsync(cb) { if (cb) cb({ status: 'succeeded' }); } } } },
  actions: { associate() {} },
  addin: { showAsTaskpane: () => Promise.resolve() },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
};
window.CustomFunctions = { associate() {} };
window.Excel = { run: () => Promise.reject(new Error('no Excel in the benchmark')) };
`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const js = fs.readFileSync(path.join(dist, 'taskpane.js'));
  console.log(`taskpane.js: ${js.length} bytes raw, ${zlib.gzipSync(js, { level: 9 }).length} bytes gzipped (level 9)`);
  const server = http.createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0].replace(/^\/+/, '') || 'taskpane.html';
    const file = path.join(dist, path.basename(name));
    if (!fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': file.endsWith('.html') ? 'text/html' : 'text/javascript' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/taskpane.html`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const fcp: number[] = [];
  const ready: number[] = [];
  try {
    for (let i = 0; i < 7; i++) {
      const page = await browser.newPage({ viewport: { width: 320, height: 600 } });
      await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: OFFICE_STUB }));
      await page.goto(url);
      await page.locator('#rmo-analyse').waitFor();
      const t = await page.evaluate(() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        return { fcp: paint ? paint.startTime : NaN, now: performance.now() };
      });
      fcp.push(t.fcp);
      ready.push(t.now);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`first-contentful-paint: median ${median(fcp).toFixed(0)} ms; Analyse visible by: median ${median(ready).toFixed(0)} ms (7 loads, 320×600)`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
