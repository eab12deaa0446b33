/**
 * The layout rules of DESIGN.md, enforced: arrows only point down, inside core too, and only the
 * Electron shell may import 'electron' (anywhere else the import throws on a machine without the
 * Electron binary).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { tempDir } from '../helpers/temp-dir';

const root = join(__dirname, '..', '..');

function sourcesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|tsx)$/.test(name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

function sources(dir: string): string[] {
  return sourcesUnder(join(root, dir));
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  // Statements only: a line that starts with import/export, or a call to import()/require() outside a
  // string. Source text quoted inside a test (a fixture that imports 'electron') is not an import.
  const statements = /^\s*(?:import|export)\b[^'"\n]*?(?:from\s*)?['"]([^'"]+)['"]/gm;
  const calls = /(?<![\w'"])(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;
  // Group 1 is not optional: every match has it.
  return [...text.matchAll(statements), ...text.matchAll(calls)].map((m) => m[1]!);
}

test('only electron/main.ts and electron/preload.ts import electron', () => {
  const allowed = new Set(['electron/main.ts', 'electron/preload.ts']);
  const offenders = ['core', 'electron', 'renderer', 'tests']
    .flatMap(sources)
    .filter((f) => !allowed.has(relative(root, f)))
    .filter((f) => imports(f).some((i) => i === 'electron' || i.startsWith('electron/')));
  assert.deepEqual(
    offenders.map((f) => relative(root, f)),
    [],
  );
});

test('core imports neither electron/ nor renderer/, and Node APIs only in *.node.ts and core/cli/', () => {
  const problems: string[] = [];
  for (const file of sources('core')) {
    const rel = relative(root, file);
    const nodeAllowed = rel.endsWith('.node.ts') || rel.startsWith('core/cli/') || rel.endsWith('.node.test.ts');
    for (const spec of imports(file)) {
      if (/^\.\.?\//.test(spec) && /(^|\/)(electron|renderer)\//.test(join(rel, '..', spec))) problems.push(`${rel} → ${spec}`);
      if (!nodeAllowed && (spec.startsWith('node:') || ['fs', 'path', 'os', 'child_process'].includes(spec)))
        problems.push(`${rel} → ${spec}`);
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
      if (spec === undefined) continue;
      if (!/^\.\.?\//.test(spec)) {
        if (!packages.has(spec)) packages.set(spec, relative(root, file));
        continue;
      }
      const target = resolve(file, spec);
      if (target) visit(target, relative(root, file));
    }
  };
  visit(join(root, 'renderer', 'index.tsx'), '(entry)');
  assert.ok(reached.size > 20 && packages.has('prosemirror-view'), "the walk follows the renderer's imports");
  assert.equal(packages.get('zod'), undefined, `zod reached from ${packages.get('zod')}`);
});

/**
 * The order inside core, lowest first. A module may import from its own rank or a rank to its left,
 * never to its right, so each layer can be read, tested and reused without the ones above it.
 * `input` (Avro and Bijoy typing, legacy-encoded text) sits beside `document`: like document's HTML
 * import and text decoding, it turns text from outside into an article's Unicode text, and it uses
 * document's Windows-1252 decoder; nothing in checks or below needs it.
 */
const CORE_ORDER: readonly (readonly string[])[] = [['bengali'], ['glossary'], ['checks'], ['document', 'input'], ['api'], ['cli']];

/**
 * `Result` is the error vocabulary every layer speaks (errors are values, shown in both languages), so
 * every folder may import it; in return it imports nothing from core.
 */
const SHARED_EVERYWHERE = new Set(['api/result.ts']);

/** Where a core-relative path stands in CORE_ORDER: its folder, or for a file at core's top (cli.ts) its name. */
function rankOf(coreRelative: string): number {
  const [first] = coreRelative.split('/');
  const folder = coreRelative.includes('/') ? first : first!.replace(/\.tsx?$/, '');
  return CORE_ORDER.findIndex((rank) => rank.includes(folder!));
}

function resolveSource(spec: string, from: string): string {
  const base = join(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return `${base}.ts`;
}

/**
 * Every import inside the core tree at `coreDir` that points right in CORE_ORDER, as
 * `bengali/normalize.ts → checks/types.ts`, plus files in folders the order does not place.
 */
function coreOrderViolations(coreDir: string): string[] {
  const toCore = (file: string) => relative(coreDir, file).split(sep).join('/');
  const violations: string[] = [];
  for (const file of sourcesUnder(coreDir)) {
    const from = toCore(file);
    const fromRank = rankOf(from);
    if (fromRank < 0) {
      violations.push(`${from} is in a folder CORE_ORDER does not place`);
      continue;
    }
    for (const spec of imports(file)) {
      if (!/^\.\.?\//.test(spec)) continue;
      const to = toCore(resolveSource(spec, file));
      if (to.startsWith('..') || SHARED_EVERYWHERE.has(to)) continue;
      const toRank = rankOf(to);
      if (toRank >= 0 && toRank <= fromRank) continue;
      violations.push(`${from} → ${to}`);
    }
  }
  return violations;
}

test('inside core, imports point left only: bengali → glossary → checks → document/input → api → cli', () => {
  assert.deepEqual(coreOrderViolations(join(root, 'core')), []);
});

test('the shared Result module imports nothing from core, so importing it drags no layer along', () => {
  const file = join(root, 'core', 'api', 'result.ts');
  assert.deepEqual(
    imports(file).filter((spec) => /^\.\.?\//.test(spec)),
    [],
  );
});

test('the core order check reports a wrong-way import planted in a copy of core', () => {
  const copy = join(tempDir(), 'core');
  cpSync(join(root, 'core'), copy, { recursive: true });
  assert.deepEqual(coreOrderViolations(copy), [], 'the copy starts clean');
  writeFileSync(join(copy, 'bengali', 'planted.ts'), "import type { Finding } from '../checks/types';\nexport type Planted = Finding;\n");
  mkdirSync(join(copy, 'stray'));
  writeFileSync(join(copy, 'stray', 'thing.ts'), 'export const thing = 1;\n');
  assert.deepEqual(coreOrderViolations(copy).sort(), [
    'bengali/planted.ts → checks/types.ts',
    'stray/thing.ts is in a folder CORE_ORDER does not place',
  ]);
});
