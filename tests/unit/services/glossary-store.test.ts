import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fsp from 'node:fs/promises';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importGlossaryJson } from '../../../core/glossary/io';
import type { GlossaryEntry } from '../../../core/glossary/types';
import { createGlossaryStore, type GlossaryFs, type SharedGlossaryStatus } from '../../../electron/services/glossary-store';
import { tempDir } from '../../helpers/temp-dir';

const ZELENSKY: GlossaryEntry = { bn: 'ভলোদিমির জেলেনস্কি', variants: ['জেলেনস্কী'], en: 'Volodymyr Zelensky', type: 'person' };
const DHAKA: GlossaryEntry = { bn: 'ঢাকা', variants: [], en: 'Dhaka', type: 'place' };
const KHULNA: GlossaryEntry = { bn: 'খুলনা', variants: [], en: 'Khulna', type: 'place' };
// য় as one code point (U+09DF) here; the same word with য + nukta must count as the same spelling.
const NAYAPALTAN: GlossaryEntry = { bn: 'ন\u09DFাপল্টন', variants: [], en: 'Naya Paltan', type: 'place' };
const NAYAPALTAN_NUKTA = 'ন\u09AF\u09BCাপল্টন';

const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);

test('own entries are added, edited and removed, and persist in the JSON form the import reads', async () => {
  const dataDir = tempDir();
  const store = createGlossaryStore(dataDir);
  assert.deepEqual(await store.own(), { ok: true, value: [] });
  assert.equal(codeOf(await store.add(ZELENSKY)), 'ok');
  assert.equal(codeOf(await store.add({ ...DHAKA, bn: '  ঢাকা ', note: ' রাজধানী ' })), 'ok');
  const edited = await store.edit('ঢাকা', { ...DHAKA, en: 'Dhaka City', aliases: ['ঢাকা শহর', ''] });
  assert.ok(edited.ok);
  assert.deepEqual(edited.value[1], { bn: 'ঢাকা', variants: [], en: 'Dhaka City', type: 'place', aliases: ['ঢাকা শহর'] });

  const onDisk = importGlossaryJson(readFileSync(join(dataDir, 'glossary.json'), 'utf8'));
  assert.ok(onDisk.ok);
  assert.deepEqual(onDisk.value, edited.value);

  const reopened = createGlossaryStore(dataDir);
  assert.deepEqual(await reopened.own(), edited);
  const removed = await reopened.remove('ভলোদিমির জেলেনস্কি');
  assert.ok(removed.ok);
  assert.deepEqual(
    removed.value.map((e) => e.bn),
    ['ঢাকা'],
  );
});

test('the same spelling in another encoding is the same entry', async () => {
  const store = createGlossaryStore(tempDir());
  assert.equal(codeOf(await store.add(NAYAPALTAN)), 'ok');
  const again = await store.add({ ...NAYAPALTAN, bn: NAYAPALTAN_NUKTA });
  assert.equal(codeOf(again), 'conflict');
  if (!again.ok) assert.match(again.error.message.bn, /আগে থেকেই আছে/);
  assert.equal(codeOf(await store.edit(NAYAPALTAN_NUKTA, { ...NAYAPALTAN, en: 'Nayapaltan' })), 'ok');
  assert.equal(codeOf(await store.remove(NAYAPALTAN_NUKTA)), 'ok');
});

