import { bengaliDigits } from '../bengali/digits';
import { fail, ok, type AppError, type Result } from './result';

export const MAX_DICTIONARY_WORD = 60;

/** Bengali letters and the joiners Bengali spelling needs: one word, no spaces, no Latin. */
export const BENGALI_WORD = /^[\p{Script=Bengali}\u200c\u200d]+$/u;

/**
 * A word as the user's dictionary keeps it, or why it cannot be one. The main process refuses what
 * this refuses; the settings dialog asks it first, so a word typed wrong is told in these words.
 */
export function dictionaryWord(raw: unknown): Result<string> {
  const word = typeof raw === 'string' ? raw.normalize('NFC').trim() : '';
  if (word.length === 0 || word.length > MAX_DICTIONARY_WORD || !BENGALI_WORD.test(word)) {
    return fail(
      'invalid-argument',
      `অভিধানে শুধু বাংলা অক্ষরের একটি শব্দ (${bengaliDigits(MAX_DICTIONARY_WORD)} অক্ষর পর্যন্ত) যোগ করা যায়।`,
      `Only one word in Bengali letters (up to ${MAX_DICTIONARY_WORD} characters) can be added to the dictionary.`,
    );
  }
  return ok(word);
}

/** Which dictionary file of the newsroom's: a Hunspell `.dic` (its `.aff` beside it), or a shared plain list. */
export type DictionaryFileKind = 'hunspell' | 'shared';

/** A dictionary file as last read: how many words are in use, and why the latest read failed, if it did. */
export interface DictionaryFileStatus {
  path: string;
  /** Words in use from the file (from the last good read). */
  words: number;
  /** Why the latest read failed (unreachable drive, not a dictionary); null after a good read. */
  error: AppError | null;
}

/**
 * The words the spelling check knows besides the shipped list. The newsroom's files may hold 100,000
 * words, so they cross the bridge only when they changed since the page last had them.
 */
export interface DictionaryWords {
  /** The user's own words ("add to dictionary"). */
  personal: string[];
  /** The words of the newsroom's Hunspell and shared files; null when the page has this version already (`since`). */
  newsroom: string[] | null;
  /** Names the newsroom words as now read: it changes whenever a file is read with other words. */
  version: string;
  hunspell: DictionaryFileStatus | null;
  shared: DictionaryFileStatus | null;
}

export interface DictionaryApi {
  /** The words, the newsroom's re-read first if a file changed on disk; `since` is the version the page has ('' for none). */
  getDictionaryWords(since: string): Promise<Result<DictionaryWords>>;
  /** Adds a word (Bengali letters only) to the user's own dictionary; the newsroom's words are not resent. */
  addDictionaryWord(word: string): Promise<Result<DictionaryWords>>;
  removeDictionaryWord(word: string): Promise<Result<DictionaryWords>>;
  /** Asks for the newsroom's dictionary file of this kind (an open dialog), keeps its path in the settings and reads it; null when cancelled. */
  chooseDictionaryFile(kind: DictionaryFileKind): Promise<Result<DictionaryWords | null>>;
  /** Stops using the newsroom's dictionary file of this kind. */
  clearDictionaryFile(kind: DictionaryFileKind): Promise<Result<DictionaryWords>>;
}

/** Every method of DictionaryApi, once; the type makes one left out or misspelt a build error. */
export const DICTIONARY_METHODS: Record<keyof DictionaryApi, true> = {
  getDictionaryWords: true,
  addDictionaryWord: true,
  removeDictionaryWord: true,
  chooseDictionaryFile: true,
  clearDictionaryFile: true,
};
