import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fsp from 'node:fs/promises';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NewsroomService } from '../../../core/api/newsroom-api';
import type { Result } from '../../../core/api/result';
import { newDraft, type Draft } from '../../../core/document/draft';
import { parseDraft } from '../../../core/document/draft-file';
import { createDraftStore, type DraftFs } from '../../../electron/services/draft-store';
import { createNewsroomService, memorySettingsStore } from '../../../electron/services/newsroom-service';
import { KEPT_VERSION_NAMES } from '../../../electron/services/safekeeping';
import { createVersionStore } from '../../../electron/services/versions';
import { tempDir } from '../../helpers/temp-dir';

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

function value<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(`expected ok, got ${result.error.code}: ${result.error.message.en} (${result.error.detail ?? ''})`);
  return result.value;
}

function errorOf<T>(result: Result<T>) {
  if (result.ok) assert.fail('expected a failure');
  return result.error;
}

const draftFile = (dataDir: string, id: string) => join(dataDir, 'drafts', `${id}.json`);
const docOnDisk = (path: string) => JSON.parse(readFileSync(path, 'utf8')).doc as Draft['doc'];
/** The versions a never-lost flow keeps; automatic snapshots follow the editing clock and are not these tests' concern. */
const keptVersions = <V extends { kind: string }>(versions: V[]) => versions.filter((v) => v.kind !== 'auto');
const conflictCopies = (dataDir: string) => readdirSync(join(dataDir, 'drafts')).filter((n) => /^d-[a-z0-9]+\.conflict-.*\.json$/.test(n));

/** Writes refused as on a read-only folder while `blocked.on`; reads go through. */
function blockableFs(): { fs: DraftFs; blocked: { on: boolean } } {
  const blocked = { on: false };
  const refuse = () => Promise.reject(Object.assign(new Error('EROFS: simulated'), { code: 'EROFS' }));
  const fs: DraftFs = {
    open: ((path: string, flags?: string) =>
      blocked.on && flags !== undefined && flags !== 'r' ? refuse() : fsp.open(path, flags)) as DraftFs['open'],
    rename: (from, to) => (blocked.on ? refuse() : fsp.rename(from, to)),
    unlink: (path) => (blocked.on ? refuse() : fsp.unlink(path)),
    readFile: (path, encoding) => fsp.readFile(path, encoding),
    readdir: (path) => fsp.readdir(path),
    mkdir: (path, options) => fsp.mkdir(path, options),
    access: (path) => fsp.access(path),
    stat: (path) => fsp.stat(path),
  };
  return { fs, blocked };
}

function service(dataDir: string, extra: { now?: () => Date; fs?: DraftFs; backupDir?: string } = {}): NewsroomService {
  return createNewsroomService({ dataDir, settings: memorySettingsStore(), ...extra });
}

test('a change made on disk after opening is detected before the save: nothing is overwritten and my text is kept as a copy', async () => {
  const dataDir = tempDir();
  const store = createDraftStore({ dataDir });
  const created = value(await store.create());
  const opened = value(await store.open(created.id));

  // Another copy of the app (its own store) saves its text over the file.
  const theirs = withText(opened, 'অন্য কপির শিরোনাম', 'সিঙ্ক টুল এই লেখা এনেছে।');
  value(await createDraftStore({ dataDir }).save(theirs));

  const mine = withText(opened, 'আমার শিরোনাম', 'আমি ট্রেনে বসে লিখেছি।');
  const refused = errorOf(await store.save(mine));
  assert.equal(refused.code, 'conflict');
  assert.match(refused.message.bn, /কোনো লেখা মুছে ফেলা হয়নি/);
  assert.deepEqual(docOnDisk(draftFile(dataDir, created.id)), theirs.doc);
  const [copy] = conflictCopies(dataDir);
  assert.ok(copy, 'a conflict copy is written');
  assert.deepEqual(docOnDisk(join(dataDir, 'drafts', copy)), mine.doc);

  // Typing on while the conflict is open refreshes that copy; it does not pile up copies.
  const more = withText(opened, 'আমার শিরোনাম', 'আমি ট্রেনে বসে লিখেছি। আরও এক লাইন।');
  assert.equal(errorOf(await store.save(more)).code, 'conflict');
  assert.deepEqual(conflictCopies(dataDir), [copy]);
  assert.deepEqual(docOnDisk(join(dataDir, 'drafts', copy)), more.doc);
  assert.deepEqual(docOnDisk(draftFile(dataDir, created.id)), theirs.doc);

  // The user chose their own text: it is written, and the copies are not drafts in the list.
  value(await store.save(more, { overwrite: true }));
  assert.deepEqual(docOnDisk(draftFile(dataDir, created.id)), more.doc);
  assert.deepEqual(
    value(await store.list()).map((d) => d.id),
    [created.id],
  );
  // After that, saves are checked against what was written last, and pass.
  value(await store.save(withText(more, 'আমার শিরোনাম', 'শেষ লাইন।')));
});

