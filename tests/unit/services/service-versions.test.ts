import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createNewsroomService, memorySettingsStore } from '../../../electron/services/newsroom-service';
import { AUTO_SNAPSHOT_INTERVAL_MS } from '../../../electron/services/versions';
import { isSameFileUrl, registerNewsroomHandlers, type InvokeEvent, type IpcMainLike } from '../../../electron/ipc';
import {
  invokeChannel,
  type NewsroomInvokeMethods,
  type RestoredVersion,
  type Version,
  type VersionSummary,
} from '../../../core/api/newsroom-api';
import type { AppError, Result } from '../../../core/api/result';
import type { Draft, DraftStatus } from '../../../core/document/draft';
import { tempDir } from '../../helpers/temp-dir';

function value<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(`expected ok, got ${result.error.code}: ${result.error.message.en}`);
  return result.value;
}

/** A clock the test moves by hand. */
function handClock(startIso: string) {
  let t = Date.parse(startIso);
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
}

function withText(draft: Draft, headline: string, ...paragraphs: string[]): Draft {
  return {
    ...draft,
    doc: {
      type: 'doc',
      content: [
        { type: 'headline', content: [{ type: 'text', text: headline }] },
        ...paragraphs.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })),
      ],
    },
  };
}

const withStatus = (draft: Draft, status: DraftStatus): Draft => ({ ...draft, meta: { ...draft.meta, status } });

const kinds = (list: VersionSummary[]) => list.map((v) => v.kind);

function setup(dataDir = tempDir(), startIso = '2026-11-24T06:00:00Z') {
  const clock = handClock(startIso);
  const failures: AppError[] = [];
  const service = createNewsroomService({
    dataDir,
    settings: memorySettingsStore(),
    now: clock.now,
    onSnapshotFailed: (e) => failures.push(e),
  });
  return { dataDir, clock, failures, service };
}

