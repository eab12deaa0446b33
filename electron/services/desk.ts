import * as nodeFs from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { DeskEntry, DeskListing, DeskUnreadable } from '../../core/api/desk-api';
import type { DraftSummary } from '../../core/api/drafts-api';
import { fail, ok, type Result } from '../../core/api/result';
import { DRAFT_FORMAT, DRAFT_STATUSES, headlineOf, isDraftId, wordCountOf, type Draft, type DraftStatus } from '../../core/document/draft';
import { NEWER_FORMAT_MESSAGE as NEWER, parseDraft } from '../../core/document/draft-file';
import { reviewCounts } from '../../core/document/review-summary';
import { schema, type DocJSON } from '../../core/document/schema';
import { fsErrorCode, removeStaleTemps, writeFileAtomic, type AtomicWriteFs } from './atomic-write';
import { checkUnchanged, revisionFor, writeConflictCopy, type GuardFs, type RevisionToken } from './file-guard';
import { perKeyQueue } from './per-key-queue';

/**
 * The desk folder: drafts passed between reporters and the desk through a folder that several copies of
 * the app, on several machines, read and write. Only files: `<id>.json` per draft, written atomically
 * (atomic-write.ts), conflict copies `<id>.conflict-<time>.json` beside them (file-guard.ts), and for
 * the moment of a save a lock file `.<id>.lock`, so that two saves never both pass the revision check
 * and then both write. The folder is shared: nothing here moves, renames or deletes a draft in it.
 */

export interface DeskFs extends GuardFs, AtomicWriteFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  readdir(path: string): Promise<string[]>;
  writeFile(path: string, data: string, options: { flag: 'wx' }): Promise<void>;
}

export interface DeskOptions {
  folder: string;
  now?: () => Date;
  fs?: DeskFs;
  /** How long a save waits for another's lock before it gives up (and the user is told to try again). */
  lockWaitMs?: number;
  /**
   * A file on this computer where the list keeps what it read of each desk file (by name, mtime and
   * size), so the first list after a start reads only the files that changed. Only a cache.
   */
  cacheFile?: string;
}

export interface Desk {
  readonly folder: string;
  list(): Promise<Result<DeskListing>>;
  /** Writes a local draft into the folder (status review). Refused as 'conflict' over a desk file this copy of the app has not seen. */
  send(draft: Draft): Promise<Result<DeskEntry>>;
  open(id: string): Promise<Result<Draft>>;
  /** The draft as the file holds it now, without taking it as the revision the next save is checked against. */
  read(id: string): Promise<Result<Draft>>;
  /**
   * Writes a draft opened from the desk back in place, unless the file changed since it was opened or
   * last saved here: then nothing is overwritten, the text given is kept as a conflict copy in the
   * folder (where the other side sees it in the queue) and the answer is 'conflict'. `overwrite` writes
   * whatever is there, after the user chose their text (the other is kept as a version by the caller).
   */
  save(draft: Draft, options?: DeskSaveOptions): Promise<Result<DraftSummary>>;
  setStatus(id: string, status: DraftStatus): Promise<Result<DeskEntry>>;
}

export interface DeskSaveOptions {
  /** Writes over whatever the file holds, after the user chose their text over it. */
  overwrite?: boolean;
  /** With `overwrite`: keeps the text about to be replaced (read under the save's lock); a failure stops the save. */
  keepReplaced?: (onDisk: Draft) => Promise<Result<unknown>>;
}

/** Records who wrote a draft: its creator, so a draft that already names one keeps it. */
export function withAuthor<D extends Draft>(draft: D, author: string | undefined): D {
  // Whatever arrives (the page's value is validated after this) passes through untouched unless it is a draft's shape.
  const meta = (draft as Partial<Draft> | null)?.meta as { author?: unknown } | undefined;
  if (typeof meta !== 'object' || meta === null || !author) return draft;
  if (typeof meta.author === 'string' && meta.author !== '') return draft;
  return { ...draft, meta: { ...draft.meta, author } };
}

export const LOCK_WAIT_MS = 5_000;
/** A lock older than this is a crash's leftover, whoever left it (another machine's process cannot be asked). */
export const LOCK_STALE_MS = 30_000;

