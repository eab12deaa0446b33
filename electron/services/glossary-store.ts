import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { foldForMatch } from '../../core/bengali/fold';
import { exportGlossaryJson, importGlossary, importGlossaryJson } from '../../core/glossary/io';
import { mergeGlossaries } from '../../core/glossary/merge';
import type { GlossaryEntry } from '../../core/glossary/types';
import { checkGlossaryEntry } from '../../core/glossary/validate';
import { fail, ok, type AppError, type Result } from '../../core/api/result';
import type { SharedGlossaryStatus } from '../../core/api/newsroom-api';

export type { SharedGlossaryStatus };
import { fsErrorCode, fsFailure, removeStaleTemps, writeFileAtomic, type AtomicWriteFs } from './atomic-write';
import { watchedFiles } from './watched-file';

/**
 * The user's own glossary (`<dataDir>/glossary.json`, in the JSON form the glossary import reads) and
 * the newsroom's shared glossary, a CSV or JSON file on a shared drive. The shared file is re-read when
 * its mtime or size changes, and merged under the user's own entries: the user wins per Bengali spelling.
 * The last good read of the shared file is kept in `<dataDir>/glossary-shared-cache.json`, so a laptop
 * away from the office still checks against the newsroom's names.
 */

export interface MergedGlossary {
  entries: GlossaryEntry[];
  shared: SharedGlossaryStatus | null;
}

/** The glossary as the manager shows it: the user's entries, the newsroom's (read-only), and the two merged. */
export interface GlossaryLayers {
  own: GlossaryEntry[];
  /** The shared file's entries in use (the last good read); empty when no shared file is set. */
  shared: GlossaryEntry[];
  status: SharedGlossaryStatus | null;
  /** Own entries over the shared ones: what the checker adds to the bundled glossary. */
  merged: GlossaryEntry[];
}

/** What a confirmed import would do to the user's entries: replace the same spellings, append the rest. */
export interface GlossaryImportPlan {
  add: GlossaryEntry[];
  replace: { before: GlossaryEntry; after: GlossaryEntry }[];
  /** Entries identical to one the user already has. */
  unchanged: number;
}

export interface GlossaryFs extends AtomicWriteFs {
  /** The file's bytes (see `readText`). */
  readFile(path: string): Promise<Buffer>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ mtimeMs: number; size: number; ctimeMs?: number }>;
  mkdir(path: string, options: { recursive: true }): Promise<string | undefined>;
}

export interface GlossaryStoreOptions {
  sharedPath?: string | null;
  now?: () => Date;
  fs?: GlossaryFs;
  /** How often `watchShared` polls the shared file's mtime. */
  watchIntervalMs?: number;
  /** Told when the user's glossary file fails to read and is moved aside (it is never overwritten). */
  onDamaged?: (file: { from: string; movedTo: string; reason: string }) => void;
}

export interface GlossaryStore {
  /** The user's own entries, in their order. */
  own(): Promise<Result<GlossaryEntry[]>>;
  add(entry: GlossaryEntry): Promise<Result<GlossaryEntry[]>>;
  /** Replaces the entry spelled `bn`; the replacement may change the spelling. */
  edit(bn: string, entry: GlossaryEntry): Promise<Result<GlossaryEntry[]>>;
  remove(bn: string): Promise<Result<GlossaryEntry[]>>;
  /** Applies an import the user confirmed: same spelling replaces, new spellings are appended. */
  importEntries(entries: GlossaryEntry[]): Promise<Result<GlossaryEntry[]>>;
  /** Own entries over the shared ones; re-reads the shared file first if it changed on disk. */
  merged(): Promise<Result<MergedGlossary>>;
  /** Own, shared and merged entries at once; re-reads the shared file first if it changed on disk. */
  layers(): Promise<Result<GlossaryLayers>>;
  setSharedPath(path: string | null): Promise<Result<SharedGlossaryStatus | null>>;
  /** Polls the shared file; the listener hears each change after it was re-read. Returns the unsubscribe. */
  watchShared(listener: (status: SharedGlossaryStatus) => void): () => void;
  /** Stops every watch; the store stays usable without them. */
  close(): void;
}

