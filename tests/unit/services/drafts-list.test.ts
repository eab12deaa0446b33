import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as nodeFs from 'node:fs/promises';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDraftStore, type DraftFs } from '../../../electron/services/draft-store';
import {
  FULL_SCAN_MAX_AGE_MS,
  SEARCH_TEXT_MAX,
  foldForSearch,
  attachTexts,
  parseSummaries,
  queryWords,
  searchTextOf,
  serializeSummaries,
  serializeTexts,
  type DraftsIndex,
} from '../../../electron/services/drafts-index';
import { filterDrafts } from '../../../renderer/components/drafts-filter';
import { isSameFileUrl, MAX_SEARCH_QUERY, registerNewsroomHandlers, type IpcMainLike } from '../../../electron/ipc';
import { createNewsroomService, memorySettingsStore } from '../../../electron/services/newsroom-service';
import { invokeChannel } from '../../../core/api/newsroom-api';
import { pathToFileURL } from 'node:url';
import { newDraft, newDraftId, type Draft, type DraftStatus } from '../../../core/document/draft';
import { schema, type DocJSON } from '../../../core/document/schema';
import type { DraftSummary } from '../../../core/api/newsroom-api';
import type { Result } from '../../../core/api/result';
import { tempDir } from '../../helpers/temp-dir';

function value<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(`expected ok, got ${result.error.code}: ${result.error.message.en}`);
  return result.value;
}

/** A headline and paragraphs; one empty paragraph when none are given, as the schema wants a body. */
function article(headline: string, ...paragraphs: string[]): DocJSON {
  return {
    type: 'doc',
    content: [
      { type: 'headline', content: headline ? [{ type: 'text', text: headline }] : [] },
      ...(paragraphs.length > 0
        ? paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }))
        : [{ type: 'paragraph' }]),
    ],
  };
}

let seq = 0;
/** A draft written straight into the folder, as another program would. */
function writeDraft(dataDir: string, doc: DocJSON, status: DraftStatus = 'draft'): Draft {
  const time = new Date(Date.UTC(2026, 2, 1, 9, 0, seq++));
  const draft = newDraft(
    time,
    newDraftId(time.getTime(), () => (seq % 97) / 97),
  );
  draft.meta.status = status;
  draft.doc = doc;
  mkdirSync(join(dataDir, 'drafts'), { recursive: true });
  writeFileSync(join(dataDir, 'drafts', `${draft.id}.json`), JSON.stringify(draft));
  return draft;
}

/** The node fs with every draft file read recorded, to see which drafts a scan parsed. */
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

/** A store whose monotonic clock the test moves. */
function storeWithClock(dataDir: string, fs?: DraftFs) {
  const clock = { now: 0 };
  const store = createDraftStore({ dataDir, fs, monotonicNow: () => clock.now });
  return { store, clock };
}

const headlinesOf = (list: DraftSummary[]) => list.map((d) => d.headline).sort();

