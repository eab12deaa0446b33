/**
 * Finding glosses and the words they gloss ("the head"). A gloss is a Latin parenthetical after
 * Bengali words: `জেলেনস্কি (Volodymyr Zelensky)`. The head is found from the right: the glossary
 * first, then romanisation of the Bengali words against the English words, a small bilingual list
 * for translated words, and for acronyms the spelt-out letters (এফআইআর) or the initials of the words.
 */
import { translationsOf } from '../bengali/bilingual';
import { englishSkeleton, initialLetters, spelledLetters } from '../bengali/romanize';
import { editDistance } from '../bengali/phonetic';
import { stemCandidates } from '../bengali/suffix';
import type { GlossaryIndex } from '../glossary/index';
import { normalizeEnglish } from '../glossary/index';
import type { WordFacts } from './lexicon';
import { memoByString } from '../bengali/memo';
import { joinedToPrevious, type Words } from './words';

export interface Parenthetical {
  /** Offset of `(`. */
  open: number;
  /** Offset of `)`. */
  close: number;
  inner: string;
}

export type ParentheticalKind = 'gloss' | 'bengali' | 'quote' | 'other';

export type HeadMethod = 'glossary' | 'romanised' | 'translated' | 'spelled' | 'initials' | 'adjacent';

export interface GlossHead {
  /** Index of the first and last head word in the paragraph's word list. */
  first: number;
  last: number;
  method: HeadMethod;
  /** English words (indices into the gloss's words) that matched a name, for the lower-case check. */
  nameWords: number[];
}

const NO_PARENTHETICALS: { pairs: readonly Parenthetical[]; unbalanced: readonly number[] } = { pairs: [], unbalanced: [] };

/**
 * Scans balanced parentheses, innermost pairs only, in order; an unmatched `(` or `)` is reported by
 * offset. Most paragraphs have none, and then nothing is allocated.
 */
export function scanParentheticals(text: string): { pairs: readonly Parenthetical[]; unbalanced: readonly number[] } {
  let i = text.indexOf('(');
  let j = text.indexOf(')');
  if (i < 0 && j < 0) return NO_PARENTHETICALS;
  const pairs: Parenthetical[] = [];
  const stack: number[] = [];
  const unbalanced: number[] = [];
  let nested = false;
  while (i >= 0 || j >= 0) {
    if (i >= 0 && (j < 0 || i < j)) {
      stack.push(i);
      i = text.indexOf('(', i + 1);
    } else {
      const open = stack.pop();
      if (open === undefined) unbalanced.push(j);
      else pairs.push({ open, close: j, inner: text.slice(open + 1, j) });
      if (stack.length > 0) nested = true;
      j = text.indexOf(')', j + 1);
    }
  }
  // Every `(` left open stands after every unmatched `)` (that `)` would have closed it), so both
  // lists are in order. Pairs are met as they close; the innermost close in the order they open.
  for (const open of stack) unbalanced.push(open);
  return { pairs: nested ? pairs.filter((p) => !p.inner.includes('(')) : pairs, unbalanced };
}

const LATIN = /[A-Za-z]/;
const URL_LIKE = /:\/\/|www\.|@|\.(?:com|org|net|gov|bd|in)\b/i;
const QUOTES = /^["“”‘’'«].*["“”‘’'»]$/s;

/** Bengali parentheticals such as (বিটিএমএ), quotes, titles in quotes and URLs are not glosses. */
export const classifyParenthetical: (inner: string) => ParentheticalKind = memoByString((inner) => {
  const t = inner.trim();
  if (/[\u0980-\u09FF]/.test(t)) return 'bengali';
  if (!LATIN.test(t) || URL_LIKE.test(t)) return 'other';
  if (QUOTES.test(t)) return 'quote';
  // List markers: (i), (ii), (a), (iv).
  if (/^(?:[ivxlc]+|[a-z])$/i.test(t) && t.length <= 4 && t === t.toLowerCase()) return 'other';
  if (t.split(/\s+/).length > 8 || /[.!?;:]\s+\S/.test(t)) return 'quote';
  return 'gloss';
});

/** The words of a gloss, without the punctuation around them (the array is shared: do not change it). */
export const glossWords: (inner: string) => readonly string[] = memoByString((inner) =>
  inner
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/^[,;:"“”‘’']+|[,;:"“”‘’']+$/g, ''))
    .filter((w) => w !== ''),
);

const FUNCTION_WORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'in',
  'on',
  'at',
  'to',
  'a',
  'an',
  '&',
  'de',
  'al',
  'el',
  'bin',
  'von',
  'van',
  'da',
  'del',
]);
const BENGALI_FUNCTION_WORDS = new Set(['অফ', 'অব', 'অ্যান্ড', 'দ্য', 'ও', 'এবং', 'ফর', 'ইন', 'দি', 'ই'].map((w) => w.normalize('NFC')));

