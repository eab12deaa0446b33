import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as nodeFs from 'node:fs/promises';
import { rmSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createDraftStore, type DamagedFile, type DraftFs } from '../../../electron/services/draft-store';
import { wordCountOf, type Draft } from '../../../core/document/draft';
import { schema, type DocJSON } from '../../../core/document/schema';
import type { Result } from '../../../core/api/result';
import { tempDir } from '../../helpers/temp-dir';

/** A clock that moves one second per call, so "newest first" is decided by the order of operations. */
function steppingClock(start = Date.UTC(2026, 0, 5, 9, 0, 0)): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}

function article(headline: string, ...paragraphs: string[]): DocJSON {
  return {
    type: 'doc',
    content: [
      { type: 'headline', content: headline ? [{ type: 'text', text: headline }] : undefined },
      // The schema wants at least one body block.
      ...(paragraphs.length ? paragraphs : ['']).map((p) => ({ type: 'paragraph', content: p ? [{ type: 'text', text: p }] : undefined })),
    ],
  };
}

function value<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(`expected ok, got ${result.error.code}: ${result.error.message.en} (${result.error.detail ?? ''})`);
  return result.value;
}

function errorCode<T>(result: Result<T>): string {
  assert.equal(result.ok, false, 'expected a failure');
  return result.ok ? '' : result.error.code;
}

