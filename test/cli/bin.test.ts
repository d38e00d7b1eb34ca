/**
 * The `rmo` command as installed: bin/rmo.js runs the compiled command line (dist-cli,
 * built by `npm run build:cli`, which scripts/setup.sh runs; built here when missing),
 * with no TypeScript compiler loaded, and takes relative paths from where it is started.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'rmo.js');

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'dist-cli', 'cli', 'main.js'))) {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.cli.json')], { cwd: ROOT, stdio: 'pipe' });
  }
}, 120_000);

describe('bin/rmo.js', () => {
  it('analyses a workbook given by a path relative to the directory it runs in', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rmo-bin-'));
    fs.copyFileSync(path.join(ROOT, 'samples', 'rmo-sample.xlsx'), path.join(dir, 'in.xlsx'));
    const r = spawnSync(process.execPath, [BIN, 'analyze', 'in.xlsx', '-o', 'out.xlsx', '--lang', 'en'], { cwd: dir, encoding: 'utf8', env: { ...process.env, INIT_CWD: '' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Suppliers analysed: 12');
    expect(r.stdout.trim().split('\n').pop()).toBe('Results written to out.xlsx');
    expect(fs.readdirSync(dir).sort()).toEqual(['in.xlsx', 'out.xlsx']);
  }, 60_000);

  it('loads no TypeScript compiler or tsx', () => {
    const probe = `require(${JSON.stringify(path.join(ROOT, 'dist-cli', 'cli', 'main.js'))}); console.log(Object.keys(require.cache).filter((k) => /node_modules[\\\\/](tsx|typescript|ts-node)[\\\\/]/.test(k)).length)`;
    expect(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).trim()).toBe('0');
  });

  it('exits 2 with the usage for an unknown command', () => {
    const r = spawnSync(process.execPath, [BIN, 'frobnicate'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/rmo analyze/);
  });
});
