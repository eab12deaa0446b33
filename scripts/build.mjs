// Builds everything the app and the UI tests load: renderer bundle, main process, preload, CLI.
// esbuild rather than a dev server: the output is plain files that Electron and Chromium load alike.
import { build } from 'esbuild';
import { buildCli } from './cli-build.mjs';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');
const quiet = process.argv.includes('--quiet');

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'renderer'), { recursive: true });

const common = { bundle: true, sourcemap: true, logLevel: quiet ? 'error' : 'info', absWorkingDir: root, legalComments: 'none' };

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
  buildCli(quiet),
]);
cpSync(join(root, 'renderer', 'index.html'), join(out, 'renderer', 'index.html'));
