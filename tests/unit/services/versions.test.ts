import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fsp from 'node:fs/promises';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newDraft, type Draft } from '../../../core/document/draft';
import { AUTO_SNAPSHOT_INTERVAL_MS, createVersionStore, shouldAutoSnapshot, type VersionFs } from '../../../electron/services/versions';
import { tempDir } from '../../helpers/temp-dir';

function draftWith(headline: string, ...paragraphs: string[]): Draft {
  const draft = newDraft(new Date('2026-11-24T07:00:00Z'), 'd-testdraft01');
  draft.doc = {
    type: 'doc',
    content: [
      { type: 'headline', content: headline ? [{ type: 'text', text: headline }] : [] },
      ...paragraphs.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })),
    ],
  };
  return draft;
}

/** A clock that moves forward by `step` ms on every call. */
function clock(startIso: string, step = 1000): () => Date {
  let t = Date.parse(startIso);
  return () => new Date((t += step) - step);
}

const BENGALI = /[\u0980-\u09ff]/;

test('saved versions list newest first with kind, name, time, word count and headline; reading gives the full draft', async () => {
  const dir = tempDir();
  const store = createVersionStore(dir, { now: clock('2026-11-24T07:00:00Z', 60_000) });
  const first = draftWith('বন্যা', 'উত্তরাঞ্চলে বন্যা পরিস্থিতির অবনতি।');
  const second = draftWith('বন্যা পরিস্থিতি', 'উত্তরাঞ্চলে বন্যা পরিস্থিতির আরও অবনতি হয়েছে।', 'ত্রাণ পৌঁছায়নি।');
  assert.ok((await store.save(first, 'auto')).ok);
  const named = await store.save(second, 'named', '  প্রথম পাঠ ');
  assert.ok(named.ok);
  assert.ok((await store.save(second, 'status')).ok);

  const listed = await store.list(first.id);
  assert.ok(listed.ok);
  assert.deepEqual(
    listed.value.map((v) => [v.kind, v.name, v.createdAt, v.wordCount, v.headline]),
    [
      ['status', undefined, '2026-11-24T07:02:00.000Z', 10, 'বন্যা পরিস্থিতি'],
      ['named', 'প্রথম পাঠ', '2026-11-24T07:01:00.000Z', 10, 'বন্যা পরিস্থিতি'],
      ['auto', undefined, '2026-11-24T07:00:00.000Z', 5, 'বন্যা'],
    ],
  );
  const oldest = listed.value[2];
  assert.ok(oldest);
  assert.ok(existsSync(join(dir, 'versions', first.id, `${oldest.id}.json`)));
  assert.match(oldest.id, /^\d{13}-auto$/);

  const read = await store.read(first.id, oldest.id);
  assert.ok(read.ok);
  assert.deepEqual(read.value.draft, first);
  assert.equal(read.value.kind, 'auto');
});

test('two snapshots in the same millisecond get distinct ids and keep their order', async () => {
  const dir = tempDir();
  const store = createVersionStore(dir, { now: () => new Date('2026-11-24T07:00:00Z') });
  const a = await store.save(draftWith('ক', 'প্রথম'), 'auto');
  const b = await store.save(draftWith('খ', 'দ্বিতীয়'), 'named', 'দ্বিতীয়');
  assert.ok(a.ok && b.ok);
  assert.notEqual(a.value.id, b.value.id);
  const listed = await store.list('d-testdraft01');
  assert.ok(listed.ok);
  assert.deepEqual(
    listed.value.map((v) => v.headline),
    ['খ', 'ক'],
  );
});

test('automatic snapshots are pruned to the newest ones; named and status ones are kept', async () => {
  const dir = tempDir();
  const store = createVersionStore(dir, { now: clock('2026-11-24T07:00:00Z'), keepAuto: 3 });
  await store.save(draftWith('নাম দেওয়া', 'ক'), 'named', 'শুরুর লেখা');
  for (let i = 1; i <= 5; i++) assert.ok((await store.save(draftWith(`স্বয়ংক্রিয় ${i}`, 'ক'), 'auto')).ok);
  await store.save(draftWith('অবস্থা', 'ক'), 'status');
  const listed = await store.list('d-testdraft01');
  assert.ok(listed.ok);
  assert.deepEqual(
    listed.value.map((v) => v.headline),
    ['অবস্থা', 'স্বয়ংক্রিয় 5', 'স্বয়ংক্রিয় 4', 'স্বয়ংক্রিয় 3', 'নাম দেওয়া'],
  );
  const pruned = await store.prune('d-testdraft01', 1);
  assert.deepEqual(pruned, { ok: true, value: 2 });
  const after = await store.list('d-testdraft01');
  assert.ok(after.ok);
  assert.deepEqual(
    after.value.map((v) => v.kind),
    ['status', 'auto', 'named'],
  );
});

