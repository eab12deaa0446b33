import { foldForMatch } from '../bengali/fold';
import { scanWords } from '../bengali/words';
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

/** The paragraph's words (see `scanWords`), each folded on its own: folding never crosses a word's edge. */
export function paragraphWords(text: string, lexicon: Lexicon): Word[] {
  const out: Word[] = [];
  let lastEnd = -1;
  scanWords(text, (from, to) => {
    const word = text.slice(from, to);
    const folded = foldForMatch(word);
    const facts = lexicon.of(folded);
    // Words are kept with the paragraph's result; pointing at the lexicon's copy of a spelling seen
    // before lets this slice die young instead of being copied by every garbage collection.
    const kept = folded === word ? facts.folded : word;
    out.push({
      from,
      to,
      text: kept,
      folded: facts.folded,
      bengali: isBengaliLetter(text.charCodeAt(from)),
      joinedToPrevious: lastEnd >= 0 && onlySpaces(text, lastEnd, from),
      facts,
    });
    lastEnd = to;
  });
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
