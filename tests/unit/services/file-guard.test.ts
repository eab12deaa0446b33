import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fsp from 'node:fs/promises';
import { mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newDraft } from '../../../core/document/draft';
import { parseDraft } from '../../../core/document/draft-file';
import { checkUnchanged, revisionOf, writeConflictCopy, type GuardFs } from '../../../electron/services/file-guard';
import { createDraftStore } from '../../../electron/services/draft-store';
import { tempDir } from '../../helpers/temp-dir';

function fileWith(content: string): string {
  const path = join(tempDir(), 'd-guardtest1.json');
  writeFileSync(path, content);
  return path;
}

test('an untouched file passes the check', async () => {
  const path = fileWith('{"text":"ঢাকা"}');
  const token = await revisionOf(path);
  assert.ok(token.ok);
  assert.equal(token.value.size, statSync(path).size);
  assert.match(token.value.hash, /^[0-9a-f]{64}$/);
  const checked = await checkUnchanged(path, token.value);
  assert.deepEqual(checked, token);
});

test('a rewrite of the same size and the same mtime is still detected by the content hash', async () => {
  const path = fileWith('{"text":"ঢাকা"}');
  const before = statSync(path);
  const token = await revisionOf(path);
  assert.ok(token.ok);
  // Same byte length, clock reset to the old mtime, as a coarse-grained file system would show it.
  writeFileSync(path, '{"text":"ঢাকু"}');
  assert.equal(statSync(path).size, before.size);
  utimesSync(path, before.atime, before.mtime);
  const checked = await checkUnchanged(path, token.value);
  assert.equal(checked.ok, false);
  if (!checked.ok) {
    assert.equal(checked.error.code, 'conflict');
    assert.match(checked.error.message.bn, /বদলে গেছে/);
    assert.match(checked.error.message.en, /changed on disk/);
  }
});

test('a file only touched (new mtime, same content) is unchanged, and the fresh token is returned', async () => {
  const path = fileWith('{"text":"রাজশাহী"}');
  const token = await revisionOf(path);
  assert.ok(token.ok);
  const later = new Date(Date.now() + 60_000);
  utimesSync(path, later, later);
  const checked = await checkUnchanged(path, token.value);
  assert.ok(checked.ok);
  assert.equal(checked.value.hash, token.value.hash);
  assert.equal(checked.value.mtimeMs, statSync(path).mtimeMs);
});

test('a file that grew or was deleted is a conflict', async () => {
  const path = fileWith('{"text":"সিলেট"}');
  const token = await revisionOf(path);
  assert.ok(token.ok);
  writeFileSync(path, '{"text":"সিলেট, সুনামগঞ্জ"}');
  const grown = await checkUnchanged(path, token.value);
  assert.equal(grown.ok ? 'ok' : grown.error.code, 'conflict');
  await fsp.unlink(path);
  const gone = await checkUnchanged(path, token.value);
  assert.equal(gone.ok ? 'ok' : gone.error.code, 'conflict');
  if (!gone.ok) assert.match(gone.error.message.en, /moved or deleted/);
});

test('reading the state of a missing file is a not-found error', async () => {
  const result = await revisionOf(join(tempDir(), 'none.json'));
  assert.equal(result.ok ? 'ok' : result.error.code, 'not-found');
});

test('the draft changed behind the store is detected; both texts are kept and the drafts list stays clean', async () => {
  const dataDir = tempDir();
  const store = createDraftStore({ dataDir });
  const created = await store.create();
  assert.ok(created.ok);
  const path = join(dataDir, 'drafts', `${created.value.id}.json`);
  const token = await revisionOf(path);
  assert.ok(token.ok);

  // Another copy of the app saves its own text.
  const theirs = structuredClone(created.value);
  theirs.doc = { type: 'doc', content: [{ type: 'headline', content: [{ type: 'text', text: 'অন্য কপির লেখা' }] }, { type: 'paragraph' }] };
  assert.ok((await createDraftStore({ dataDir }).save(theirs)).ok);

  const mine = structuredClone(created.value);
  mine.doc = { type: 'doc', content: [{ type: 'headline', content: [{ type: 'text', text: 'আমার লেখা' }] }, { type: 'paragraph' }] };
  const checked = await checkUnchanged(path, token.value);
  assert.equal(checked.ok ? 'ok' : checked.error.code, 'conflict');

  const time = new Date('2026-11-24T07:05:12.345Z');
  const copy = await writeConflictCopy(join(dataDir, 'drafts'), mine, time);
  const second = await writeConflictCopy(join(dataDir, 'drafts'), mine, time);
  assert.ok(copy.ok && second.ok);
  assert.equal(copy.value, join(dataDir, 'drafts', `${mine.id}.conflict-20261124T070512345Z.json`));
  assert.notEqual(second.value, copy.value);
  const kept = parseDraft(JSON.parse(readFileSync(copy.value, 'utf8')));
  assert.ok(kept.ok);
  assert.deepEqual(kept.draft.doc, mine.doc);
  const onDisk = await store.open(created.value.id);
  assert.ok(onDisk.ok);
  assert.deepEqual(onDisk.value.doc, theirs.doc);

  const listed = await store.list();
  assert.ok(listed.ok);
  assert.deepEqual(
    listed.value.map((d) => d.id),
    [created.value.id],
  );
  assert.equal(readdirSync(join(dataDir, 'drafts')).filter((n) => n.includes('.conflict-')).length, 2);
});

test('a conflict copy is refused for a bad id or draft, and reports a full disk', async () => {
  const dir = tempDir();
  const bad = await writeConflictCopy(dir, { ...newDraft(), id: '../../x' });
  assert.equal(bad.ok ? 'ok' : bad.error.code, 'invalid-id');
  const malformed = await writeConflictCopy(dir, { ...newDraft(), doc: { type: 'doc', content: [] } });
  assert.equal(malformed.ok ? 'ok' : malformed.error.code, 'invalid-argument');
  const full: GuardFs = {
    ...fsp,
    open: (async (path: string, flags?: string) => {
      if (flags === 'wx') throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' });
      return fsp.open(path, flags);
    }) as typeof fsp.open,
  };
  mkdirSync(join(dir, 'drafts'));
  const result = await writeConflictCopy(join(dir, 'drafts'), newDraft(), new Date(), full);
  assert.equal(result.ok ? 'ok' : result.error.code, 'disk-full');
  if (!result.ok) assert.match(result.error.message.bn, /ডিস্কে আর জায়গা নেই/);
  assert.deepEqual(readdirSync(join(dir, 'drafts')), []);
});
