// The ribbon command runs in the shared runtime before (or without) the task pane: its
// bundle must not drag in React or Fluent UI. Follows commands.ts's static imports in the source.
import * as fs from 'fs';
import * as path from 'path';

const SRC = path.resolve(__dirname, '../../src');

/** Module specifiers of static imports and re-exports (type-only imports are erased and left out). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm)) {
    if (!m[1]) specs.push(m[2]);
  }
  for (const m of text.matchAll(/^import\s+['"]([^'"]+)['"]/gm)) specs.push(m[1]);
  return specs;
}

function resolveLocal(from: string, spec: string): string {
  const base = path.resolve(path.dirname(from), spec);
  for (const f of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (fs.existsSync(f)) return f;
  }
  throw new Error(`cannot resolve ${spec} from ${from}`);
}

function closure(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of importsOf(file)) {
      if (spec.startsWith('.')) todo.push(resolveLocal(file, spec));
      else packages.add(spec);
    }
  }
  return { files, packages };
}

test('commands.ts reaches the pipeline but no React, Fluent UI or .tsx module', () => {
  const { files, packages } = closure(path.join(SRC, 'commands/commands.ts'));
  const rel = [...files].map((f) => path.relative(SRC, f));
  // It does reach the pipeline (the check would be empty otherwise).
  expect(rel).toContain(path.join('taskpane', 'pipeline.ts'));
  expect(rel.filter((f) => f.endsWith('.tsx'))).toEqual([]);
  expect([...packages].filter((p) => /^(react|react-dom|@fluentui)(\/|$)/.test(p))).toEqual([]);
});

test('the import scanner sees what App.tsx imports, React included', () => {
  const { packages } = closure(path.join(SRC, 'taskpane/App.tsx'));
  expect(packages).toContain('react');
  expect(packages).toContain('@fluentui/react-components');
});