const EMPTY_LOCK_STALE_MS = 2_000;

const DRAFT_FILE = /^(d-[a-z0-9]{6,40})\.json$/;
const CONFLICT_FILE = /^(d-[a-z0-9]{6,40})\.conflict-[0-9TZ]+(?:-\d+)?\.json$/;
const TAKE_CARE = {
  bn: 'আপনার কপি এই কম্পিউটারে রয়ে গেছে।',
  en: 'Your copy stays on this computer.',
};

const HEADS = {
  list: { bn: 'ডেস্কের তালিকা পড়া যায়নি', en: 'The desk list could not be read' },
  send: { bn: 'খসড়া ডেস্কে পাঠানো যায়নি', en: 'The draft could not be sent to the desk' },
  open: { bn: 'ডেস্কের খসড়া খোলা যায়নি', en: 'The desk draft could not be opened' },
  save: { bn: 'ডেস্কের খসড়া সংরক্ষণ করা যায়নি', en: 'The desk draft could not be saved' },
  status: { bn: 'ডেস্কের খসড়ার অবস্থা বদলানো যায়নি', en: 'The status of the desk draft could not be changed' },
} as const;
type Operation = keyof typeof HEADS;

/** Why the folder failed, said so that a newsroom knows what to look at (the cable, the sync, the rights). */
const FOLDER_REASONS = {
  'not-found': {
    bn: 'ডেস্ক ফোল্ডারটি পাওয়া যাচ্ছে না (নেটওয়ার্ক ড্রাইভ বিচ্ছিন্ন, বা ফোল্ডারটি সরানো হয়েছে)।',
    en: 'the desk folder cannot be found (a network drive disconnected, or the folder moved).',
  },
  'read-only': { bn: 'ডেস্ক ফোল্ডারে লেখার অনুমতি নেই।', en: 'the desk folder is not writable.' },
  'disk-full': { bn: 'ডেস্ক ফোল্ডারের ডিস্কে আর জায়গা নেই।', en: 'the desk folder’s disk is full.' },
  io: { bn: 'ডেস্ক ফোল্ডারে পড়া বা লেখার সময় সমস্যা হয়েছে।', en: 'reading or writing the desk folder failed.' },
} as const;

function failure<T>(op: Operation, code: Parameters<typeof fail>[0], reason: { bn: string; en: string }, detail?: string): Result<T> {
  const head = HEADS[op];
  const keep = op === 'send' || op === 'save' ? TAKE_CARE : { bn: '', en: '' };
  return fail(code, `${head.bn}: ${reason.bn} ${keep.bn}`.trim(), `${head.en}: ${reason.en} ${keep.en}`.trim(), detail);
}

function folderFailure<T>(op: Operation, err: unknown): Result<T> {
  const code = fsErrorCode(err);
  return failure(op, code, FOLDER_REASONS[code], (err as Error)?.message ?? String(err));
}

const NOT_ON_DESK = { bn: 'খসড়াটি ডেস্ক ফোল্ডারে নেই।', en: 'the draft is not in the desk folder.' };
const BUSY = {
  bn: 'আরেকজন এই মুহূর্তে খসড়াটি সংরক্ষণ করছেন; একটু পরে আবার চেষ্টা করুন।',
  en: 'someone else is saving this draft right now; try again in a moment.',
};
const UNREADABLE = { bn: 'ফাইলটি পড়া যায়নি; এটি খসড়া নয়, বা নষ্ট।', en: 'The file could not be read; it is not a draft, or it is damaged.' };

/** Thrown inside an operation to answer with this Result. */
class DeskFailure extends Error {
  constructor(readonly result: Result<never>) {
    super(result.ok ? '' : result.error.message.en);
  }
}

/** What the list keeps of a file: its stamp, and the entry read from it (or why it could not be). */
interface Cached {
  mtimeMs: number;
  size: number;
  entry: DeskEntry | DeskUnreadable;
}

const isString = (value: unknown): value is string => typeof value === 'string';