const HEADS = {
  read: { bn: 'শব্দকোষ পড়া যায়নি', en: 'The glossary could not be read' },
  write: { bn: 'শব্দকোষ সংরক্ষণ করা যায়নি', en: 'The glossary could not be saved' },
  shared: { bn: 'নিউজরুমের শব্দকোষ পড়া যায়নি', en: "The newsroom's glossary could not be read" },
} as const;

const keyOf = (bn: string) => foldForMatch(bn.normalize('NFC').trim());

/**
 * A file as UTF-8 text, decoded as `readFile(path, 'utf8')` does it, but read whole and decoded once:
 * given the encoding, Node reads in 512 KB pieces and joins what each decodes into a string of
 * pieces, which JSON.parse then copies whole again (a 10,000-entry glossary is 1.4 MB).
 */
async function readText(fs: GlossaryFs, path: string): Promise<string> {
  return (await fs.readFile(path)).toString('utf8');
}

function invalidEntry<T>(bn: string, en: string): Result<T> {
  return fail('invalid-argument', `শব্দকোষের ভুক্তিটি সঠিক নয়: ${bn}`, `The glossary entry is not valid: ${en}`);
}

/** An entry as it crosses the bridge from the table's form: the one check every import applies too (core/glossary/validate.ts). */
function entryArgument(raw: unknown): Result<GlossaryEntry> {
  const checked = checkGlossaryEntry(raw, 'import');
  if (checked.ok) return ok(checked.entry);
  return invalidEntry(`${checked.problems.map((p) => p.bn).join('; ')}।`, `${checked.problems.map((p) => p.en).join('; ')}.`);
}

const sameEntry = (a: GlossaryEntry, b: GlossaryEntry) => JSON.stringify(a) === JSON.stringify(b);

/** What importing `incoming` would change in `own`; the same spelling in either encoding is one entry. */
export function planGlossaryImport(own: readonly GlossaryEntry[], incoming: readonly GlossaryEntry[]): GlossaryImportPlan {
  const byKey = new Map(own.map((e) => [keyOf(e.bn), e] as const));
  const plan: GlossaryImportPlan = { add: [], replace: [], unchanged: 0 };
  for (const entry of incoming) {
    const before = byKey.get(keyOf(entry.bn));
    // Variants and aliases accumulate on import (see mergeGlossaries), so the replacement shown is the merged one.
    const after = before && mergeGlossaries([before], [entry])[0]!;
    if (!before || !after) plan.add.push(entry);
    else if (sameEntry(after, before)) plan.unchanged++;
    else plan.replace.push({ before, after });
  }
  return plan;
}

function sameSpellingExists<T>(bn: string): Result<T> {
  return fail('conflict', `শব্দকোষে "${bn}" আগে থেকেই আছে।`, `"${bn}" is already in the glossary.`);
}

interface OwnStamp {
  mtimeMs: number;
  ctimeMs: number | null;
  size: number;
}

const stampOf = (stat: { mtimeMs: number; size: number; ctimeMs?: number }): OwnStamp => ({
  mtimeMs: stat.mtimeMs,
  ctimeMs: stat.ctimeMs ?? null,
  size: stat.size,
});
const sameStamp = (a: OwnStamp, b: OwnStamp) => a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.size === b.size;

