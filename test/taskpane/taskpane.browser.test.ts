/**
 * The task pane in headless Chromium: built once from harness.tsx (fake Office, fake
 * pipeline), served from 127.0.0.1, driven like a user would. Expected texts are the
 * catalogue's wording, written out here so a wrong key or language shows up.
 */
import { catalogue } from '../../src/i18n';
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import webpack from 'webpack';
import { chromium, Browser, Page } from 'playwright-core';
import type { HarnessState } from './harness';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '../..');
// For people, not assertions: inside the repo (git-ignored out/), not at fixed /tmp paths another user may own.
const SHOTS = path.join(ROOT, 'out', 'screenshots');

let outDir: string;
let server: http.Server;
let browser: Browser;
let page: Page;
let url: string;

/** The harness with the add-in's own loader rules and resolution (webpack.config.js), so both build the pane alike. */
async function buildHarness(dir: string): Promise<void> {
  const makeConfig = require(path.join(ROOT, 'webpack.config.js'));
  const addin: webpack.Configuration = await makeConfig({}, { mode: 'development' });
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    context: ROOT,
    entry: { harness: path.join(__dirname, 'harness.tsx') },
    output: { path: dir, filename: '[name].js' },
    resolve: addin.resolve,
    module: addin.module,
    performance: { hints: false },
    infrastructureLogging: { level: 'error' },
  });
  return new Promise((resolve, reject) => {
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) reject(err);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    });
  });
}

function serve(dir: string): Promise<http.Server> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
  const s = http.createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0] === '/' ? 'index.html' : path.basename(req.url ?? '');
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

const harness = (): Promise<HarnessState> => page.evaluate(() => JSON.parse(JSON.stringify(window.__rmoHarness)) as HarnessState);
const release = (): Promise<void> =>
  page.evaluate(() => {
    const r = window.__rmoHarness.release;
    if (!r) throw new Error('no run is waiting');
    r();
  });

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/setup.sh (apt-get install chromium)`);
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rmo-taskpane-'));
  await buildHarness(outDir);
  fs.writeFileSync(
    path.join(outDir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>RMO harness</title></head>' +
      '<body style="margin:0"><div id="container"></div><script src="harness.js"></script></body></html>',
  );
  server = await serve(outDir);
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  // About the width of the Excel task pane.
  page = await browser.newPage({ viewport: { width: 360, height: 900 } });
  await page.goto(url);
  await page.getByRole('button', { name: 'Analyse' }).waitFor();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

/** Opens every settings group (collapsed at first) so their fields can be read and typed in. */
async function openSettings(p: Page): Promise<void> {
  for (const g of ['scale', 'impact', 'appreciation', 'date']) {
    const button = p.locator(`#rmo-settings-${g}-header button`);
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  }
}

/** Playwright's isDisabled for a Fluent disabledFocusable button: aria-disabled, still focusable. */
async function blocked(p: Page, name: string): Promise<boolean> {
  return (await p.getByRole('button', { name, exact: true }).getAttribute('aria-disabled')) === 'true';
}