describe('search text and queries', () => {
  test('Bengali spellings that differ only in encoding fold alike; Latin case folds; white space is one space', () => {
    const precomposed = 'ম\u09DFমনসিংহে ব\u09DC বন্যা';
    const decomposed = 'ম\u09AF\u09BCমনসিংহে ব\u09A1\u09BC বন্যা';
    assert.notEqual(precomposed, decomposed);
    assert.equal(foldForSearch(precomposed), foldForSearch(decomposed));
    // ZWNJ after a virama and a ZWJ in র‍্য do not stop a match.
    assert.equal(foldForSearch('র\u200D্যাব'), foldForSearch('র্যাব'));
    assert.equal(foldForSearch('ক্\u200Cষ'), foldForSearch('ক্ষ'));
    // ে + া typed as two signs is ো.
    assert.equal(foldForSearch('মে\u09BEদি'), foldForSearch('মোদি'));
    assert.equal(foldForSearch('Volodymyr  ZELENSKY\n(Kyiv)'), 'volodymyr zelensky (kyiv)');
    assert.deepEqual(queryWords('  জেলেনস্কি\tZelensky  '), ['জেলেনস্কি', 'zelensky']);
    assert.deepEqual(queryWords('   '), []);
  });

  test('the search text is the headline then each block, and stops at SEARCH_TEXT_MAX', () => {
    const doc = schema.nodeFromJSON(article('শিরোনাম', 'প্রথম অনুচ্ছেদ।', 'দ্বিতীয়  অনুচ্ছেদ।'));
    assert.equal(searchTextOf(doc), foldForSearch('শিরোনাম প্রথম অনুচ্ছেদ। দ্বিতীয় অনুচ্ছেদ।'));
    const long = schema.nodeFromJSON(article('দীর্ঘ', ...Array.from({ length: 400 }, (_, i) => `অনুচ্ছেদ ${i} এর লেখা।`)));
    const text = searchTextOf(long);
    assert.equal(text.length, SEARCH_TEXT_MAX);
    assert.ok(text.startsWith('দীর্ঘ অনুচ্ছেদ 0 এর লেখা।'));
  });

  test('the index reads back what was written, texts only for the same version of a file; a line that does not read costs only that draft', () => {
    const summary = (id: string): DraftSummary => ({
      id,
      headline: 'শিরোনাম\tট্যাবসহ',
      status: 'review',
      updatedAt: '2026-03-01T09:00:00.000Z',
      wordCount: 3,
    });
    const index: DraftsIndex = new Map([
      ['d-aaaaaaaa', { mtimeMs: 1.5, ctimeMs: 2.5, size: 10, summary: summary('d-aaaaaaaa'), text: 'শিরোনাম ট্যাবসহ' }],
      ['d-bbbbbbbb', { mtimeMs: 3, ctimeMs: 4, size: 20, summary: summary('d-bbbbbbbb'), text: '' }],
      ['d-cccccccc', { mtimeMs: 5, ctimeMs: 6, size: 30, summary: summary('d-cccccccc'), text: 'বদলে যাবে' }],
    ]);
    const summaries = serializeSummaries(index);
    const texts = serializeTexts(index);
    const read = parseSummaries(summaries);
    assert.deepEqual(
      [...read.values()].map((e) => e.text),
      [null, null, null],
      'texts are a file of their own',
    );
    // The file of d-cccccccc changed since its text was stored.
    read.get('d-cccccccc')!.size = 31;
    attachTexts(read, texts);
    assert.deepEqual(read.get('d-aaaaaaaa'), index.get('d-aaaaaaaa'));
    assert.deepEqual(read.get('d-bbbbbbbb'), index.get('d-bbbbbbbb'));
    assert.equal(read.get('d-cccccccc')!.text, null);

    const lines = summaries.split('\n');
    const [, firstEntry] = lines;
    assert.ok(firstEntry);
    lines[1] = firstEntry.slice(0, 20);
    assert.deepEqual([...parseSummaries(lines.join('\n')).keys()], ['d-bbbbbbbb', 'd-cccccccc']);
    assert.equal(parseSummaries('{"format":1,"entries":{}}').size, 0);
    assert.equal(parseSummaries('').size, 0);
  });
});

describe('DraftStore search', () => {
  test('finds drafts by headline or text, every word anywhere, across encodings and case; an empty query finds all', async () => {
    const dataDir = tempDir();
    // ময়মনসিংহ with য় as য + nukta in the draft.
    const flood = writeDraft(dataDir, article('ম\u09AF\u09BCমনসিংহে বন্যা', 'নদীর পানি বাড়ছে।'), 'review');
    const visit = writeDraft(dataDir, article('কিয়েভ সফর', 'জেলেনস্কির সঙ্গে বৈঠক (Volodymyr Zelensky)।'));
    const untitled = writeDraft(dataDir, article('', 'শিরোনাম ছাড়া লেখা, ময়মনসিংহ থেকে।'));
    const store = createDraftStore({ dataDir });
    // Typed with য় as one code point.
    assert.deepEqual(value(await store.search('ম\u09DFমনসিংহ')).sort(), [flood.id, untitled.id].sort());
    assert.deepEqual(value(await store.search('ময়মনসিংহে বন্যা')), [flood.id]);
    assert.deepEqual(value(await store.search('বন্যা ময়মনসিংহ')), [flood.id], 'words in any order');
    assert.deepEqual(value(await store.search('ZELENSKY')), [visit.id]);
    assert.deepEqual(value(await store.search('জেলেনস্কি')), [visit.id], 'a name finds its inflected form');
    assert.deepEqual(value(await store.search('বন্যা zelensky')), []);
    assert.deepEqual(value(await store.search('')).length, 3);
  });

  test('a search sees a draft changed, added or deleted behind the store, and results come newest first', async () => {
    const dataDir = tempDir();
    const { store, clock } = storeWithClock(dataDir);
    const older = writeDraft(dataDir, article('পুরোনো খবর', 'বাজেট ঘোষণা।'));
    const newer = writeDraft(dataDir, article('নতুন খবর', 'বাজেট নিয়ে প্রতিক্রিয়া।'));
    assert.deepEqual(value(await store.search('বাজেট')), [newer.id, older.id]);
    // Another program replaces a file atomically (temp file, rename), as this app and sync tools do.
    const temp = join(dataDir, 'drafts', '.incoming.tmp');
    writeFileSync(temp, JSON.stringify({ ...older, doc: article('পুরোনো খবর', 'বন্যার খবর।') }));
    renameSync(temp, join(dataDir, 'drafts', `${older.id}.json`));
    assert.deepEqual(value(await store.search('বাজেট')), [newer.id]);
    const added = writeDraft(dataDir, article('আরও খবর', 'বাজেট বিতর্ক।'));
    rmSync(join(dataDir, 'drafts', `${newer.id}.json`));
    assert.deepEqual(value(await store.search('বাজেট')), [added.id]);
    clock.now += 1;
    assert.deepEqual(value(await store.search('বন্যার')), [older.id]);
  });
});

