import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fsp from 'node:fs/promises';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newDraft, type Draft } from '../../../core/document/draft';
import { createDraftStore } from '../../../electron/services/draft-store';
import { createRecoveryJournal, type RecoveryFs } from '../../../electron/services/recovery';
import { tempDir } from '../../helpers/temp-dir';

/** One clock for store and journal, moved by hand. */
function manualClock(startIso: string) {
  let t = Date.parse(startIso);
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
}

function withText(draft: Draft, headline: string, body: string): Draft {
  return {
    ...draft,
    doc: {
      type: 'doc',
      content: [
        { type: 'headline', content: [{ type: 'text', text: headline }] },
        { type: 'paragraph', content: [{ type: 'text', text: body }] },
      ],
    },
  };
}

test('typing newer than the saved draft is offered back after a crash; a clean save clears it', async () => {
  const dataDir = tempDir();
  const clock = manualClock('2026-11-24T07:00:00Z');
  const store = createDraftStore({ dataDir, now: clock.now });
  const journal = createRecoveryJournal(dataDir, { now: clock.now });
  const created = await store.create();
  assert.ok(created.ok);
  const saved = await store.save(withText(created.value, 'লোডশেডিং', 'গ্রামে দিনে আট ঘণ্টা বিদ্যুৎ থাকে না।'));
  assert.ok(saved.ok);

  clock.advance(5_000);
  const unsaved = withText(created.value, 'লোডশেডিং বাড়ছে', 'গ্রামে দিনে দশ ঘণ্টা বিদ্যুৎ থাকে না, সেচ বন্ধ।');
  const recorded = await journal.record(unsaved);
  assert.deepEqual(recorded, {
    ok: true,
    value: { journaledAt: '2026-11-24T07:00:05.000Z', path: join(dataDir, 'recovery', `${created.value.id}.json`) },
  });

  // The app dies here. On the next start:
  const pending = await createRecoveryJournal(dataDir).pendingRecoveries();
  assert.ok(pending.ok);
  assert.equal(pending.value.length, 1);
  const [offer] = pending.value;
  assert.ok(offer);
  assert.equal(offer.id, created.value.id);
  assert.equal(offer.savedAt, '2026-11-24T07:00:00.000Z');
  assert.equal(offer.headline, 'লোডশেডিং বাড়ছে');
  assert.equal(offer.wordCount, 11);
  assert.deepEqual(offer.draft.doc, unsaved.doc);

  // The user accepts; the text is saved and the journal cleared.
  clock.advance(1_000);
  assert.ok((await store.save(offer.draft)).ok);
  assert.deepEqual(await journal.clear(offer.id), { ok: true, value: undefined });
  assert.deepEqual(await journal.pendingRecoveries(), { ok: true, value: [] });
  assert.equal(existsSync(join(dataDir, 'recovery', `${offer.id}.json`)), false);
});

test('a journal that brings nothing new (older than the save, or the same text) is not offered and is removed', async () => {
  const dataDir = tempDir();
  const clock = manualClock('2026-11-24T07:00:00Z');
  const store = createDraftStore({ dataDir, now: clock.now });
  const journal = createRecoveryJournal(dataDir, { now: clock.now });
  const a = await store.create();
  const b = await store.create();
  assert.ok(a.ok && b.ok);
  // a: journal written, then a later save of other text whose clear never happened (the app died).
  await journal.record(withText(a.value, 'পুরোনো', 'জার্নালের লেখা'));
  clock.advance(1_000);
  await store.save(withText(a.value, 'নতুন', 'সংরক্ষিত লেখা'));
  // b: journal of exactly the saved text, written after the save.
  const bText = withText(b.value, 'একই', 'একই লেখা');
  await store.save(bText);
  clock.advance(1_000);
  await journal.record(bText);

  assert.deepEqual(await journal.pendingRecoveries(), { ok: true, value: [] });
  assert.deepEqual(readdirSync(join(dataDir, 'recovery')), []);
});

