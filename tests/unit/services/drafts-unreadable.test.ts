import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import * as nodeFs from 'node:fs/promises';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDraftStore, type DamagedFile, type DraftFs } from '../../../electron/services/draft-store';
import { newDraft, newDraftId, type Draft } from '../../../core/document/draft';
import type { DocJSON } from '../../../core/document/schema';
import { MAX_TEXT_CHARS } from '../../../core/document/draft-file';
import type { Result } from '../../../core/api/result';

const tempDirs: string[] = [];
after(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-unreadable-'));
  tempDirs.push(dir);
  return dir;
}

function value<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(`expected ok, got ${result.error.code}: ${result.error.message.en}`);
  return result.value;
}

function article(headline: string, text: string): DocJSON {
  return {
    type: 'doc',
    content: [
      { type: 'headline', content: [{ type: 'text', text: headline }] },
      { type: 'paragraph', content: [{ type: 'text', text }] },
    ],
  };
}

let seq = 0;
/** A draft written straight into the folder, as another program would. */
function writeDraft(dataDir: string, headline: string, text = 'দুপুরে বৃষ্টি হয়েছে।'): Draft {
  const time = new Date(Date.UTC(2026, 2, 1, 9, 0, seq++));
  const draft = newDraft(
    time,
    newDraftId(time.getTime(), () => ((seq * 7) % 36) / 36),
  );
  draft.doc = article(headline, text);
  mkdirSync(join(dataDir, 'drafts'), { recursive: true });
  writeFileSync(join(dataDir, 'drafts', `${draft.id}.json`), JSON.stringify(draft));
  return draft;
}

test('a folder named like a draft is set aside and reported; the other drafts still list and search', async () => {
  const dataDir = tempDir();
  const good = writeDraft(dataDir, 'ঢাকায় বৃষ্টি');
  const folder = join(dataDir, 'drafts', `${newDraftId(Date.UTC(2026, 2, 2))}.json`);
  mkdirSync(folder);
  const damaged: DamagedFile[] = [];
  const store = createDraftStore({ dataDir, onDamaged: (f) => damaged.push(f) });
  assert.deepEqual(
    value(await store.list()).map((d) => d.id),
    [good.id],
  );
  assert.deepEqual(value(await store.search('বৃষ্টি')), [good.id]);
  assert.equal(damaged.length, 1);
  assert.equal(damaged[0]!.from, folder);
  assert.match(damaged[0]!.reason, /EISDIR/);
  assert.ok(!existsSync(folder), 'moved out of the drafts folder');
  assert.ok(statSync(damaged[0]!.movedTo).isDirectory(), 'kept, under damaged/');
});

test('opening a folder named like a draft answers that it was set aside, not a disk error', async () => {
  const dataDir = tempDir();
  const id = newDraftId(Date.UTC(2026, 2, 3));
  mkdirSync(join(dataDir, 'drafts', `${id}.json`), { recursive: true });
  const opened = await createDraftStore({ dataDir }).open(id);
  assert.ok(!opened.ok);
  assert.equal(opened.error.code, 'corrupt');
  assert.equal(readdirSync(join(dataDir, 'damaged')).length, 1);
});

test('a draft holding one word of millions of letters lists, searches and saves like any other', async () => {
  const dataDir = tempDir();
  const store = createDraftStore({ dataDir });
  const other = writeDraft(dataDir, 'অন্য খবর');
  // The longest run of text a draft may hold; one letter more and the file is set aside, not listed.
  const huge = writeDraft(dataDir, 'দীর্ঘ শব্দ', 'ক'.repeat(MAX_TEXT_CHARS));
  const tooLong = writeDraft(dataDir, 'আরও দীর্ঘ', 'ক'.repeat(MAX_TEXT_CHARS + 1));
  const listed = value(await store.list());
  assert.deepEqual(listed.map((d) => d.id).sort(), [other.id, huge.id].sort());
  assert.equal(existsSync(join(dataDir, 'drafts', `${tooLong.id}.json`)), false, 'set aside as damaged');
  assert.equal(listed.find((d) => d.id === huge.id)!.wordCount, 3);
  assert.deepEqual(value(await store.search('অন্য')), [other.id]);
  const opened = value(await store.open(huge.id));
  const saved = await store.save(opened);
  assert.ok(saved.ok, saved.ok ? '' : saved.error.message.en);
  assert.equal(saved.value.wordCount, 3);
});

test('a file that cannot be opened for a moment (too many open files) is left where it is and listed next time', async () => {
  const dataDir = tempDir();
  const a = writeDraft(dataDir, 'প্রথম');
  const b = writeDraft(dataDir, 'দ্বিতীয়');
  let refuse = true;
  const fs: DraftFs = {
    ...nodeFs,
    readFile: (path, encoding) => {
      if (refuse && path.endsWith(`${b.id}.json`))
        return Promise.reject(Object.assign(new Error('EMFILE: too many open files'), { code: 'EMFILE' }));
      return nodeFs.readFile(path, encoding);
    },
  };
  const damaged: DamagedFile[] = [];
  const store = createDraftStore({ dataDir, fs, onDamaged: (f) => damaged.push(f), monotonicNow: () => (refuse ? 0 : 1e9) });
  assert.deepEqual(
    value(await store.list()).map((d) => d.id),
    [a.id],
  );
  assert.deepEqual(damaged, []);
  refuse = false;
  assert.deepEqual(
    value(await store.list())
      .map((d) => d.id)
      .sort(),
    [a.id, b.id].sort(),
  );
});

test('a draft a newer app wrote is refused in both languages and left in place, never set aside', async () => {
  const dataDir = tempDir();
  const good = writeDraft(dataDir, 'ঢাকায় বৃষ্টি');
  const newer = writeDraft(dataDir, 'ভবিষ্যতের খসড়া');
  const path = join(dataDir, 'drafts', `${newer.id}.json`);
  const text = JSON.stringify({ ...newer, format: 99, futureField: { kept: true } });
  writeFileSync(path, text);
  const damaged: DamagedFile[] = [];
  const store = createDraftStore({ dataDir, onDamaged: (f) => damaged.push(f) });
  const opened = await store.open(newer.id);
  assert.equal(opened.ok, false);
  if (!opened.ok) {
    assert.match(opened.error.message.bn, /নতুন সংস্করণে লেখা/);
    assert.match(opened.error.message.en, /newer version of the app/);
  }
  assert.deepEqual(
    value(await store.list()).map((d) => d.id),
    [good.id],
  );
  assert.deepEqual(damaged, []);
  assert.equal(readFileSync(path, 'utf8'), text, 'the newer file is untouched');
  assert.equal(existsSync(join(dataDir, 'damaged')), false);
});
