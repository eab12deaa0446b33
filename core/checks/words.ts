import { scanWords } from '../bengali/words';
import type { Lexicon, WordFacts } from './lexicon';

/**
 * A paragraph's words, flat: their offsets in two typed arrays and, for each, the lexicon's facts about
 * its spelling (one object shared by every occurrence of that spelling). Paragraph results live in the
 * checker's cache, so an object per word was what every garbage collection copied; this is four
 * objects per paragraph.
 */
export interface Words {
  readonly text: string;
  readonly length: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly facts: WordFacts[];
}

// Offsets are gathered here, then copied out at the paragraph's size.
let scratchFrom = new Int32Array(256);
let scratchTo = new Int32Array(256);

/** The paragraph's words (see `scanWords`), each looked up in the lexicon by its spelling. */
export function paragraphWords(text: string, lexicon: Lexicon): Words {
  const facts: WordFacts[] = [];
  let n = 0;
  scanWords(text, (from, to) => {
    if (n === scratchFrom.length) {
      const grownFrom = new Int32Array(n * 2);
      const grownTo = new Int32Array(n * 2);
      grownFrom.set(scratchFrom);
      grownTo.set(scratchTo);
      scratchFrom = grownFrom;
      scratchTo = grownTo;
    }
    scratchFrom[n] = from;
    scratchTo[n] = to;
    n++;
    facts.push(lexicon.spelling(text, from, to));
  });
  return { text, length: n, from: scratchFrom.slice(0, n), to: scratchTo.slice(0, n), facts };
}

/** True when only spaces separate the `i`th word from the previous one (so they may form one name). */
export function joinedToPrevious(words: Words, i: number): boolean {
  if (i <= 0 || i >= words.length) return false;
  const from = words.to[i - 1]!;
  const to = words.from[i]!;
  if (from === to) return false;
  for (let k = from; k < to; k++) {
    const c = words.text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}