/**
 * The list's reading of a draft file: only the fields it shows, checked as far as they are used. A full
 * validation (parseDraft) happens when the draft is opened; the list must stay fast over hundreds.
 */
function entryOf(name: string, id: string, text: string): DeskEntry | DeskUnreadable {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { name, message: UNREADABLE };
  }
  const draft = value as { format?: unknown; id?: unknown; meta?: Record<string, unknown>; doc?: unknown; review?: unknown } | null;
  if (typeof draft?.format === 'number' && draft.format > DRAFT_FORMAT) return { name, message: NEWER };
  const meta = draft?.meta;
  if (draft?.id !== id || typeof meta !== 'object' || meta === null || typeof draft.doc !== 'object' || draft.doc === null)
    return { name, message: UNREADABLE };
  const status = DRAFT_STATUSES.includes(meta.status as DraftStatus) ? (meta.status as DraftStatus) : 'draft';
  const review = typeof draft.review === 'object' && draft.review !== null ? (draft.review as { comments?: unknown }) : {};
  const comments = Array.isArray(review.comments)
    ? (review.comments as { resolved?: boolean }[]).filter((c) => typeof c === 'object' && c !== null)
    : [];
  const counts = reviewCounts({ doc: draft.doc as DocJSON, review: { comments } });
  return {
    id,
    headline: isString(meta.headline) ? meta.headline : '',
    author: isString(meta.author) ? meta.author : '',
    status,
    updatedAt: isString(meta.updatedAt) ? meta.updatedAt : '',
    suggestions: counts.suggestions,
    comments: counts.comments,
    conflicts: 0,
  };
}

const isEntry = (read: DeskEntry | DeskUnreadable): read is DeskEntry => 'id' in read;