test('edits and removals of missing entries, renames onto another entry, and invalid entries are refused; nothing is written', async () => {
  const dataDir = tempDir();
  const store = createGlossaryStore(dataDir);
  await store.add(ZELENSKY);
  await store.add(DHAKA);
  const before = readFileSync(join(dataDir, 'glossary.json'), 'utf8');
  const results = [
    await store.edit('খুলনা', DHAKA),
    await store.remove('খুলনা'),
    await store.edit('ঢাকা', { ...DHAKA, bn: 'ভলোদিমির জেলেনস্কি' }),
    await store.add({ ...DHAKA, bn: 'Dhaka' }),
    await store.add({ ...DHAKA, en: ' ' }),
    await store.add({ ...DHAKA, type: 'city' as never }),
    await store.add({ ...DHAKA, variants: 'ঢাকা' as never }),
    await store.add(null as never),
    await store.add({ ...DHAKA, foreign: 'yes' as never }),
    await store.importEntries([DHAKA, { bn: 'খুলনা' } as never]),
  ];
  assert.deepEqual(results.map(codeOf), ['not-found', 'not-found', 'conflict', ...new Array(7).fill('invalid-argument')]);
  for (const r of results) if (!r.ok) assert.match(r.error.message.bn, /[\u0980-\u09FF]/);
  assert.equal(readFileSync(join(dataDir, 'glossary.json'), 'utf8'), before);
});

test('a confirmed import replaces entries with the same spelling and appends the new ones', async () => {
  const store = createGlossaryStore(tempDir());
  await store.add(ZELENSKY);
  await store.add(DHAKA);
  const result = await store.importEntries([{ ...DHAKA, en: 'Dacca', variants: ['ঢাকার'] }, NAYAPALTAN]);
  assert.ok(result.ok);
  assert.deepEqual(
    result.value.map((e) => [e.bn, e.en]),
    [
      ['ভলোদিমির জেলেনস্কি', 'Volodymyr Zelensky'],
      ['ঢাকা', 'Dacca'],
      [NAYAPALTAN.bn, 'Naya Paltan'],
    ],
  );
});

test('concurrent adds are applied one after another, none lost', async () => {
  const store = createGlossaryStore(tempDir());
  const names = ['ক', 'খ', 'গ', 'ঘ', 'ঙ', 'চ', 'ছ', 'জ'];
  const results = await Promise.all(names.map((bn, i) => store.add({ bn: `${bn}পুর`, variants: [], en: `Pur ${i}`, type: 'place' })));
  assert.ok(results.every((r) => r.ok));
  const own = await store.own();
  assert.ok(own.ok);
  assert.deepEqual(
    own.value.map((e) => e.bn),
    names.map((n) => `${n}পুর`),
  );
});

test("the newsroom's shared file is merged under the user's entries, the user winning per spelling", async () => {
  const dataDir = tempDir();
  const sharedPath = join(tempDir(), 'newsroom.json');
  writeFileSync(sharedPath, JSON.stringify([{ ...DHAKA, en: 'Dhaka (shared)' }, ZELENSKY]));
  const store = createGlossaryStore(dataDir, { sharedPath });
  await store.add({ ...DHAKA, en: 'Dhaka (mine)' });
  await store.add(NAYAPALTAN);
  const merged = await store.merged();
  assert.ok(merged.ok);
  assert.deepEqual(
    merged.value.entries.map((e) => [e.bn, e.en]),
    [
      ['ঢাকা', 'Dhaka (mine)'],
      ['ভলোদিমির জেলেনস্কি', 'Volodymyr Zelensky'],
      [NAYAPALTAN.bn, 'Naya Paltan'],
    ],
  );
  assert.equal(merged.value.shared?.entries, 2);
  assert.equal(merged.value.shared?.error, null);
});

