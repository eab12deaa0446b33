/**
 * Which words are correct Bengali words. The spelling check asks it of every word it meets, and the name
 * checks ask it to tell a name (not in it) from an ordinary word (in it): কি/কী and তার/তাঁর are two
 * words each, never one name spelt two ways.
 *
 * A dictionary is a set of folded spellings (see fold.ts); a word is known when it, or one of its
 * stems with a case ending taken off (see suffix.ts), is in the set. Sources (the shipped list, a
 * newsroom's Hunspell or shared dictionary, the user's own words) are merged into one set by the caller.
 */
import { foldForMatch } from './fold';
import { stemCandidates } from './suffix';
import { buildWordList } from './wordlist';

export interface Dictionary {
  /** Whether `word` (as written, with or without a case ending) is a correct word. */
  has(word: string): boolean;
  /**
   * Whether `folded` (folded, NFC) is one of its words exactly, no case ending taken off: the spelling
   * check's lookup for the many respellings it tries, which are folded already.
   */
  hasForm(folded: string): boolean;
}

/** `inNfc`: the words are known to be NFC already (the shipped list, held to it by its test), which saves a third of the build. */
export function dictionaryOf(words: Iterable<string>, inNfc = false): Dictionary {
  const folded = new Set<string>();
  for (const w of words) folded.add(foldForMatch(inNfc ? w : w.normalize('NFC')));
  return {
    has(word) {
      const f = foldForMatch(word.normalize('NFC'));
      if (folded.has(f)) return true;
      for (const stem of stemCandidates(f)) if (folded.has(stem)) return true;
      return false;
    },
    hasForm: (f) => folded.has(f),
  };
}

/** A word is known when any of `parts` knows it: the shipped list with a newsroom's and the user's words. */
export function unionOf(parts: readonly Dictionary[]): Dictionary {
  if (parts.length === 1) return parts[0]!;
  return {
    has: (word) => parts.some((d) => d.has(word)),
    hasForm: (f) => parts.some((d) => d.hasForm(f)),
  };
}

let shipped: Dictionary | undefined;

/** The word list that ships with the app (wordlist/), built on first use. */
export function shippedDictionary(): Dictionary {
  shipped ??= dictionaryOf(buildWordList(), true);
  return shipped;
}

/** The shipped list with `words` beside it (a newsroom's dictionaries, the user's own); the shipped list alone for none. */
export function dictionaryWith(words: readonly string[]): Dictionary {
  return words.length === 0 ? shippedDictionary() : unionOf([shippedDictionary(), dictionaryOf(words)]);
}
