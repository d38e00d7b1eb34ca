/**
 * `npm run bench:paint [distDir ...]`: first paint of the production task pane in headless
 * Chromium at 320×600. Serves the built dist/ (run `npm run build` first), answers the
 * office.js CDN request with a stub that is ready at once (no Excel: the pane's cheap
 * workbook probe fails and it shows its default state), and prints, as the median over 7
 * loads: when the scripts had arrived, when taskpane.js had been evaluated, Office.onReady,
 * the pane's first render (the marks of src/taskpane/marks.ts, where the build has them),
 * first-contentful-paint, and the frame in which the Analyse button is first on screen; plus the size of what the
 * first screen loads (taskpane.js) and of the chunks the pane fetches after it, raw and
 * gzipped. Several dist directories are loaded in turn, load by load, so a busy machine
 * slows them alike and they can be compared. Prints numbers; asserts nothing.
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

/**
 * Timed in the page, not by the test driver's polling: the frame in which the Analyse button
 * (with React's click handler, attached in the same commit) first has a box on screen.
 */
const ANALYSE_WATCH = `
new MutationObserver((_, observer) => {
  const button = document.getElementById('rmo-analyse');
  if (!button) return;
  observer.disconnect();
  requestAnimationFrame(() => {
    if (button.getBoundingClientRect().height > 0) window.__analyseAt = performance.now();
  });
}).observe(document, { childList: true, subtree: true });
`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The JS files of a build: the entry bundles and the lazily loaded chunks next to them. */
function sizes(dist: string): string[] {
  const gz = (file: string): string => {
    const b = fs.readFileSync(path.join(dist, file));
    return `${file} ${b.length} B raw, ${zlib.gzipSync(b, { level: 9 }).length} B gzip`;
  };
  const later = fs.readdirSync(dist).filter((f) => f.endsWith('.js') && !['functions.js', 'commands.js', 'taskpane.js'].includes(f));
  return [gz('taskpane.js'), ...later.map((f) => `${gz(f)} (after the first paint)`)];
}

function serve(dist: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0].replace(/^\/+/, '') || 'taskpane.html';
    const file = path.join(dist, path.basename(name));
    if (!fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': file.endsWith('.html') ? 'text/html' : 'text/javascript' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

const PHASES = ['scripts arrived', 'taskpane.js evaluated', 'Office ready', 'first render', 'first-contentful-paint', 'Analyse visible'] as const;
type Phase = (typeof PHASES)[number];

async function main(): Promise<void> {
  const dists = (process.argv.length > 2 ? process.argv.slice(2) : ['dist']).map((d) => path.resolve(d));
  const servers = await Promise.all(dists.map(serve));
  const urls = servers.map((s) => `http://127.0.0.1:${(s.address() as AddressInfo).port}/taskpane.html`);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const times = dists.map(() => new Map<Phase, number[]>(PHASES.map((p) => [p, []])));
  try {
    for (let i = 0; i < 7; i++) {
      for (let d = 0; d < dists.length; d++) {
        const page = await browser.newPage({ viewport: { width: 320, height: 600 } });
        await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: OFFICE_STUB }));
        await page.addInitScript(ANALYSE_WATCH);
        await page.goto(urls[d]);
        await page.locator('#rmo-analyse').waitFor();
        await page.waitForFunction('window.__analyseAt !== undefined');
        // A string, not a function: tsx would wrap a function's inner helpers in a __name() the page lacks.
        const t = await page.evaluate<Record<Phase, number>>(`(() => {
          const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
          const scripts = performance.getEntriesByType('resource').filter((e) => /\\/(functions|commands|taskpane)\\.js$/.test(e.name));
          return {
            'scripts arrived': Math.max(...scripts.map((e) => e.responseEnd)),
            'taskpane.js evaluated': at('rmo:script'),
            'Office ready': at('rmo:office-ready'),
            'first render': at('rmo:first-render'),
            'first-contentful-paint': at('first-contentful-paint'),
            'Analyse visible': window.__analyseAt ?? NaN,
          };
        })()`);
        for (const p of PHASES) times[d].get(p)!.push(t[p]);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    for (const s of servers) s.close();
  }
  dists.forEach((dist, d) => {
    console.log(`\n${path.relative(process.cwd(), dist) || dist}:`);
    for (const line of sizes(dist)) console.log(`  ${line}`);
    const row = PHASES.map((p) => `${p} ${Number.isNaN(median(times[d].get(p)!)) ? '–' : median(times[d].get(p)!).toFixed(0)}`);
    console.log(`  median of 7 loads at 320×600, ms after navigation: ${row.join(', ')}`);
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