export function isFunctionWord(en: string): boolean {
  return FUNCTION_WORDS.has(en.toLowerCase());
}

function similarSkeletons(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 3 || a[0] !== b[0]) return false;
  return editDistance(a, b, 2) <= (shorter >= 6 ? 2 : 1);
}

/** Whether one English word (or phrase, for translations) renders a Bengali word. */
function wordRenders(word: WordFacts, english: string): 'romanised' | 'translated' | null {
  const skeleton = skeletonOf(english);
  const { stems, skeletons } = word;
  for (let k = 0; k < stems.length; k++) {
    if (translationsOf(stems[k]!)?.includes(english.toLowerCase())) return 'translated';
    if (similarSkeletons(skeletons[k]!, skeleton)) return 'romanised';
  }
  return null;
}

const skeletonOf = memoByString(englishSkeleton);

export interface GlossaryMatch {
  entry: number;
  /** Word indices of the matched spelling. */
  first: number;
  last: number;
  /** The matched folded spelling's stem (what the glossary lists). */
  form: string;
}

/** The glossary spelling that ends at word `last` (longest first), allowing a case suffix on the last word. */
export function glossaryMatchEndingAt(words: Words, last: number, index: GlossaryIndex): GlossaryMatch | null {
  if (!words.facts[last]?.bengali) return null;
  const stems = words.facts[last]!.stems;
  for (let n = Math.min(index.maxWords, last + 1); n >= 1; n--) {
    const first = last - n + 1;
    if (n > 1 && !words.facts[first]!.phraseLengths?.includes(n)) continue;
    let prefix = '';
    let joined = true;
    for (let k = first; k < last && joined; k++) {
      if (!words.facts[k]!.bengali || (k > first && !joinedToPrevious(words, k))) joined = false;
      prefix += `${words.facts[k]!.folded} `;
    }
    if (!joined || (n > 1 && !joinedToPrevious(words, last))) continue;
    for (const stem of stems) {
      const hit = index.forms.get(prefix + stem);
      if (hit) return { entry: hit.entry, first, last, form: prefix + stem };
    }
  }
  return null;
}

const BENGALI = /[\u0980-\u09FF]/;
const NO_ALIASES: readonly string[] = [];

/** `glossWords` in lower case (shared too). */
export const lowerGlossWords: (inner: string) => readonly string[] = memoByString((inner) => glossWords(inner).map((w) => w.toLowerCase()));

/** Where the words of `needle` stand in those of `haystack`, the last place first, ignoring case; -1 when nowhere. */
function containsWords(haystack: string, needle: string): number {
  const h = lowerGlossWords(haystack);
  const n = lowerGlossWords(needle);
  outer: for (let i = h.length - n.length; i >= 0; i--) {
    for (let k = 0; k < n.length; k++) if (h[i + k] !== n[k]) continue outer;
    return i;
  }
  return -1;
}

const ACRONYM = /^[A-Za-z0-9&.-]+$/;

function acronymLetters(token: string): string | null {
  if (!ACRONYM.test(token)) return null;
  const upper = token.replace(/[^A-Z]/g, '').length;
  const lower = token.replace(/[^a-z]/g, '').length;
  if (upper < 2 || lower > upper) return null;
  return token.replace(/[^A-Za-z]/g, '').toUpperCase();
}

