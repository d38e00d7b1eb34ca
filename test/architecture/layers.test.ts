import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folders of ours each file of `folder` imports (design.md's "may import" column). */
function importedFolders(folder: string): Map<string, string[]> {
  const dir = join(__dirname, '../../src', folder);
  const out = new Map<string, string[]>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const text = readFileSync(join(dir, f), 'utf8');
    for (const m of text.matchAll(/from '\.\.\/([\w-]+)/g)) out.set(m[1], [...(out.get(m[1]) ?? []), f]);
  }
  return out;
}

describe('layering (design.md)', () => {
  it('custom functions import model and i18n only', () => {
    const folders = importedFolders('functions');
    expect([...folders.keys()].filter((k) => k !== 'model' && k !== 'i18n')).toEqual([]);
  });

  it('the incident category spellings are in i18n, shared by input and the functions', () => {
    const input = readFileSync(join(__dirname, '../../src/input/schemas.ts'), 'utf8');
    const fn = readFileSync(join(__dirname, '../../src/functions/appreciation-core.ts'), 'utf8');
    expect(input).toContain("from '../i18n/categories'");
    expect(fn).toContain("from '../i18n/categories'");
  });
});
