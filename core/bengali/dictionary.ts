/**
 * Which words are correct Bengali words. The spelling check asks it of every word it meets, and the name
 * checks ask it to tell a name (not in it) from an ordinary word (in it): কি/কী and তার/তাঁর are two
 * words each, never one name spelt two ways.
 *
 * A dictionary is a set of folded spellings (see fold.ts); a word is known when it, or one of its
 * stems with a case ending taken off (see suffix.ts), is in the set. The shipped list also holds its
 * nouns bare and takes their classifier, plural and য় endings off at lookup, and the -তা nouns and -ভাবে
 * adverbs of its adjectives likewise (wordlist/derived.ts), and the solid compounds of any of its words
 * with -সহ, -ভিত্তিক, -বিরোধী, -জুড়ে, -বৃন্দ and the like (suffix.ts). Sources (the shipped list,
 * a newsroom's Hunspell or shared dictionary, the user's own words) are joined by `unionOf`.
 */
import { foldForMatch, MAY_FOLD } from './fold';
import { compoundHead, isNounWithEnding, stemCandidates } from './suffix';
import { buildWordList } from './wordlist';
import { isDerivedForm } from './wordlist/derived';

export interface Dictionary {
  /** Whether `word` (as written, with or without a case ending) is a correct word. */
  has(word: string): boolean;
  /**
   * Whether `folded` (folded, NFC) is one of its words exactly, or a solid compound of one with a tail
   * (`compoundHead`), no case ending taken off: the spelling
   * check's lookup for the many respellings it tries, which are folded already.
   */
  hasForm(folded: string): boolean;
}

/** Words in any normalisation (a newsroom's list, the user's own), folded. */
function foldedSet(words: Iterable<string>): Set<string> {
  const folded = new Set<string>();
  for (const w of words) folded.add(foldForMatch(w.normalize('NFC')));
  return folded;
}

/**
 * NFC words (the shipped list), folded. The set is made from the array whole, then the few words with
 * something to fold (উদ্‌যাপন, র‍্যালি: a ZWNJ or ZWJ) are swapped for their folds: folding every word
 * in script was most of the dictionary's first build. Folds are added after every unfolded word is
 * taken out, so a fold that is also a listed spelling stays.
 */
function foldedNfcSet(words: readonly string[]): Set<string> {
  const folded = new Set(words);
  const unfolded = words.filter((w) => MAY_FOLD.test(w));
  for (const w of unfolded) folded.delete(w);
  for (const w of unfolded) folded.add(foldForMatch(w));
  return folded;
}

/**
 * The dictionary whose forms are `exactly`'s and the solid compounds of them with a tail
 * (`compoundHead`: ভারতসহ, সরকারবিরোধী, দেশজুড়ে): `has` folds the word and tries it and its stems.
 */
function lookingUp(exactly: (folded: string) => boolean): Dictionary {
  const hasForm = (f: string) => {
    if (exactly(f)) return true;
    const head = compoundHead(f);
    return head !== null && exactly(head);
  };
  return {
    has(word) {
      for (const stem of stemCandidates(foldForMatch(word.normalize('NFC')))) if (hasForm(stem)) return true;
      return false;
    },
    hasForm,
  };
}

/** The words as listed, each form exactly (a newsroom's list, the user's own words). */
export function dictionaryOf(words: Iterable<string>): Dictionary {
  const folded = foldedSet(words);
  return lookingUp((f) => folded.has(f));
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

/**
 * The word list that ships with the app (wordlist/), built anew: its other forms exactly, its nouns with
 * or without the endings the stemmer leaves on. Its sources are NFC (their test holds them to it), so
 * nothing is normalised. Callers want `shippedDictionary()`; the lexicon bench times this.
 */
export function buildShippedDictionary(): Dictionary {
  const list = buildWordList();
  const nouns = foldedNfcSet(list.nouns);
  const forms = foldedNfcSet(list.forms);
  const isNoun = (f: string) => nouns.has(f);
  return lookingUp((f) => forms.has(f) || nouns.has(f) || isNounWithEnding(f, nouns) || isDerivedForm(f, isNoun));
}

/** The shipped word list, built on first use and shared by every checker of the process. */
export function shippedDictionary(): Dictionary {
  shipped ??= buildShippedDictionary();
  return shipped;
}

/** The shipped list with `words` beside it (a newsroom's dictionaries, the user's own); the shipped list alone for none. */
export function dictionaryWith(words: readonly string[]): Dictionary {
  return words.length === 0 ? shippedDictionary() : unionOf([shippedDictionary(), dictionaryOf(words)]);
}
