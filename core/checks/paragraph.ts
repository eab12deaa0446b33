/**
 * The per-paragraph pass: everything that can be decided from one paragraph's text. Its result is
 * plain data, cached by the paragraph's text, so a keystroke re-checks only the paragraph it touched.
 * Offsets here are relative to the paragraph. The engine finds the paragraph's words and glossary
 * names; the rule families (rules/index.ts) do the rest, each skipped when its screen says the
 * paragraph has nothing for it.
 */
import type { Dictionary } from '../bengali/dictionary';
import type { FormKind, GlossaryIndex } from '../glossary/index';
import type { HeadMethod } from './gloss';
import type { HouseStyle } from '../bengali/house-style';
import type { ParagraphScan } from './rule';
import { FAMILIES } from './rules/index';
import { nameUses, uncovered, type NameUses } from './rules/entity-names';
import type { Finding } from './types';
import { joinedToPrevious, paragraphWords, type Words } from './words';
import { WORD_BENGALI, WORD_DECOMPOSED, WORD_NAME, WORD_PRECOMPOSED, WORD_PREFERRED, type Lexicon } from './lexicon';

export interface GlossRecord {
  /** Offsets of `(` and `)`. */
  open: number;
  close: number;
  english: string;
  /** The glossed words; null when the gloss follows no Bengali word. */
  head: { from: number; to: number; text: string; method: HeadMethod } | null;
  /** End of a hyphenated suffix written after the gloss (`(Iran)-এ`), or `close + 1`. */
  end: number;
}

export interface Mention {
  /** Entity id: `g:` + the glossary entry's folded spelling, or `n:` + the phonetic key of a glossed unknown name. */
  entity: string;
  /** Glossary entry index, for glossary entities. */
  entry?: number;
  from: number;
  to: number;
  text: string;
  /** The folded spelling matched, without its case suffix. */
  form: string;
  kind: FormKind | 'name';
  /** A sound-alike variant's glossary spelling, folded: the one it is one edit from (entity-names.ts). */
  near?: string;
  /** The gloss right after this mention, if any. */
  gloss?: GlossRecord;
  /** Part of several names glossed at once (চিন ও রাশিয়া (China and Russia)): the gloss is the pair's, not this name's. */
  inCompound?: boolean;
}

export interface WordSpan {
  from: number;
  to: number;
  text: string;
}

/** How the paragraph's words write ড় ঢ় য়: how many words each way (a word may be both), and the first of each. */
export interface EncodingUses {
  precomposed: number;
  decomposed: number;
  firstPrecomposed: WordSpan | null;
  firstDecomposed: WordSpan | null;
}

export interface StyleUse {
  from: number;
  to: number;
  text: string;
  /** The folded preferred spelling this word is (or is a variant of). */
  preferred: string;
  isVariant: boolean;
}

export interface ParagraphResult {
  text: string;
  findings: Finding[];
  mentions: Mention[];
  glosses: GlossRecord[];
  encodings: EncodingUses;
  /** Words whose only fault is a split vowel sign (ে + া for ো): canonically the same text, so one document-level finding covers them. */
  splitVowels: { from: number; to: number; text: string; fixed: string }[];
  styleUses: StyleUse[];
  words: Words;
  /** Words that may be names outside any mention, for the document pass to group by sound (entity-names.ts). */
  names: NameUses;
}

export interface CheckContext {
  index: GlossaryIndex;
  lexicon: Lexicon;
  style: HouseStyle;
  /** Folded variant or preferred spelling → folded preferred spelling. */
  preferred: Map<string, { preferred: string; display: string }>;
  /** Correct Bengali words: an ordinary word is never a misspelt name (see bengali/dictionary.ts). */
  dictionary: Dictionary;
}

// What the rule families leave unset when a paragraph has nothing for them (shared: never added to).
const NO_SPLIT_VOWELS: ParagraphResult['splitVowels'] = [];
const NO_GLOSSES: GlossRecord[] = [];

export function checkParagraph(text: string, ctx: CheckContext): ParagraphResult {
  const words = paragraphWords(text, ctx.lexicon);
  const findings: Finding[] = [];
  const { mentions, covered } = findMentions(text, words, ctx);
  const names = nameUses(text, words, covered, mentions, ctx);
  const scan: ParagraphScan = { text, words, mentions, covered, glosses: NO_GLOSSES, splitVowels: NO_SPLIT_VOWELS };
  for (const family of FAMILIES) {
    const pass = family.paragraph;
    if (!pass) continue;
    const screen = pass.screen;
    if (screen && (words.anyFlags & (screen.words ?? 0)) === 0 && (words.gaps & (screen.gaps ?? 0)) === 0) continue;
    pass.check(scan, ctx, findings);
  }
  return {
    text,
    findings: inOrder(findings, (f) => f.offset),
    mentions: inOrder(mentions, (m) => m.from),
    glosses: scan.glosses,
    encodings: encodingUses(words),
    splitVowels: scan.splitVowels,
    styleUses: styleUses(words, ctx),
    words,
    names: uncovered(names, covered),
  };
}