describe('task pane in Chromium', () => {
  it('starts in English with the default settings', async () => {
    await expectVisible(page.getByRole('heading', { name: 'Settings' }));
    await openSettings(page);
    expect(await page.getByLabel('Scale minimum').inputValue()).toBe('1');
    expect(await page.getByLabel('Scale maximum').inputValue()).toBe('5');
    expect(await page.getByLabel('Half-life (days)').inputValue()).toBe('0');
    expect(await page.getByLabel('Critical bound').inputValue()).toBe('-6');
    expect(await blocked(page, 'Analyse')).toBe(false);
    expect((await harness()).languages).toEqual(['en']);
  });

  it('switching to Nederlands turns labels and button Dutch, tells the functions and remembers it', async () => {
    await page.getByLabel('Language').selectOption('nl');
    await expectVisible(page.getByRole('button', { name: 'Analyseren' }));
    await expectVisible(page.getByRole('heading', { name: 'Instellingen' }));
    expect(await page.getByLabel('Minimum van de schaal').inputValue()).toBe('1');
    expect(await page.getByRole('button', { name: 'Analyse', exact: true }).count()).toBe(0);
    expect((await harness()).languages).toEqual(['en', 'nl']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');

    await page.reload();
    await expectVisible(page.getByRole('button', { name: 'Analyseren' }));
    expect(await page.getByLabel('Taal').inputValue()).toBe('nl');
    await openSettings(page);
  });

  it('an invalid split shows the message in the chosen language and disables Analyse', async () => {
    await page.getByLabel('Splitsingspunt').fill('9');
    await expectVisible(page.getByText('Het splitsingspunt moet binnen de schaal liggen.'));
    expect(await blocked(page, 'Analyseren')).toBe(true);
    await expectVisible(page.getByText('Verbeter om te analyseren: Splitsingspunt.'));
    // Every invalid field at once, named in the reason the blocked button is described by.
    await page.getByLabel('Kritische grens').fill('2');
    await expectVisible(page.getByText('Verbeter om te analyseren: Splitsingspunt, Kritische grens.'));
    expect(await page.locator('#rmo-analyse').getAttribute('aria-describedby')).toBe('rmo-analyse-reason');
    await page.getByLabel('Kritische grens').fill('-6');
    // Blocked, yet focusable (Fluent disabledFocusable): a keyboard user reaches it and hears why.
    await page.locator('#rmo-analyse').focus();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rmo-analyse');

    await page.getByLabel('Taal').selectOption('en');
    await expectVisible(page.getByText('The split point must lie within the scale.'));
    await page.locator('section[aria-labelledby="rmo-settings-heading"]').screenshot({ path: path.join(SHOTS, 'taskpane-invalid.png') });
    expect(await blocked(page, 'Analyse')).toBe(true);

    await page.getByLabel('Split point').fill('3,5');
    await page.getByText('The split point must lie within the scale.').waitFor({ state: 'detached' });
    expect(await blocked(page, 'Analyse')).toBe(false);
  });

  it('Analyse sends the typed settings and mapping, shows progress, then the summary', async () => {
    await openSettings(page);
    await page.getByLabel('Half-life (days)').fill('90');
    await page.getByLabel('Analysis date').fill('31-03-2024');
    await page.getByRole('button', { name: 'Column names (optional)' }).click();
    await page.locator('#rmo-mapping-supplier').fill('  Vendor ');
    await page.getByRole('button', { name: 'Analyse' }).click();

    // The fake holds the run at the writing step until released.
    await expectVisible(page.getByText('Writing the result sheets…'));
    expect(await page.getByRole('progressbar').count()).toBe(1);
    expect(await blocked(page, 'Analyse')).toBe(true);
    // The language cannot change under a run.
    expect(await page.getByLabel('Language').isDisabled()).toBe(true);

    const { calls } = await harness();
    expect(calls).toHaveLength(1);
    expect(calls[0].settings).toEqual({
      language: 'en',
      scale: { min: 1, max: 5, split: 3.5 },
      impactMin: -5,
      impactMax: 5,
      appreciation: { halfLifeDays: 90, critical: -6, euphoria: 6, prolongedDays: 60 },
      asOf: 45382, // 2024-03-31 as an Excel serial day
    });
    expect(calls[0].mapping).toEqual({ supplier: 'Vendor' });
    expect(calls[0].selection).toBeNull(); // never scanned: every table, as before the Tables step existed

    await release();
    await expectVisible(page.getByRole('heading', { name: 'Result' }));
    await expectVisible(page.getByText('Done.'));
    expect(await page.locator('#rmo-count-suppliers').textContent()).toBe('7');
    expect(await page.locator('#rmo-count-incidents').textContent()).toBe('12');
    expect(await page.locator('#rmo-typology-pillar-count').textContent()).toBe('3');
    expect(await page.locator('#rmo-typology-prospect-count').textContent()).toBe('2');
    expect(await page.locator('#rmo-typology-freeRider-count').textContent()).toBe('1');
    expect(await page.locator('#rmo-problems-count').textContent()).toBe('1 error, 13 warnings. The first 2 of 14:');
    await expectVisible(page.getByText('Suppliers, row 4, column Affective (C)'));
    await expectVisible(page.getByText('Expected a number, got "high".'));
    expect(await page.locator('#rmo-sheets li').allTextContents()).toEqual(['RMO Results', 'RMO Problems']);
    expect(await page.locator('#rmo-analysis-date').textContent()).toBe('Analysis date: 2024-03-31 (as set under Settings)');
    expect(await page.locator('#rmo-periods-left-out').textContent()).toBe('Periods after the analysis date, left out: 2024-Q2');
  });

  it('the summary follows a language switch without a new run', async () => {
    await page.getByLabel('Language').selectOption('nl');
    await expectVisible(page.getByRole('heading', { name: 'Resultaat' }));
    await expectVisible(page.getByText('Verwacht een getal, kreeg "high".'));
    await expectVisible(page.getByText('Suppliers, rij 4, kolom Affective (C)'));
    await expectVisible(page.getByText('Steunpilaar'));
    expect(await page.locator('#rmo-analysis-date').textContent()).toBe('Peildatum: 2024-03-31 (ingesteld bij Instellingen)');
    expect((await harness()).calls).toHaveLength(1);
  });

  it('Analyse is reachable and usable from the keyboard, and a failed run shows the error', async () => {
    await page.evaluate(() => {
      window.__rmoHarness.failNext = 'The workbook is busy.';
    });
    // From the top of the page, as a keyboard user arrives.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let onButton = false;
    for (let i = 0; i < 150 && !onButton; i++) {
      await page.keyboard.press('Tab');
      onButton = await page.evaluate(() => document.activeElement?.id === 'rmo-analyse');
    }
    expect(onButton).toBe(true);
    await page.keyboard.press('Enter');
    await expectVisible(page.getByText('Resultaatbladen schrijven…'));
    expect((await harness()).calls).toHaveLength(2);
    await release();
    await expectVisible(page.getByText('De analyse is niet afgerond'));
    await expectVisible(page.getByText('The workbook is busy.'));
    // The failed run's summary is not left on screen as if it were current.
    expect(await page.getByRole('heading', { name: 'Resultaat' }).count()).toBe(0);
    expect(await blocked(page, 'Analyseren')).toBe(false);
  });
});

describe('Cancel between steps', () => {
  it('stops a run before it writes: nothing is written, the pane says so', async () => {
    await page.evaluate(() => {
      window.__rmoHarness.holdAt = 'analysing';
    });
    await page.getByRole('button', { name: 'Analyseren' }).click();
    await expectVisible(page.getByText('Relaties analyseren…'));
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await release();
    await expectVisible(page.getByText('Geannuleerd. Er is niets geschreven.'));
    expect(await page.getByRole('heading', { name: 'Resultaat' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Annuleren' }).count()).toBe(0);
  });
});

describe('the Tables step', () => {
  const items = () => page.locator('#rmo-table-list li');
  const boxStates = () =>
    page.locator('#rmo-table-list input[type="checkbox"]').evaluateAll((els) =>
      els.map((e) => `${(e as HTMLInputElement).checked ? 'on' : 'off'}${(e as HTMLInputElement).disabled ? ' disabled' : ''}`),
    );

  it('Tabellen zoeken lists every table with sheet, name, kind and rows in Dutch; unrecognised ones greyed with the reason', async () => {
    await page.getByRole('button', { name: 'Tabellen zoeken' }).click();
    await expectVisible(page.locator('#rmo-table-list'));
    // The scan uses the column names typed earlier.
    expect((await harness()).scans).toEqual([{ supplier: 'Vendor' }]);
    expect(await items().allTextContents()).toEqual([
      'Scores · tblScoresLeveranciers · 7 rijen',
      'Log · tblLogIncidenten · 12 rijen',
      'Team · bereikRelatiemanagers · 1 rij',
      'Notes · bereikNiet herkend: geen rij met minstens twee bekende kolomkoppen.',
      'Archive · tblOldNiet herkend: mist Affectieve betrokkenheid, Berekende betrokkenheid.',
    ]);
    expect(await boxStates()).toEqual(['on', 'on', 'on', 'off disabled', 'off disabled']);
  });

  it('the list follows a language switch without a new scan', async () => {
    await page.getByLabel('Taal').selectOption('en');
    await expectVisible(page.getByRole('heading', { name: 'Tables' }));
    expect(await items().allTextContents()).toEqual([
      'Scores · tblScoresSuppliers · 7 rows',
      'Log · tblLogIncidents · 12 rows',
      'Team · rangeRelationship managers · 1 row',
      'Notes · rangeNot recognised: no row with at least two known column headers.',
      'Archive · tblOldNot recognised: missing Affective commitment, Calculative commitment.',
    ]);
    expect((await harness()).scans).toHaveLength(1);
  });

  it('Analyse sends only the checked, recognised tables', async () => {
    await page.getByRole('checkbox', { name: /tblLog/ }).uncheck();
    expect(await boxStates()).toEqual(['on', 'off', 'on', 'off disabled', 'off disabled']);
    await page.getByRole('button', { name: 'Analyse' }).click();
    await expectVisible(page.getByText('Writing the result sheets…'));
    // The list cannot change under a running analysis.
    expect(await page.getByRole('button', { name: 'Find tables' }).isDisabled()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /tblScores/ }).isDisabled()).toBe(true);
    const { calls, scans } = await harness();
    expect(calls).toHaveLength(4);
    expect(calls[3].selection).toEqual([{ sheet: 'Scores', table: 'tblScores' }, { sheet: 'Team' }]);
    expect(calls[3].mapping).toEqual({ supplier: 'Vendor' });
    expect(scans).toHaveLength(1); // mapping unchanged since the scan: no second read
    await release();
    await expectVisible(page.getByText('Done.'));
    await page.screenshot({ path: path.join(SHOTS, 'taskpane.png'), fullPage: true });
    await page.screenshot({ path: path.join(SHOTS, 'taskpane-top.png') });
  });

  it('a new scan keeps the choices of tables that are still there; a new table starts checked', async () => {
    await page.evaluate(() => {
      window.__rmoHarness.tables = [
        { sheet: 'Scores', table: 'tblScores', kind: 'supplier', rows: 8 },
        { sheet: 'Log', table: 'tblLog', kind: 'incident', rows: 13 },
        { sheet: 'Log2', table: 'tblNew', kind: 'incident', rows: 2 },
      ];
    });
    await page.getByRole('button', { name: 'Find tables' }).click();
    await expectVisible(page.getByText('Log2 · tblNew'));
    expect(await items().count()).toBe(3);
    expect(await boxStates()).toEqual(['on', 'off', 'on']);
  });

  it('with every table unchecked Analyse is disabled and says why', async () => {
    await page.getByRole('checkbox', { name: /tblScores/ }).uncheck();
    await page.getByRole('checkbox', { name: /tblNew/ }).uncheck();
    await expectVisible(page.getByText('Choose at least one table to analyse.'));
    expect(await blocked(page, 'Analyse')).toBe(true);
    await page.getByRole('checkbox', { name: /tblNew/ }).check();
    await page.getByText('Choose at least one table to analyse.').waitFor({ state: 'detached' });
    expect(await blocked(page, 'Analyse')).toBe(false);
  });

  it('after the column names change, Analyse lists the tables again before choosing, keeping the choices', async () => {
    // Before a scan that found headers, the column names are free text boxes.
    expect(await page.locator('#rmo-mapping-supplier').evaluate((e) => e.tagName)).toBe('INPUT');
    await page.evaluate(() => {
      window.__rmoHarness.tables = [{ sheet: 'Log2', table: 'tblNew', kind: 'incident', rows: 2, headers: ['Firm', 'Date', 'Impact'], detected: { date: 'Date', impact: 'Impact' } }];
    });
    await page.getByRole('button', { name: 'Find tables' }).click();
    await expectVisible(page.getByText('Found: Date'));
    // After it, drop-downs of the tables' real headers.
    expect(await page.locator('#rmo-mapping-supplier').evaluate((e) => e.tagName)).toBe('SELECT');
    await page.locator('#rmo-mapping-supplier').selectOption('Firm');
    await page.getByRole('button', { name: 'Analyse' }).click();
    await expectVisible(page.getByText('Writing the result sheets…'));
    const { calls, scans } = await harness();
    expect(scans).toEqual([{ supplier: 'Vendor' }, { supplier: 'Vendor' }, { supplier: 'Vendor' }, { supplier: 'Firm' }]);
    expect(calls).toHaveLength(5);
    expect(calls[4].selection).toEqual([{ sheet: 'Log2', table: 'tblNew' }]);
    expect(calls[4].mapping).toEqual({ supplier: 'Firm' });
    await release();
    await expectVisible(page.getByText('Done.'));
  });
});

async function expectVisible(locator: ReturnType<Page['locator']>): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: 15_000 });
}

