/**
 * The layout rules of DESIGN.md, enforced: arrows only point down, and only the Electron shell may
 * import 'electron' (anywhere else the import throws on a machine without the Electron binary).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|tsx)$/.test(name)) out.push(p);
    }
  };
  walk(join(root, dir));
  return out;
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  // Statements only: a line that starts with import/export, or a call to import()/require() outside a
  // string. Source text quoted inside a test (a fixture that imports 'electron') is not an import.
  const statements = /^\s*(?:import|export)\b[^'"\n]*?(?:from\s*)?['"]([^'"]+)['"]/gm;
  const calls = /(?<![\w'"])(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [...text.matchAll(statements), ...text.matchAll(calls)].map((m) => m[1]);
}

test('only electron/main.ts and electron/preload.ts import electron', () => {
  const allowed = new Set(['electron/main.ts', 'electron/preload.ts']);
  const offenders = ['core', 'electron', 'renderer', 'tests']
    .flatMap(sources)
    .filter((f) => !allowed.has(relative(root, f)))
    .filter((f) => imports(f).some((i) => i === 'electron' || i.startsWith('electron/')));
  assert.deepEqual(offenders.map((f) => relative(root, f)), []);
});

test('core imports neither electron/ nor renderer/, and Node APIs only in *.node.ts and core/cli/', () => {
  const problems: string[] = [];
  for (const file of sources('core')) {
    const rel = relative(root, file);
    const nodeAllowed = rel.endsWith('.node.ts') || rel.startsWith('core/cli/') || rel.endsWith('.node.test.ts');
    for (const spec of imports(file)) {
      if (/^\.\.?\//.test(spec) && /(^|\/)(electron|renderer)\//.test(join(rel, '..', spec))) problems.push(`${rel} → ${spec}`);
      if (!nodeAllowed && (spec.startsWith('node:') || ['fs', 'path', 'os', 'child_process'].includes(spec))) problems.push(`${rel} → ${spec}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('renderer reaches the main process only through the bridge: it imports no electron/ module', () => {
  const problems = sources('renderer').flatMap((file) =>
    imports(file)
      .filter((spec) => /^\.\.?\//.test(spec) && relative(root, join(file, '..', spec)).startsWith('electron'))
      .map((spec) => `${relative(root, file)} → ${spec}`),
  );
  assert.deepEqual(problems, []);
});

test('the renderer does not bundle the main-process validation library (zod): drafts are validated where they are read', () => {
  const resolve = (from: string, spec: string): string | null => {
    const base = join(from, '..', spec);
    for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // not this one
      }
    }
    return null;
  };
  const reached = new Map<string, string>();
  const packages = new Map<string, string>();
  const visit = (file: string, via: string) => {
    if (reached.has(file)) return;
    reached.set(file, via);
    // Type-only imports leave nothing in the bundle.
    const runtime = readFileSync(file, 'utf8').replace(/^\s*(?:import|export) type\b[^;]*;/gm, '');
    const statements = /^\s*(?:import|export)\b[^'"\n]*?(?:from\s*)?['"]([^'"]+)['"]/gm;
    for (const [, spec] of runtime.matchAll(statements)) {
      if (!/^\.\.?\//.test(spec)) {
        if (!packages.has(spec)) packages.set(spec, relative(root, file));
        continue;
      }
      const target = resolve(file, spec);
      if (target) visit(target, relative(root, file));
    }
  };
  visit(join(root, 'renderer', 'index.tsx'), '(entry)');
  assert.ok(reached.size > 20 && packages.has('prosemirror-view'), 'the walk follows the renderer\'s imports');
  assert.equal(packages.get('zod'), undefined, `zod reached from ${packages.get('zod')}`);
});