/** `list` sorted by `at`, stably; most lists come in order already, and then sorting is skipped. */
function inOrder<T>(list: T[], at: (item: T) => number): T[] {
  for (let i = 1; i < list.length; i++) if (at(list[i - 1]!) > at(list[i]!)) return list.sort((a, b) => at(a) - at(b));
  return list;
}

const NO_PHRASES: number[] = [];

/** Whether each word after the `i`th, up to `n` words, is one that several-word spellings have (the last one stemmed). */
function mayBePhrase(words: Words, i: number, n: number, index: GlossaryIndex): boolean {
  for (let k = i + 1; k < i + n - 1; k++) if (!index.phraseWords.has(words.facts[k]!.folded)) return false;
  return words.facts[i + n - 1]!.endsPhrase;
}

let coveredWords = new Uint8Array(256);

/** Glossary spellings in the paragraph, longest first at each word, any case suffix on the last word. */
function findMentions(text: string, words: Words, ctx: CheckContext): { mentions: Mention[]; covered: Uint8Array } {
  const { index } = ctx;
  const mentions: Mention[] = [];
  // 1 for each word that is part of a name found. One array serves every paragraph: a typed array
  // is allocated outside the heap, which cost more than the paragraph's check.
  if (coveredWords.length < words.length) coveredWords = new Uint8Array(words.length * 2);
  const covered = coveredWords;
  covered.fill(0, 0, words.length);
  for (let i = 0; i < words.length; i++) {
    if ((words.flags[i]! & (WORD_NAME | WORD_BENGALI)) !== (WORD_NAME | WORD_BENGALI)) continue;
    const w = words.facts[i]!;
    let found: { entry: number; kind: FormKind; last: number; form: string } | null = null;
    for (const n of w.phraseLengths ?? NO_PHRASES) {
      if (found || i + n > words.length || !mayBePhrase(words, i, n, index)) continue;
      let prefix = w.folded;
      let joined = true;
      for (let k = i + 1; k < i + n - 1 && joined; k++) {
        if (!joinedToPrevious(words, k) || !words.facts[k]!.bengali) joined = false;
        prefix += ` ${words.facts[k]!.folded}`;
      }
      const lastWord = words.facts[i + n - 1]!;
      if (!joined || !joinedToPrevious(words, i + n - 1) || !lastWord.bengali) continue;
      for (const stem of lastWord.stems) {
        const hit = index.forms.get(`${prefix} ${stem}`);
        if (hit) {
          found = { entry: hit.entry, kind: hit.kind, last: i + n - 1, form: `${prefix} ${stem}` };
          break;
        }
      }
    }
    if (!found) {
      const single = w.single;
      if (single) found = { entry: single.entry, kind: single.kind, last: i, form: single.form };
    }
    if (!found) continue;
    const from = words.from[i]!;
    const to = words.to[found.last]!;
    mentions.push({
      entity: index.ids[found.entry]!,
      entry: found.entry,
      from,
      to,
      text: text.slice(from, to),
      form: found.form,
      kind: found.kind,
    });
    covered.fill(1, i, found.last + 1);
    i = found.last;
  }
  return { mentions, covered };
}

function wordSpan(words: Words, i: number): WordSpan {
  return { from: words.from[i]!, to: words.to[i]!, text: words.facts[i]!.text };
}

// Shared by the paragraphs that have none (most): a result lives as long as the checker's cache.
const NO_ENCODINGS: EncodingUses = { precomposed: 0, decomposed: 0, firstPrecomposed: null, firstDecomposed: null };
const NO_STYLE_USES: StyleUse[] = [];

function encodingUses(words: Words): EncodingUses {
  if ((words.anyFlags & (WORD_PRECOMPOSED | WORD_DECOMPOSED)) === 0) return NO_ENCODINGS;
  const uses: EncodingUses = { precomposed: 0, decomposed: 0, firstPrecomposed: null, firstDecomposed: null };
  for (let i = 0; i < words.length; i++) {
    const flags = words.flags[i]!;
    if (flags & WORD_PRECOMPOSED) {
      uses.precomposed++;
      uses.firstPrecomposed ??= wordSpan(words, i);
    }
    if (flags & WORD_DECOMPOSED) {
      uses.decomposed++;
      uses.firstDecomposed ??= wordSpan(words, i);
    }
  }
  return uses;
}

function styleUses(words: Words, ctx: CheckContext): StyleUse[] {
  if (ctx.preferred.size === 0 || (words.anyFlags & WORD_PREFERRED) === 0) return NO_STYLE_USES;
  const out: StyleUse[] = [];
  for (let i = 0; i < words.length; i++) {
    if ((words.flags[i]! & (WORD_PREFERRED | WORD_BENGALI)) !== (WORD_PREFERRED | WORD_BENGALI)) continue;
    const w = words.facts[i]!;
    const hit = w.preferred;
    if (hit)
      out.push({ from: words.from[i]!, to: words.to[i]!, text: w.text, preferred: hit.preferred, isVariant: w.folded !== hit.preferred });
  }
  return out;
}