/** Every file under a folder with its bytes: the "nothing was touched" check compares two of these. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        out[`${relative(dir, p)}/`] = '';
        walk(p);
      } else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

describe('DraftStore', () => {
  test('create writes an empty draft file named by its id, and it lists', async () => {
    const dataDir = tempDir();
    const store = createDraftStore({ dataDir, now: steppingClock() });
    const draft = value(await store.create());
    const onDisk = JSON.parse(readFileSync(join(dataDir, 'drafts', `${draft.id}.json`), 'utf8'));
    assert.deepEqual(onDisk, draft);
    assert.deepEqual(value(await store.list()), [
      { id: draft.id, headline: '', status: 'draft', updatedAt: draft.meta.updatedAt, wordCount: 0 },
    ]);
  });

  test('save sets headline, slug and updatedAt from the document; the file keeps its id as name', async () => {
    const dataDir = tempDir();
    const now = steppingClock();
    const store = createDraftStore({ dataDir, now });
    const created = value(await store.create());
    const doc = article('ঢাকায় টানা বৃষ্টি, জলাবদ্ধ সড়ক', 'সকাল থেকে রাজধানীতে বৃষ্টি হচ্ছে।', 'আবহাওয়া অফিস (Met Office) সতর্ক করেছে।');
    const summary = value(await store.save({ ...created, meta: { ...created.meta, headline: 'stale', slug: 'stale' }, doc }));

    assert.equal(summary.headline, 'ঢাকায় টানা বৃষ্টি, জলাবদ্ধ সড়ক');
    // 5 headline words + 5 + 6 (the gloss's two English words count).
    assert.equal(summary.wordCount, 16);
    assert.ok(summary.updatedAt > created.meta.updatedAt, 'updatedAt moves forward');
    assert.deepEqual(readdirSync(join(dataDir, 'drafts')), [`${created.id}.json`]);

    const reopened = value(await store.open(created.id));
    assert.equal(reopened.meta.headline, 'ঢাকায় টানা বৃষ্টি, জলাবদ্ধ সড়ক');
    assert.equal(reopened.meta.slug, 'ঢাকায়-টানা-বৃষ্টি-জলাবদ্ধ-সড়ক');
    assert.equal(reopened.meta.updatedAt, summary.updatedAt);
    assert.equal(reopened.meta.createdAt, created.meta.createdAt);
    assert.deepEqual(reopened.doc, doc);

    // Renamed by its headline: the list follows the next save.
    value(await store.save({ ...reopened, doc: article('বৃষ্টিতে ডুবল রাজধানী', 'সকাল থেকে বৃষ্টি।') }));
    assert.equal(value(await store.list())[0]?.headline, 'বৃষ্টিতে ডুবল রাজধানী');
    assert.deepEqual(readdirSync(join(dataDir, 'drafts')), [`${created.id}.json`]);
  });

  test('the word count of each save matches a full count, edit after edit', async () => {
    const store = createDraftStore({ dataDir: tempDir(), now: steppingClock() });
    const a = value(await store.create());
    const b = value(await store.create());
    const edits: [Draft, DocJSON][] = [
      [a, article('প্রথম শিরোনাম', 'এক দুই তিন।', 'চার পাঁচ।')],
      [a, article('প্রথম শিরোনাম', 'এক দুই তিন চার।', 'চার পাঁচ।')],
      [a, article('প্রথম শিরোনাম', 'এক দুই তিন চার।', 'এক দুই তিন চার।', 'চার পাঁচ।')],
      [b, article('অন্য খসড়া', 'চার পাঁচ।')],
      [a, article('প্রথম শিরোনাম', 'চার পাঁচ।')],
      [a, article('', '')],
    ];
    for (const [draft, doc] of edits) {
      const summary = value(await store.save({ ...draft, doc }));
      assert.equal(summary.wordCount, wordCountOf(schema.nodeFromJSON(doc)), JSON.stringify(doc));
      assert.equal(value(await store.list()).find((s) => s.id === draft.id)?.wordCount, summary.wordCount);
    }
  });

  test('two saves of one draft land in the order they were asked for, even if the first is slower', async () => {
    const dataDir = tempDir();
    let slowNext = false;
    const fs: DraftFs = {
      ...nodeFs,
      rename: async (from, to) => {
        if (slowNext) {
          slowNext = false;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return nodeFs.rename(from, to);
      },
    };
    const store = createDraftStore({ dataDir, now: steppingClock(), fs });
    const draft = value(await store.create());
    slowNext = true;
    const first = store.save({ ...draft, doc: article('পুরোনো লেখা') });
    const second = store.save({ ...draft, doc: article('নতুন লেখা') });
    value(await first);
    value(await second);
    assert.equal(value(await store.open(draft.id)).meta.headline, 'নতুন লেখা');
  });

  test('list is newest first by updated time', async () => {
    const store = createDraftStore({ dataDir: tempDir(), now: steppingClock() });
    const a = value(await store.create());
    const b = value(await store.create());
    const c = value(await store.create());
    assert.deepEqual(
      value(await store.list()).map((s) => s.id),
      [c.id, b.id, a.id],
    );
    value(await store.save({ ...a, doc: article('প্রথম খসড়া আবার লেখা হলো') }));
    assert.deepEqual(
      value(await store.list()).map((s) => s.id),
      [a.id, c.id, b.id],
    );
  });

  test('delete moves a draft to the trash with its deleted time; restore puts it back unchanged', async () => {
    const dataDir = tempDir();
    const store = createDraftStore({ dataDir, now: steppingClock() });
    const kept = value(await store.create());
    const created = value(await store.create());
    value(await store.save({ ...created, doc: article('বাজেট অধিবেশন শুরু', 'সংসদে আজ বাজেট পেশ হবে।') }));
    const saved = value(await store.open(created.id));

    const trashed = value(await store.remove(created.id));
    assert.equal(trashed.id, created.id);
    assert.equal(trashed.headline, 'বাজেট অধিবেশন শুরু');
    assert.ok(trashed.deletedAt > saved.meta.updatedAt);
    assert.deepEqual(
      value(await store.list()).map((s) => s.id),
      [kept.id],
    );
    assert.deepEqual(value(await store.listTrash()), [trashed]);
    assert.equal(errorCode(await store.open(created.id)), 'not-found');
    assert.equal(existsSync(join(dataDir, 'drafts', `${created.id}.json`)), false);

    const restored = value(await store.restore(created.id));
    assert.equal(restored.headline, 'বাজেট অধিবেশন শুরু');
    assert.deepEqual(value(await store.open(created.id)), saved);
    assert.deepEqual(value(await store.listTrash()), []);
    assert.deepEqual(readdirSync(join(dataDir, 'trash')), []);
    assert.equal(errorCode(await store.restore(created.id)), 'not-found');
  });

  test('trash lists newest deletion first', async () => {
    const store = createDraftStore({ dataDir: tempDir(), now: steppingClock() });
    const a = value(await store.create());
    const b = value(await store.create());
    value(await store.remove(b.id));
    value(await store.remove(a.id));
    assert.deepEqual(
      value(await store.listTrash()).map((t) => t.id),
      [a.id, b.id],
    );
  });

  test('a draft deleted meanwhile is not brought back by a late save', async () => {
    const dataDir = tempDir();
    const store = createDraftStore({ dataDir, now: steppingClock() });
    const draft = value(await store.create());
    value(await store.remove(draft.id));
    const before = snapshot(dataDir);
    assert.equal(errorCode(await store.save({ ...draft, doc: article('দেরিতে আসা সংরক্ষণ') })), 'not-found');
    assert.deepEqual(snapshot(dataDir), before);
  });

  test('restore refuses to overwrite a draft of the same id already in the list', async () => {
    const dataDir = tempDir();
    const store = createDraftStore({ dataDir, now: steppingClock() });
    const draft = value(await store.create());
    value(await store.remove(draft.id));
    // As after a crash between writing the trash entry and removing the original.
    writeFileSync(join(dataDir, 'drafts', `${draft.id}.json`), JSON.stringify(draft));
    const before = snapshot(dataDir);
    assert.equal(errorCode(await store.restore(draft.id)), 'conflict');
    assert.deepEqual(snapshot(dataDir), before);
  });

  test('a save of a malformed draft is refused and the file on disk is untouched', async () => {
    const dataDir = tempDir();
    const store = createDraftStore({ dataDir, now: steppingClock() });
    const draft = value(await store.create());
    const before = snapshot(dataDir);
    // A paragraph before the headline breaks the schema's content expression.
    const badDoc = { type: 'doc', content: [{ type: 'paragraph' }, { type: 'headline' }] };
    assert.equal(errorCode(await store.save({ ...draft, doc: badDoc })), 'invalid-argument');
    assert.equal(
      errorCode(await store.save({ ...draft, meta: { ...draft.meta, status: 'published' } } as unknown as Draft)),
      'invalid-argument',
    );
    assert.deepEqual(snapshot(dataDir), before);
  });

  test('writes are atomic: no temp files remain, and a failed rename leaves the old file whole', async () => {
    const dataDir = tempDir();
    let failRename = false;
    const fs: DraftFs = {
      ...nodeFs,
      rename: async (from, to) => {
        if (failRename) throw errno('EIO');
        return nodeFs.rename(from, to);
      },
    };
    const store = createDraftStore({ dataDir, now: steppingClock(), fs });
    const draft = value(await store.create());
    for (let i = 0; i < 20; i++) value(await store.save({ ...draft, doc: article(`শিরোনাম ${i}`, 'অনুচ্ছেদ '.repeat(i + 1)) }));
    assert.deepEqual(readdirSync(join(dataDir, 'drafts')), [`${draft.id}.json`]);

    const before = snapshot(dataDir);
    failRename = true;
    const failed = await store.save({ ...draft, doc: article('এই লেখা ডিস্কে পৌঁছায়নি') });
    assert.equal(errorCode(failed), 'io');
    assert.deepEqual(snapshot(dataDir), before, 'the previous version is intact and the temp file is gone');
  });

  test('a write that fails part-way leaves the previous version and no temp file', async () => {
    const dataDir = tempDir();
    let full = false;
    const fs: DraftFs = {
      ...nodeFs,
      open: (async (path: string, flags?: string) => {
        const handle = await nodeFs.open(path, flags);
        if (!full || flags !== 'wx') return handle;
        // Writes half the data, then reports a full disk, like a real ENOSPC mid-write.
        return Object.assign(Object.create(handle), {
          writeFile: async (data: string) => {
            await handle.write(data.slice(0, data.length / 2));
            throw errno('ENOSPC');
          },
          close: () => handle.close(),
        });
      }) as DraftFs['open'],
    };
    const store = createDraftStore({ dataDir, now: steppingClock(), fs });
    const draft = value(await store.create());
    value(await store.save({ ...draft, doc: article('আগের সংস্করণ', 'এটি ডিস্কে আছে।') }));
    const before = snapshot(dataDir);
    full = true;
    const result = await store.save({ ...draft, doc: article('নতুন সংস্করণ', 'এটি লেখা শেষ হয়নি।') });
    assert.equal(errorCode(result), 'disk-full');
    assert.ok(!result.ok && result.error.message.bn.startsWith('খসড়া সংরক্ষণ করা যায়নি'));
    assert.deepEqual(snapshot(dataDir), before);
  });

  test('damaged files are moved aside and reported; the other drafts still list', async () => {
    const dataDir = tempDir();
    const damaged: DamagedFile[] = [];
    const store = createDraftStore({ dataDir, now: steppingClock(), onDamaged: (f) => damaged.push(f) });
    const good = value(await store.create());
    const truncated = 'd-truncated01';
    const badShape = 'd-badshape001';
    const wrongId = 'd-wrongid0001';
    const truncatedText = JSON.stringify(good).slice(0, 40);
    const badShapeText = JSON.stringify({ ...good, id: badShape, doc: { type: 'doc', content: [{ type: 'no_such_node' }] } });
    const wrongIdText = JSON.stringify(good);
    writeFileSync(join(dataDir, 'drafts', `${truncated}.json`), truncatedText);
    writeFileSync(join(dataDir, 'drafts', `${badShape}.json`), badShapeText);
    writeFileSync(join(dataDir, 'drafts', `${wrongId}.json`), wrongIdText);

    assert.deepEqual(
      value(await store.list()).map((s) => s.id),
      [good.id],
    );
    assert.deepEqual(readdirSync(join(dataDir, 'drafts')), [`${good.id}.json`]);
    const aside = readdirSync(join(dataDir, 'damaged')).sort();
    assert.equal(aside.length, 3);
    const contents = aside.map((name) => readFileSync(join(dataDir, 'damaged', name), 'utf8')).sort();
    assert.deepEqual(contents, [truncatedText, badShapeText, wrongIdText].sort(), 'moved byte for byte, never rewritten');
    assert.deepEqual(damaged.map((d) => relative(dataDir, d.from)).sort(), [
      `drafts/${badShape}.json`,
      `drafts/${truncated}.json`,
      `drafts/${wrongId}.json`,
    ]);
    assert.ok(damaged.every((d) => d.movedTo.startsWith(join(dataDir, 'damaged'))));
    assert.match(damaged.find((d) => d.from.includes(truncated))!.reason, /JSON/);
  });

  test('opening a damaged draft reports "corrupt" in both languages and keeps the bytes', async () => {
    const dataDir = tempDir();
    const store = createDraftStore({ dataDir, now: steppingClock() });
    value(await store.create());
    const id = 'd-damaged0001';
    writeFileSync(join(dataDir, 'drafts', `${id}.json`), '{"format": 1, "id": "d-damaged0001", "meta": ');
    const result = await store.open(id);
    assert.equal(errorCode(result), 'corrupt');
    assert.ok(!result.ok);
    assert.match(result.error.message.bn, /নষ্ট/);
    assert.match(result.error.message.en, /damaged/);
    assert.equal(existsSync(join(dataDir, 'drafts', `${id}.json`)), false);
    const [aside] = readdirSync(join(dataDir, 'damaged'));
    assert.ok(aside);
    assert.equal(readFileSync(join(dataDir, 'damaged', aside), 'utf8'), '{"format": 1, "id": "d-damaged0001", "meta": ');
    // Opening it again finds nothing: it is not "repaired" into an empty draft.
    assert.equal(errorCode(await store.open(id)), 'not-found');
  });

  test('ids that are not ours are refused and touch no file', async () => {
    const root = tempDir();
    const dataDir = join(root, 'data');
    mkdirSync(dataDir);
    // What a forged id would reach if it were joined onto a path.
    writeFileSync(join(root, 'x.json'), 'outside');
    mkdirSync(join(root, 'etc'));
    writeFileSync(join(root, 'etc', 'passwd.json'), 'outside');
    const store = createDraftStore({ dataDir, now: steppingClock() });
    const draft = value(await store.create());
    value(await store.remove(value(await store.create()).id));

    const forged: unknown[] = [
      '../x',
      'a/b',
      '..',
      'd-../../etc',
      'd-abcdef/../../x',
      '..\\x',
      'd-abcdef\\..\\x',
      '',
      'D-ABCDEFGH',
      `${draft.id}.json`,
      ' d-abcdefgh',
      'd-abcdefgh\u0000',
      42,
      null,
      undefined,
      { id: draft.id },
    ];
    const before = snapshot(root);
    for (const id of forged) {
      const label = JSON.stringify(id) ?? String(id);
      assert.equal(errorCode(await store.open(id as string)), 'invalid-id', `open ${label}`);
      assert.equal(errorCode(await store.remove(id as string)), 'invalid-id', `delete ${label}`);
      assert.equal(errorCode(await store.restore(id as string)), 'invalid-id', `restore ${label}`);
      assert.equal(errorCode(await store.save({ ...draft, id: id as string })), 'invalid-id', `save ${label}`);
    }
    // Well-formed but unknown: not found, and equally harmless.
    const unknown = 'd-zzzzzzzzzz';
    assert.equal(errorCode(await store.open(unknown)), 'not-found');
    assert.equal(errorCode(await store.remove(unknown)), 'not-found');
    assert.equal(errorCode(await store.restore(unknown)), 'not-found');
    assert.equal(errorCode(await store.save({ ...draft, id: unknown })), 'not-found');
    assert.deepEqual(snapshot(root), before);
  });

  test('a forged id on a store that has never written anything creates no folder', async () => {
    const dataDir = tempDir();
    const store = createDraftStore({ dataDir, now: steppingClock() });
    assert.equal(errorCode(await store.open('../x')), 'invalid-id');
    assert.equal(errorCode(await store.remove('a/b')), 'invalid-id');
    assert.deepEqual(readdirSync(dataDir), []);
  });

  // Tests run as root, and root writes through a read-only mode bit, so chmod cannot produce EACCES
  // here. The store's file-system calls are injected instead, failing the way a read-only folder does.
  for (const [code, expected] of [
    ['EACCES', 'read-only'],
    ['EPERM', 'read-only'],
    ['EROFS', 'read-only'],
    ['ENOSPC', 'disk-full'],
    ['EIO', 'io'],
  ] as const) {
    test(`a write failing with ${code} is reported as '${expected}' and the old version stays`, async () => {
      const dataDir = tempDir();
      let failing = false;
      const fs: DraftFs = {
        ...nodeFs,
        open: (async (path: string, flags?: string) => {
          if (failing && flags === 'wx') throw errno(code);
          return nodeFs.open(path, flags);
        }) as DraftFs['open'],
      };
      const store = createDraftStore({ dataDir, now: steppingClock(), fs });
      const draft = value(await store.create());
      const before = snapshot(dataDir);
      failing = true;
      const result = await store.save({ ...draft, doc: article('সংরক্ষণের চেষ্টা') });
      assert.equal(errorCode(result), expected);
      assert.ok(!result.ok && result.error.detail?.includes(code));
      if (expected === 'read-only') {
        assert.ok(!result.ok && result.error.message.bn === 'খসড়া সংরক্ষণ করা যায়নি: ফোল্ডারে লেখার অনুমতি নেই।');
        assert.ok(!result.ok && result.error.message.en === 'The draft could not be saved: the folder is not writable.');
      }
      assert.equal(errorCode(await store.create()), expected);
      assert.deepEqual(snapshot(dataDir), before);
    });
  }

  test('a fault in the app while saving is reported as unexpected with its details, a full disk as the disk', async () => {
    const dataDir = tempDir();
    let thrown: unknown = null;
    const fs: DraftFs = {
      ...nodeFs,
      open: (async (path: string, flags?: string) => {
        if (thrown && flags === 'wx') throw thrown;
        return nodeFs.open(path, flags);
      }) as DraftFs['open'],
    };
    const store = createDraftStore({ dataDir, now: steppingClock(), fs });
    const draft = value(await store.create());
    const save = () => store.save({ ...draft, doc: article('সংরক্ষণের চেষ্টা') });
    thrown = new TypeError("Cannot read properties of undefined (reading 'sync')");
    const fault = await save();
    assert.ok(!fault.ok);
    assert.equal(
      fault.error.message.en,
      'The draft could not be saved: an unexpected error occurred; the disk is not at fault. Please pass the details on to support.',
    );
    assert.match(fault.error.message.bn, /^খসড়া সংরক্ষণ করা যায়নি: অপ্রত্যাশিত একটি ত্রুটি হয়েছে/);
    assert.match(fault.error.detail ?? '', /^TypeError: Cannot read properties of undefined/);
    thrown = new RangeError('Maximum call stack size exceeded');
    const overflow = await save();
    assert.ok(!overflow.ok && /unexpected error/.test(overflow.error.message.en) && /^RangeError/.test(overflow.error.detail ?? ''));
    thrown = errno('ENOSPC');
    const full = await save();
    assert.ok(!full.ok);
    assert.equal(full.error.code, 'disk-full');
    assert.equal(full.error.message.en, 'The draft could not be saved: the disk is full.');
    thrown = null;
    value(await save());
  });

  test('a data folder that cannot exist (a path under a regular file) fails as a value, not a throw', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'file'), 'not a folder');
    const store = createDraftStore({ dataDir: join(root, 'file', 'data'), now: steppingClock() });
    // ENOTDIR from the real file system: not one of the named cases, so 'io'.
    assert.equal(errorCode(await store.create()), 'io');
    assert.equal(errorCode(await store.list()), 'io');
    assert.equal(errorCode(await store.open('d-abcdefgh')), 'io');
    assert.equal(readFileSync(join(root, 'file'), 'utf8'), 'not a folder');
  });

  test('an empty data folder lists no drafts and no trash', async () => {
    const store = createDraftStore({ dataDir: tempDir() });
    assert.deepEqual(value(await store.list()), []);
    assert.deepEqual(value(await store.listTrash()), []);
  });
});

describe('DraftStore list index', () => {
  /** The node fs with readFile counted per draft file, to see which drafts a list had to parse. */
  function countingFs(): { fs: DraftFs; reads: string[] } {
    const reads: string[] = [];
    const fs: DraftFs = {
      ...nodeFs,
      readFile: (path, encoding) => {
        if (path.includes(`${join('drafts', 'd-')}`)) reads.push(path);
        return nodeFs.readFile(path, encoding);
      },
    };
    return { fs, reads };
  }

  test('a second list parses no unchanged draft, and a fresh store reuses the index on disk', async () => {
    const dataDir = tempDir();
    const seed = createDraftStore({ dataDir, now: steppingClock() });
    const a = value(await seed.create());
    const b = value(await seed.create());
    const { fs, reads } = countingFs();
    const store = createDraftStore({ dataDir, now: steppingClock(), fs });
    assert.deepEqual(
      value(await store.list())
        .map((d) => d.id)
        .sort(),
      [a.id, b.id].sort(),
    );
    assert.equal(reads.length, 2, 'the first list reads every draft');
    reads.length = 0;
    assert.equal(value(await store.list()).length, 2);
    assert.deepEqual(reads, [], 'nothing changed, nothing read');
    const restarted = countingFs();
    assert.equal(value(await createDraftStore({ dataDir, now: steppingClock(), fs: restarted.fs }).list()).length, 2);
    assert.deepEqual(restarted.reads, [], 'the index on disk serves a fresh store');
  });

  test('a draft changed behind the store is read again; a deleted one leaves the list', async () => {
    const dataDir = tempDir();
    const { fs, reads } = countingFs();
    // Every list a full scan, as when the last one is older than FULL_SCAN_MAX_AGE_MS (see drafts-list.test.ts).
    let clock = 0;
    const store = createDraftStore({ dataDir, now: steppingClock(), fs, monotonicNow: () => (clock += 60_000) });
    const a = value(await store.create());
    const b = value(await store.create());
    value(await store.list());
    reads.length = 0;
    // Another copy of the app (or a sync tool) rewrites the file: new size, new time.
    const edited = { ...a, doc: docWith('বাইরে থেকে বদলানো শিরোনাম') };
    writeFileSync(join(dataDir, 'drafts', `${a.id}.json`), JSON.stringify(edited));
    const listed = value(await store.list());
    assert.deepEqual(
      reads.map((p) => p.endsWith(`${a.id}.json`)),
      [true],
      'only the changed draft is read',
    );
    assert.equal(listed.find((d) => d.id === a.id)?.headline, 'বাইরে থেকে বদলানো শিরোনাম');
    rmSync(join(dataDir, 'drafts', `${b.id}.json`));
    assert.deepEqual(
      value(await store.list()).map((d) => d.id),
      [a.id],
    );
  });

  test('an unreadable index is ignored and rebuilt', async () => {
    const dataDir = tempDir();
    const seed = createDraftStore({ dataDir, now: steppingClock() });
    const a = value(await seed.create());
    writeFileSync(join(dataDir, 'drafts-index.jsonl'), '{ not json');
    assert.deepEqual(
      value(await createDraftStore({ dataDir, now: steppingClock() }).list()).map((d) => d.id),
      [a.id],
    );
    assert.match(
      readFileSync(join(dataDir, 'drafts-index.jsonl'), 'utf8'),
      /^\{"format":"newsroom-drafts-index","version":2\}\n\{"id":"d-/,
    );
  });
});

function docWith(headline: string): DocJSON {
  return { type: 'doc', content: [{ type: 'headline', content: [{ type: 'text', text: headline }] }, { type: 'paragraph' }] };
}
