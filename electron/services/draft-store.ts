import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import type { Node as PMNode } from 'prosemirror-model';
import { schema } from '../../core/document/schema';
import { headlineOf, isDraftId, newDraft, parseDraft, slugify, wordCountOf, type Draft } from '../../core/document/draft';
import type { DraftSummary, TrashedDraft } from '../../core/api/newsroom-api';
import { countWords } from '../../core/bengali/words';
import { fail, ok, type ErrorCode, type Result } from '../../core/api/result';
import { fsErrorCode, fsFailure, writeFileAtomic, type AtomicWriteFs } from './atomic-write';
import { checkUnchanged, revisionFor, writeConflictCopy, type RevisionToken } from './file-guard';
import { TRASH_DAYS } from './trash-policy';

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

type Operation = 'list' | 'create' | 'open' | 'save' | 'delete' | 'list-trash' | 'restore';

const OPERATION_FAILED: Record<Operation, { bn: string; en: string }> = {
  list: { bn: 'খসড়ার তালিকা পড়া যায়নি', en: 'The list of drafts could not be read' },
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
  return failure(op, 'invalid-id', { bn: 'খসড়ার শনাক্তকারী (আইডি) সঠিক নয়।', en: 'that is not a valid draft id.' }, `id: ${JSON.stringify(id)}`);
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

/**
 * Runs the operations on one draft one after another, in the order they were asked for. Two saves of
 * one draft (autosave, then save on blur) could otherwise finish in the wrong order and leave the
 * older text on disk.
 */
function perDraftQueue(): <T>(id: unknown, body: () => Promise<T>) => Promise<T> {
  const tails = new Map<unknown, Promise<unknown>>();
  return (id, body) => {
    const next = (tails.get(id) ?? Promise.resolve()).then(body, body);
    tails.set(id, next);
    const forget = () => {
      if (tails.get(id) === next) tails.delete(id);
    };
    next.then(forget, forget);
    return next;
  };
}

function newestFirst(a: { at: string; id: string }, b: { at: string; id: string }): number {
  const byTime = (Date.parse(b.at) || 0) - (Date.parse(a.at) || 0);
  return byTime !== 0 ? byTime : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
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

/** A draft's list entry, valid while its file keeps the modification time and size it had when read. */
interface IndexedSummary {
  mtimeMs: number;
  size: number;
  summary: DraftSummary;
}

const INDEX_FORMAT = 1;

/** The persisted summary index; anything unreadable or of another shape is an empty index, never an error. */
function parseIndex(text: string): Map<string, IndexedSummary> {
  try {
    const value = JSON.parse(text) as { format?: unknown; entries?: Record<string, IndexedSummary> };
    if (value.format !== INDEX_FORMAT || typeof value.entries !== 'object' || value.entries === null) return new Map();
    return new Map(
      Object.entries(value.entries).filter(
        ([id, e]) => isDraftId(id) && typeof e?.mtimeMs === 'number' && typeof e.size === 'number' && e.summary?.id === id,
      ),
    );
  } catch {
    return new Map();
  }
}

/** Runs `body` over the items with at most `width` of them in flight: thousands of stats, not thousands of open files. */
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
  const indexPath = join(options.dataDir, 'drafts-index.json');
  const savedWordCount = blockWordCounter();
  /**
   * Summaries of the drafts as last read, so listing 10,000 drafts stats them instead of parsing them.
   * Kept on disk beside the folder so the first list after a start is fast too; it is only a cache:
   * a file whose time or size changed (a save, another app copy, a sync tool) is read again.
   */
  let summaries: Map<string, IndexedSummary> | null = null;
  const queue = perDraftQueue();
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

  const purgeAtOf = (deletedAt: string) => new Date((Date.parse(deletedAt) || now().getTime()) + TRASH_DAYS * 24 * 60 * 60 * 1000).toISOString();

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

  /** Reads and validates one stored file; a file that fails is moved aside and reported. `seen` gets the text as read. */
  async function readValidated<T>(
    op: Operation,
    path: string,
    id: string,
    validate: (value: unknown) => { ok: true; value: T } | { ok: false; reason: string },
    seen?: (text: string) => void,
  ): Promise<T> {
    const text = await fs.readFile(path, 'utf8');
    seen?.(text);
    let checked: { ok: true; value: T } | { ok: false; reason: string };
    try {
      checked = validate(JSON.parse(text));
    } catch (err) {
      checked = { ok: false, reason: `JSON: ${(err as Error).message}` };
    }
    if (checked.ok) return checked.value;
    throw new StoreFailure(damagedFailure(op, await moveAside(path, id, checked.reason)));
  }

  function validateDraft(id: string) {
    return (value: unknown): { ok: true; value: { draft: Draft; doc: PMNode } } | { ok: false; reason: string } => {
      const parsed = parseDraft(value);
      if (!parsed.ok) return parsed;
      if (parsed.draft.id !== id) return { ok: false, reason: `id ${parsed.draft.id} does not match the file name ${id}` };
      return { ok: true, value: { draft: parsed.draft, doc: schema.nodeFromJSON(parsed.draft.doc) } };
    };
  }

  function validateTrashEntry(id: string) {
    const draftOf = validateDraft(id);
    return (value: unknown): { ok: true; value: { entry: TrashEntry; doc: PMNode } } | { ok: false; reason: string } => {
      const deletedAt = (value as Partial<TrashEntry> | null)?.deletedAt;
      if (typeof deletedAt !== 'string') return { ok: false, reason: 'deletedAt: expected a string' };
      const inner = draftOf((value as TrashEntry).draft);
      return inner.ok ? { ok: true, value: { entry: { deletedAt, draft: inner.value.draft }, doc: inner.value.doc } } : inner;
    };
  }

  const readDraft = (op: Operation, id: string, seen?: (text: string) => void) => readValidated(op, draftPath(id), id, validateDraft(id), seen);
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

  /** Runs one operation, mapping whatever it throws to a Result: the store never throws. */
  async function run<T>(op: Operation, body: () => Promise<Result<T>>): Promise<Result<T>> {
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
        if (err instanceof StoreFailure || fsErrorCode(err) === 'not-found') continue;
        throw err;
      }
    }
    return items;
  }

  return {
    list: () =>
      run('list', async () => {
        summaries ??= await fs.readFile(indexPath, 'utf8').then(parseIndex, () => new Map<string, IndexedSummary>());
        const known = summaries;
        const next = new Map<string, IndexedSummary>();
        let changed = false;
        const stats = await listFolder(draftsDir, async (id) => ({ id, stat: await fs.stat(draftPath(id)) }));
        await inBatches(stats, 64, async ({ id, stat }) => {
          const cached = known.get(id);
          if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) {
            next.set(id, cached);
            return;
          }
          changed = true;
          try {
            const { draft, doc } = await readDraft('list', id);
            next.set(id, { mtimeMs: stat.mtimeMs, size: stat.size, summary: summaryOf(draft, doc) });
          } catch (err) {
            // Damaged (moved aside and reported) or deleted since the folder was read: not listed.
            if (!(err instanceof StoreFailure) && fsErrorCode(err) !== 'not-found') throw err;
          }
        });
        if (changed || next.size !== known.size) {
          summaries = next;
          // The index is a cache: failing to write it costs speed next time, never the list.
          await writeFileAtomic(indexPath, JSON.stringify({ format: INDEX_FORMAT, entries: Object.fromEntries(next) }), fs).catch(() => undefined);
        }
        const items = [...next.values()].map((e) => e.summary);
        return ok(items.sort((a, b) => newestFirst({ at: a.updatedAt, id: a.id }, { at: b.updatedAt, id: b.id })));
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
      queue((input as Partial<Draft> | null)?.id, () => run('save', async () => {
        const id = (input as Partial<Draft> | null)?.id;
        if (!isDraftId(id)) return invalidId('save', id);
        const parsed = parseDraft(input);
        if (!parsed.ok) return failure('save', 'invalid-argument', { bn: 'খসড়ার গঠন সঠিক নয়।', en: 'the draft is not well-formed.' }, parsed.reason);
        const known = revisions.get(id);
        if (saveOptions.overwrite) {
          await ensureDirs();
        } else if (known) {
          const checked = await checkUnchanged(draftPath(id), known, fs);
          if (!checked.ok) {
            if (checked.error.code !== 'conflict') return checked;
            const copy = await keepConflictCopy(parsed.draft);
            if (!copy.ok) return copy;
            return fail('conflict', checked.error.message.bn, checked.error.message.en, `${checked.error.detail ?? ''}; your text is kept in ${copy.value}`);
          }
        } else if (!(await exists(draftPath(id)))) {
          // Only drafts this store created are saved: a draft deleted meanwhile stays in the trash.
          return failure('save', 'not-found', DRAFT_NOT_FOUND, `no draft file for ${id}`);
        }
        const doc = schema.nodeFromJSON(parsed.draft.doc);
        const headline = headlineOf(doc);
        const draft: Draft = { ...parsed.draft, meta: { ...parsed.draft.meta, headline, slug: slugify(headline), updatedAt: now().toISOString() } };
        await writeDraft(id, JSON.stringify(draft));
        return ok(summaryOf(draft, doc, savedWordCount(id, doc)));
      })),

    remove: (id) =>
      queue(id, () => run('delete', async () => {
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
      })),

    listTrash: () =>
      run('list-trash', async () => {
        const items = await listFolder(trashDir, async (id): Promise<TrashedDraft> => {
          const { entry, doc } = await readTrash('list-trash', id);
          return { ...summaryOf(entry.draft, doc), deletedAt: entry.deletedAt, purgeAt: purgeAtOf(entry.deletedAt) };
        });
        return ok(items.sort((a, b) => newestFirst({ at: a.deletedAt, id: a.id }, { at: b.deletedAt, id: b.id })));
      }),

    restore: (id) =>
      queue(id, () => run('restore', async () => {
        if (!isDraftId(id)) return invalidId('restore', id);
        const { entry, doc } = await readTrash('restore', id);
        if (await exists(draftPath(id))) {
          return failure('restore', 'conflict', { bn: 'এই খসড়াটি তালিকায় আগে থেকেই আছে।', en: 'this draft is already in the list.' }, `${draftPath(id)} exists`);
        }
        await ensureDirs();
        await writeDraft(id, JSON.stringify(entry.draft));
        await fs.unlink(trashPath(id));
        return ok(summaryOf(entry.draft, doc));
      })),
  };
}
