// `npm run newsroom -- …`: the built command (dist/cli/newsroom.js, the package `bin`), rebuilt first
// (`build.mjs --cli-only`) only when it is missing or a source under core/ is newer than what the build
// writes last (the code cache), so an interrupted build is redone. Running the bundle
// starts in a fraction of the time tsx takes to compile the sources, and the README, the `bin` and the
// tests all run the same file.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'dist', 'cli', 'newsroom.js');
const lastBuilt = join(root, 'dist', 'cli', 'newsroom-core.js.cache');

/** Newest modification time of what the bin bundles: core/ and the package list. */
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

function isStale() {
  try {
    return statSync(lastBuilt).mtimeMs < newestSource();
  } catch {
    return true;
  }
}

if (isStale()) {
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--cli-only', '--quiet'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(2);
}
// npm runs a script in the package's folder; the reader's paths are relative to where they typed it.
if (process.env.npm_lifecycle_event === 'newsroom' && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
createRequire(import.meta.url)(bin).main(process.argv.slice(2));
