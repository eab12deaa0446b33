import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Node as PMNode } from 'prosemirror-model';
import { schema } from '../../core/document/schema';
import { headlineOf, isDraftId, newDraft, slugify, wordCountOf, type Draft } from '../../core/document/draft';
import { NEWER_FORMAT_MESSAGE, parseDraft } from '../../core/document/draft-file';
import type { DraftSummary, TrashedDraft } from '../../core/api/newsroom-api';
import { countWords } from '../../core/bengali/words';
import { fail, ok, type ErrorCode, type Result } from '../../core/api/result';
import { fsErrorCode, fsFailure, removeStaleTemps, writeFileAtomic, type AtomicWriteFs } from './atomic-write';
import {
  FULL_SCAN_MAX_AGE_MS,
  attachTexts,
  matchesQuery,
  parseSummaries,
  queryWords,
  sameStamp,
  searchTextOf,
  serializeSummaries,
  serializeTexts,
  stampsOf,
  type DraftsIndex,
  type FileStamp,
} from './drafts-index';
import { checkUnchanged, revisionFor, writeConflictCopy, type RevisionToken } from './file-guard';
import { TRASH_DAYS } from './trash-policy';
import { perKeyQueue } from './per-key-queue';

/**
 * The file-system calls the store makes, a subset of `node:fs/promises`. Injectable because the
 * failures users meet (read-only folder, full disk) cannot be produced reliably in a test: tests run as
 * root, where a read-only mode bit does not stop a write.
 */
export interface DraftFs extends AtomicWriteFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string, options: { recursive: true }): Promise<string | undefined>;
  access(path: string): Promise<void>;
  stat(path: string): Promise<{ mtimeMs: number; size: number }>;
}

/** A draft file that failed to parse, after it was moved out of the way. */
export interface DamagedFile {
  /** Where the file was found. */
  from: string;
  /** Where it is now, under `<dataDir>/damaged/`. */
  movedTo: string;
  reason: string;
}

export interface DraftStoreOptions {
  dataDir: string;
  now?: () => Date;
  fs?: DraftFs;
  /** Told about every damaged file the store moves aside, including those found while listing. */
  onDamaged?: (file: DamagedFile) => void;
  /** A monotonic clock in milliseconds, for the age of the last full scan of the drafts folder; performance.now by default. */
  monotonicNow?: () => number;
}

export interface SaveOptions {
  /**
   * Writes whatever is on disk now, changed behind the store or gone: only after the user chose their
   * text over the other one (which the caller has kept), or to bring back a recovered draft.
   */
  overwrite?: boolean;
}

export interface DraftStore {
  list(): Promise<Result<DraftSummary[]>>;
  /** Ids of the drafts whose headline or text hold every word of the query (see drafts-index.ts), newest first. */
  search(query: string): Promise<Result<string[]>>;
  create(): Promise<Result<Draft>>;
  open(id: string): Promise<Result<Draft>>;
  /**
   * Refuses with 'conflict' when the file changed on disk since this store last opened or saved it;
   * then nothing is overwritten and the text given is kept as a conflict copy beside the draft.
   */
  save(draft: Draft, options?: SaveOptions): Promise<Result<DraftSummary>>;
  remove(id: string): Promise<Result<TrashedDraft>>;
  listTrash(): Promise<Result<TrashedDraft[]>>;
  restore(id: string): Promise<Result<DraftSummary>>;
}

/** What a trashed draft's file holds: the draft untouched, and when it was deleted. */
interface TrashEntry {
  deletedAt: string;
  draft: Draft;
}

type Operation = 'list' | 'search' | 'create' | 'open' | 'save' | 'delete' | 'list-trash' | 'restore';