test('a journal whose draft was never saved or is unreadable is offered, oldest first', async () => {
  const dataDir = tempDir();
  const clock = manualClock('2026-11-24T07:00:00Z');
  const journal = createRecoveryJournal(dataDir, { now: clock.now });
  const first = withText(newDraft(clock.now(), 'd-firstdraft'), 'প্রথম', 'লেখা এক');
  const second = withText(newDraft(clock.now(), 'd-seconddraft'), 'দ্বিতীয়', 'লেখা দুই');
  clock.advance(1_000);
  await journal.record(second);
  clock.advance(1_000);
  await journal.record(first);
  mkdirSync(join(dataDir, 'drafts'));
  writeFileSync(join(dataDir, 'drafts', 'd-firstdraft.json'), '{"format":1,"id":"d-firstdraft","meta":');

  const pending = await journal.pendingRecoveries();
  assert.ok(pending.ok);
  assert.deepEqual(
    pending.value.map((p) => [p.id, p.savedAt]),
    [
      ['d-seconddraft', null],
      ['d-firstdraft', null],
    ],
  );
});

test('damaged, foreign and temp files in the journal folder are never offered, and the damaged one is kept', async () => {
  const dataDir = tempDir();
  const journal = createRecoveryJournal(dataDir);
  const good = withText(newDraft(new Date(), 'd-goodjournal'), 'ভালো', 'লেখা');
  assert.ok((await journal.record(good)).ok);
  const dir = join(dataDir, 'recovery');
  writeFileSync(join(dir, 'd-brokenjournal.json'), '{"format":1,"journaledAt":"2026-11-24T07:00:00Z","draft":{"id":');
  writeFileSync(join(dir, 'd-otherjournal.json'), JSON.stringify({ format: 1, journaledAt: '2026-11-24T07:00:00Z', draft: good }));
  writeFileSync(join(dir, '.d-goodjournal.json.123-1-abc.tmp'), 'half a write');
  writeFileSync(join(dir, 'readme.json'), '{}');
  const pending = await journal.pendingRecoveries();
  assert.ok(pending.ok);
  assert.deepEqual(
    pending.value.map((p) => p.id),
    ['d-goodjournal'],
  );
  assert.ok(existsSync(join(dir, 'd-brokenjournal.json')));
});

test('bad ids and malformed drafts are refused with Bengali and English messages', async () => {
  const journal = createRecoveryJournal(tempDir());
  const results = [
    await journal.record({ ...newDraft(), id: '../../etc/passwd' }),
    await journal.record({ ...newDraft(), doc: { type: 'doc', content: [{ type: 'paragraph' }] } }),
    await journal.clear('d-../x'),
  ];
  assert.deepEqual(
    results.map((r) => (r.ok ? 'ok' : r.error.code)),
    ['invalid-id', 'invalid-argument', 'invalid-id'],
  );
  for (const r of results) if (!r.ok) assert.match(r.error.message.bn, /^অসংরক্ষিত লেখার ব্যাকআপ/);
  assert.deepEqual(await journal.clear('d-notrecorded'), { ok: true, value: undefined });
});

test('a full disk fails the journal write with the reason and keeps the previous journal', async () => {
  const dataDir = tempDir();
  const draft = withText(newDraft(new Date(), 'd-fulldisk01'), 'আগের', 'আগের লেখা');
  assert.ok((await createRecoveryJournal(dataDir).record(draft)).ok);
  const full: RecoveryFs = {
    ...fsp,
    open: (async (path: string, flags?: string) => {
      if (flags === 'wx') throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' });
      return fsp.open(path, flags);
    }) as typeof fsp.open,
  };
  const result = await createRecoveryJournal(dataDir, { fs: full }).record(withText(draft, 'নতুন', 'নতুন লেখা'));
  assert.equal(result.ok ? 'ok' : result.error.code, 'disk-full');
  const kept = JSON.parse(readFileSync(join(dataDir, 'recovery', 'd-fulldisk01.json'), 'utf8'));
  assert.deepEqual(kept.draft.doc, draft.doc);
  assert.deepEqual(readdirSync(join(dataDir, 'recovery')), ['d-fulldisk01.json']);
});