test('a draft deleted on disk behind the app is a conflict too; a save after its own delete is "not found"', async () => {
  const dataDir = tempDir();
  const store = createDraftStore({ dataDir });
  const created = value(await store.create());
  await fsp.unlink(draftFile(dataDir, created.id));
  const refused = errorOf(await store.save(withText(created, 'শিরোনাম', 'লেখা।')));
  assert.equal(refused.code, 'conflict');
  assert.equal(conflictCopies(dataDir).length, 1);

  const other = value(await store.create());
  value(await store.remove(other.id));
  assert.equal(errorOf(await store.save(withText(other, 'শিরোনাম', 'লেখা।'))).code, 'not-found');
});

test('a file only touched by a sync tool (same content) is not a conflict', async () => {
  const dataDir = tempDir();
  const store = createDraftStore({ dataDir });
  const created = value(await store.create());
  const path = draftFile(dataDir, created.id);
  writeFileSync(path, readFileSync(path));
  value(await store.save(withText(created, 'শিরোনাম', 'লেখা।')));
  assert.deepEqual(conflictCopies(dataDir), []);
});

test('the journal keeps unsaved typing; a clean save clears it, even when the save follows the journal write at once', async () => {
  const dataDir = tempDir();
  const api = service(dataDir);
  const draft = value(await api.createDraft());
  const typed = withText(draft, 'বন্যা পরিস্থিতি', 'নদীর পানি বাড়ছে।');
  const journaled = value(await api.journalDraft(typed));
  assert.equal(journaled.path, join(dataDir, 'recovery', `${draft.id}.json`));
  assert.ok(existsSync(journaled.path));
  value(await api.saveDraft(typed));
  assert.equal(existsSync(journaled.path), false);

  // Sent one after the other without waiting, as the page does: the clear comes after the write.
  const later = withText(draft, 'বন্যা পরিস্থিতি', 'নদীর পানি বাড়ছে, বাঁধ ভেঙেছে।');
  const [j, s] = await Promise.all([api.journalDraft(later), api.saveDraft(later)]);
  value(j);
  value(s);
  assert.equal(existsSync(journaled.path), false);
  assert.deepEqual(value(await service(dataDir).pendingRecoveries()), []);
});

test('after a crash the newer text is offered; accepting saves it and keeps the saved text as a version', async () => {
  const dataDir = tempDir();
  const clock = manualClock('2026-11-24T07:00:00Z');
  const api = service(dataDir, { now: clock.now });
  const draft = value(await api.createDraft());
  value(await api.saveDraft(withText(draft, 'বাজেট অধিবেশন', 'সংসদে বাজেট পেশ।')));
  clock.advance(60_000);
  const unsaved = withText(draft, 'বাজেট অধিবেশন শুরু', 'সংসদে বাজেট পেশ করলেন অর্থমন্ত্রী।');
  value(await api.journalDraft(unsaved));
  // The app dies. The next start:
  clock.advance(60_000);
  const next = service(dataDir, { now: clock.now });
  const [offer] = value(await next.pendingRecoveries());
  assert.deepEqual(offer, {
    id: draft.id,
    headline: 'বাজেট অধিবেশন শুরু',
    wordCount: 8,
    journaledAt: '2026-11-24T07:01:00.000Z',
    saved: { headline: 'বাজেট অধিবেশন', wordCount: 5, updatedAt: '2026-11-24T07:00:00.000Z' },
  });
  const restored = value(await next.acceptRecovery(draft.id));
  assert.deepEqual(restored.doc, unsaved.doc);
  assert.deepEqual(docOnDisk(draftFile(dataDir, draft.id)), unsaved.doc);
  const versions = keptVersions(value(await createVersionStore(dataDir).list(draft.id)));
  assert.deepEqual(
    versions.map((v) => [v.kind, v.headline]),
    [['before-restore', 'বাজেট অধিবেশন']],
  );
  assert.deepEqual(value(await next.pendingRecoveries()), []);
  assert.equal(errorOf(await next.acceptRecovery(draft.id)).code, 'not-found');
});