const OPERATION_FAILED: Record<Operation, { bn: string; en: string }> = {
  list: { bn: 'খসড়ার তালিকা পড়া যায়নি', en: 'The list of drafts could not be read' },
  search: { bn: 'খসড়াগুলোতে খোঁজা যায়নি', en: 'The drafts could not be searched' },
  create: { bn: 'নতুন খসড়া তৈরি করা যায়নি', en: 'A new draft could not be created' },
  open: { bn: 'খসড়া খোলা যায়নি', en: 'The draft could not be opened' },
  save: { bn: 'খসড়া সংরক্ষণ করা যায়নি', en: 'The draft could not be saved' },
  delete: { bn: 'খসড়া ট্র্যাশে সরানো যায়নি', en: 'The draft could not be moved to the trash' },
  'list-trash': { bn: 'ট্র্যাশের তালিকা পড়া যায়নি', en: 'The trash could not be read' },
  restore: { bn: 'খসড়া ট্র্যাশ থেকে ফেরানো যায়নি', en: 'The draft could not be restored from the trash' },
};

const DRAFT_NOT_FOUND = { bn: 'খসড়াটি খুঁজে পাওয়া যায়নি।', en: 'the draft was not found.' };

function failure<T>(op: Operation, code: ErrorCode, reason: { bn: string; en: string }, detail?: string): Result<T> {
  const head = OPERATION_FAILED[op];
  return fail(code, `${head.bn}: ${reason.bn}`, `${head.en}: ${reason.en}`, detail);
}

function invalidId<T>(op: Operation, id: unknown): Result<T> {
  return failure(
    op,
    'invalid-id',
    { bn: 'খসড়ার শনাক্তকারী (আইডি) সঠিক নয়।', en: 'that is not a valid draft id.' },
    `id: ${JSON.stringify(id)}`,
  );
}

function damagedFailure<T>(op: Operation, file: DamagedFile): Result<T> {
  return failure(
    op,
    'corrupt',
    {
      bn: 'ফাইলটি নষ্ট হয়ে গেছে। সেটি না মুছে "damaged" ফোল্ডারে সরিয়ে রাখা হয়েছে।',
      en: 'the file is damaged. It was kept, moved to the "damaged" folder.',
    },
    `${file.reason} (moved to ${file.movedTo})`,
  );
}

/** Marks an error as already mapped to a Result, so the operation returns it unchanged. */
class StoreFailure extends Error {
  constructor(readonly result: Result<never>) {
    super(result.ok ? '' : result.error.message.en);
  }
}

function summaryOf(draft: Draft, doc: PMNode, wordCount: number = wordCountOf(doc)): DraftSummary {
  return { id: draft.id, headline: headlineOf(doc), status: draft.meta.status, updatedAt: draft.meta.updatedAt, wordCount };
}

/**
 * Counts words as wordCountOf does (text block by text block), remembering each block's count for the
 * draft saved last. Autosave rewrites the same draft after every pause in typing, when one paragraph
 * has changed, so only that paragraph is scanned again; a full scan of 10,000 words would take a third
 * of the save budget.
 */
function blockWordCounter(): (id: string, doc: PMNode) => number {
  let last: { id: string; counts: Map<string, number> } | null = null;
  return (id, doc) => {
    const previous = last?.id === id ? last.counts : new Map<string, number>();
    const counts = new Map<string, number>();
    let words = 0;
    doc.descendants((node) => {
      if (!node.isTextblock) return true;
      const text = node.textContent;
      const count = counts.get(text) ?? previous.get(text) ?? countWords(text);
      counts.set(text, count);
      words += count;
      return false;
    });
    last = { id, counts };
    return words;
  };
}