describe('the pane before the workbook has answered the settings read', () => {
  let early: Page;
  const STORED = JSON.stringify({ version: 1, scale: { min: 1, max: 7, split: 4.5 }, columns: { supplier: 'Vendor' } });

  beforeAll(async () => {
    early = await browser.newPage({ viewport: { width: 360, height: 900 } });
    await early.addInitScript((value) => {
      window.__rmoStoredSettings = value;
    }, STORED);
    await early.goto(`${url}?store=later`);
    await early.getByRole('button', { name: 'Analyse' }).waitFor();
  });

  afterAll(async () => {
    await early?.close();
  });

  it('shows Analyse at once, blocked with the reason, and no default values that would then change', async () => {
    expect(await blocked(early, 'Analyse')).toBe(true);
    expect(await early.locator('#rmo-analyse-reason').textContent()).toBe("Reading this workbook's settings…");
    expect(await early.locator('#rmo-settings').count()).toBe(0);
    expect(await early.locator('#rmo-mapping').count()).toBe(0);
    await early.getByRole('button', { name: 'Analyse' }).click({ force: true });
    expect(await early.evaluate(() => window.__rmoHarness.calls.length)).toBe(0);
  });

  it('then shows the stored settings and column names, and Analyse works', async () => {
    await early.evaluate(() => window.__rmoOpenStore!());
    await expectVisible(early.locator('#rmo-settings'));
    await openSettings(early);
    expect(await early.getByLabel('Scale maximum').inputValue()).toBe('7');
    expect(await early.getByLabel('Split point').inputValue()).toBe('4.5');
    expect(await early.locator('#rmo-mapping-supplier').inputValue()).toBe('Vendor');
    expect(await blocked(early, 'Analyse')).toBe(false);
    expect(await early.locator('#rmo-analyse-reason').count()).toBe(0);
  });
});