/**
 * What one part of a word (split at hyphens: নন-ব্যাঙ্কিং, তেহরিক-ই-ইনসাফ) may stand for in an
 * acronym: its first sound's letters, and the initials of its translations ("prime minister" gives
 * PM); a function word may stand for nothing.
 */
const initialsOfPart: (part: string) => { strings: string[]; optional: boolean } = memoByString((part) => {
  const strings = new Set<string>(initialLetters(part).split(''));
  for (const stem of stemCandidates(part)) {
    for (const t of translationsOf(stem) ?? []) {
      const initials = t
        .split(/[\s-]+/)
        .map((x) => x[0]!.toUpperCase())
        .join('');
      strings.add(initials);
      strings.add(initials[0]!);
    }
  }
  return { strings: [...strings].filter((x) => x !== ''), optional: BENGALI_FUNCTION_WORDS.has(part) };
});

/** Can `letters` be read as the initials of `words` (function words may give a letter or none)? */
function initialsMatch(words: WordFacts[], letters: string): boolean {
  const options = words.flatMap((w) =>
    w.folded
      .split('-')
      .filter((p) => p !== '')
      .map(initialsOfPart),
  );
  const mismatchesAllowed = letters.length >= 4 ? 1 : 0;
  // A small search over (part, letter) with the mismatch budget; parts and letters are both few.
  const go = (wi: number, li: number, budget: number): boolean => {
    if (wi === options.length) return li === letters.length;
    const o = options[wi]!;
    if (o.optional && go(wi + 1, li, budget)) return true;
    if (li === letters.length) return false;
    for (const str of o.strings) if (letters.startsWith(str, li) && go(wi + 1, li + str.length, budget)) return true;
    return budget > 0 && go(wi + 1, li + 1, budget - 1);
  };
  return go(0, 0, mismatchesAllowed);
}

