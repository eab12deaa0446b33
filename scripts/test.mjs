// `npm test`: Biome's format and lint check, the strict typechecks, then every unit and UI test in one
// run of Node's test runner, so the run ends in one summary. UI tests need the built renderer and
// Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const filters = process.argv.slice(2).filter((a, i, all) => a !== '--only' && all[i - 1] !== '--only');

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function testFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.test.ts')) out.push(relative(root, p));
    }
  };
  walk(join(root, dir));
  return out.sort();
}

const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const biome = join(root, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');
if (!only) {
  // Format and lint first: a formatting slip fails in a second, before the minutes of tests.
  run(process.execPath, [biome, 'check', '--reporter=summary', '.']);
  run(process.execPath, [tsc, '-p', 'tsconfig.json']);
  run(process.execPath, [tsc, '-p', 'tsconfig.core.json']);
}
const suites = only ? [only] : ['unit', 'ui'];
if (suites.includes('ui')) run(process.execPath, [join(root, 'scripts', 'build.mjs'), '--quiet']);
let files = suites.flatMap((s) => testFiles(join('tests', s)));
if (filters.length) files = files.filter((f) => filters.some((x) => f.includes(x)));
run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files]);
