import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { dictionaryWord, type DictionaryFileKind, type DictionaryFileStatus, type DictionaryWords } from '../../core/api/dictionary-api';
import { fail, ok, type AppError, type Result } from '../../core/api/result';
import { foldForMatch } from '../../core/bengali/fold';
import { affPathOf, isHunspellDic, parseWordList, wordsOfFile } from '../../core/bengali/hunspell';
import { fsErrorCode, fsFailure, removeStaleTemps, writeFileAtomic, type AtomicWriteFs } from './atomic-write';
import { watchedFiles } from './watched-file';

/**
 * The words the spelling check knows besides the shipped list: the user's own (`<dataDir>/dictionary.txt`,
 * one word a line, written atomically) and the newsroom's files where the user points: a Hunspell
 * `.dic` (with its `.aff` beside it) and a shared plain list on a shared drive. Each file is re-read when
 * its mtime or size changes, as the shared glossary is; a file that cannot be read keeps the words of
 * its last good read and says why.
 */

export interface DictionaryFs extends AtomicWriteFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ mtimeMs: number; size: number }>;
  mkdir(path: string, options: { recursive: true }): Promise<string | undefined>;
}

export interface DictionaryStoreOptions {
  hunspellPath?: string | null;
  sharedPath?: string | null;
  fs?: DictionaryFs;
  /** How often `watch` polls the newsroom's files. */
  watchIntervalMs?: number;
}

export interface DictionaryStore {
  /** Every word list, the newsroom's files re-read first if they changed; `newsroom` is null when it is `since`'s version. */
  words(since: string): Promise<Result<DictionaryWords>>;
  add(word: string): Promise<Result<DictionaryWords>>;
  remove(word: string): Promise<Result<DictionaryWords>>;
  setPath(kind: DictionaryFileKind, path: string | null): Promise<Result<DictionaryWords>>;
  /** Polls the newsroom's files; the listener hears each change after it was read. Returns the unsubscribe. */
  watch(listener: () => void): () => void;
  close(): void;
}

/** A dictionary file larger than this is no word list: refused before it is read (bn_BD's is 3 MB). */
export const MAX_DICTIONARY_BYTES = 32 * 1024 * 1024;

const HEADS = {
  read: { bn: 'নিজের অভিধান পড়া যায়নি', en: 'Your dictionary could not be read' },
  write: { bn: 'নিজের অভিধান সংরক্ষণ করা যায়নি', en: 'Your dictionary could not be saved' },
  hunspell: { bn: 'বানান-অভিধান (.dic) পড়া যায়নি', en: 'The spelling dictionary (.dic) could not be read' },
  shared: { bn: 'নিউজরুমের অভিধান পড়া যায়নি', en: "The newsroom's dictionary could not be read" },
} as const;

interface FileState {
  path: string;
  words: string[];
  mtimeMs: number | null;
  size: number | null;
  error: AppError | null;
}

const keyOf = (word: string) => foldForMatch(word.normalize('NFC'));

