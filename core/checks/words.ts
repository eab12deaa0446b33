import { foldForMatch, FOLD_PATTERN } from '../bengali/fold';
import { WORD_PATTERN } from '../bengali/words';
import type { Lexicon, WordFacts } from './lexicon';

/** A word of a paragraph, with what the checks ask of it computed once. */
export interface Word {
  from: number;
  to: number;
  text: string;
  /** `text` folded for matching (see fold.ts). */
  folded: string;
  bengali: boolean;
  /** True when only spaces separate this word from the previous one (so they may form one name). */
  joinedToPrevious: boolean;
  facts: WordFacts;
}

// A Bengali letter, not a Bengali digit: ১৩.২ is not a word a gloss can attach to.
function isBengaliLetter(code: number): boolean {
  return code >= 0x980 && code <= 0x9ff && !(code >= 0x9e6 && code <= 0x9ef);
}

/**
 * The paragraph's words. The paragraph is folded in one pass (not word by word); each word's folded
 * form is cut from it through the list of places where folding changed the length.
 */
export function paragraphWords(text: string, lexicon: Lexicon): Word[] {
  const shifts: { at: number; delta: number }[] = [];
  let total = 0;
  const folded = text.replace(FOLD_PATTERN, (match: string, at: number) => {
    const out = foldForMatch(match);
    total += out.length - match.length;
    shifts.push({ at: at + match.length, delta: total });
    return out;
  });
  let s = 0;
  let delta = 0;
  const foldedAt = (offset: number): number => {
    while (s < shifts.length && shifts[s]!.at <= offset) delta = shifts[s++]!.delta;
    return offset + delta;
  };
  const out: Word[] = [];
  let lastEnd = -1;
  for (const m of text.matchAll(WORD_PATTERN)) {
    const from = m.index!;
    const word = m[0];
    const to = from + word.length;
    let f = word;
    if (shifts.length > 0) {
      // Folding always changes length, so an unchanged shift across the word means an unchanged word.
      const start = foldedAt(from);
      const end = foldedAt(to);
      if (end - start !== to - from || (s > 0 && shifts[s - 1]!.at > from)) f = folded.slice(start, end);
    }
    out.push({
      from,
      to,
      text: word,
      folded: f,
      bengali: isBengaliLetter(word.charCodeAt(0)),
      joinedToPrevious: lastEnd >= 0 && onlySpaces(text, lastEnd, from),
      facts: lexicon.of(f),
    });
    lastEnd = to;
  }
  return out;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  if (from === to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}
