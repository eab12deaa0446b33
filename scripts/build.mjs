// Builds everything the app and the UI tests load: renderer bundle, main process, preload, CLI.
// esbuild rather than a dev server: the output is plain files that Electron and Chromium load alike.
// `--cli-only` builds just the `newsroom` command (dist/cli/), leaving the rest of dist/ as it is:
// `npm run newsroom` (scripts/newsroom.mjs) uses it when a source is newer than the bin.
import { build } from 'esbuild';
import { chmodSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');
const quiet = process.argv.includes('--quiet');
const cliOnly = process.argv.includes('--cli-only');

const common = { bundle: true, sourcemap: true, logLevel: quiet ? 'error' : 'info', absWorkingDir: root, legalComments: 'none' };

// The `newsroom` command: the package `bin` (dist/cli/newsroom.js, core/cli/launch.ts) is a small
// loader; the command itself is dist/cli/newsroom-core.js, which the loader compiles with the V8 code
// cache written here (newsroom-core.js.cache), so a start skips parsing and compiling it. The bin's
// entry has no `#!` line of its own, so the banner's is the only one. Minified because compiling the
// bundle is a good part of the command's start-up. Bengali is written as UTF-8, not as \u escapes: the
// word list is most of the bundle, and escaped it was half again as large and slower to read and compile.
const cliCommon = { ...common, platform: 'node', format: 'cjs', target: 'node20', minify: true, charset: 'utf8' };
const buildCli = async () =>
  Promise.all([
    build({
      ...cliCommon,
      entryPoints: ['core/cli/main.ts'],
      outfile: 'dist/cli/newsroom-core.js',
      define: { NEWSROOM_CLDR_COUNTRIES: JSON.stringify(await cldrCountries()) },
    }),
    build({ ...cliCommon, entryPoints: ['core/cli/launch.ts'], outfile: 'dist/cli/newsroom.js', banner: { js: '#!/usr/bin/env node' } }),
  ]).then(() => {
    chmodSync(join(out, 'cli', 'newsroom.js'), 0o755);
    writeCodeCache();
  });

/**
 * The bundled glossary's country names as this Node's ICU gives them (core/glossary/cldr.ts), for the
 * command's bundle to hold rather than ask ICU for at every start.
 */
async function cldrCountries() {
  const { outputFiles } = await build({
    entryPoints: ['core/glossary/cldr.ts'],
    absWorkingDir: root,
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    logLevel: 'error',
  });
  const module = { exports: {} };
  new Function('module', 'exports', outputFiles[0].text)(module, module.exports);
  return module.exports.cldrCountries();
}

// Written for the build: a headline and a paragraph with a gloss, so checking it compiles the checks.
const CACHE_SAMPLE = 'ঢাকায় বৈঠক\n\nপররাষ্ট্রমন্ত্রী আজ জাপানের (Japan) দূতের সঙ্গে বৈঠক করেন। পরে জাপানের  দূত সাংবাদিকদের সঙ্গে কথা বলেন।\n';

/**
 * Loads the command as the bin does, checks a sample article (V8 compiles a function the first time it
 * runs, and the cache holds what has been compiled), and writes the cache. It fits this Node version;
 * another one refuses it and compiles the bundle as usual.
 */
function writeCodeCache() {
  const launch = createRequire(import.meta.url)(join(out, 'cli', 'newsroom.js'));
  const { core, script } = launch.loadCore();
  const io = {
    stdout: () => {},
    stderr: () => {},
    readFile: () => new TextEncoder().encode(CACHE_SAMPLE),
    writeFile: () => {},
    sameFile: () => false,
  };
  core.runCli(['check', 'sample.txt', '--format', 'json'], io);
  core.runCli(['check', 'sample.txt'], io);
  writeFileSync(launch.CODE_CACHE_FILE, script.createCachedData());
}

if (cliOnly) {
  await buildCli();
  process.exit(0);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'renderer'), { recursive: true });

await Promise.all([
  build({
    ...common,
    entryPoints: ['renderer/index.tsx'],
    outfile: 'dist/renderer/app.js',
    platform: 'browser',
    format: 'iife',
    target: 'chrome130',
    loader: { '.woff2': 'file', '.woff': 'file' },
    assetNames: 'fonts/[name]-[hash]',
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
    // Bengali as UTF-8, not \u escapes (the bundle 28% smaller): index.html declares charset utf-8,
    // and a classic script with no charset of its own is read in the page's.
    charset: 'utf8',
  }),
  // The checker worker (renderer/workers/): its own file beside the page, started with `new Worker(url)`.
  build({
    ...common,
    entryPoints: ['renderer/workers/checker.worker.ts'],
    outfile: 'dist/renderer/checker.worker.js',
    platform: 'browser',
    format: 'iife',
    target: 'chrome130',
    minify: true,
    // A worker's script is always read as UTF-8, whatever the page says (43% smaller than escaped).
    charset: 'utf8',
  }),
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: 'dist/electron/main.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
  }),
  build({
    ...common,
    // A sandboxed preload may require only 'electron' (and a few polyfilled modules), so it is one file.
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
  }),
  buildCli(),
]);
cpSync(join(root, 'renderer', 'index.html'), join(out, 'renderer', 'index.html'));