export function createDictionaryStore(dataDir: string, options: DictionaryStoreOptions = {}): DictionaryStore {
  const fs: DictionaryFs = options.fs ?? nodeFs;
  const ownPath = join(dataDir, 'dictionary.txt');
  const files: Record<DictionaryFileKind, FileState | null> = {
    hunspell: options.hunspellPath ? fresh(options.hunspellPath) : null,
    shared: options.sharedPath ? fresh(options.sharedPath) : null,
  };
  /** Bumped whenever the newsroom's words change, so the page fetches them again. */
  let generation = 0;
  let newsroom: string[] = [];
  let own: string[] | null = null;
  // Changes of the user's file run one after another: each reads what the previous one wrote.
  let queue: Promise<unknown> = Promise.resolve();
  const swept = removeStaleTemps([dataDir], fs);

  function fresh(path: string): FileState {
    return { path, words: [], mtimeMs: null, size: null, error: null };
  }

  async function readOwn(): Promise<string[]> {
    await swept;
    if (own) return own;
    try {
      own = parseWordList(await fs.readFile(ownPath, 'utf8'));
    } catch (err) {
      if (fsErrorCode(err) !== 'not-found') throw err;
      own = [];
    }
    return own;
  }

  /** Reads the file of `kind` again when its mtime or size moved; a failed read keeps the last good words. */
  async function refresh(kind: DictionaryFileKind): Promise<boolean> {
    const file = files[kind];
    if (!file) return false;
    let stat: { mtimeMs: number; size: number };
    try {
      stat = await fs.stat(file.path);
    } catch (err) {
      const failed = fsFailure<never>(HEADS[kind], err);
      if (!failed.ok) files[kind] = { ...file, mtimeMs: null, size: null, error: failed.error };
      return false;
    }
    if (stat.mtimeMs === file.mtimeMs && stat.size === file.size) return false;
    const read = await readFile(kind, file.path, stat.size);
    if (files[kind]?.path !== file.path) return false;
    if (!read.ok) {
      files[kind] = { ...file, mtimeMs: stat.mtimeMs, size: stat.size, error: read.error };
      return false;
    }
    files[kind] = { path: file.path, words: read.value, mtimeMs: stat.mtimeMs, size: stat.size, error: null };
    return true;
  }

  async function readFile(kind: DictionaryFileKind, path: string, size: number): Promise<Result<string[]>> {
    if (size > MAX_DICTIONARY_BYTES) {
      return fail('invalid-argument', `${HEADS[kind].bn}: ফাইলটি খুব বড়।`, `${HEADS[kind].en}: the file is too large.`);
    }
    try {
      const text = await fs.readFile(path, 'utf8');
      let aff: string | null = null;
      if (isHunspellDic(path)) {
        try {
          aff = await fs.readFile(affPathOf(path), 'utf8');
        } catch (err) {
          if (fsErrorCode(err) !== 'not-found') throw err;
        }
      }
      const read = wordsOfFile(path, text, aff);
      return read.ok
        ? read
        : fail(read.error.code, `${HEADS[kind].bn}: ${read.error.message.bn}`, `${HEADS[kind].en}: ${read.error.message.en}`);
    } catch (err) {
      return fsFailure(HEADS[kind], err);
    }
  }

  /** Re-reads what changed; the newsroom's words are put together again only when a file brought other words. */
  async function refreshAll(): Promise<void> {
    const changed = [await refresh('hunspell'), await refresh('shared')];
    if (!changed.some(Boolean)) return;
    newsroom = [...(files.hunspell?.words ?? []), ...(files.shared?.words ?? [])];
    generation++;
  }

  const statusOf = (file: FileState | null): DictionaryFileStatus | null =>
    file && { path: file.path, words: file.words.length, error: file.error };

  async function snapshot(since: string): Promise<Result<DictionaryWords>> {
    let personal: string[];
    try {
      personal = await readOwn();
    } catch (err) {
      return fsFailure(HEADS.read, err);
    }
    await refreshAll();
    const version = String(generation);
    return ok({
      personal: [...personal],
      newsroom: since === version ? null : newsroom,
      version,
      hunspell: statusOf(files.hunspell),
      shared: statusOf(files.shared),
    });
  }

  function change(edit: (words: string[]) => string[] | null, since: () => string): Promise<Result<DictionaryWords>> {
    const run = async (): Promise<Result<DictionaryWords>> => {
      let words: string[];
      try {
        words = await readOwn();
      } catch (err) {
        return fsFailure(HEADS.read, err);
      }
      const next = edit(words);
      if (next) {
        try {
          await fs.mkdir(dataDir, { recursive: true });
          await writeFileAtomic(ownPath, `${next.join('\n')}\n`, fs);
          own = next;
        } catch (err) {
          own = null;
          return fsFailure(HEADS.write, err);
        }
      }
      return snapshot(since());
    };
    const result = queue.then(run);
    queue = result.catch(() => undefined);
    return result;
  }

  const watch = watchedFiles({
    paths: () => [files.hunspell?.path, files.shared?.path].filter((p): p is string => !!p),
    intervalMs: options.watchIntervalMs,
    readChanged: async () => {
      const before = generation;
      await refreshAll();
      return generation === before ? null : String(generation);
    },
  });

  // Adding or removing a word never changes the newsroom's words: the page keeps the ones it has.
  const unchanged = () => String(generation);

  return {
    words: snapshot,

    add: (raw) => {
      const word = dictionaryWord(raw);
      if (!word.ok) return Promise.resolve(word);
      return change((words) => (words.some((w) => keyOf(w) === keyOf(word.value)) ? null : [...words, word.value]), unchanged);
    },

    remove: (raw) => {
      const word = dictionaryWord(raw);
      if (!word.ok) return Promise.resolve(word);
      return change((words) => {
        const next = words.filter((w) => keyOf(w) !== keyOf(word.value));
        return next.length === words.length ? null : next;
      }, unchanged);
    },

    setPath: async (kind, path) => {
      if (path !== null && (typeof path !== 'string' || path.trim() === '')) {
        return fail('invalid-argument', 'অভিধানের ফাইলের ঠিকানা সঠিক নয়।', 'The path of the dictionary file is not valid.');
      }
      if (path !== (files[kind]?.path ?? null)) {
        files[kind] = path === null ? null : fresh(path);
        newsroom = [...(files.hunspell?.words ?? []), ...(files.shared?.words ?? [])];
        generation++;
        watch.update();
      }
      return snapshot('');
    },

    watch: watch.listen,
    close: watch.close,
  };
}
