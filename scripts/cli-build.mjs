// The `newsroom` command's one build: dist/cli/newsroom.js, the package `bin`. scripts/build.mjs builds
// it with the app; scripts/newsroom.mjs (`npm run newsroom`) rebuilds only it when a source is newer.
import { build } from 'esbuild';
import { chmodSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const cliOutfile = join(root, 'dist', 'cli', 'newsroom.js');

/** The entry has no `#!` line of its own: the banner is the only one. */
export function cliBuildOptions(quiet) {
  return {
    bundle: true,
    sourcemap: true,
    logLevel: quiet ? 'error' : 'info',
    absWorkingDir: root,
    legalComments: 'none',
    entryPoints: ['core/cli/main.ts'],
    outfile: 'dist/cli/newsroom.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    banner: { js: '#!/usr/bin/env node' },
  };
}

/** Builds the bin, executable as the package `bin` is once installed. */
export async function buildCli(quiet = true) {
  await build(cliBuildOptions(quiet));
  chmodSync(cliOutfile, 0o755);
}

/** Newest modification time of the sources the CLI bundles (core/, and the lock on its packages). */
function newestSource() {
  let newest = statSync(join(root, 'package.json')).mtimeMs;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(root, 'core'));
  return newest;
}

/** Whether dist/cli/newsroom.js is missing or older than a source. */
export function cliIsStale() {
  let built;
  try {
    built = statSync(cliOutfile).mtimeMs;
  } catch {
    return true;
  }
  return built < newestSource();
}