describe('DraftStore list: what a change behind the store costs and when it is seen', () => {
  test('created, deleted and atomically replaced files are seen by the very next list', async () => {
    const dataDir = tempDir();
    const { fs, reads } = countingFs();
    const { store } = storeWithClock(dataDir, fs);
    const a = writeDraft(dataDir, article('প্রথম'));
    const b = writeDraft(dataDir, article('দ্বিতীয়'));
    assert.deepEqual(headlinesOf(value(await store.list())), ['দ্বিতীয়', 'প্রথম']);
    reads.length = 0;
    assert.equal(value(await store.list()).length, 2);
    assert.equal(reads.length, 0, 'folder unchanged: nothing read');

    const temp = join(dataDir, 'drafts', '.sync.tmp');
    writeFileSync(temp, JSON.stringify({ ...a, doc: article('প্রথম, বদলানো') }));
    renameSync(temp, join(dataDir, 'drafts', `${a.id}.json`));
    assert.deepEqual(headlinesOf(value(await store.list())), ['দ্বিতীয়', 'প্রথম, বদলানো']);
    assert.deepEqual(
      reads.map((p) => p.endsWith(`${a.id}.json`)),
      [true],
      'only the replaced draft is read',
    );

    rmSync(join(dataDir, 'drafts', `${b.id}.json`));
    assert.deepEqual(headlinesOf(value(await store.list())), ['প্রথম, বদলানো']);
    writeDraft(dataDir, article('তৃতীয়'));
    assert.deepEqual(headlinesOf(value(await store.list())), ['তৃতীয়', 'প্রথম, বদলানো']);
  });

  test(`a file rewritten in place is seen once the last full scan is ${FULL_SCAN_MAX_AGE_MS} ms old, even with its old time and size put back`, async () => {
    const dataDir = tempDir();
    const { store, clock } = storeWithClock(dataDir);
    const a = writeDraft(dataDir, article('আগের শিরোনাম'));
    const path = join(dataDir, 'drafts', `${a.id}.json`);
    const oldTime = 1_767_000_000; // whole seconds, so putting it back is exact
    utimesSync(path, oldTime, oldTime);
    writeDraft(dataDir, article('অন্য খসড়া'));
    assert.deepEqual(headlinesOf(value(await store.list())), ['অন্য খসড়া', 'আগের শিরোনাম']);

    // Rewritten in place (no rename, so the folder's own stamp stays), the same length, the old mtime restored.
    const before = statSync(path);
    const rewritten = readFileSync(path, 'utf8').replace('আগের শিরোনাম', 'পরের শিরোনাম');
    assert.equal(Buffer.byteLength(rewritten), before.size);
    writeFileSync(path, rewritten);
    utimesSync(path, oldTime, oldTime);
    assert.equal(statSync(path).mtimeMs, before.mtimeMs);
    assert.equal(statSync(path).size, before.size);

    clock.now += FULL_SCAN_MAX_AGE_MS - 1;
    assert.deepEqual(headlinesOf(value(await store.list())), ['অন্য খসড়া', 'আগের শিরোনাম'], 'within the window the last full scan stands');
    clock.now += 1;
    assert.deepEqual(headlinesOf(value(await store.list())), ['অন্য খসড়া', 'পরের শিরোনাম'], 'its change time gives it away');
  });

  test('a restarted store lists and searches from the index on disk without reading any draft', async () => {
    const dataDir = tempDir();
    const flood = writeDraft(dataDir, article('বন্যা', 'ত্রাণ পৌঁছেছে।'));
    writeDraft(dataDir, article('নির্বাচন'));
    value(await createDraftStore({ dataDir }).list());
    const { fs, reads } = countingFs();
    const restarted = createDraftStore({ dataDir, fs });
    assert.equal(value(await restarted.list()).length, 2);
    assert.deepEqual(value(await restarted.search('ত্রাণ')), [flood.id]);
    assert.deepEqual(reads, []);
  });

  test('without its search texts on disk, a restarted store lists from the index and reads the drafts at the first search', async () => {
    const dataDir = tempDir();
    const flood = writeDraft(dataDir, article('বন্যা', 'ত্রাণ পৌঁছেছে।'));
    writeDraft(dataDir, article('নির্বাচন'));
    value(await createDraftStore({ dataDir }).list());
    rmSync(join(dataDir, 'drafts-search.txt'));
    const { fs, reads } = countingFs();
    const restarted = createDraftStore({ dataDir, fs });
    assert.equal(value(await restarted.list()).length, 2);
    assert.equal(reads.length, 0);
    assert.deepEqual(value(await restarted.search('ত্রাণ')), [flood.id]);
    assert.equal(reads.length, 2);
    const again = countingFs();
    assert.deepEqual(value(await createDraftStore({ dataDir, fs: again.fs }).search('ত্রাণ')), [flood.id]);
    assert.equal(again.reads.length, 0, 'the texts were stored again');
  });

  test('a list asked for while another scans the folder gets a scan of its own that starts after it was asked', async () => {
    const dataDir = tempDir();
    let readdirCalled!: () => void;
    const firstReaddir = new Promise<void>((resolve) => (readdirCalled = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let held = false;
    const fs: DraftFs = {
      ...nodeFs,
      // The first folder read takes its listing at once, then waits: a scan caught halfway.
      readdir: async (path) => {
        const names = await nodeFs.readdir(path);
        if (!held) {
          held = true;
          readdirCalled();
          await gate;
        }
        return names;
      },
    };
    const { store } = storeWithClock(dataDir, fs);
    writeDraft(dataDir, article('প্রথম'));
    const first = store.list();
    await firstReaddir;
    writeDraft(dataDir, article('দ্বিতীয়'));
    const second = store.list();
    release();
    assert.deepEqual(headlinesOf(value(await first)), ['প্রথম']);
    assert.deepEqual(headlinesOf(value(await second)), ['দ্বিতীয়', 'প্রথম']);
  });
});

describe('searchDrafts over IPC', () => {
  test('a query reaches the store; anything but one string of at most MAX_SEARCH_QUERY characters is refused', async () => {
    const dataDir = tempDir();
    const flood = writeDraft(dataDir, article('বন্যা', 'ত্রাণ পৌঁছেছে।'));
    const handlers = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
    const appUrl = pathToFileURL('/opt/newsroom/dist/renderer/index.html').href;
    registerNewsroomHandlers(
      { handle: (channel, listener) => void handlers.set(channel, listener) },
      createNewsroomService({ dataDir, settings: memorySettingsStore() }),
      isSameFileUrl(appUrl),
    );
    const search = async (...args: unknown[]) =>
      (await handlers.get(invokeChannel('searchDrafts'))!({ senderFrame: { url: appUrl } }, ...args)) as Result<string[]>;
    assert.deepEqual(value(await search('ত্রাণ')), [flood.id]);
    for (const args of [[], [42], [null], ['বন্যা', 'আরও'], ['ক'.repeat(MAX_SEARCH_QUERY + 1)]]) {
      const refused = await search(...args);
      assert.ok(!refused.ok && refused.error.code === 'invalid-argument', JSON.stringify(args).slice(0, 40));
    }
  });
});

describe('drafts list filter and sort (renderer)', () => {
  const summary = (id: string, headline: string, status: DraftStatus, minute: number): DraftSummary => ({
    id,
    headline,
    status,
    updatedAt: new Date(Date.UTC(2026, 2, 1, 9, minute)).toISOString(),
    wordCount: 1,
  });
  const drafts = [
    summary('d-aaaaaaa1', 'খুলনায় বৃষ্টি', 'draft', 1),
    summary('d-aaaaaaa2', 'অর্থনীতির খবর', 'review', 2),
    summary('d-aaaaaaa3', '', 'ready', 3),
    summary('d-aaaaaaa4', 'ঢাকায় যানজট', 'ready', 4),
    summary('d-aaaaaaa5', 'ঢাকায় যানজট', 'ready', 5),
  ];
  const collator = new Intl.Collator('bn');
  const ids = (list: DraftSummary[]) => list.map((d) => d.id.slice(-1)).join('');

  test('newest first, or by headline in Bengali order with untitled drafts last and the newest first among equals', () => {
    assert.equal(ids(filterDrafts(drafts, { matches: null, status: 'all', sort: 'newest' }, collator)), '54321');
    assert.equal(ids(filterDrafts(drafts, { matches: null, status: 'all', sort: 'headline' }, collator)), '21543');
  });

  test('a status and the search matches narrow the list together', () => {
    assert.equal(ids(filterDrafts(drafts, { matches: null, status: 'ready', sort: 'newest' }, collator)), '543');
    assert.equal(
      ids(filterDrafts(drafts, { matches: new Set(['d-aaaaaaa1', 'd-aaaaaaa4']), status: 'all', sort: 'newest' }, collator)),
      '41',
    );
    assert.equal(
      ids(filterDrafts(drafts, { matches: new Set(['d-aaaaaaa1', 'd-aaaaaaa4']), status: 'ready', sort: 'newest' }, collator)),
      '4',
    );
    assert.equal(ids(filterDrafts(drafts, { matches: new Set(), status: 'all', sort: 'headline' }, collator)), '');
  });
});