test('restore snapshots the current text first and returns the version text with the current status', async () => {
  const dir = tempDir();
  const store = createVersionStore(dir, { now: clock('2026-11-24T07:00:00Z') });
  const old = draftWith('পুরোনো শিরোনাম', 'পুরোনো লেখা।');
  const saved = await store.save(old, 'named', 'প্রথম খসড়া');
  assert.ok(saved.ok);
  const current = draftWith('নতুন শিরোনাম', 'নতুন লেখা, অনেক বদলেছে।');
  current.meta.status = 'review';

  const restored = await store.restore(current, saved.value.id);
  assert.ok(restored.ok);
  assert.deepEqual(restored.value.draft.doc, old.doc);
  assert.equal(restored.value.draft.meta.status, 'review');
  assert.equal(restored.value.draft.id, current.id);
  assert.equal(restored.value.backup.kind, 'before-restore');

  const backup = await store.read(current.id, restored.value.backup.id);
  assert.ok(backup.ok);
  assert.deepEqual(backup.value.draft, current);
});

test('restoring a version that does not exist changes nothing and says so', async () => {
  const dir = tempDir();
  const store = createVersionStore(dir);
  const result = await store.restore(draftWith('ক', 'খ'), '1764000000000-named');
  assert.equal(result.ok, false);
  if (!result.ok) assert.equal(result.error.code, 'not-found');
  const listed = await store.list('d-testdraft01');
  assert.deepEqual(listed, { ok: true, value: [] });
});

test('ids, kinds and names are validated, with messages in Bengali and English', async () => {
  const dir = tempDir();
  const store = createVersionStore(dir);
  const cases = [
    await store.list('../etc'),
    await store.read('d-testdraft01', '../../secret'),
    await store.read('d-testdraft01', '1764000000000-auto/../x'),
    await store.save({ ...draftWith('ক', 'খ'), id: 'd-../../x' }, 'auto'),
    await store.save(draftWith('ক', 'খ'), 'named'),
    await store.save(draftWith('ক', 'খ'), 'named', '   '),
    await store.save(draftWith('ক', 'খ'), 'named', 'ক'.repeat(201)),
    await store.save(draftWith('ক', 'খ'), 'weird' as never),
    await store.save({ ...draftWith('ক', 'খ'), doc: { type: 'doc', content: [] } }, 'auto'),
    await store.prune('d-testdraft01', -1),
  ];
  assert.deepEqual(
    cases.map((r) => (r.ok ? 'ok' : r.error.code)),
    [
      'invalid-id',
      'invalid-id',
      'invalid-id',
      'invalid-id',
      'invalid-argument',
      'invalid-argument',
      'invalid-argument',
      'invalid-argument',
      'invalid-argument',
      'invalid-argument',
    ],
  );
  for (const r of cases) if (!r.ok) assert.match(r.error.message.bn, BENGALI);
  assert.equal(existsSync(join(dir, 'versions')), false);
});

test('a damaged version file lists by its head but reading it reports damage; other files are ignored', async () => {
  const dir = tempDir();
  const store = createVersionStore(dir, { now: clock('2026-11-24T07:00:00Z') });
  const good = await store.save(draftWith('ভালো', 'লেখা'), 'auto');
  assert.ok(good.ok);
  const folder = join(dir, 'versions', 'd-testdraft01');
  writeFileSync(
    join(folder, '1764000000000-named.json'),
    '{"format":1,"kind":"named","createdAt":"x","wordCount":1,"headline":"ক","draft":{"trunc',
  );
  writeFileSync(
    join(folder, '1764000000001-auto.json'),
    JSON.stringify({
      format: 1,
      kind: 'auto',
      createdAt: 'x',
      wordCount: 1,
      headline: 'ক',
      draft: { ...draftWith('ক'), id: 'd-otherdraft' },
    }),
  );
  writeFileSync(join(folder, 'notes.txt'), 'not a version');
  const listed = await store.list('d-testdraft01');
  assert.ok(listed.ok);
  // The truncated file's head still reads (its draft is what is damaged); the other is another draft's.
  assert.deepEqual(listed.value.map((v) => v.id).sort(), [good.value.id, '1764000000000-named', '1764000000001-auto'].sort());
  for (const id of ['1764000000000-named', '1764000000001-auto']) {
    const read = await store.read('d-testdraft01', id);
    assert.equal(read.ok, false);
    if (!read.ok) assert.equal(read.error.code, 'corrupt');
  }
});

test('a headline longer than the listing reads at once still lists', async () => {
  const dir = tempDir();
  const store = createVersionStore(dir);
  const headline = 'দীর্ঘ '.repeat(1000).trim();
  assert.ok((await store.save(draftWith(headline, 'ক'), 'auto')).ok);
  const listed = await store.list('d-testdraft01');
  assert.ok(listed.ok);
  assert.equal(listed.value[0]?.headline, headline);
  assert.equal(listed.value[0]?.wordCount, 1001);
});