test('keeping the saved draft keeps the recovered text as a named version', async () => {
  const dataDir = tempDir();
  const api = service(dataDir);
  const draft = value(await api.createDraft());
  const unsaved = withText(draft, 'হাওরে ধান কাটা', 'শ্রমিক সংকট।');
  value(await api.journalDraft(unsaved));
  const next = service(dataDir);
  assert.equal(value(await next.pendingRecoveries()).length, 1);
  value(await next.declineRecovery(draft.id));
  assert.deepEqual(value(await next.pendingRecoveries()), []);
  assert.deepEqual(docOnDisk(draftFile(dataDir, draft.id)), draft.doc);
  const versions = keptVersions(value(await createVersionStore(dataDir).list(draft.id)));
  assert.deepEqual(
    versions.map((v) => [v.kind, v.name, v.headline]),
    [['named', KEPT_VERSION_NAMES.recoveryDeclined, 'হাওরে ধান কাটা']],
  );
});

test('a data folder that refuses writes: the save fails, the journal goes to the backup folder and is offered at the next start', async () => {
  const dataDir = tempDir();
  const backupDir = tempDir();
  const { fs, blocked } = blockableFs();
  const api = service(dataDir, { fs, backupDir });
  const draft = value(await api.createDraft());
  value(await api.openDraft(draft.id));
  blocked.on = true;
  const typed = withText(draft, 'সেতু উদ্বোধন', 'পদ্মা সেতুতে যান চলাচল শুরু।');
  assert.equal(errorOf(await api.saveDraft(typed)).code, 'read-only');
  const kept = value(await api.journalDraft(typed));
  assert.equal(kept.path, join(backupDir, 'recovery', `${draft.id}.json`));
  assert.equal(existsSync(join(dataDir, 'recovery', `${draft.id}.json`)), false);

  blocked.on = false;
  const next = service(dataDir, { backupDir });
  const [offer] = value(await next.pendingRecoveries());
  assert.equal(offer?.headline, 'সেতু উদ্বোধন');
  value(await next.acceptRecovery(draft.id));
  assert.deepEqual(docOnDisk(draftFile(dataDir, draft.id)), typed.doc);
  assert.equal(existsSync(kept.path), false);
});

test('ending a conflict keeps both texts, whichever the user takes', async () => {
  for (const choice of ['mine', 'theirs'] as const) {
    const dataDir = tempDir();
    const api = service(dataDir);
    const draft = value(await api.createDraft());
    const opened = value(await api.openDraft(draft.id));
    const theirs = withText(opened, 'ডিস্কের শিরোনাম', 'অন্য কপির লেখা।');
    value(await createDraftStore({ dataDir }).save(theirs));
    const mine = withText(opened, 'আমার শিরোনাম', 'আমার লেখা।');
    assert.equal(errorOf(await api.saveDraft(mine)).code, 'conflict');

    const resolved = value(await api.resolveConflict(mine, choice));
    const kept = keptVersions(value(await createVersionStore(dataDir).list(draft.id)));
    const [copy] = conflictCopies(dataDir);
    assert.ok(copy);
    assert.deepEqual(docOnDisk(join(dataDir, 'drafts', copy)), mine.doc, 'my text stays in its conflict copy');
    if (choice === 'mine') {
      assert.deepEqual(resolved.doc, mine.doc);
      assert.deepEqual(docOnDisk(draftFile(dataDir, draft.id)), mine.doc);
      assert.deepEqual(
        kept.map((v) => [v.name, v.headline]),
        [[KEPT_VERSION_NAMES.diskTextReplaced, 'ডিস্কের শিরোনাম']],
      );
    } else {
      assert.deepEqual(resolved.doc, theirs.doc);
      assert.deepEqual(docOnDisk(draftFile(dataDir, draft.id)), theirs.doc);
      assert.deepEqual(
        kept.map((v) => [v.name, v.headline]),
        [[KEPT_VERSION_NAMES.mineReplaced, 'আমার শিরোনাম']],
      );
    }
    // Either way the next save is checked against the file as it is now, and goes through.
    value(await api.saveDraft(withText(resolved, 'শেষ শিরোনাম', 'শেষ লেখা।')));
  }
});