describe('settings stored in the workbook', () => {
  // A fresh page (its own browser context) whose workbook already holds settings for a 1–7 survey.
  let stored: Page;
  const STORED = JSON.stringify({
    version: 1,
    scale: { min: 1, max: 7, split: 4.5 },
    impactMin: -3,
    impactMax: 3,
    appreciation: { halfLifeDays: 90, critical: -4, euphoria: 8, prolongedDays: 30 },
    asOf: 45382,
    columns: { supplier: 'Vendor' },
  });
  const saved = async (): Promise<unknown[]> =>
    (await stored.evaluate(() => window.__rmoHarness.saved)).map((s) => JSON.parse(s) as unknown);

  beforeAll(async () => {
    stored = await browser.newPage({ viewport: { width: 360, height: 900 } });
    await stored.addInitScript((value) => {
      window.__rmoStoredSettings = value;
    }, STORED);
    await stored.goto(url);
    await stored.getByRole('button', { name: 'Analyse' }).waitFor();
    await openSettings(stored);
  });

  afterAll(async () => {
    await stored?.close();
  });

  it('the pane opens with the stored settings and column names, saving nothing yet', async () => {
    expect(await stored.getByLabel('Scale minimum').inputValue()).toBe('1');
    expect(await stored.getByLabel('Scale maximum').inputValue()).toBe('7');
    expect(await stored.getByLabel('Split point').inputValue()).toBe('4.5');
    expect(await stored.getByLabel('Lowest incident impact').inputValue()).toBe('-3');
    expect(await stored.getByLabel('Half-life (days)').inputValue()).toBe('90');
    expect(await stored.getByLabel('Euphoria bound').inputValue()).toBe('8');
    expect(await stored.getByLabel('Analysis date').inputValue()).toBe('2024-03-31');
    // Stored column names are shown, not hidden in the collapsed section.
    expect(await stored.locator('#rmo-mapping-supplier').inputValue()).toBe('Vendor');
    await expectVisible(stored.getByText(/Saved in this workbook, together with the column names/));
    expect(await saved()).toEqual([]);
  });

  it('a successful run saves what it ran with; a failed one saves nothing', async () => {
    await stored.getByLabel('Critical bound').fill('-2,5');
    await stored.locator('#rmo-mapping-impact').fill(' Weight ');
    await stored.getByRole('button', { name: 'Analyse' }).click();
    await expectVisible(stored.getByText('Writing the result sheets…'));
    expect(await saved()).toEqual([]); // not before the run is over
    await stored.evaluate(() => window.__rmoHarness.release?.());
    await expectVisible(stored.getByText('Done.'));
    expect(await saved()).toEqual([
      {
        version: 1,
        scale: { min: 1, max: 7, split: 4.5 },
        impactMin: -3,
        impactMax: 3,
        appreciation: { halfLifeDays: 90, critical: -2.5, euphoria: 8, prolongedDays: 30 },
        asOf: 45382,
        columns: { supplier: 'Vendor', impact: 'Weight' },
      },
    ]);

    await stored.evaluate(() => {
      window.__rmoHarness.failNext = 'The workbook is busy.';
    });
    await stored.getByLabel('Half-life (days)').fill('30');
    await stored.getByRole('button', { name: 'Analyse' }).click();
    await expectVisible(stored.getByText('Writing the result sheets…'));
    await stored.evaluate(() => window.__rmoHarness.release?.());
    await expectVisible(stored.getByText('The workbook is busy.'));
    expect(await saved()).toHaveLength(1);
  });

  it('Restore defaults puts the defaults in the form and in the workbook, keeping the column names; Undo brings them back', async () => {
    await stored.getByRole('button', { name: 'Restore defaults' }).click();
    expect(await stored.getByLabel('Scale maximum').inputValue()).toBe('5');
    expect(await stored.getByLabel('Analysis date').inputValue()).toBe('');
    const all = await saved();
    expect(all).toHaveLength(2);
    expect(all[1]).toEqual({
      version: 1,
      scale: { min: 1, max: 5, split: 3 },
      impactMin: -5,
      impactMax: 5,
      appreciation: { halfLifeDays: 0, critical: -6, euphoria: 6, prolongedDays: 60 },
      columns: { supplier: 'Vendor', impact: 'Weight' },
    });

    await stored.getByRole('button', { name: 'Undo' }).click();
    expect(await stored.getByLabel('Scale maximum').inputValue()).toBe('7');
    expect(await stored.getByLabel('Half-life (days)').inputValue()).toBe('30');
    const after = await saved();
    expect(after).toHaveLength(3);
    expect(after[2]).toMatchObject({ scale: { min: 1, max: 7, split: 4.5 }, appreciation: { halfLifeDays: 30, critical: -2.5 } });
  });
});

