import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fsp from 'node:fs/promises';
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportGlossaryJson } from '../../../core/glossary/io';
import type { GlossaryEntry } from '../../../core/glossary/types';
import { createGlossaryStore, type GlossaryFs } from '../../../electron/services/glossary-store';

const tempDirs: string[] = [];
after(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'glossary-cache-'));
  tempDirs.push(dir);
  return dir;
}

const DHAKA: GlossaryEntry = { bn: 'ঢাকা', variants: [], en: 'Dhaka', type: 'place' };
const KHULNA: GlossaryEntry = { bn: 'খুলনা', variants: [], en: 'Khulna', type: 'place' };
const SYLHET: GlossaryEntry = { bn: 'সিলেট', variants: ['শ্রীহট্ট'], en: 'Sylhet', type: 'place' };

/** The node fs with each read of the own glossary counted. */
function countingFs(): { fs: GlossaryFs; reads: () => number } {
  let reads = 0;
  const fs: GlossaryFs = {
    ...fsp,
    readFile: (path: string) => {
      if (path.endsWith('glossary.json')) reads++;
      return fsp.readFile(path);
    },
  };
  return { fs, reads: () => reads };
}

test('the own glossary is read once and kept while its file is unchanged, its own writes included', async () => {
  const dataDir = tempDir();
  writeFileSync(join(dataDir, 'glossary.json'), exportGlossaryJson([DHAKA]));
  const { fs, reads } = countingFs();
  const store = createGlossaryStore(dataDir, { fs });
  for (let i = 0; i < 5; i++) assert.deepEqual((await store.merged()).ok && (await store.own()), { ok: true, value: [DHAKA] });
  assert.equal(reads(), 1);
  assert.ok((await store.add(KHULNA)).ok);
  assert.deepEqual(await store.own(), { ok: true, value: [DHAKA, KHULNA] });
  const layers = await store.layers();
  assert.ok(layers.ok);
  assert.deepEqual(layers.value.merged, [DHAKA, KHULNA]);
  assert.equal(reads(), 1, 'what the store wrote is what it keeps');
});

test('a change made behind the store is read at the next call, even one that keeps the size and the modification time', async () => {
  const dataDir = tempDir();
  const path = join(dataDir, 'glossary.json');
  const store = createGlossaryStore(dataDir);
  assert.ok((await store.add(DHAKA)).ok);
  writeFileSync(path, exportGlossaryJson([DHAKA, SYLHET]));
  assert.deepEqual(await store.own(), { ok: true, value: [DHAKA, SYLHET] });
  // The same length of text, and the old modification time put back: the change time still moves.
  const before = statSync(path);
  const khulna = exportGlossaryJson([DHAKA, { ...SYLHET, en: 'Sylhex' }]);
  writeFileSync(path, khulna);
  utimesSync(path, before.atime, before.mtime);
  assert.equal(statSync(path).size, before.size);
  assert.deepEqual(await store.own(), { ok: true, value: [DHAKA, { ...SYLHET, en: 'Sylhex' }] });
  rmSync(path);
  assert.deepEqual(await store.own(), { ok: true, value: [] });
});

test('what the store writes it reads back whole, foreign included; an entry older rules took does not get the file set aside', async () => {
  const dataDir = tempDir();
  const local: GlossaryEntry = { ...KHULNA, foreign: false };
  assert.ok((await createGlossaryStore(dataDir).add(local)).ok);
  assert.deepEqual(await createGlossaryStore(dataDir).own(), { ok: true, value: [local] });
  const older: GlossaryEntry = { bn: 'ইয়াহু', variants: [], en: 'Yahoo!', type: 'org' };
  writeFileSync(join(dataDir, 'glossary.json'), exportGlossaryJson([local, older]));
  const damaged: string[] = [];
  const store = createGlossaryStore(dataDir, { onDamaged: (f) => damaged.push(f.movedTo) });
  assert.deepEqual(await store.own(), { ok: true, value: [local, older] });
  assert.deepEqual(damaged, []);
  // Adding it over the bridge today is refused, as the import would refuse it.
  const again = await store.add({ ...older, bn: 'ইয়াহু ইনক' });
  assert.ok(!again.ok && again.error.code === 'invalid-argument' && /Latin letters/.test(again.error.message.en));
});

test("the newsroom's shared file is refused whole for an entry the bridge would refuse, and the line is named", async () => {
  const dataDir = tempDir();
  const sharedPath = join(tempDir(), 'newsroom.csv');
  writeFileSync(sharedPath, 'bn,en,type\nঢাকা,Dhaka,place\nখুলনা,খুলনা,place\n');
  const store = createGlossaryStore(dataDir, { sharedPath });
  const layers = await store.layers();
  assert.ok(layers.ok);
  assert.deepEqual(layers.value.shared, []);
  assert.match(layers.value.status?.error?.detail ?? '', /line 3: "খুলনা" is not an English name in Latin letters/);
});