export function createDesk(options: DeskOptions): Desk {
  const { folder } = options;
  const fs: DeskFs = options.fs ?? nodeFs;
  const now = options.now ?? (() => new Date());
  const lockWaitMs = options.lockWaitMs ?? LOCK_WAIT_MS;
  const pathOf = (id: string) => join(folder, `${id}.json`);
  const lockOf = (id: string) => join(folder, `.${id}.lock`);
  const queue = perKeyQueue();
  /** Each desk file as this copy of the app last read or wrote it: a save checks it still is that. */
  const revisions = new Map<string, RevisionToken>();
  /** Each draft's creator as its file names it, so a save of a draft that lost the field keeps it. */
  const authors = new Map<string, string>();
  /** The conflict copy of each draft whose conflict is open: later saves refresh it rather than multiply it. */
  const conflictCopies = new Map<string, string>();
  const cache = new Map<string, Cached>();
  let cacheLoaded = false;
  /** The stored list cache, if it is this folder's; anything else in the file is ignored. */
  async function loadCache(): Promise<void> {
    cacheLoaded = true;
    if (!options.cacheFile) return;
    try {
      const stored = JSON.parse(await fs.readFile(options.cacheFile, 'utf8')) as { folder?: unknown; files?: unknown };
      if (stored.folder !== folder || !Array.isArray(stored.files)) return;
      for (const item of stored.files as unknown[]) {
        const [name, mtimeMs, size, entry] = Array.isArray(item) ? item : [];
        if (
          typeof name === 'string' &&
          typeof mtimeMs === 'number' &&
          typeof size === 'number' &&
          typeof entry === 'object' &&
          entry !== null
        )
          cache.set(name, { mtimeMs, size, entry: entry as DeskEntry | DeskUnreadable });
      }
    } catch {
      // No cache yet, or not readable: the list reads the files.
    }
  }
  const storeCache = async () => {
    if (!options.cacheFile) return;
    const files = [...cache].map(([name, { mtimeMs, size, entry }]) => [name, mtimeMs, size, entry]);
    await writeFileAtomic(options.cacheFile, JSON.stringify({ folder, files }), fs).catch(() => undefined);
  };
  /** Temp files a crash left in the folder (any machine's: none is an hour into a write) go at the first list. */
  let swept: Promise<unknown> | null = null;

  async function run<T>(op: Operation, body: () => Promise<Result<T>>): Promise<Result<T>> {
    try {
      return await body();
    } catch (err) {
      if (err instanceof DeskFailure) return err.result;
      return folderFailure(op, err);
    }
  }

  /** The folder is there and is a folder; otherwise the operation fails with the folder's reason. */
  async function folderThere(op: Operation): Promise<void> {
    try {
      await fs.stat(folder);
      await fs.readdir(folder);
    } catch (err) {
      throw new DeskFailure(folderFailure(op, err));
    }
  }

  /**
   * Holds `.<id>.lock` (created exclusively) while `body` runs. A lock is taken over when its owner is
   * gone: a process of this machine that no longer runs, or a lock older than LOCK_STALE_MS.
   */
  async function locked<T>(op: Operation, id: string, body: () => Promise<T>): Promise<T> {
    const path = lockOf(id);
    const owner = `${hostname()} ${process.pid}`;
    const started = Date.now();
    for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
      try {
        await fs.writeFile(path, owner, { flag: 'wx' });
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException | null)?.code !== 'EEXIST') throw err;
      }
      if (await staleLock(path)) {
        await fs.unlink(path).catch(() => undefined);
        continue;
      }
      if (Date.now() - started > lockWaitMs) throw new DeskFailure(failure(op, 'io', BUSY, `${path} held`));
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    try {
      return await body();
    } finally {
      await fs.unlink(path).catch(() => undefined);
    }
  }

  async function staleLock(path: string): Promise<boolean> {
    try {
      const [{ mtimeMs }, text] = await Promise.all([fs.stat(path), fs.readFile(path, 'utf8')]);
      if (Date.now() - mtimeMs > LOCK_STALE_MS) return true;
      // Created but never written: its owner died between the two (writing a line takes microseconds).
      if (text === '') return Date.now() - mtimeMs > EMPTY_LOCK_STALE_MS;
      const [host, pid] = text.split(' ');
      if (host !== hostname() || !pid || Number(pid) === process.pid) return false;
      try {
        process.kill(Number(pid), 0);
        return false;
      } catch (err) {
        return (err as NodeJS.ErrnoException).code === 'ESRCH';
      }
    } catch {
      // Gone meanwhile (released), or half written by an owner still writing it: not stale.
      return false;
    }
  }

  async function readDraft(op: Operation, id: string): Promise<{ draft: Draft; text: string; mtimeMs: number }> {
    let text: string;
    try {
      text = await fs.readFile(pathOf(id), 'utf8');
    } catch (err) {
      if (fsErrorCode(err) === 'not-found') throw new DeskFailure(failure(op, 'not-found', NOT_ON_DESK, pathOf(id)));
      throw err;
    }
    const mtimeMs = (await fs.stat(pathOf(id))).mtimeMs;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw new DeskFailure(failure(op, 'corrupt', UNREADABLE, (err as Error).message));
    }
    const format = (value as { format?: unknown } | null)?.format;
    if (typeof format === 'number' && format > DRAFT_FORMAT) throw new DeskFailure(fail('corrupt', NEWER.bn, NEWER.en, `format ${format}`));
    const parsed = parseDraft(value);
    if (!parsed.ok || parsed.draft.id !== id)
      throw new DeskFailure(failure(op, 'corrupt', UNREADABLE, parsed.ok ? `id ${parsed.draft.id} in ${id}.json` : parsed.reason));
    const author = (value as { meta?: { author?: unknown } }).meta?.author;
    if (isString(author) && author !== '') authors.set(id, author);
    return { draft: parsed.draft, text, mtimeMs };
  }

  /** Writes the draft file and remembers its revision; the draft's creator is kept. */
  async function writeDraft(draft: Draft): Promise<DeskEntry> {
    const stored = withAuthor(draft, authors.get(draft.id));
    const text = JSON.stringify(stored);
    await writeFileAtomic(pathOf(draft.id), text, fs);
    revisions.set(draft.id, revisionFor(text, (await fs.stat(pathOf(draft.id))).mtimeMs));
    conflictCopies.delete(draft.id);
    const author = (stored.meta as { author?: string }).author;
    if (author) authors.set(draft.id, author);
    const entry = entryOf(`${draft.id}.json`, draft.id, text);
    if (!isEntry(entry)) throw new Error(`${draft.id} written unreadable`);
    return entry;
  }

  async function keepConflictCopy(draft: Draft): Promise<Result<string>> {
    const known = conflictCopies.get(draft.id);
    if (known) {
      await writeFileAtomic(known, JSON.stringify(draft), fs);
      return ok(known);
    }
    const written = await writeConflictCopy(folder, draft, now(), fs);
    if (written.ok) conflictCopies.set(draft.id, written.value);
    return written;
  }

  /** The input as a valid draft with a valid id, or the operation's refusal. */
  function validDraft(op: Operation, input: Draft): Draft {
    const parsed = parseDraft(input);
    if (!parsed.ok)
      throw new DeskFailure(
        failure(op, 'invalid-argument', { bn: 'খসড়ার গঠন সঠিক নয়।', en: 'the draft is not well-formed.' }, parsed.reason),
      );
    // parseDraft keeps the fields this version knows; the creator rides along until it knows that one.
    return withAuthor(parsed.draft, (input.meta as { author?: string }).author);
  }

  /** Checks the file against the revision last seen here; a change made elsewhere keeps `draft` as a conflict copy and refuses. */
  async function guard(op: Operation, draft: Draft): Promise<void> {
    const known = revisions.get(draft.id);
    if (!known) {
      try {
        await fs.access(pathOf(draft.id));
      } catch (err) {
        if (fsErrorCode(err) !== 'not-found') throw err;
        if (op === 'send') return;
        throw new DeskFailure(failure(op, 'not-found', NOT_ON_DESK, pathOf(draft.id)));
      }
    }
    const checked = known
      ? await checkUnchanged(pathOf(draft.id), known, fs)
      : fail<RevisionToken>(
          'conflict',
          'ডেস্কে এই খসড়ার আরেকটি সংস্করণ আগে থেকেই আছে। কোনো লেখা মুছে ফেলা হয়নি: আপনার লেখা আলাদা কপি হিসেবে ডেস্কে রাখা হয়েছে।',
          'The desk already holds another version of this draft. Nothing was overwritten: your text is kept as a conflict copy on the desk.',
          `${pathOf(draft.id)} exists, not seen here`,
        );
    if (checked.ok) return;
    if (checked.error.code !== 'conflict') throw new DeskFailure(checked);
    const copy = await keepConflictCopy(draft);
    if (!copy.ok) throw new DeskFailure(copy);
    throw new DeskFailure(
      fail(
        'conflict',
        checked.error.message.bn,
        checked.error.message.en,
        `${checked.error.detail ?? ''}; your text is kept in ${copy.value}`,
      ),
    );
  }

  const stamped = (draft: Draft): Draft => {
    const doc = schema.nodeFromJSON(draft.doc);
    return { ...draft, meta: { ...draft.meta, headline: headlineOf(doc), updatedAt: now().toISOString() } };
  };

  return {
    folder,

    list: () =>
      run('list', async () => {
        await folderThere('list');
        swept ??= removeStaleTemps([folder]);
        await swept;
        const names = await fs.readdir(folder);
        const entries: DeskEntry[] = [];
        const unreadable: DeskUnreadable[] = [];
        const conflicts = new Map<string, number>();
        const seen = new Set<string>();
        let changed = false;
        if (!cacheLoaded) await loadCache();
        const drafts = names.flatMap((name) => {
          const conflict = CONFLICT_FILE.exec(name);
          if (conflict?.[1]) conflicts.set(conflict[1], (conflicts.get(conflict[1]) ?? 0) + 1);
          const m = DRAFT_FILE.exec(name);
          return m?.[1] && isDraftId(m[1]) ? [{ name, id: m[1] }] : [];
        });
        // Stats and reads side by side, a batch at a time: a network drive answers each call slowly.
        for (let i = 0; i < drafts.length; i += 64) {
          await Promise.all(
            drafts.slice(i, i + 64).map(async ({ name, id }) => {
              seen.add(name);
              try {
                const { mtimeMs, size } = await fs.stat(join(folder, name));
                let cached = cache.get(name);
                if (!cached || cached.mtimeMs !== mtimeMs || cached.size !== size) {
                  cached = { mtimeMs, size, entry: entryOf(name, id, await fs.readFile(join(folder, name), 'utf8')) };
                  cache.set(name, cached);
                  changed = true;
                }
                if (isEntry(cached.entry)) entries.push({ ...cached.entry, conflicts: conflicts.get(id) ?? 0 });
                else unreadable.push(cached.entry);
              } catch (err) {
                // Gone between the listing and the read (sent back, renamed by a sync): not listed.
                if (fsErrorCode(err) !== 'not-found') unreadable.push({ name, message: FOLDER_REASONS[fsErrorCode(err)] });
              }
            }),
          );
        }
        for (const name of cache.keys())
          if (!seen.has(name)) {
            cache.delete(name);
            changed = true;
          }
        if (changed) await storeCache();
        entries.sort((a, b) => (Date.parse(b.updatedAt) || 0) - (Date.parse(a.updatedAt) || 0) || (a.id < b.id ? -1 : 1));
        unreadable.sort((a, b) => (a.name < b.name ? -1 : 1));
        return ok({ folder, entries, unreadable });
      }),

    send: (input) =>
      queue((input as Partial<Draft> | null)?.id, () =>
        run('send', async () => {
          const draft = validDraft('send', input);
          await folderThere('send');
          return ok(
            await locked('send', draft.id, async () => {
              await guard('send', draft);
              return writeDraft(stamped({ ...draft, meta: { ...draft.meta, status: 'review' } }));
            }),
          );
        }),
      ),

    open: (id) =>
      queue(id, () =>
        run('open', async () => {
          if (!isDraftId(id))
            return failure('open', 'invalid-id', { bn: 'খসড়ার শনাক্তকারী (আইডি) সঠিক নয়।', en: 'that is not a valid draft id.' });
          await folderThere('open');
          const { draft, text, mtimeMs } = await readDraft('open', id);
          revisions.set(id, revisionFor(text, mtimeMs));
          conflictCopies.delete(id);
          return ok(withAuthor(draft, authors.get(id)));
        }),
      ),

    read: (id) =>
      run('open', async () => {
        if (!isDraftId(id))
          return failure('open', 'invalid-id', { bn: 'খসড়ার শনাক্তকারী (আইডি) সঠিক নয়।', en: 'that is not a valid draft id.' });
        await folderThere('open');
        return ok(withAuthor((await readDraft('open', id)).draft, authors.get(id)));
      }),

    save: (input, saveOptions = {}) =>
      queue((input as Partial<Draft> | null)?.id, () =>
        run('save', async () => {
          const draft = validDraft('save', input);
          await folderThere('save');
          const entry = await locked('save', draft.id, async () => {
            if (!saveOptions.overwrite) await guard('save', draft);
            else if (saveOptions.keepReplaced) {
              const onDisk = await readDraft('save', draft.id).catch((err: unknown) => {
                if (err instanceof DeskFailure && !err.result.ok && err.result.error.code === 'not-found') return null;
                throw err;
              });
              const kept = onDisk ? await saveOptions.keepReplaced(onDisk.draft) : ok(undefined);
              if (!kept.ok) throw new DeskFailure(kept);
            }
            return writeDraft(stamped(draft));
          });
          const doc = schema.nodeFromJSON(draft.doc);
          return ok({
            id: entry.id,
            headline: entry.headline,
            status: entry.status,
            updatedAt: entry.updatedAt,
            wordCount: wordCountOf(doc),
          });
        }),
      ),

    setStatus: (id, status) =>
      queue(id, () =>
        run('status', async () => {
          await folderThere('status');
          return ok(
            await locked('status', id, async () => {
              // Read under the lock, so the status is written into the newest text, whoever wrote it.
              const { draft, text } = await readDraft('status', id);
              const known = revisions.get(id);
              const entry = await writeDraft(stamped({ ...draft, meta: { ...draft.meta, status } }));
              // Text open here that is older than what was read must still meet the guard at its next save.
              if (known && known.hash !== revisionFor(text, 0).hash) revisions.set(id, known);
              return entry;
            }),
          );
        }),
      ),
  };
}