test('at start the trash is purged of drafts deleted over 30 days ago, with their versions; the rest show when they go', async () => {
  const dataDir = tempDir();
  const clock = manualClock('2026-10-01T08:00:00Z');
  const early = service(dataDir, { now: clock.now });
  const old = value(await early.createDraft());
  value(await createVersionStore(dataDir, { now: clock.now }).save(old, 'named', 'প্রথম খসড়া'));
  value(await early.deleteDraft(old.id));
  clock.advance(20 * 24 * 3600_000);
  const recent = value(await early.createDraft());
  const trashed = value(await early.deleteDraft(recent.id));
  assert.equal(trashed.purgeAt, '2026-11-20T08:00:00.000Z');

  clock.advance(11 * 24 * 3600_000);
  const later = service(dataDir, { now: clock.now });
  assert.deepEqual(value(await later.takeNotices()), { movedAside: [], purged: 1 });
  assert.equal(existsSync(join(dataDir, 'trash', `${old.id}.json`)), false);
  assert.equal(existsSync(join(dataDir, 'versions', old.id)), false);
  assert.deepEqual(
    value(await later.listTrash()).map((d) => [d.id, d.purgeAt]),
    [[recent.id, '2026-11-20T08:00:00.000Z']],
  );
  // Purged once per run.
  assert.deepEqual(value(await later.takeNotices()), { movedAside: [], purged: 0 });
});

test('files moved aside from the drafts folder are told once, with where they went', async () => {
  const dataDir = tempDir();
  const api = service(dataDir);
  value(await api.createDraft());
  const foreign = newDraft(new Date(), 'd-foreign123');
  mkdirSync(join(dataDir, 'drafts'), { recursive: true });
  writeFileSync(draftFile(dataDir, foreign.id), '{"not": "a draft"');
  assert.equal(value(await api.listDrafts()).length, 1);
  const notices = value(await api.takeNotices());
  assert.equal(notices.movedAside.length, 1);
  const [moved] = notices.movedAside;
  assert.ok(moved);
  assert.equal(moved.name, `${foreign.id}.json`);
  assert.ok(moved.movedTo.startsWith(join(dataDir, 'damaged')));
  assert.equal(readFileSync(moved.movedTo, 'utf8'), '{"not": "a draft"');
  assert.deepEqual(value(await api.takeNotices()).movedAside, []);
  const [listed] = value(await api.listDrafts());
  assert.ok(listed);
  assert.ok(parseDraft(JSON.parse(readFileSync(draftFile(dataDir, listed.id), 'utf8'))).ok);
});

test('recovered text the user has not answered for is kept as a version before typing on replaces its journal', async () => {
  const dataDir = tempDir();
  const api = service(dataDir);
  const draft = value(await api.createDraft());
  const unsaved = withText(draft, 'শীতের পিঠা', 'গ্রামে পিঠা উৎসব।');
  value(await api.journalDraft(unsaved));

  const next = service(dataDir);
  assert.equal(value(await next.pendingRecoveries()).length, 1);
  // "Decide later", then the user types in the same draft: journaled, then saved.
  const typedOn = withText(draft, 'শীতের পিঠা', 'নতুন করে লেখা শুরু।');
  value(await next.journalDraft(typedOn));
  value(await next.saveDraft(typedOn));
  const kept = keptVersions(value(await createVersionStore(dataDir).list(draft.id)));
  assert.deepEqual(
    kept.map((v) => v.name),
    [KEPT_VERSION_NAMES.recoveryDeferred],
  );
  const [deferred] = kept;
  assert.ok(deferred);
  const version = value(await createVersionStore(dataDir).read(draft.id, deferred.id));
  assert.deepEqual(version.draft.doc, unsaved.doc);
  assert.equal(existsSync(join(dataDir, 'recovery', `${draft.id}.json`)), false);
  // Kept once, not at every save.
  value(await next.saveDraft(withText(draft, 'শীতের পিঠা', 'আরও লেখা।')));
  assert.equal(keptVersions(value(await createVersionStore(dataDir).list(draft.id))).length, 1);
});
