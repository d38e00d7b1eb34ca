// Runs the production webpack build once and checks what lands in dist/: every file the
// manifest names, the metadata, and that functions.js registers every custom function
// without a DOM (no window, no document, no React).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import * as zlib from 'zlib';
import webpack from 'webpack';
import { MANIFEST_PATH, ROOT, manifestFileUrls, readManifest } from './manifest-xml';

interface Metadata {
  functions: { id: string; name: string; description?: string }[];
}

let outDir: string;
let buildErrors: string[] = [];
/** Source module name → the chunks (bundles) that contain it. */
const chunksByModule = new Map<string, Set<string>>();

const read = (file: string): string => fs.readFileSync(path.join(outDir, file), 'utf8');
const readJson = (file: string): Metadata => JSON.parse(read(file)) as Metadata;

/** Runs the given bundles, in order, in one fresh JS realm that has only the given globals. */
function runBundles(files: string[], globals: Record<string, unknown>): vm.Context {
  const silent = { log() {}, info() {}, warn() {}, error() {}, debug() {} };
  const context = vm.createContext({ console: silent, setTimeout, clearTimeout, ...globals });
  for (const file of files) vm.runInContext(read(file), context, { filename: file });
  return context;
}

function fakeCustomFunctions(): { calls: Map<string, unknown>; api: object } {
  const calls = new Map<string, unknown>();
  const api = {
    associate(idOrMap: string | Record<string, unknown>, fn?: unknown) {
      if (typeof idOrMap === 'string') calls.set(idOrMap, fn);
      else for (const [id, f] of Object.entries(idOrMap)) calls.set(id, f);
    },
    Error: class CustomFunctionsError extends Error {},
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!', divisionByZero: '#DIV/0!', nullReference: '#NULL!', invalidName: '#NAME?', invalidReference: '#REF!' },
  };
  return { calls, api };
}

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rmo-build-'));
  const makeConfig = require(path.join(ROOT, 'webpack.config.js'));
  const config = await makeConfig({}, { mode: 'production' });
  config.output.path = outDir;
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((err, result) => {
      compiler.close(() => undefined);
      if (err || !result) reject(err ?? new Error('webpack returned no stats'));
      else resolve(result);
    });
  });
  const json = stats.toJson({ all: false, errors: true, modules: true, nestedModules: true, chunkGroups: true, ids: true });
  buildErrors = json.errors?.map((e) => e.message) ?? [];
  const chunkName = new Map<string, string>();
  for (const [name, group] of Object.entries(json.namedChunkGroups ?? {})) {
    for (const id of group.chunks ?? []) chunkName.set(String(id), name);
  }
  const record = (mod: webpack.StatsModule, chunks: (string | number)[]) => {
    if (mod.modules) for (const inner of mod.modules) record(inner, chunks);
    else if (mod.name && /^\.\/src\//.test(mod.name)) {
      const names = chunksByModule.get(mod.name) ?? new Set<string>();
      for (const c of chunks) names.add(chunkName.get(String(c)) ?? String(c));
      chunksByModule.set(mod.name, names);
    }
  };
  for (const mod of json.modules ?? []) record(mod, mod.chunks ?? []);
}, 300_000);

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

describe('production build', () => {
  test('compiles without errors', () => {
    expect(buildErrors).toEqual([]);
  });

  test('emits every file the manifest names, and the manifest itself unchanged', async () => {
    const manifest = await readManifest();
    for (const url of manifestFileUrls(manifest)) {
      const file = new URL(url).pathname.slice(1);
      expect({ file, exists: fs.existsSync(path.join(outDir, file)) }).toEqual({ file, exists: true });
    }
    expect(read('manifest.xml')).toBe(fs.readFileSync(MANIFEST_PATH, 'utf8'));
    for (const size of [16, 32, 64, 80]) expect(fs.existsSync(path.join(outDir, `assets/icon-${size}.png`))).toBe(true);
  });

  test('taskpane.html loads Office.js from the CDN, then functions, commands and the task pane', () => {
    const html = read('taskpane.html');
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual([
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
      'functions.js',
      'commands.js',
      'taskpane.js',
    ]);
    expect(html).toMatch(/id=["']?root\b/);
  });

  test('functions.js registers every function in functions.json, with no window, document or Office', () => {
    const ids = readJson('functions.json').functions.map((f) => f.id);
    expect(ids.length).toBeGreaterThan(0);
    const { calls, api } = fakeCustomFunctions();
    const context = runBundles(['functions.js'], { CustomFunctions: api });
    expect(vm.runInContext('typeof window + typeof document + typeof self + typeof Office', context)).toBe(
      'undefinedundefinedundefinedundefined',
    );
    expect([...calls.keys()].sort()).toEqual([...ids].sort());
    for (const id of ids) expect(typeof calls.get(id)).toBe('function');
  });

  test('functions.js leaves React to the task pane bundle', () => {
    // React DOM's production build links every error to this decoder page.
    const reactMarker = 'reactjs.org/docs/error-decoder';
    expect(read('taskpane.js')).toContain(reactMarker);
    expect(read('functions.js')).not.toContain(reactMarker);
  });

  test("what the pane's first screen loads stays within the budget: taskpane.js at most 160 KB gzipped", () => {
    // The page loads no other pane script (previous test); gzip level 9, as `npm run bench:paint` reports.
    const gzipped = zlib.gzipSync(fs.readFileSync(path.join(outDir, 'taskpane.js')), { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(160 * 1024);
  });

  test('taskpane.html paints an outline of the pane without words (the language is not known yet), replaced by React', () => {
    const body = /<body>([\s\S]*)<\/body>/.exec(read('taskpane.html'))?.[1] ?? '';
    expect(body).toMatch(/^<div id=["']?root\b/);
    expect(body).toMatch(/aria-hidden=["']?true\b/);
    expect(body).toContain('<svg');
    expect(body).not.toContain('<script');
    expect(body.replace(/<[^>]*>/g, '').trim()).toBe('');
  });

  test('functions.nl.json localises the same functions (same ids, Dutch texts)', () => {
    const en = readJson('functions.json');
    const nl = readJson('functions.nl.json');
    expect(nl.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    expect(JSON.stringify(nl)).not.toBe(JSON.stringify(en));
  });

  test('each source module is bundled once, so the task pane and the functions share its state', () => {
    // The task pane sets the functions' default language through src/functions/language.ts;
    // a second copy in taskpane.js would silently keep the functions in English.
    expect([...chunksByModule.get('./src/functions/language.ts')!]).toEqual(['functions']);
    const duplicated = [...chunksByModule].filter(([, chunks]) => chunks.size > 1).map(([name]) => name);
    expect(duplicated).toEqual([]);
    expect(chunksByModule.size).toBeGreaterThan(20);
  });

  test('commands.js runs on the webpack runtime in functions.js (one module registry for the shared runtime)', () => {
    const associated: string[] = [];
    const office = (label: string) => ({
      onReady() {},
      actions: {
        associate(name: string) {
          associated.push(`${label}:${name}`);
        },
      },
    });
    // Alone, the commands chunk only queues itself: it has no runtime of its own.
    runBundles(['commands.js'], { Office: office('alone') });
    expect(associated).toEqual([]);
    // After functions.js, the same chunk runs and associates its command at once (top level, not in onReady).
    runBundles(['functions.js', 'commands.js'], { Office: office('shared'), CustomFunctions: fakeCustomFunctions().api });
    expect(associated).toEqual(['shared:runAnalysis']);
  });
});