describe('automatic versions on save', () => {
  test('an auto snapshot at most every AUTO_SNAPSHOT_INTERVAL_MS while the text changes, none while it does not', async () => {
    const { service, clock } = setup();
    const draft = value(await service.createDraft());
    const headline = 'বন্যায় প্লাবিত উপকূল';

    value(await service.saveDraft(withText(draft, headline, 'পানি বাড়ছে।')));
    const first = value(await service.listVersions(draft.id));
    assert.deepEqual(kinds(first), ['auto'], 'the first edit of the session is kept at once');

    clock.advance(AUTO_SNAPSHOT_INTERVAL_MS / 3);
    value(await service.saveDraft(withText(draft, headline, 'পানি বাড়ছে। বাঁধ ভেঙেছে।')));
    clock.advance(AUTO_SNAPSHOT_INTERVAL_MS / 3);
    value(await service.saveDraft(withText(draft, headline, 'পানি বাড়ছে। বাঁধ ভেঙেছে। মানুষ আশ্রয়কেন্দ্রে।')));
    assert.equal(value(await service.listVersions(draft.id)).length, 1, 'edits within the interval add no snapshot');

    clock.advance(AUTO_SNAPSHOT_INTERVAL_MS / 3);
    const latest = withText(draft, headline, 'পানি বাড়ছে। বাঁধ ভেঙেছে। মানুষ আশ্রয়কেন্দ্রে। ত্রাণ পৌঁছেছে।');
    value(await service.saveDraft(latest));
    const second = value(await service.listVersions(draft.id));
    assert.deepEqual(kinds(second), ['auto', 'auto']);
    // The snapshot holds what was just saved, with the time the store gave it.
    const [newest] = second;
    assert.ok(newest);
    const snapshot = value(await service.readVersion(draft.id, newest.id));
    assert.deepEqual(snapshot.draft.doc, latest.doc);
    assert.equal(snapshot.draft.meta.updatedAt, clock.now().toISOString());
    assert.equal(snapshot.wordCount, 11);

    // Saves that change nothing in the text (an ignored finding, say) add none, however late.
    clock.advance(AUTO_SNAPSHOT_INTERVAL_MS * 5);
    value(await service.saveDraft({ ...latest, review: { ignored: [{ rule: 'gloss/repeated', key: 'x' }], comments: [] } }));
    assert.equal(value(await service.listVersions(draft.id)).length, 2);
  });

  test('text edited and then left alone is kept by the first save after the interval', async () => {
    const { service, clock } = setup();
    const draft = value(await service.createDraft());
    value(await service.saveDraft(withText(draft, 'শিরোনাম', 'প্রথম খসড়া।')));
    clock.advance(1000);
    const edited = withText(draft, 'শিরোনাম', 'দ্বিতীয় খসড়া।');
    value(await service.saveDraft(edited));
    clock.advance(AUTO_SNAPSHOT_INTERVAL_MS);
    // Only the ignores change now, but the edit before has not been kept yet.
    value(await service.saveDraft({ ...edited, review: { ignored: [{ rule: 'gloss/late', key: 'y' }], comments: [] } }));
    const list = value(await service.listVersions(draft.id));
    assert.equal(list.length, 2);
    const [newest] = list;
    assert.ok(newest);
    assert.deepEqual(value(await service.readVersion(draft.id, newest.id)).draft.doc, edited.doc);
  });

  test('a status change (খসড়া → পর্যালোচনা → প্রস্তুত) is kept as a status snapshot at once', async () => {
    const { service, clock } = setup();
    const created = value(await service.createDraft());
    const draft = withText(created, 'সংসদে বাজেট পেশ', 'অর্থমন্ত্রী বাজেট পেশ করলেন।');
    value(await service.saveDraft(draft));
    clock.advance(10_000);
    value(await service.saveDraft(withStatus(draft, 'review')));
    clock.advance(10_000);
    value(await service.saveDraft(withStatus(draft, 'review')));
    clock.advance(10_000);
    value(await service.saveDraft(withStatus(draft, 'ready')));
    const list = value(await service.listVersions(draft.id));
    assert.deepEqual(kinds(list), ['status', 'status', 'auto']);
    const statuses = [];
    for (const v of list) statuses.push(value(await service.readVersion(draft.id, v.id)).draft.meta.status);
    assert.deepEqual(statuses, ['ready', 'review', 'draft']);
  });

  test('a draft opened again after a restart is not snapshotted at once: the interval counts from its newest version', async () => {
    const first = setup();
    const draft = value(await first.service.createDraft());
    value(await first.service.saveDraft(withText(draft, 'পুরোনো খবর', 'এক।')));
    assert.equal(value(await first.service.listVersions(draft.id)).length, 1);

    const second = setup(first.dataDir, new Date(first.clock.now().getTime() + 60_000).toISOString());
    const opened = value(await second.service.openDraft(draft.id));
    value(await second.service.saveDraft(withText(opened, 'পুরোনো খবর', 'এক। দুই।')));
    assert.equal(value(await second.service.listVersions(draft.id)).length, 1);
    second.clock.advance(AUTO_SNAPSHOT_INTERVAL_MS);
    value(await second.service.saveDraft(withText(opened, 'পুরোনো খবর', 'এক। দুই। তিন।')));
    assert.equal(value(await second.service.listVersions(draft.id)).length, 2);
  });

  test('a snapshot that fails does not fail the save; it is reported, and the next save takes it', async () => {
    const { service, clock, dataDir, failures } = setup();
    const created = value(await service.createDraft());
    // A file where the versions folder should be: every snapshot write fails, as on a damaged folder.
    writeFileSync(join(dataDir, 'versions'), 'not a folder');
    const draft = withText(created, 'শিরোনাম', 'প্রথম অনুচ্ছেদ।');
    const saved = value(await service.saveDraft(withStatus(draft, 'review')));
    assert.equal(saved.status, 'review');
    const onDisk = JSON.parse(readFileSync(join(dataDir, 'drafts', `${draft.id}.json`), 'utf8')) as Draft;
    assert.deepEqual(onDisk.doc, draft.doc);
    assert.equal(onDisk.meta.status, 'review');
    assert.equal(failures.length, 1);
    const [failure] = failures;
    assert.ok(failure);
    assert.ok(failure.message.bn.length > 0 && failure.message.en.length > 0);

    rmSync(join(dataDir, 'versions'));
    clock.advance(1000);
    value(await service.saveDraft(withStatus(draft, 'review')));
    const list = value(await service.listVersions(draft.id));
    assert.deepEqual(kinds(list), ['status'], 'the status change that was missed is kept now');
    const [missed] = list;
    assert.ok(missed);
    assert.equal(value(await service.readVersion(draft.id, missed.id)).draft.meta.status, 'review');
    assert.equal(failures.length, 1);
  });
});

type Listener = Parameters<IpcMainLike['handle']>[1];
const APP_URL = pathToFileURL('/opt/Newsroom Editor/resources/app.asar/dist/renderer/index.html').href;
const page: InvokeEvent = { senderFrame: { url: APP_URL } };