function newestFirst(a: { at: string; id: string }, b: { at: string; id: string }): number {
  const byTime = (Date.parse(b.at) || 0) - (Date.parse(a.at) || 0);
  return byTime !== 0 ? byTime : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** As newestFirst, each time parsed once: 10,000 drafts sorted with Date.parse in the comparison take ~100 ms. */
function newestFirstSummaries(items: DraftSummary[]): DraftSummary[] {
  return items
    .map((summary) => ({ at: Date.parse(summary.updatedAt) || 0, summary }))
    .sort((a, b) => b.at - a.at || (a.summary.id < b.summary.id ? -1 : a.summary.id > b.summary.id ? 1 : 0))
    .map((keyed) => keyed.summary);
}

const DRAFT_FILE = /^(.+)\.json$/;

/** Ids of the draft files in a folder; temp files and anything else are not drafts. */
function idsIn(names: string[]): string[] {
  const ids: string[] = [];
  for (const name of names) {
    const m = DRAFT_FILE.exec(name);
    if (m && isDraftId(m[1])) ids.push(m[1]);
  }
  return ids;
}

/**
 * The read errors that are the file's own: a folder where a file should be, a file that may not be
 * read, a bad sector under it, more text than a string holds. Any other error code is the folder's or
 * the moment's (gone, too many open files, a path through a file) and is not held against the file.
 */
const FILE_ITSELF = new Set(['EISDIR', 'EACCES', 'EPERM', 'EIO', 'ERR_STRING_TOO_LONG']);

/** Errors that say nothing about the file: asking again later may well succeed. */
function isPassing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return code === 'EMFILE' || code === 'ENFILE' || code === 'EAGAIN' || code === 'EBUSY' || code === 'EINTR';
}

/**
 * Whether a listing goes on without the file that threw: it was set aside (reported), is gone, or could
 * not be opened this time (it is read again by the next list).
 */
/** Why a file's content was refused; `newer` when a newer app wrote it (kept in place, never set aside). */
type Refusal = { ok: false; reason: string; newer?: true };

function skipped(err: unknown): boolean {
  return err instanceof StoreFailure || fsErrorCode(err) === 'not-found' || isPassing(err);
}

/** Runs `body` over the items with at most `width` of them in flight: thousands of reads, not thousands of open files. */
async function inBatches<T, R>(items: readonly T[], width: number, body: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += width) out.push(...(await Promise.all(items.slice(i, i + width).map(body))));
  return out;
}