test('a shared CSV is re-read when it changes; a malformed rewrite keeps the last good entries and reports the line', async () => {
  const dataDir = tempDir();
  const sharedPath = join(tempDir(), 'newsroom.csv');
  writeFileSync(sharedPath, 'bn,en,type\nঢাকা,Dhaka,place\n');
  const store = createGlossaryStore(dataDir, { sharedPath });
  const first = await store.merged();
  assert.ok(first.ok);
  assert.deepEqual(
    first.value.entries.map((e) => e.en),
    ['Dhaka'],
  );

  writeFileSync(sharedPath, 'bn,en,type\nঢাকা,Dhaka,place\nখুলনা,Khulna,place\n');
  utimesSync(sharedPath, new Date(), new Date(Date.now() + 5_000));
  const second = await store.merged();
  assert.ok(second.ok);
  assert.deepEqual(
    second.value.entries.map((e) => e.en),
    ['Dhaka', 'Khulna'],
  );

  writeFileSync(sharedPath, 'bn,en,type\nঢাকা,Dhaka,place\nখুলনা,Khulna\n');
  utimesSync(sharedPath, new Date(), new Date(Date.now() + 10_000));
  const third = await store.merged();
  assert.ok(third.ok);
  assert.deepEqual(
    third.value.entries.map((e) => e.en),
    ['Dhaka', 'Khulna'],
  );
  assert.equal(third.value.shared?.error?.code, 'invalid-argument');
  assert.match(third.value.shared?.error?.message.en ?? '', /line 3/);
  assert.match(third.value.shared?.error?.message.bn ?? '', /লাইন ৩/);
});

test('when the shared drive is away, the last good read is used from the cache and the error is reported', async () => {
  const dataDir = tempDir();
  const sharedDir = tempDir();
  const sharedPath = join(sharedDir, 'newsroom.json');
  writeFileSync(sharedPath, JSON.stringify({ entries: [ZELENSKY] }));
  assert.ok((await createGlossaryStore(dataDir, { sharedPath }).merged()).ok);
  rmSync(sharedDir, { recursive: true });

  const store = createGlossaryStore(dataDir, { sharedPath });
  const offline = await store.merged();
  assert.ok(offline.ok);
  assert.deepEqual(offline.value.entries, [ZELENSKY]);
  assert.equal(offline.value.shared?.error?.code, 'not-found');
  assert.match(offline.value.shared?.error?.message.bn ?? '', /^নিউজরুমের শব্দকোষ পড়া যায়নি/);

  // Back in the office: the file is read again and the error clears.
  mkdirSync(sharedDir);
  writeFileSync(sharedPath, JSON.stringify({ entries: [ZELENSKY, DHAKA] }));
  const online = await store.merged();
  assert.ok(online.ok);
  assert.deepEqual(online.value.entries, [ZELENSKY, DHAKA]);
  assert.equal(online.value.shared?.error, null);

  // The cache is of that file only: another shared path starts without it.
  const other = await createGlossaryStore(dataDir, { sharedPath: join(sharedDir, 'other.json') }).merged();
  assert.ok(other.ok);
  assert.deepEqual(other.value.entries, []);
});

test('setting the shared path reads the new file; clearing it leaves only the own entries', async () => {
  const dataDir = tempDir();
  const store = createGlossaryStore(dataDir);
  await store.add(DHAKA);
  const sharedPath = join(tempDir(), 'newsroom.json');
  writeFileSync(sharedPath, JSON.stringify([ZELENSKY]));
  const set = await store.setSharedPath(sharedPath);
  assert.ok(set.ok);
  assert.deepEqual(set.value && { path: set.value.path, entries: set.value.entries, error: set.value.error }, {
    path: sharedPath,
    entries: 1,
    error: null,
  });
  const cleared = await store.setSharedPath(null);
  assert.deepEqual(cleared, { ok: true, value: null });
  const merged = await store.merged();
  assert.ok(merged.ok);
  assert.deepEqual(merged.value, { entries: [DHAKA], shared: null });
  assert.equal(codeOf(await store.setSharedPath('  ')), 'invalid-argument');
});

function nextStatus(store: ReturnType<typeof createGlossaryStore>, timeoutMs: number): Promise<SharedGlossaryStatus | 'timeout'> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      stop();
      resolve('timeout');
    }, timeoutMs);
    const stop = store.watchShared((status) => {
      clearTimeout(timer);
      stop();
      resolve(status);
    });
  });
}