/** The last word that ends at or before `at`, or -1: a binary search, as a paragraph may hold thousands of glosses. */
function lastWordEndingBy(words: Words, at: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (words.to[mid]! <= at) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

const NO_WORDS: number[] = [];

/** Whether `text.slice(from, to)` is an optional closing quote, then spaces or tabs: ‘টেট’ (TET). */
function quoteAndSpaces(text: string, from: number, to: number): boolean {
  const quote = text.charCodeAt(from);
  let i = from < to && (quote === 0x2019 || quote === 0x27 || quote === 0x201d || quote === 0x22) ? from + 1 : from;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

/** The Bengali words before a `(` that may be glossed: joined by spaces only, Bengali, at most eight. */
export function wordsBefore(words: Words, open: number): number[] {
  const last = lastWordEndingBy(words, open);
  if (last < 0 || !words.facts[last]!.bengali || !quoteAndSpaces(words.text, words.to[last]!, open)) return NO_WORDS;
  let first = last;
  while (first > 0 && last - first < 7 && joinedToPrevious(words, first) && words.facts[first - 1]!.bengali) first--;
  return range(first, last + 1);
}

export function findHead(words: Words, candidates: number[], english: string, index: GlossaryIndex): GlossHead | null {
  if (candidates.length === 0) return null;
  const last = candidates[candidates.length - 1]!;
  const firstCandidate = candidates[0]!;
  const enWords = glossWords(english);
  if (enWords.length === 0) return null;

  // The glossary: a spelling ending at the last word whose English appears in the gloss.
  const g = glossaryMatchEndingAt(words, last, index);
  if (g && g.first >= firstCandidate) {
    const entry = index.entries[g.entry]!;
    // The entry's English name, then its English aliases.
    const aliases = entry.aliases ?? NO_ALIASES;
    for (let k = -1; k < aliases.length; k++) {
      const name = k < 0 ? entry.en : aliases[k]!;
      if (k >= 0 && BENGALI.test(name)) continue;
      const at = containsWords(english, name);
      if (at >= 0) {
        const head = extendLeft(words, candidates, g.first, enWords, at - 1, index);
        return { first: head, last, method: 'glossary', nameWords: range(at, at + glossWords(name).length) };
      }
    }
  }

  const letters = enWords.length === 1 ? acronymLetters(enWords[0]!) : null;
  if (letters && letters.length >= 2) {
    const capitals = enWords[0]!.replace(/[^A-Z]/g, '');
    for (const stem of words.facts[last]!.stems) {
      const spelled = spelledLetters(stem);
      if (spelled && (spelled === letters || letters.endsWith(spelled))) return { first: last, last, method: 'spelled', nameWords: [] };
    }
    if (g && g.first >= firstCandidate && index.english.get(normalizeEnglish(enWords[0]!))?.includes(g.entry)) {
      return { first: g.first, last, method: 'glossary', nameWords: [] };
    }
    for (let k = 1; k <= Math.min(candidates.length, letters.length + 3); k++) {
      const span = candidates.slice(candidates.length - k).map((i) => words.facts[i]!);
      if (
        !BENGALI_FUNCTION_WORDS.has(span[0]!.folded) &&
        (initialsMatch(span, letters) || (capitals !== letters && capitals.length >= 2 && initialsMatch(span, capitals)))
      ) {
        return { first: last - k + 1, last, method: 'initials', nameWords: [] };
      }
    }
  }

  // Romanisation and translation, from the right: the last Bengali word must render some English word.
  for (let j = enWords.length - 1; j >= 0; j--) {
    if (isFunctionWord(enWords[j]!)) continue;
    const how = renderingAt(words.facts[last]!, enWords, j);
    if (!how) continue;
    const nameWords = how.method === 'romanised' ? [j] : [];
    let i = last - 1;
    let e = j - how.width;
    let method: HeadMethod = how.method;
    while (i >= firstCandidate && e >= 0) {
      if (isFunctionWord(enWords[e]!)) {
        e--;
        continue;
      }
      const step = renderingAt(words.facts[i]!, enWords, e);
      if (!step) break;
      if (step.method === 'romanised') nameWords.push(e);
      else method = method === 'romanised' ? 'romanised' : 'translated';
      i--;
      e -= step.width;
    }
    return { first: i + 1, last, method, nameWords };
  }
  return { first: last, last, method: 'adjacent', nameWords: [] };
}

/** Tries the English word at `j`, and phrases ending there for translations such as "prime minister". */
function renderingAt(word: WordFacts, enWords: readonly string[], j: number): { method: 'romanised' | 'translated'; width: number } | null {
  // Most words have no translation: then no phrase is made.
  for (let width = hasTranslation(word) ? Math.min(3, j + 1) : 0; width >= 2; width--) {
    const phrase = enWords
      .slice(j - width + 1, j + 1)
      .join(' ')
      .toLowerCase();
    for (const stem of word.stems) if (translationsOf(stem)?.includes(phrase)) return { method: 'translated', width };
  }
  const how = wordRenders(word, enWords[j]!);
  return how ? { method: how, width: 1 } : null;
}

function hasTranslation(word: WordFacts): boolean {
  for (const stem of word.stems) if (translationsOf(stem) !== undefined) return true;
  return false;
}

/** After a glossary match, descriptive words before it may be glossed too ("Ukrainian President …"). */
function extendLeft(
  words: Words,
  candidates: number[],
  first: number,
  enWords: readonly string[],
  e: number,
  index: GlossaryIndex,
): number {
  const firstCandidate = candidates[0]!;
  let i = first - 1;
  while (i >= firstCandidate && e >= 0) {
    if (isFunctionWord(enWords[e]!)) {
      e--;
      continue;
    }
    const g = glossaryMatchEndingAt(words, i, index);
    if (g && g.first >= firstCandidate) {
      const entry = index.entries[g.entry]!;
      if (skeletonOf(entry.en) !== '' && similarSkeletons(skeletonOf(enWords[e]!).slice(0, 3), skeletonOf(entry.en).slice(0, 3))) {
        i = g.first - 1;
        e--;
        continue;
      }
    }
    const step = renderingAt(words.facts[i]!, enWords, e);
    if (!step) break;
    i--;
    e -= step.width;
  }
  return i + 1;
}

/** `from`, …, `to - 1`, in an array of just that size (one grown by pushing keeps room for 17). */
function range(from: number, to: number): number[] {
  const out = new Array<number>(to - from);
  for (let k = from; k < to; k++) out[k - from] = k;
  return out;
}
