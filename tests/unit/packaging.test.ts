import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp-dir';

const root = join(__dirname, '..', '..');

/**
 * An Electron "binary" for electron-builder's `electronDist`: the real one cannot be downloaded here.
 * It carries Electron's fuse sentinel with an 8-fuse wire in Electron's default states, so the fuses
 * of electron-builder.yml are flipped in it exactly as in a real binary.
 */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const DEFAULT_FUSE_WIRE = '10110001';

/**
 * The packaging runs in a scratch copy of the project (sources linked, config copied), so building
 * there never replaces the dist/ that UI tests running alongside are loading.
 */
function scratchProject(): string {
  const dir = tempDir('newsroom-pack-');
  for (const name of ['core', 'electron', 'renderer', 'assets', 'node_modules']) {
    if (existsSync(join(root, name))) symlinkSync(join(root, name), join(dir, name), 'dir');
  }
  mkdirSync(join(dir, 'scripts'));
  cpSync(join(root, 'scripts', 'build.mjs'), join(dir, 'scripts', 'build.mjs'));
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  cpSync(join(root, 'electron-builder.yml'), join(dir, 'electron-builder.yml'));
  const stub = join(dir, 'electron-stub');
  mkdirSync(stub);
  writeFileSync(
    join(stub, 'electron'),
    `#!/bin/sh\necho "stub Electron for packaging tests"\nexit 1\n# ${FUSE_SENTINEL}\x01\x08${DEFAULT_FUSE_WIRE}\n`,
  );
  chmodSync(join(stub, 'electron'), 0o755);
  return dir;
}

function run(cwd: string, args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  assert.equal(result.status, 0, `${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

describe('electron-builder packaging (linux --dir, stub Electron)', () => {
  const skip = process.platform !== 'linux' && 'the stub Electron is a Linux executable';
  if (skip) console.log(`packaging test skipped: ${skip}`);

  test('the asar holds the built main, preload and renderer, and no sources, tests, maps or node_modules', { skip }, async () => {
    const project = scratchProject();
    run(project, ['scripts/build.mjs', '--quiet']);
    run(project, [
      join(root, 'node_modules', 'electron-builder', 'cli.js'),
      '--dir',
      '--linux',
      '--x64',
      '--config',
      'electron-builder.yml',
      `-c.electronDist=${join(project, 'electron-stub')}`,
      '-c.electronVersion=39.5.0',
    ]);
    const unpacked = join(project, 'release', 'linux-unpacked');
    const asarPath = join(unpacked, 'resources', 'app.asar');
    assert.ok(existsSync(asarPath), 'release/linux-unpacked/resources/app.asar was written');

    const asar = require('@electron/asar') as typeof import('@electron/asar');
    const entries = asar.listPackage(asarPath, { isPack: false }).map((p) => p.replace(/\\/g, '/'));
    for (const needed of [
      '/package.json',
      '/dist/electron/main.js',
      '/dist/electron/preload.js',
      '/dist/renderer/index.html',
      '/dist/renderer/app.js',
    ]) {
      assert.ok(entries.includes(needed), `${needed} is in the asar`);
    }
    const unexpected = entries.filter(
      (p) =>
        !(p === '/package.json' || p === '/dist' || p.startsWith('/dist/electron') || p.startsWith('/dist/renderer')) ||
        /\.(tsx?|map)$/.test(p) ||
        /(^|\/)(tests?|node_modules)(\/|$)/.test(p),
    );
    assert.deepEqual(unexpected, []);

    // Nothing from node_modules ships, so the main bundle may load only Electron and Node's own modules.
    const main = asar.extractFile(asarPath, 'dist/electron/main.js').toString('utf8');
    // (A require inside a string is code ajv generates only for its standalone mode, never run here.)
    const required = new Set([...main.matchAll(/(?<![\w.`'"])require\("([^"]+)"\)/g)].map((m) => m[1]!)); // group 1 is not optional
    assert.ok(required.has('electron'), "the scan sees the bundle's real requires");
    assert.deepEqual(
      [...required].filter((name) => name !== 'electron' && !isBuiltin(name)),
      [],
    );
    const packedPackage = JSON.parse(asar.extractFile(asarPath, 'package.json').toString('utf8')) as { main: string };
    assert.equal(packedPackage.main, 'dist/electron/main.js');

    // The hardening fuses of electron-builder.yml were applied to the binary (ASCII '0' = off, '1' = on).
    const fuses = require('@electron/fuses') as typeof import('@electron/fuses');
    const wire = await fuses.getCurrentFuseWire(join(unpacked, 'newsroom-editor'));
    const { FuseV1Options } = fuses;
    assert.equal(wire[FuseV1Options.RunAsNode], 48);
    assert.equal(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable], 48);
    assert.equal(wire[FuseV1Options.EnableNodeCliInspectArguments], 48);
    assert.equal(wire[FuseV1Options.OnlyLoadAppFromAsar], 49);
    assert.equal(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation], 49);
    assert.equal(wire[FuseV1Options.EnableCookieEncryption], 49);
  });

  test('electron-builder.yml names every release target and packs only the build output', () => {
    const yaml = require('js-yaml') as { load(text: string): unknown };
    const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
      files: string[];
      directories: { output: string };
      linux: { target: string[]; icon: string };
      win: { target: string[]; icon: string };
      mac: { target: string[]; icon: string };
    };
    assert.deepEqual(config.linux.target, ['AppImage', 'deb']);
    assert.deepEqual(config.win.target, ['nsis']);
    assert.deepEqual(config.mac.target, ['dmg']);
    assert.equal(config.directories.output, 'release');
    assert.deepEqual(config.files.filter((f) => !f.startsWith('!')).sort(), ['dist/electron/**', 'dist/renderer/**', 'package.json']);
    // macOS needs at least 512 × 512 to make its .icns; the PNG header holds width and height.
    for (const platform of [config.linux, config.win, config.mac]) {
      const png = readFileSync(join(root, platform.icon));
      assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', `${platform.icon} is a PNG`);
      assert.ok(png.readUInt32BE(16) >= 512 && png.readUInt32BE(20) >= 512, `${platform.icon} is at least 512 × 512`);
    }
  });
});