export function createGlossaryStore(dataDir: string, options: GlossaryStoreOptions = {}): GlossaryStore {
  const fs: GlossaryFs = options.fs ?? nodeFs;
  const now = options.now ?? (() => new Date());
  const ownPath = join(dataDir, 'glossary.json');
  const cachePath = join(dataDir, 'glossary-shared-cache.json');

  let sharedPath = options.sharedPath ?? null;
  let shared: { entries: GlossaryEntry[]; mtimeMs: number | null; size: number | null; error: AppError | null; cacheRead: boolean } =
    fresh();
  // Mutations of the user's file run one after another: each reads what the previous one wrote.
  let queue: Promise<unknown> = Promise.resolve();

  function fresh() {
    return { entries: [] as GlossaryEntry[], mtimeMs: null, size: null, error: null, cacheRead: false };
  }

  /**
   * The user's entries as last read or written, with the file's stamp then. A 10,000-entry glossary
   * takes tens of milliseconds to parse, and every glossary call reads it: it is parsed again only when
   * its modification time, change time or size moved (another copy of the app, a sync tool, an editor).
   */
  let ownRead: { stamp: OwnStamp; entries: GlossaryEntry[] } | null = null;

  // Crash leftovers (temp files of glossary writes a kill interrupted) go before the first read.
  const swept = removeStaleTemps([dataDir], fs);

  async function readOwn(): Promise<GlossaryEntry[]> {
    await swept;
    // The stamp is taken before the read: a write in between makes the next call read again, never
    // leaves old entries under a new stamp.
    let stamp: OwnStamp;
    let text: string;
    try {
      stamp = stampOf(await fs.stat(ownPath));
      if (ownRead && sameStamp(ownRead.stamp, stamp)) return ownRead.entries;
      text = await readText(fs, ownPath);
    } catch (err) {
      if (fsErrorCode(err) === 'not-found') {
        ownRead = null;
        return [];
      }
      throw err;
    }
    const parsed = importGlossaryJson(text, 'stored');
    if (parsed.ok) {
      ownRead = { stamp, entries: parsed.value };
      return parsed.value;
    }
    ownRead = null;
    // Never overwrite what cannot be read: the next save would lose it.
    const movedTo = join(dataDir, 'damaged', `glossary.${now().toISOString().replace(/[:.]/g, '-')}.json`);
    await fs.mkdir(join(dataDir, 'damaged'), { recursive: true });
    await fs.rename(ownPath, movedTo);
    options.onDamaged?.({ from: ownPath, movedTo, reason: parsed.error.detail ?? parsed.error.message.en });
    return [];
  }

  async function writeOwn(entries: GlossaryEntry[]): Promise<void> {
    ownRead = null;
    await fs.mkdir(dataDir, { recursive: true });
    await writeFileAtomic(ownPath, exportGlossaryJson(entries), fs);
    // Best effort: without the stamp the next call reads the file again, and the write stands.
    ownRead = await fs.stat(ownPath).then(
      (stat) => ({ stamp: stampOf(stat), entries }),
      () => null,
    );
  }

  function mutate(change: (entries: GlossaryEntry[]) => Result<GlossaryEntry[]>): Promise<Result<GlossaryEntry[]>> {
    const run = async (): Promise<Result<GlossaryEntry[]>> => {
      let current: GlossaryEntry[];
      try {
        current = await readOwn();
      } catch (err) {
        return fsFailure(HEADS.read, err);
      }
      const next = change(current);
      if (!next.ok) return next;
      try {
        await writeOwn(next.value);
        return next;
      } catch (err) {
        return fsFailure(HEADS.write, err);
      }
    };
    const result = queue.then(run);
    queue = result.catch(() => undefined);
    return result;
  }

  function status(): SharedGlossaryStatus | null {
    return sharedPath === null ? null : { path: sharedPath, entries: shared.entries.length, mtimeMs: shared.mtimeMs, error: shared.error };
  }

  /** The cached entries of `path`; a cache of another file (the setting changed since) is not used. */
  async function readCache(path: string): Promise<GlossaryEntry[]> {
    try {
      const text = await readText(fs, cachePath);
      if ((JSON.parse(text) as { path?: unknown } | null)?.path !== path) return [];
      const parsed = importGlossaryJson(text, 'stored');
      return parsed.ok ? parsed.value : [];
    } catch {
      return [];
    }
  }

  /** Re-reads the shared file when its mtime or size changed; a failed read keeps the last good entries. */
  async function refreshShared(): Promise<void> {
    const path = sharedPath;
    if (path === null) return;
    if (!shared.cacheRead) shared = { ...shared, entries: await readCache(path), cacheRead: true };
    let stat: { mtimeMs: number; size: number };
    try {
      stat = await fs.stat(path);
    } catch (err) {
      // Forget the file's stat, so that the file is read again as soon as the drive is back.
      const failed = fsFailure<never>(HEADS.shared, err);
      if (path === sharedPath && !failed.ok) shared = { ...shared, mtimeMs: null, size: null, error: failed.error };
      return;
    }
    if (stat.mtimeMs === shared.mtimeMs && stat.size === shared.size) return;
    let read: Result<GlossaryEntry[]>;
    try {
      read = importGlossary(path, await readText(fs, path));
    } catch (err) {
      read = fsFailure(HEADS.shared, err);
    }
    if (path !== sharedPath) return;
    if (!read.ok) {
      shared = { ...shared, mtimeMs: stat.mtimeMs, size: stat.size, error: read.error };
      return;
    }
    shared = { entries: read.value, mtimeMs: stat.mtimeMs, size: stat.size, error: null, cacheRead: true };
    try {
      await fs.mkdir(dataDir, { recursive: true });
      await writeFileAtomic(cachePath, JSON.stringify({ path, entries: read.value }), fs);
    } catch {
      // The cache only helps when the drive is away; the entries in use are already up to date.
    }
  }

  const watch = watchedFiles({
    paths: () => (sharedPath === null ? [] : [sharedPath]),
    intervalMs: options.watchIntervalMs,
    readChanged: async () => {
      const before = shared;
      await refreshShared();
      return shared === before ? null : status();
    },
  });

  /** The last merge, kept while neither layer changed: the same arrays, as readOwn and refreshShared keep them. */
  let mergedOf: { own: GlossaryEntry[]; shared: GlossaryEntry[]; merged: GlossaryEntry[] } | null = null;

  async function layers(): Promise<Result<GlossaryLayers>> {
    let own: GlossaryEntry[];
    try {
      own = await readOwn();
    } catch (err) {
      return fsFailure(HEADS.read, err);
    }
    await refreshShared();
    if (mergedOf?.own !== own || mergedOf.shared !== shared.entries)
      mergedOf = { own, shared: shared.entries, merged: mergeGlossaries(shared.entries, own) };
    return ok({ own, shared: shared.entries, status: status(), merged: mergedOf.merged });
  }

  const bnMissing = (bn: string): Result<never> => fail('not-found', `শব্দকোষে "${bn}" নেই।`, `"${bn}" is not in the glossary.`);

  return {
    own: async () => {
      try {
        return ok(await readOwn());
      } catch (err) {
        return fsFailure(HEADS.read, err);
      }
    },

    add: (raw) => {
      const checked = entryArgument(raw);
      if (!checked.ok) return Promise.resolve(checked);
      const entry = checked.value;
      return mutate((entries) =>
        entries.some((e) => keyOf(e.bn) === keyOf(entry.bn)) ? sameSpellingExists(entry.bn) : ok([...entries, entry]),
      );
    },

    edit: (bn, raw) => {
      const checked = entryArgument(raw);
      if (!checked.ok) return Promise.resolve(checked);
      if (typeof bn !== 'string') return Promise.resolve(bnMissing(String(bn)));
      const entry = checked.value;
      return mutate((entries) => {
        const at = entries.findIndex((e) => keyOf(e.bn) === keyOf(bn));
        if (at < 0) return bnMissing(bn);
        if (entries.some((e, i) => i !== at && keyOf(e.bn) === keyOf(entry.bn))) return sameSpellingExists(entry.bn);
        return ok(entries.map((e, i) => (i === at ? entry : e)));
      });
    },

    remove: (bn) => {
      if (typeof bn !== 'string') return Promise.resolve(bnMissing(String(bn)));
      return mutate((entries) => {
        const next = entries.filter((e) => keyOf(e.bn) !== keyOf(bn));
        return next.length === entries.length ? bnMissing(bn) : ok(next);
      });
    },

    importEntries: (raw) => {
      if (!Array.isArray(raw)) return Promise.resolve(invalidEntry('তালিকা প্রত্যাশিত।', 'expected a list of entries.'));
      const incoming: GlossaryEntry[] = [];
      for (const item of raw) {
        const checked = entryArgument(item);
        if (!checked.ok) return Promise.resolve(checked);
        incoming.push(checked.value);
      }
      return mutate((entries) => ok(mergeGlossaries(entries, incoming)));
    },

    merged: async () => {
      const read = await layers();
      return read.ok ? ok({ entries: read.value.merged, shared: read.value.status }) : read;
    },

    layers,

    setSharedPath: async (path) => {
      if (path !== null && (typeof path !== 'string' || path.trim() === '')) {
        return fail('invalid-argument', 'নিউজরুমের শব্দকোষের ফাইলের ঠিকানা সঠিক নয়।', "The path of the newsroom's glossary is not valid.");
      }
      if (path !== sharedPath) {
        sharedPath = path;
        shared = fresh();
        watch.update();
      }
      await refreshShared();
      return ok(status());
    },

    watchShared: watch.listen,
    close: watch.close,
  };
}