/**
 * The workbench against the REAL pipeline and the fake Excel (harness ?workbook=…), at
 * Excel's task-pane sizes (320×600 Windows, 350×800 the web) in both languages. The
 * sample workbook's cells are read by the .xlsx shell and handed to the page; expected
 * cells are counted by hand from samples/make-sample.ts.
 */
const SIZES = [
  { width: 320, height: 600 },
  { width: 350, height: 800 },
] as const;
const LANGS = ['en', 'nl'] as const;
const AXE = require.resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  nodes: { target: string[] }[];
}

/** axe-core in the page: WCAG 2.1 A/AA and best practices; returns rule id + first target per violation. */
async function axeViolations(p: Page): Promise<string[]> {
  await p.addScriptTag({ path: AXE });
  const violations = await p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ target: n.target.map(String) })) }));
  });
  return violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
}

/** Runs `fn` on the page's fake-workbook probe (passed as source: page functions cannot take functions). */
const excel = <T,>(p: Page, fn: (probe: Window['__rmoExcel']) => T): Promise<T> => p.evaluate(`(${fn.toString()})(window.__rmoExcel)`) as Promise<T>;

async function workbenchPage(size: { width: number; height: number }, lang: 'en' | 'nl', query: string, cells?: unknown): Promise<Page> {
  const p = await browser.newPage({ viewport: size });
  await p.addInitScript(
    ([l, c]) => {
      localStorage.setItem('rmo.language', l as string);
      if (c) (window as unknown as { __rmoWorkbook: unknown }).__rmoWorkbook = c;
    },
    [lang, cells ?? null] as const,
  );
  await p.goto(`${url}?${query}`);
  await p.locator('#rmo-analyse').waitFor();
  return p;
}

