/**
 * Word scanning that respects Bengali: vowel signs and the virama are combining marks (\p{M}), and
 * ZWJ/ZWNJ sit inside conjuncts, so none of them may split a word. Regex `\b` would split at every
 * vowel sign. This scan is linear; Intl.Segmenter is not (see DESIGN.md), so counting uses this.
 */
// ৷ (U+09F7) is \p{N}, but Kolkata copy types it for the danda: it is taken out of both classes.
// biome-ignore lint/complexity/useRegexLiterals: a `v` literal (set subtraction) is newer than the compile target
export const WORD_PATTERN = new RegExp(
  "[[\\p{L}\\p{N}]--\\u09F7][[\\p{L}\\p{M}\\p{N}\\u200c\\u200d]--\\u09F7]*(?:['’.\\-][[\\p{L}\\p{N}]--\\u09F7][[\\p{L}\\p{M}\\p{N}\\u200c\\u200d]--\\u09F7]*)*",
  'gv',
);

// What WORD_PATTERN's classes say of a code point: may start a word ([\p{L}\p{N}]), may continue one
// ([\p{L}\p{M}\p{N}\u200c\u200d]); WIDE marks a surrogate pair, two code units.
const START = 1;
const PART = 2;
const WIDE = 4;
const KNOWN = 8; // set on every classified character, so 0 in `classes` means not yet classified
const STARTS = /[\p{L}\p{N}]/u;
const PARTS = /[\p{M}\u200c\u200d]/u;
// Filled in as characters are first met: a text uses few distinct characters.
const classes = new Uint8Array(0x10000);

// ৷ (U+09F7, see WORD_PATTERN) is punctuation, never part of a word.
const DANDA_LOOKALIKE = '\u09F7';

function classify(char: string): number {
  if (char === DANDA_LOOKALIKE) return 0;
  return STARTS.test(char) ? START | PART : PARTS.test(char) ? PART : 0;
}

function classAt(text: string, i: number): number {
  const c = classes[text.charCodeAt(i)]!;
  return c & KNOWN ? c : classifyAt(text, i);
}

// A high surrogate is never marked known, so every pair comes here and is classified whole.
function classifyAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    return low >= 0xdc00 && low <= 0xdfff ? classify(text.slice(i, i + 2)) | WIDE : classify(text.charAt(i));
  }
  return (classes[code] = classify(text.charAt(i)) | KNOWN);
}

/**
 * How many code units the character at `i` takes when it is a word part ([\p{L}\p{M}\p{N}] or
 * ZWJ/ZWNJ), or 0 when it is not one.
 */
export function wordPartWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = classAt(text, i);
  return c & PART ? (c & WIDE ? 2 : 1) : 0;
}

/** `wordPartWidth` of the character that ends at `i`. */
export function wordPartWidthBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  const low = text.charCodeAt(i - 1);
  const start =
    low >= 0xdc00 && low <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff ? i - 2 : i - 1;
  return wordPartWidth(text, start) === i - start ? i - start : 0;
}

function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d;
}

/** FNV-1a over UTF-16 code units: what `scanWords` hands each word, for looking spellings up without slicing them. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * Calls `visit` with the span of each word of `text` (the spans WORD_PATTERN matches, found by a plain
 * loop) and the FNV-1a hash of its code units. The checker scans every paragraph this way, where a
 * match object per word was most of its garbage, and keys its spellings by the hash.
 */
export function scanWords(text: string, visit: (from: number, to: number, hash: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = classAt(text, i);
    if ((c & START) === 0) {
      i += c & WIDE ? 2 : 1;
      continue;
    }
    const from = i;
    let hash = FNV_OFFSET;
    for (;;) {
      // The character at i is a word part (at the start, or after a joiner): take it and the parts after it.
      do {
        hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
        if (c & WIDE) hash = Math.imul(hash ^ text.charCodeAt(i + 1), FNV_PRIME);
        i += c & WIDE ? 2 : 1;
      } while (i < n && (c = classAt(text, i)) & PART);
      if (i + 1 >= n || !isJoiner(text.charCodeAt(i))) break;
      c = classAt(text, i + 1);
      if ((c & START) === 0) break;
      hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
      i++;
    }
    visit(from, i, hash);
  }
}

export interface WordRange {
  /** UTF-16 offset of the word's first code unit in the scanned text. */
  from: number;
  to: number;
  word: string;
}

/** The words of `text`, as scanWords finds them: a loop, so an eight-million-letter "word" is counted, not a stack overflow. */
export function countWords(text: string): number {
  let count = 0;
  scanWords(text, () => count++);
  return count;
}

export function wordRanges(text: string): WordRange[] {
  const out: WordRange[] = [];
  scanWords(text, (from, to) => out.push({ from, to, word: text.slice(from, to) }));
  return out;
}

/** Minutes to read at a newsroom's usual estimate for Bengali prose (about 200 words a minute), at least one. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 200));
}