test('watching the shared file hears a change after it is re-read; once closed, nothing more is heard', async () => {
  const sharedPath = join(tempDir(), 'newsroom.json');
  writeFileSync(sharedPath, JSON.stringify([DHAKA]));
  const store = createGlossaryStore(tempDir(), { sharedPath, watchIntervalMs: 20 });
  assert.ok((await store.merged()).ok);

  const heard = nextStatus(store, 5_000);
  // The watcher takes its first look at the file in the background; on a loaded machine that can come
  // after a single early write, which it would then never see as a change. So the file keeps changing
  // (its size alternating) until the change is heard.
  let writes = 0;
  const writer = setInterval(() => {
    writes++;
    writeFileSync(sharedPath, JSON.stringify(writes % 2 === 1 ? [DHAKA, ZELENSKY] : [DHAKA, ZELENSKY, KHULNA]));
  }, 60);
  const status = await heard;
  clearInterval(writer);
  assert.notEqual(status, 'timeout');
  if (status !== 'timeout') {
    assert.ok(status.entries === 2 || status.entries === 3, `entries: ${status.entries}`);
    assert.equal(status.error, null);
  }

  let calls = 0;
  store.watchShared(() => calls++);
  store.close();
  writeFileSync(sharedPath, JSON.stringify([ZELENSKY]));
  await new Promise((r) => setTimeout(r, 150));
  assert.equal(calls, 0);
});

test('watching: a change between the last read and the start of the watch is told, not missed', async () => {
  const sharedPath = join(tempDir(), 'newsroom.json');
  writeFileSync(sharedPath, JSON.stringify([DHAKA]));
  // A poll a minute away: only the watch's own look at its start can tell this change within the test.
  const store = createGlossaryStore(tempDir(), { sharedPath, watchIntervalMs: 60_000 });
  assert.ok((await store.merged()).ok);
  writeFileSync(sharedPath, JSON.stringify([DHAKA, ZELENSKY]));
  const at = new Date(Date.now() + 5_000);
  utimesSync(sharedPath, at, at);
  const status = await nextStatus(store, 2_000);
  store.close();
  assert.notEqual(status, 'timeout');
  assert.equal(status !== 'timeout' && status.entries, 2);
});

test('an unreadable own glossary is moved aside, reported, and never overwritten', async () => {
  const dataDir = tempDir();
  writeFileSync(join(dataDir, 'glossary.json'), '{"entries": [{"bn": "ঢাকা", ');
  const damaged: string[] = [];
  const store = createGlossaryStore(dataDir, { onDamaged: (f) => damaged.push(f.movedTo), now: () => new Date('2026-11-24T07:00:00Z') });
  assert.deepEqual(await store.own(), { ok: true, value: [] });
  const [movedTo] = damaged;
  assert.equal(damaged.length, 1);
  assert.ok(movedTo);
  assert.equal(readFileSync(movedTo, 'utf8'), '{"entries": [{"bn": "ঢাকা", ');
  assert.ok((await store.add(ZELENSKY)).ok);
  assert.deepEqual(readdirSync(join(dataDir, 'damaged')), ['glossary.2026-11-24T07-00-00-000Z.json']);
});

test('a full disk fails the change with the reason and keeps the file as it was', async () => {
  const dataDir = tempDir();
  await createGlossaryStore(dataDir).add(DHAKA);
  const before = readFileSync(join(dataDir, 'glossary.json'), 'utf8');
  const full: GlossaryFs = {
    ...fsp,
    open: (async (path: string, flags?: string) => {
      if (flags === 'wx') throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' });
      return fsp.open(path, flags);
    }) as typeof fsp.open,
  };
  const result = await createGlossaryStore(dataDir, { fs: full }).add(ZELENSKY);
  assert.equal(codeOf(result), 'disk-full');
  if (!result.ok) assert.match(result.error.message.bn, /^শব্দকোষ সংরক্ষণ করা যায়নি: ডিস্কে আর জায়গা নেই/);
  assert.equal(readFileSync(join(dataDir, 'glossary.json'), 'utf8'), before);
  assert.ok(!existsSync(join(dataDir, 'damaged')));
});