const shot = (p: Page, name: string): Promise<Buffer> => p.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

const T = {
  en: { insert: 'Insert example tables', empty: 'Create empty input tables', questionnaire: 'Create questionnaire', analyse: 'Analyse', result: 'Result', pillar: 'Pillar', results: 'RMO Results' },
  nl: { insert: 'Voorbeeldtabellen invoegen', empty: 'Lege invoertabellen maken', questionnaire: 'Vragenlijst maken', analyse: 'Analyseren', result: 'Resultaat', pillar: 'Steunpilaar', results: 'RMO Resultaten' },
} as const;

describe('the workbench on the real pipeline', () => {
  let sample: unknown;
  beforeAll(async () => {
    const { readXlsx } = await import('../../src/xlsx/read');
    sample = await readXlsx(path.join(ROOT, 'samples', 'rmo-sample.xlsx'));
  });

  for (const size of SIZES) {
    for (const lang of LANGS) {
      const tag = `${size.width}x${size.height}-${lang}`;
      const t = T[lang];

      it(`${tag}: an empty workbook offers the starts; Analyse writes nothing and says what to do; no axe violations`, async () => {
        const p = await workbenchPage(size, lang, 'workbook=empty');
        try {
          await expectVisible(p.getByRole('button', { name: t.insert }));
          await expectVisible(p.getByRole('button', { name: t.empty }));
          // The three starts: example tables, empty tables, a questionnaire.
          await expectVisible(p.getByRole('button', { name: t.questionnaire }));
          expect(await p.locator('#rmo-start button').count()).toBeGreaterThanOrEqual(3);
          await expectVisible(p.locator('#rmo-help-link'));
          expect(await axeViolations(p)).toEqual([]);
          await shot(p, `${tag}-empty`);

          const before = await excel(p, (x) => x.sheetNames());
          await p.getByRole('button', { name: t.analyse, exact: true }).click();
          await expectVisible(p.locator('#rmo-no-input'));
          expect(await excel(p, (x) => x.sheetNames())).toEqual(before);
          expect(await p.locator('#rmo-sheets-none').count()).toBe(1);
          expect(await axeViolations(p)).toEqual([]);

          await p.getByRole('button', { name: t.empty }).click();
          await expectVisible(p.locator('#rmo-start-done'));
          expect(await excel(p, (x) => x.tableNames())).toEqual(
            lang === 'en' ? ['Suppliers', 'Incidents', 'RelationshipManagers'] : ['Leveranciers', 'Incidenten', 'Relatiemanagers'],
          );
          expect(await excel(p, (x) => x.activeSheet())).toBe(lang === 'en' ? 'Suppliers' : 'Leveranciers');
        } finally {
          await p.close();
        }
      });

      it(`${tag}: after a run on the sample the summary is in view and focused, the 2×2 matches the results sheet, links go to the cells`, async () => {
        const p = await workbenchPage(size, lang, 'workbook=sample', sample);
        try {
          await p.getByRole('button', { name: t.analyse, exact: true }).click();
          await expectVisible(p.getByRole('heading', { name: t.result }));
          await p.waitForFunction(() => document.activeElement?.id === 'rmo-result-heading');
          const inView = await p.locator('#rmo-result-heading').evaluate((e) => {
            const r = e.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= window.innerHeight;
          });
          expect(inView).toBe(true);
          // Announced: the live region says how many suppliers and problems.
          await p.waitForFunction(() => (document.getElementById('rmo-announce')?.textContent ?? '').length > 0);
          expect(await p.locator('#rmo-announce').textContent()).toMatch(lang === 'en' ? /^Analysis done: 12 suppliers; \d+ errors?, \d+ warnings?\.$/ : /^Analyse klaar: 12 leveranciers; /);
          await shot(p, `${tag}-result`);
          // What the user sees first after the run (the viewport only).
          await p.screenshot({ path: path.join(SHOTS, `${tag}-result-top.png`) });

          // The results sheet was opened, and its Type column (C) holds the pane's counts.
          expect(await excel(p, (x) => x.activeSheet())).toBe(t.results);
          const typeColumn = (await excel(p, (x) => x.column('RMO Results', 2).concat(x.column('RMO Resultaten', 2)))) as string[];
          const names = lang === 'en' ? { pillar: 'Pillar', prospect: 'Prospect', hostage: 'Hostage', freeRider: 'Free rider' } : { pillar: 'Steunpilaar', prospect: 'Prospect', hostage: 'Gegijzelde', freeRider: 'Meelifter' };
          for (const [q, name] of Object.entries(names)) {
            const onSheet = typeColumn.filter((v) => v === name).length;
            expect({ q, pane: Number(await p.locator(`#rmo-typology-${q}-count`).textContent()) }).toEqual({ q, pane: onSheet });
          }
          // Globex Ltd (only in the incidents) is shown apart, and the supplier count is the command line's 12.
          expect(await p.locator('#rmo-count-suppliers').textContent()).toBe('12');
          await expectVisible(p.locator('#rmo-only-incidents'));
          expect(await p.locator('#rmo-only-incidents').textContent()).toContain('Globex Ltd');

          // "goed" typed as Quantum Payroll BV's 2025-Q3 activity: sheet Leveranciers, row 26, column E.
          const goed = p.locator('#rmo-problems li').filter({ hasText: '"goed"' }).getByRole('button');
          await goed.click();
          await p.waitForFunction(() => window.__rmoExcel.selection() === 'Leveranciers!E26');
          expect(await excel(p, (x) => x.activeSheet())).toBe('Leveranciers');

          // A quadrant lists its suppliers; a supplier selects its row on the results sheet.
          await p.locator('#rmo-typology-pillar').click();
          expect(await p.locator('#rmo-typology-pillar').getAttribute('aria-pressed')).toBe('true');
          // Each supplier listed carries its relationship state in the method's words (docs/method.md).
          const states = Object.values(catalogue(lang).method.states);
          const memberTexts = await p.locator('#rmo-typology-members li').allTextContents();
          expect(memberTexts.length).toBeGreaterThan(0);
          for (const text of memberTexts) expect(states).toContain(text.split(' — ')[1]);
          // Nordic Cloud Services falls to free rider and exits in 2025-Q4 (sample): a plain supplier
          // relationship or an ending one, either listed as a reason in the Needs-attention list.
          const nordic = await p.locator('#rmo-attention li').filter({ hasText: 'Nordic Cloud Services' }).textContent();
          const m = catalogue(lang).method.states;
          expect([`${catalogue(lang).workbench.reasons.state.replace('{state}', m.ending)}`, `${catalogue(lang).workbench.reasons.state.replace('{state}', m.degraded)}`].some((r) => nordic?.includes(r))).toBe(true);
          const first = p.locator('#rmo-typology-members li button').first();
          const name = await first.textContent();
          await first.click();
          await p.waitForFunction((sheet) => (window.__rmoExcel.selection() ?? '').startsWith(`${sheet}!A`), t.results);
          const sel = (await excel(p, (x) => x.selection())) as string;
          // The whole row of the results table: Supplier (A) to Business status (Q), 17 columns.
          const row = Number(/!A(\d+):Q\d+$/.exec(sel)?.[1]);
          const column = (await excel(p, (x) => x.column('RMO Results', 0).concat(x.column('RMO Resultaten', 0)))) as string[];
          expect(column[row - 1]).toBe(name);
          expect(await axeViolations(p)).toEqual([]);
          await shot(p, `${tag}-quadrant`);

          // Sheet names written are links.
          await p.locator('#rmo-sheets button').last().click();
          const last = await p.locator('#rmo-sheets button').last().textContent();
          await p.waitForFunction((n) => window.__rmoExcel.activeSheet() === n, last);
        } finally {
          await p.close();
        }
      });
    }
  }

  it('Create questionnaire writes the response table with drop-downs and a note per statement, not marked as ours', async () => {
    const p = await workbenchPage(SIZES[0], 'nl', 'workbook=empty');
    try {
      await p.getByRole('button', { name: T.nl.questionnaire }).click();
      await expectVisible(p.locator('#rmo-start-done'));
      const sheets = (await excel(p, (x) => x.sheetNames())) as string[];
      // docs/survey.md: the response sheet and the statements sheet, in Dutch.
      expect(sheets).toEqual(expect.arrayContaining(['RMO Vragenlijst', 'RMO Items']));
      expect(await excel(p, (x) => x.tableNames())).toEqual(['RMO_Responses']);
      // The user's sheets: no ownership marker, so no run replaces or deletes them.
      expect(await excel(p, (x) => x.markedSheets())).toEqual([]);
      // Header row 8 (6 instruction rows, a blank row); statements from column E, each with its note.
      const notes = (await excel(p, (x) => x.notes('RMO Vragenlijst'))) as string[];
      expect(notes.length).toBeGreaterThan(0);
      expect(notes[0]).toBe('E8');
      expect(notes.every((a) => /^[A-Z]+8$/.test(a))).toBe(true);
      const lists = (await excel(p, (x) => x.lists('RMO Vragenlijst'))) as { at: string; source: string }[];
      expect(lists).toEqual([
        { at: 'B9', source: 'Eigen organisatie,Leverancier' },
        { at: 'E9', source: '1,2,3,4,5' },
      ]);
      expect(await axeViolations(p)).toEqual([]);
    } finally {
      await p.close();
    }
  });

  it('follows a dark Office theme through Fluent tokens, with no axe violations', async () => {
    const p = await workbenchPage(SIZES[0], 'en', 'workbook=sample&theme=dark', sample);
    try {
      const bg = await p.locator('.fui-FluentProvider').first().evaluate((e) => getComputedStyle(e.firstElementChild ?? e).backgroundColor);
      // webDarkTheme's colorNeutralBackground1 is #292929.
      expect(bg).toBe('rgb(41, 41, 41)');
      await p.getByRole('button', { name: 'Analyse', exact: true }).click();
      await expectVisible(p.getByRole('heading', { name: 'Result' }));
      expect(await axeViolations(p)).toEqual([]);
      await shot(p, '320x600-en-dark');
    } finally {
      await p.close();
    }
  });
});