export function createDraftStore(options: DraftStoreOptions): DraftStore {
  const fs: DraftFs = options.fs ?? nodeFs;
  const now = options.now ?? (() => new Date());
  const draftsDir = join(options.dataDir, 'drafts');
  const trashDir = join(options.dataDir, 'trash');
  const damagedDir = join(options.dataDir, 'damaged');
  const draftPath = (id: string) => join(draftsDir, `${id}.json`);
  const trashPath = (id: string) => join(trashDir, `${id}.json`);
  const summariesPath = join(options.dataDir, 'drafts-index.jsonl');
  const textsPath = join(options.dataDir, 'drafts-search.txt');
  const savedWordCount = blockWordCounter();
  /**
   * The summary index (drafts-index.ts) as last brought up to date, so listing 10,000 drafts stats
   * them instead of parsing them. Kept on disk beside the folder so the first list after a start is
   * fast too; it is only a cache.
   */
  let index: DraftsIndex | null = null;
  /** Whether the search texts on disk have been given to the index's entries (the first search does it). */
  let textsAttached = false;
  let storedTexts: Promise<string> | null = null;
  /** The drafts folder's own stamp when the last full scan began, and when that was (monotonicNow). */
  let lastFullScan: { folder: FileStamp; at: number } | null = null;
  const monotonicNow = options.monotonicNow ?? (() => performance.now());
  /** The folder scan in progress, and the one that will follow it for whoever asked meanwhile. */
  let scanning: Promise<DraftsIndex> | null = null;
  let nextScan: Promise<DraftsIndex> | null = null;
  const queue = perKeyQueue();
  /**
   * Each draft's file as this store last read or wrote it. A save first checks the file still is that:
   * another copy of the app or a sync tool may have written it meanwhile.
   */
  const revisions = new Map<string, RevisionToken>();
  /** The conflict copy of each draft whose conflict is not resolved yet: later saves refresh it, not multiply it. */
  const conflictCopies = new Map<string, string>();

  /** Writes a draft file and remembers its revision. */
  async function writeDraft(id: string, text: string): Promise<void> {
    await writeFileAtomic(draftPath(id), text, fs);
    revisions.set(id, revisionFor(text, (await fs.stat(draftPath(id))).mtimeMs));
    conflictCopies.delete(id);
  }

  /** Keeps the user's text beside the draft; a conflict still open has its copy rewritten with the latest text. */
  async function keepConflictCopy(draft: Draft): Promise<Result<string>> {
    const known = conflictCopies.get(draft.id);
    if (known) {
      await writeFileAtomic(known, JSON.stringify(draft), fs);
      return ok(known);
    }
    const written = await writeConflictCopy(draftsDir, draft, now(), fs);
    if (written.ok) conflictCopies.set(draft.id, written.value);
    return written;
  }

  const purgeAtOf = (deletedAt: string) =>
    new Date((Date.parse(deletedAt) || now().getTime()) + TRASH_DAYS * 24 * 60 * 60 * 1000).toISOString();

  async function ensureDirs(): Promise<void> {
    await fs.mkdir(draftsDir, { recursive: true });
    await fs.mkdir(trashDir, { recursive: true });
  }

  async function moveAside(path: string, name: string, reason: string): Promise<DamagedFile> {
    await fs.mkdir(damagedDir, { recursive: true });
    const movedTo = join(damagedDir, `${name}.${now().toISOString().replace(/[:.]/g, '-')}.json`);
    await fs.rename(path, movedTo);
    const file = { from: path, movedTo, reason };
    options.onDamaged?.(file);
    return file;
  }

  /**
   * Reads and validates one stored file; a file that fails is moved aside and reported. `seen` gets the
   * text as read. "Fails" is a read error of the file's own (FILE_ITSELF), text that does not parse, or
   * a validation that refuses or throws. Each costs that file alone, never the list it is in.
   */
  async function readValidated<T>(
    op: Operation,
    path: string,
    id: string,
    validate: (value: unknown) => { ok: true; value: T } | Refusal,
    seen?: (text: string) => void,
  ): Promise<T> {
    let checked: { ok: true; value: T } | Refusal;
    try {
      const text = await fs.readFile(path, 'utf8');
      seen?.(text);
      checked = validate(JSON.parse(text));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException | null)?.code;
      if (code !== undefined && !FILE_ITSELF.has(code)) throw err;
      checked = {
        ok: false,
        reason: err instanceof SyntaxError ? `JSON: ${err.message}` : `${code ? `${code}: ` : ''}${(err as Error)?.message ?? String(err)}`,
      };
    }
    if (checked.ok) return checked.value;
    // A newer app's draft is whole, only not ours to read: it stays where it is, untouched.
    if (checked.newer) throw new StoreFailure(failure(op, 'corrupt', NEWER_FORMAT_MESSAGE, checked.reason));
    let file: DamagedFile;
    try {
      file = await moveAside(path, id, checked.reason);
    } catch (err) {
      // Not even moved (a read-only folder): still only this file fails.
      throw new StoreFailure(
        failure(
          op,
          'corrupt',
          { bn: 'ফাইলটি পড়া যায়নি।', en: 'the file could not be read.' },
          `${checked.reason}; not moved aside: ${(err as Error)?.message ?? String(err)}`,
        ),
      );
    }
    throw new StoreFailure(damagedFailure(op, file));
  }

  function validateDraft(id: string) {
    return (value: unknown): { ok: true; value: { draft: Draft; doc: PMNode } } | Refusal => {
      const parsed = parseDraft(value);
      if (!parsed.ok) return parsed;
      if (parsed.draft.id !== id) return { ok: false, reason: `id ${parsed.draft.id} does not match the file name ${id}` };
      return { ok: true, value: { draft: parsed.draft, doc: schema.nodeFromJSON(parsed.draft.doc) } };
    };
  }

  function validateTrashEntry(id: string) {
    const draftOf = validateDraft(id);
    return (value: unknown): { ok: true; value: { entry: TrashEntry; doc: PMNode } } | Refusal => {
      const deletedAt = (value as Partial<TrashEntry> | null)?.deletedAt;
      if (typeof deletedAt !== 'string') return { ok: false, reason: 'deletedAt: expected a string' };
      const inner = draftOf((value as TrashEntry).draft);
      return inner.ok ? { ok: true, value: { entry: { deletedAt, draft: inner.value.draft }, doc: inner.value.doc } } : inner;
    };
  }

  const readDraft = (op: Operation, id: string, seen?: (text: string) => void) =>
    readValidated(op, draftPath(id), id, validateDraft(id), seen);
  /** A draft as the list shows it; what fails while it is summed up fails its read, so it is set aside like a file that does not parse. */
  const readListed = (id: string) =>
    readValidated('list', draftPath(id), id, (value) => {
      const checked = validateDraft(id)(value);
      if (!checked.ok) return checked;
      const { draft, doc } = checked.value;
      return { ok: true, value: { summary: summaryOf(draft, doc), text: searchTextOf(doc) } };
    });
  const readTrash = (op: Operation, id: string) => readValidated(op, trashPath(id), `trash-${id}`, validateTrashEntry(id));

  async function exists(path: string): Promise<boolean> {
    try {
      await fs.access(path);
      return true;
    } catch (err) {
      if (fsErrorCode(err) === 'not-found') return false;
      throw err;
    }
  }

  // Crash leftovers (temp files of writes a kill interrupted) go before the first operation. The sweep
  // is housekeeping straight on the disk, not part of the store's traffic that `fs` stands in for.
  const swept = removeStaleTemps([draftsDir, trashDir, options.dataDir]);

  /** Runs one operation, mapping whatever it throws to a Result: the store never throws. */
  async function run<T>(op: Operation, body: () => Promise<Result<T>>): Promise<Result<T>> {
    await swept;
    try {
      return await body();
    } catch (err) {
      if (err instanceof StoreFailure) return err.result;
      return fsFailure(OPERATION_FAILED[op], err);
    }
  }

  /** Lists one folder, skipping (after moving aside) the files that fail to parse. */
  async function listFolder<T>(dir: string, read: (id: string) => Promise<T>): Promise<T[]> {
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch (err) {
      if (fsErrorCode(err) === 'not-found') return [];
      throw err;
    }
    const items: T[] = [];
    for (const id of idsIn(names)) {
      try {
        items.push(await read(id));
      } catch (err) {
        // A damaged file has been moved aside and reported through onDamaged; the rest still list.
        // A file deleted between readdir and read is simply gone.
        if (skipped(err)) continue;
        throw err;
      }
    }
    return items;
  }

  /**
   * The index brought up to date with the drafts folder: new and changed files parsed, gone ones
   * dropped. A full scan stats every draft file, and any change made behind the store's back (another
   * app copy, a sync tool, an editor) that moves a file's modification time, change time or size is
   * seen. It is skipped while the folder's own stamp is what it was when the last full scan began and
   * that scan is younger than FULL_SCAN_MAX_AGE_MS: creating, deleting or renaming a file in the folder
   * (an atomic save, this store's and other programs' alike, is a rename) changes the folder's stamp,
   * so those are seen by the next list or search; a file rewritten in place changes only its own
   * stamp, and is seen by the first list or search that begins FULL_SCAN_MAX_AGE_MS after the last
   * full scan.
   */
  async function scanFolder(): Promise<DraftsIndex> {
    index ??= await fs.readFile(summariesPath, 'utf8').then(parseSummaries, () => new Map() as DraftsIndex);
    const known = index;
    const [folder] = await stampsOf([draftsDir]);
    const startedAt = monotonicNow();
    if (folder && lastFullScan && sameStamp(folder, lastFullScan.folder) && startedAt - lastFullScan.at < FULL_SCAN_MAX_AGE_MS)
      return known;
    let names: string[];
    try {
      names = await fs.readdir(draftsDir);
    } catch (err) {
      if (fsErrorCode(err) !== 'not-found') throw err;
      names = [];
    }
    const ids = idsIn(names);
    const stamps = await stampsOf(ids.map(draftPath));
    const next: DraftsIndex = new Map();
    const stale: { id: string; stamp: FileStamp }[] = [];
    ids.forEach((id, i) => {
      const stamp = stamps[i];
      if (!stamp) return; // Deleted since the folder was read.
      const cached = known.get(id);
      if (cached && sameStamp(cached, stamp)) next.set(id, cached);
      else stale.push({ id, stamp });
    });
    await inBatches(stale, 64, async ({ id, stamp }) => {
      try {
        next.set(id, { ...stamp, ...(await readListed(id)) });
      } catch (err) {
        // Damaged (moved aside and reported) or deleted since it was statted: not listed.
        if (!skipped(err)) throw err;
      }
    });
    if (stale.length > 0 || next.size !== known.size) {
      index = next;
      await writeSummaries(next);
      // With every text in memory (as after the first scan of all, which parsed every draft) there is nothing to attach from disk.
      textsAttached ||= [...next.values()].every((entry) => entry.text !== null);
      if (textsAttached) await writeTexts(next);
    }
    lastFullScan = folder ? { folder, at: startedAt } : null;
    return next;
  }

  // The index is a cache: failing to write it costs speed next time, never the list.
  const writeSummaries = (current: DraftsIndex) => writeFileAtomic(summariesPath, serializeSummaries(current), fs).catch(() => undefined);
  const writeTexts = (current: DraftsIndex) => writeFileAtomic(textsPath, serializeTexts(current), fs).catch(() => undefined);

  /**
   * Every entry given its search text: those stored on disk for the same version of the file (read
   * once, at the first search), the others by reading the draft.
   */
  async function completeTexts(current: DraftsIndex): Promise<void> {
    if (!textsAttached) {
      const stored = await (storedTexts ??= fs.readFile(textsPath, 'utf8').catch(() => ''));
      if (!textsAttached) attachTexts(current, stored);
      textsAttached = true;
      storedTexts = null;
    }
    const missing = [...current].filter(([, entry]) => entry.text === null);
    if (missing.length === 0) return;
    await inBatches(missing, 64, async ([id, entry]) => {
      try {
        entry.text = searchTextOf((await readDraft('search', id)).doc);
      } catch (err) {
        // Damaged (moved aside and reported) or deleted: the next scan drops it; until then it matches nothing.
        if (!skipped(err)) throw err;
      }
    });
    await writeTexts(current);
  }

  /**
   * One scan at a time, so two never write the index at once. A caller who comes during a scan gets
   * the next one, not the running one, which may have read the folder before that caller's last
   * change; everyone who came during one scan shares the next.
   */
  function refreshIndex(): Promise<DraftsIndex> {
    if (!scanning) {
      scanning = scanFolder().finally(() => {
        scanning = null;
      });
      return scanning;
    }
    nextScan ??= scanning
      .catch(() => undefined)
      .then(() => {
        nextScan = null;
        return refreshIndex();
      });
    return nextScan;
  }

  return {
    list: () =>
      run('list', async () => {
        const current = await refreshIndex();
        return ok(newestFirstSummaries([...current.values()].map((e) => e.summary)));
      }),

    search: (query) =>
      run('search', async () => {
        const words = queryWords(query);
        const current = await refreshIndex();
        await completeTexts(current);
        const found = [...current.values()].filter((e) => matchesQuery(e, words)).map((e) => e.summary);
        return ok(newestFirstSummaries(found).map((s) => s.id));
      }),

    create: () =>
      run('create', async () => {
        await ensureDirs();
        const draft = newDraft(now());
        await writeDraft(draft.id, JSON.stringify(draft));
        return ok(draft);
      }),

    open: (id) =>
      run('open', async () => {
        if (!isDraftId(id)) return invalidId('open', id);
        let text = '';
        const { draft } = await readDraft('open', id, (read) => (text = read));
        // The time is taken after the read: a write in between makes the token's hash stale, never its
        // time, and the hash is what the check trusts.
        revisions.set(id, revisionFor(text, (await fs.stat(draftPath(id))).mtimeMs));
        conflictCopies.delete(id);
        return ok(draft);
      }),

    save: (input, saveOptions = {}) =>
      queue((input as Partial<Draft> | null)?.id, () =>
        run('save', async () => {
          const id = (input as Partial<Draft> | null)?.id;
          if (!isDraftId(id)) return invalidId('save', id);
          const parsed = parseDraft(input);
          if (!parsed.ok)
            return failure('save', 'invalid-argument', { bn: 'খসড়ার গঠন সঠিক নয়।', en: 'the draft is not well-formed.' }, parsed.reason);
          const known = revisions.get(id);
          if (saveOptions.overwrite) {
            await ensureDirs();
          } else if (known) {
            const checked = await checkUnchanged(draftPath(id), known, fs);
            if (!checked.ok) {
              if (checked.error.code !== 'conflict') return checked;
              const copy = await keepConflictCopy(parsed.draft);
              if (!copy.ok) return copy;
              return fail(
                'conflict',
                checked.error.message.bn,
                checked.error.message.en,
                `${checked.error.detail ?? ''}; your text is kept in ${copy.value}`,
              );
            }
          } else if (!(await exists(draftPath(id)))) {
            // Only drafts this store created are saved: a draft deleted meanwhile stays in the trash.
            return failure('save', 'not-found', DRAFT_NOT_FOUND, `no draft file for ${id}`);
          }
          const doc = schema.nodeFromJSON(parsed.draft.doc);
          const headline = headlineOf(doc);
          const draft: Draft = {
            ...parsed.draft,
            meta: { ...parsed.draft.meta, headline, slug: slugify(headline), updatedAt: now().toISOString() },
          };
          // Summed up before the write: whatever fails here fails a save that wrote nothing.
          const summary = summaryOf(draft, doc, savedWordCount(id, doc));
          await writeDraft(id, JSON.stringify(draft));
          return ok(summary);
        }),
      ),

    remove: (id) =>
      queue(id, () =>
        run('delete', async () => {
          if (!isDraftId(id)) return invalidId('delete', id);
          const { draft, doc } = await readDraft('delete', id);
          await ensureDirs();
          const entry: TrashEntry = { deletedAt: now().toISOString(), draft };
          // The trash copy is durable before the original goes, so a crash in between (or an unlink the
          // crash undoes) leaves the draft in both lists, never in neither.
          await writeFileAtomic(trashPath(id), JSON.stringify(entry), fs);
          await fs.unlink(draftPath(id));
          revisions.delete(id);
          return ok({ ...summaryOf(draft, doc), deletedAt: entry.deletedAt, purgeAt: purgeAtOf(entry.deletedAt) });
        }),
      ),

    listTrash: () =>
      run('list-trash', async () => {
        const items = await listFolder(trashDir, async (id): Promise<TrashedDraft> => {
          const { entry, doc } = await readTrash('list-trash', id);
          return { ...summaryOf(entry.draft, doc), deletedAt: entry.deletedAt, purgeAt: purgeAtOf(entry.deletedAt) };
        });
        return ok(items.sort((a, b) => newestFirst({ at: a.deletedAt, id: a.id }, { at: b.deletedAt, id: b.id })));
      }),

    restore: (id) =>
      queue(id, () =>
        run('restore', async () => {
          if (!isDraftId(id)) return invalidId('restore', id);
          const { entry, doc } = await readTrash('restore', id);
          if (await exists(draftPath(id))) {
            return failure(
              'restore',
              'conflict',
              { bn: 'এই খসড়াটি তালিকায় আগে থেকেই আছে।', en: 'this draft is already in the list.' },
              `${draftPath(id)} exists`,
            );
          }
          await ensureDirs();
          await writeDraft(id, JSON.stringify(entry.draft));
          await fs.unlink(trashPath(id));
          return ok(summaryOf(entry.draft, doc));
        }),
      ),
  };
}
