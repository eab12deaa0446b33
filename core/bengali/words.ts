/**
 * Word scanning that respects Bengali: vowel signs and the virama are combining marks (\p{M}), and
 * ZWJ/ZWNJ sit inside conjuncts, so none of them may split a word. Regex `\b` would split at every
 * vowel sign. This scan is linear; Intl.Segmenter is not (see DESIGN.md), so counting uses this.
 */
export const WORD_PATTERN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u200c\u200d]*(?:['’.-][\p{L}\p{N}][\p{L}\p{M}\p{N}\u200c\u200d]*)*/gu;

export interface WordRange {
  /** UTF-16 offset of the word's first code unit in the scanned text. */
  from: number;
  to: number;
  word: string;
}

export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD_PATTERN)) count++;
  return count;
}

export function wordRanges(text: string): WordRange[] {
  const out: WordRange[] = [];
  for (const m of text.matchAll(WORD_PATTERN)) {
    out.push({ from: m.index!, to: m.index! + m[0].length, word: m[0] });
  }
  return out;
}

/** Minutes to read at a newsroom's usual estimate for Bengali prose (about 200 words a minute), at least one. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 200));
}