/** The service behind the real IPC handlers, called as the page calls them. */
function bridge() {
  const { service, clock, dataDir } = setup();
  const handlers = new Map<string, Listener>();
  registerNewsroomHandlers({ handle: (channel, listener) => void handlers.set(channel, listener) }, service, isSameFileUrl(APP_URL));
  const invoke = async <T>(method: NewsroomInvokeMethods, ...args: unknown[]) =>
    JSON.parse(JSON.stringify(await handlers.get(invokeChannel(method))!(page, ...args))) as Result<T>;
  return { invoke, clock, dataDir };
}

const onDisk = (dataDir: string, id: string) => JSON.parse(readFileSync(join(dataDir, 'drafts', `${id}.json`), 'utf8')) as Draft;

describe('versions over the bridge', () => {
  test('save a named version, restore it, and undo the restore by restoring the before-restore version', async () => {
    const { invoke, clock, dataDir } = bridge();
    const created = value(await invoke<Draft>('createDraft'));
    const named = withStatus(withText(created, 'নদীভাঙন', 'গ্রামটি বিলীন হওয়ার পথে।'), 'review');
    value(await invoke('saveDraft', named));
    clock.advance(1000);
    const version = value(await invoke<VersionSummary>('saveVersion', created.id, '  প্রথম পাঠ  '));
    assert.equal(version.kind, 'named');
    assert.equal(version.name, 'প্রথম পাঠ');

    clock.advance(1000);
    const later = withStatus(withText(created, 'নদীভাঙন', 'গ্রামটি পুরোপুরি বিলীন।'), 'ready');
    value(await invoke('saveDraft', later));

    clock.advance(1000);
    const restored = value(await invoke<RestoredVersion>('restoreVersion', created.id, version.id));
    assert.deepEqual(restored.draft.doc, named.doc);
    // The text goes back; the workflow status stays where the desk put it.
    assert.equal(restored.draft.meta.status, 'ready');
    assert.equal(restored.saved.updatedAt, restored.draft.meta.updatedAt);
    assert.equal(restored.saved.wordCount, 5);
    assert.deepEqual(onDisk(dataDir, created.id).doc, named.doc);
    assert.equal(restored.backup.kind, 'before-restore');

    const list = value(await invoke<VersionSummary[]>('listVersions', created.id));
    assert.equal(list[0]?.id, restored.backup.id, 'newest first: the text the restore replaced');
    assert.ok(list.some((v) => v.id === version.id));
    const backup = value(await invoke<Version>('readVersion', created.id, restored.backup.id));
    assert.deepEqual(backup.draft.doc, later.doc);

    // Restoring the before-restore version undoes the restore.
    clock.advance(1000);
    const undone = value(await invoke<RestoredVersion>('restoreVersion', created.id, restored.backup.id));
    assert.deepEqual(undone.draft.doc, later.doc);
    assert.deepEqual(onDisk(dataDir, created.id).doc, later.doc);
    assert.equal(readdirSync(join(dataDir, 'versions', created.id)).filter((n) => n.endsWith('-before-restore.json')).length, 2);
  });

  test('arguments are checked before the service sees them', async () => {
    const { invoke } = bridge();
    const created = value(await invoke<Draft>('createDraft'));
    const refused = async (method: NewsroomInvokeMethods, code: string, ...args: unknown[]) => {
      const result = await invoke(method, ...args);
      assert.equal(result.ok, false, `${method} ${JSON.stringify(args)}`);
      assert.ok(!result.ok);
      assert.equal(result.error.code, code, `${method} ${JSON.stringify(args)}`);
    };
    await refused('listVersions', 'invalid-id', '../drafts');
    await refused('listVersions', 'invalid-argument', created.id, 'extra');
    await refused('saveVersion', 'invalid-argument', created.id, '   ');
    await refused('saveVersion', 'invalid-argument', created.id, 'ক'.repeat(201));
    await refused('saveVersion', 'invalid-id', '../../etc', 'নাম');
    await refused('readVersion', 'invalid-argument', created.id, '../../drafts/x');
    await refused('readVersion', 'invalid-argument', created.id, '1700000000000-auto.json');
    await refused('restoreVersion', 'invalid-argument', created.id);
    const missing = await invoke('restoreVersion', created.id, '1700000000000-named');
    assert.ok(!missing.ok);
    assert.equal(missing.error.code, 'not-found');
    assert.match(missing.error.message.bn, /সংস্করণটি ফেরানো যায়নি/);
  });
});