/** Node's fs, with opening a new file for writing failing as it does on a full disk or read-only folder. */
function failingWrites(code: string): VersionFs {
  return {
    ...fsp,
    open: (async (path: string, flags?: string) => {
      if (flags === 'wx') throw Object.assign(new Error(`${code}: simulated`), { code });
      return fsp.open(path, flags);
    }) as typeof fsp.open,
  };
}

test('a full disk or read-only folder fails the save with the reason, leaving earlier versions intact', async () => {
  const dir = tempDir();
  const good = createVersionStore(dir, { now: clock('2026-11-24T07:00:00Z') });
  assert.ok((await good.save(draftWith('আগের', 'লেখা'), 'named', 'আগের')).ok);
  for (const [code, expected] of [
    ['ENOSPC', 'disk-full'],
    ['EROFS', 'read-only'],
    ['EACCES', 'read-only'],
  ] as const) {
    const store = createVersionStore(dir, { fs: failingWrites(code), now: clock('2026-11-24T08:00:00Z') });
    const result = await store.save(draftWith('নতুন', 'লেখা'), 'auto');
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.equal(result.error.code, expected);
      assert.match(result.error.message.bn, /^সংস্করণ সংরক্ষণ করা যায়নি: /);
      assert.match(result.error.message.en, /^The version could not be saved: /);
    }
  }
  const listed = await good.list('d-testdraft01');
  assert.ok(listed.ok);
  assert.deepEqual(
    listed.value.map((v) => v.headline),
    ['আগের'],
  );
  assert.deepEqual(
    readdirSync(join(dir, 'versions', 'd-testdraft01')).filter((n) => !n.endsWith('.json')),
    [],
  );
});

test('a data folder that is not a folder fails the save as an i/o error', async () => {
  const file = join(tempDir(), 'plain-file');
  writeFileSync(file, 'x');
  const result = await createVersionStore(file).save(draftWith('ক', 'খ'), 'auto');
  assert.equal(result.ok, false);
  if (!result.ok) assert.equal(result.error.code, 'io');
});

test('automatic snapshots are due only after editing, every few minutes', () => {
  const t = Date.parse('2026-11-24T07:00:00Z');
  assert.equal(shouldAutoSnapshot(null, t, true), true);
  assert.equal(shouldAutoSnapshot(null, t, false), false);
  assert.equal(shouldAutoSnapshot(t, t + AUTO_SNAPSHOT_INTERVAL_MS - 1, true), false);
  assert.equal(shouldAutoSnapshot(t, t + AUTO_SNAPSHOT_INTERVAL_MS, true), true);
  assert.equal(shouldAutoSnapshot(t, t + 10 * AUTO_SNAPSHOT_INTERVAL_MS, false), false);
  assert.equal(shouldAutoSnapshot(t, t - 60_000, true), true, 'a clock set back');
  assert.ok(AUTO_SNAPSHOT_INTERVAL_MS >= 60_000 && AUTO_SNAPSHOT_INTERVAL_MS <= 10 * 60_000);
});

test('removing all versions of a purged draft deletes its folder only', async () => {
  const dir = tempDir();
  const store = createVersionStore(dir, { now: clock('2026-11-24T07:00:00Z') });
  const other = { ...draftWith('অন্য', 'লেখা'), id: 'd-otherdraft1' };
  await store.save(draftWith('ক', 'খ'), 'named', 'এক');
  await store.save(other, 'auto');
  assert.deepEqual(await store.removeAll('d-testdraft01'), { ok: true, value: undefined });
  assert.deepEqual(await store.list('d-testdraft01'), { ok: true, value: [] });
  assert.deepEqual(readdirSync(join(dir, 'versions')), ['d-otherdraft1']);
  assert.deepEqual(await store.removeAll('d-testdraft01'), { ok: true, value: undefined });
  const bad = await store.removeAll('..');
  assert.equal(bad.ok ? 'ok' : bad.error.code, 'invalid-id');
});

test('an automatic snapshot is kept and reported saved even when pruning old ones fails', async () => {
  const dir = tempDir();
  const noUnlink: VersionFs = {
    ...fsp,
    unlink: async () => {
      throw Object.assign(new Error('EACCES: simulated'), { code: 'EACCES' });
    },
  };
  const store = createVersionStore(dir, { now: clock('2026-11-24T07:00:00Z'), keepAuto: 1, fs: noUnlink });
  assert.ok((await store.save(draftWith('এক', 'ক'), 'auto')).ok);
  assert.ok((await store.save(draftWith('দুই', 'ক'), 'auto')).ok);
  const listed = await store.list('d-testdraft01');
  assert.ok(listed.ok);
  assert.deepEqual(
    listed.value.map((v) => v.headline),
    ['দুই', 'এক'],
  );
  const pruned = await store.prune('d-testdraft01');
  assert.equal(pruned.ok ? 'ok' : pruned.error.code, 'read-only');
});
