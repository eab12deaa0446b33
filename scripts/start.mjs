// `npm start`: runs the built app in Electron. The electron package fetches its binary in a postinstall
// script; where that script did not run (npm set to skip install scripts), fetch it now, and say
// plainly what to do if that is impossible.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

function binaryPath() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const bin = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}

let bin = binaryPath();
if (!bin) {
  console.log('Electron is not downloaded yet; fetching it once (needs internet)…');
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
  });
  bin = result.status === 0 ? binaryPath() : null;
}
if (!bin) {
  console.error('Could not find or download the Electron binary. Connect to the internet and run `npm start` again,');
  console.error('or set ELECTRON_OVERRIDE_DIST_PATH to a folder that holds an Electron build.');
  process.exit(1);
}
const child = spawn(bin, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
