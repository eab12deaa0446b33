import { scanWords, wordPartWidth } from '../bengali/words';
import type { Lexicon, WordFacts } from './lexicon';

/**
 * A paragraph's words, flat: their offsets and their spellings' WORD_* bits in arrays of small
 * integers and, for each, the lexicon's facts about its spelling (one object shared by every
 * occurrence of that spelling). Paragraph results live in the checker's cache, so an object per word
 * was what every garbage collection copied; this is five objects per paragraph. (Typed arrays would
 * be smaller, but each costs an allocation outside the heap, which was slower than the words' scan.)
 */
export interface Words {
  readonly text: string;
  readonly length: number;
  readonly from: readonly number[];
  readonly to: readonly number[];
  readonly flags: readonly number[];
  /** Every word's WORD_* bits together: which questions some word of the paragraph raises. */
  readonly anyFlags: number;
  /** The GAP_* bits of the text between and around the words. */
  readonly gaps: number;
  readonly facts: WordFacts[];
}

/**
 * What the text between the words holds, a bit each: punctuation a rule looks at, and a character
 * a Unicode repair acts on. Words hold letters, marks and digits only, so these can only be there,
 * and the gaps are mostly one space: looking at them costs far less than a pass over the text.
 */
export const GAP_PIPE = 1;
export const GAP_SPACE_BEFORE_DANDA = 2;
/** A danda followed by something other than a space. */
export const GAP_DANDA_BEFORE_TEXT = 4;
export const GAP_SPACE_BY_HYPHEN = 8;
export const GAP_DOUBLE_SPACE = 16;
export const GAP_SPACE_BEFORE_COMMA = 32;
/** An invisible character, or a mark or joiner outside a word: a damaged word may reach into the gap. */
export const GAP_REPAIR = 64;

function gapSites(text: string, from: number, to: number): number {
  let sites = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code === 0x20 || code === 0x09) {
      if (next === 0x964) sites |= GAP_SPACE_BEFORE_DANDA;
      else if (next === 0x2c) sites |= GAP_SPACE_BEFORE_COMMA;
      else if (code === 0x20 && next === 0x2d) sites |= GAP_SPACE_BY_HYPHEN;
      else if (code === 0x20 && next === 0x20) sites |= GAP_DOUBLE_SPACE;
    } else if (code === 0x7c) sites |= GAP_PIPE;
    else if (code === 0x964) sites |= i + 1 < text.length && next !== 0x20 ? GAP_DANDA_BEFORE_TEXT : 0;
    else if (code === 0x2d) sites |= next === 0x20 ? GAP_SPACE_BY_HYPHEN : 0;
    else if (code === 0x00ad || code === 0x200b || code === 0x2060 || code === 0xfeff || wordPartWidth(text, i) > 0) sites |= GAP_REPAIR;
  }
  return sites;
}

// Gathered here, then copied out at the paragraph's size: arrays grown word by word allocate twice
// what they keep.
const starts: number[] = [];
const ends: number[] = [];
const flags: number[] = [];
const facts: (WordFacts | undefined)[] = [];

/** The paragraph's words (see `scanWords`), each looked up in the lexicon by its spelling. */
export function paragraphWords(text: string, lexicon: Lexicon): Words {
  let n = 0;
  let anyFlags = 0;
  let gaps = 0;
  let previousEnd = 0;
  scanWords(text, (from, to, hash) => {
    // The gap before this word; one space, the commonest, holds nothing.
    if (from - previousEnd !== 1 || text.charCodeAt(previousEnd) !== 0x20) gaps |= gapSites(text, previousEnd, from);
    previousEnd = to;
    const id = lexicon.idOf(text, from, to, hash);
    const bits = lexicon.flags(id);
    starts[n] = from;
    ends[n] = to;
    flags[n] = bits;
    facts[n] = lexicon.facts(id);
    anyFlags |= bits;
    n++;
  });
  gaps |= gapSites(text, previousEnd, text.length);
  const words = {
    text,
    length: n,
    from: starts.slice(0, n),
    to: ends.slice(0, n),
    flags: flags.slice(0, n),
    anyFlags,
    gaps,
    facts: facts.slice(0, n) as WordFacts[],
  };
  // The scratch must not keep an old checker's facts alive.
  facts.fill(undefined, 0, n);
  return words;
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
