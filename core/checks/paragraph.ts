/**
 * The per-paragraph pass: everything that can be decided from one paragraph's text. Its result is
 * plain data, cached by the paragraph's text, so a keystroke re-checks only the paragraph it touched.
 * Offsets here are relative to the paragraph.
 */
import { foldForMatch } from '../bengali/fold';
import { asciiDigits, bengaliDigits } from '../bengali/digits';
import { damagedWords, decomposeNukta } from '../bengali/normalize';
import { editDistance, phoneticKey } from '../bengali/phonetic';
import { spelledLetters } from '../bengali/romanize';
import { ENDINGS_NEVER_WORDS, suffixOf } from '../bengali/suffix';
import type { FormKind, GlossaryIndex } from '../glossary/index';
import { normalizeEnglish } from '../glossary/index';
import { finding } from './catalogue';
import { classifyParenthetical, findHead, glossWords, isFunctionWord, scanParentheticals, wordsBefore, type HeadMethod } from './gloss';
import type { HouseStyle } from '../bengali/house-style';
import type { Finding } from './types';
import { GAP_DANDA_BEFORE_TEXT, GAP_DOUBLE_SPACE, GAP_PIPE, GAP_REPAIR, GAP_SPACE_BEFORE_COMMA, GAP_SPACE_BEFORE_DANDA, GAP_SPACE_BY_HYPHEN, joinedToPrevious, paragraphWords, type Words } from './words';
import {
  WORD_ASCII_DIGITS,
  WORD_BENGALI,
  WORD_BENGALI_DIGITS,
  WORD_DECOMPOSED,
  WORD_ENDING,
  WORD_MAY_BE_NEAR,
  WORD_MAY_NEED_REPAIR,
  WORD_NAME,
  WORD_PRECOMPOSED,
  WORD_PREFERRED,
  type Lexicon,
  type WordFacts,
} from './lexicon';

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
  /** The gloss right after this mention, if any. */
  gloss?: GlossRecord;
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
}

export interface CheckContext {
  index: GlossaryIndex;
  lexicon: Lexicon;
  style: HouseStyle;
  /** Folded variant or preferred spelling → folded preferred spelling. */
  preferred: Map<string, { preferred: string; display: string }>;
}

const HYPHEN_SUFFIX_AFTER_GLOSS = /^-[\u0980-\u09FF]+/;

export function checkParagraph(text: string, ctx: CheckContext): ParagraphResult {
  const words = paragraphWords(text, ctx.lexicon);
  const findings: Finding[] = [];
  const { mentions, covered } = findMentions(text, words, ctx);
  const glosses = checkGlosses(text, words, mentions, covered, ctx, findings);
  checkVariants(mentions, ctx, findings);
  checkNearMisses(words, covered, ctx, findings);
  checkDetachedSuffixes(text, words, covered, findings);
  const splitVowels = checkRepairs(words, ctx, findings);
  checkPunctuation(words, findings);
  checkDigits(words, ctx.style, findings);
  return {
    text,
    findings: inOrder(findings, (f) => f.offset),
    mentions: inOrder(mentions, (m) => m.from),
    glosses,
    encodings: encodingUses(words),
    splitVowels,
    styleUses: styleUses(words, ctx),
    words,
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
        prefix += ' ' + words.facts[k]!.folded;
      }
      const lastWord = words.facts[i + n - 1]!;
      if (!joined || !joinedToPrevious(words, i + n - 1) || !lastWord.bengali) continue;
      for (const stem of lastWord.stems) {
        const hit = index.forms.get(prefix + ' ' + stem);
        if (hit) {
          found = { entry: hit.entry, kind: hit.kind, last: i + n - 1, form: prefix + ' ' + stem };
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

function checkGlosses(text: string, words: Words, mentions: Mention[], covered: Uint8Array, ctx: CheckContext, findings: Finding[]): GlossRecord[] {
  const { index } = ctx;
  const out: GlossRecord[] = [];
  const { pairs, unbalanced } = scanParentheticals(text);
  for (const at of unbalanced) {
    const after = text[at] === '(' ? text.slice(at + 1, at + 40) : text.slice(Math.max(0, at - 40), at);
    if (!/[A-Za-z]/.test(after) || /[\u0980-\u09FF]/.test(text[at] === '(' ? after.split(/\s/)[0] ?? '' : after.slice(-1))) continue;
    findings.push(
      finding('gloss/format', {
        offset: at,
        length: 1,
        text: text[at]!,
        key: `unbalanced:${text[at]}`,
        message: { bn: 'বন্ধনী খোলা বা বন্ধ করা হয়নি', en: 'This bracket has no partner: the gloss is not closed or not opened' },
      }),
    );
  }
  for (const p of pairs) {
    if (classifyParenthetical(p.inner) !== 'gloss') continue;
    const english = p.inner.trim();
    const suffix = HYPHEN_SUFFIX_AFTER_GLOSS.exec(text.slice(p.close + 1));
    const record: GlossRecord = { open: p.open, close: p.close, english, head: null, end: p.close + 1 + (suffix ? suffix[0].length : 0) };
    out.push(record);
    formatFindings(text, p, english, findings);
    const candidates = wordsBefore(words, p.open);
    const head = findHead(words, candidates, english, index);
    if (!head) continue;
    const from = words.from[head.first]!;
    const to = words.to[head.last]!;
    record.head = { from, to, text: text.slice(from, to), method: head.method };
    const mention = mentions.find((m) => m.to === to);
    if (mention) {
      mention.gloss = record;
      const entry = index.entries[mention.entry!]!;
      if (head.method !== 'glossary') glossaryDisagreement(record, entry.en, mention, ctx, findings);
    } else if (head.method === 'romanised' || head.method === 'spelled' || head.method === 'initials') {
      const stem = bestStem(words.facts[head.last]!, glossWords(english));
      const multiword = head.method === 'initials' && head.first < head.last;
      const form = multiword ? words.facts.slice(head.first, head.last).map((w) => w.folded).join(' ') + ' ' + stem : stem;
      const start = multiword ? from : words.from[head.last]!;
      mentions.push({
        entity: `n:${multiword ? form.split(' ').map(phoneticKey).join(' ') : phoneticKey(stem)}`,
        from: start,
        to,
        text: text.slice(start, to),
        form,
        kind: 'name',
        gloss: record,
      });
      covered.fill(1, head.first, head.last + 1);
    }
    lowerCaseName(text, p, english, head.nameWords, findings);
  }
  return out;
}

/** The stem of a glossed word whose spelling the English renders best (ইরানের (Iran) → ইরান). */
function bestStem(word: WordFacts, english: readonly string[]): string {
  const stems = word.stems;
  const target = phoneticKey(english.join('').toLowerCase().replace(/[^a-z]/g, ''));
  let best = stems[0]!;
  let bestDistance = Infinity;
  for (const s of stems) {
    const d = editDistance(phoneticKey(s), target, 8);
    if (d < bestDistance) {
      best = s;
      bestDistance = d;
    }
  }
  return best;
}

function formatFindings(text: string, p: { open: number; close: number; inner: string }, english: string, findings: Finding[]): void {
  if (p.inner !== english) {
    findings.push(
      finding('gloss/format', {
        offset: p.open,
        length: p.close - p.open + 1,
        text: text.slice(p.open, p.close + 1),
        suggestions: [`(${english})`],
        key: `space:${normalizeEnglish(english)}`,
        message: { bn: 'বন্ধনীর ভেতরে শুরুতে বা শেষে ফাঁকা জায়গা', en: 'Space just inside the bracket of a gloss' },
      }),
    );
  }
  const before = text[p.open - 1];
  if (before !== undefined && /[\u0980-\u09FF]/.test(before)) {
    let start = p.open - 1;
    while (start > 0 && /[\u0980-\u09FF\u200C\u200D]/.test(text[start - 1]!)) start--;
    findings.push(
      finding('gloss/format', {
        offset: start,
        length: p.close + 1 - start,
        text: text.slice(start, p.close + 1),
        suggestions: [`${text.slice(start, p.open)} ${text.slice(p.open, p.close + 1)}`],
        key: `nospace:${normalizeEnglish(english)}`,
        message: { bn: 'বন্ধনীর আগে একটি ফাঁকা জায়গা দরকার', en: 'A gloss needs a space before its bracket' },
      }),
    );
  }
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function lowerCaseName(text: string, p: { open: number; close: number }, english: string, nameWords: number[], findings: Finding[]): void {
  const enWords = glossWords(english);
  // Only words with no capital at all: e-KYC and iPhone are written that way on purpose.
  const lower = nameWords.filter((i) => /^[a-z][a-z'’.-]*$/.test(enWords[i] ?? '') && !isFunctionWord(enWords[i]!));
  if (lower.length === 0) return;
  const fixed = enWords.map((w, i) => (lower.includes(i) ? titleCase(w) : w)).join(' ');
  findings.push(
    finding('gloss/format', {
      offset: p.open + 1,
      length: p.close - p.open - 1,
      text: text.slice(p.open + 1, p.close),
      suggestions: [fixed],
      key: `case:${normalizeEnglish(english)}`,
      message: { bn: 'নামের ইংরেজি বানান বড় হাতের অক্ষরে শুরু হয়', en: 'A name in a gloss starts with a capital letter' },
    }),
  );
}

/**
 * A gloss on a glossary entity that does not contain the glossary's English: close to it is
 * `gloss/inconsistent` (a misspelt gloss), another glossary entity's English is `gloss/mismatch`.
 */
function glossaryDisagreement(record: GlossRecord, expected: string, mention: Mention, ctx: CheckContext, findings: Finding[]): void {
  const { index } = ctx;
  const english = record.english;
  const other = index.english.get(normalizeEnglish(english));
  if (other && !other.includes(mention.entry!)) {
    findings.push(
      finding('gloss/mismatch', {
        offset: record.open + 1,
        length: record.close - record.open - 1,
        text: english,
        suggestions: [expected],
        key: `${mention.entity}|${normalizeEnglish(english)}`,
        message: {
          bn: `“${english}” এই নামের ইংরেজি নয়; “${mention.text}”-এর ইংরেজি ${expected}`,
          en: `“${english}” is not the English for “${mention.text}”, which is ${expected}`,
        },
      }),
    );
    return;
  }
  if (english === acronymOf(expected)) return;
  const enWords = glossWords(english);
  const want = glossWords(expected);
  const tail = enWords.slice(Math.max(0, enWords.length - want.length - 1)).join('');
  const close = (a: string, b: string) => a.length > 0 && editDistance(a, b, 3) <= Math.max(1, Math.floor(b.length / 4));
  const simplify = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
  if (close(simplify(tail), simplify(want.join(''))) || close(simplify(english), simplify(expected))) {
    findings.push(
      finding('gloss/inconsistent', {
        offset: record.open + 1,
        length: record.close - record.open - 1,
        text: english,
        suggestions: [expected],
        key: mention.entity,
        message: {
          bn: `শব্দকোষে এই নামের ইংরেজি “${expected}”`,
          en: `The glossary spells this name “${expected}” in English`,
        },
      }),
    );
  }
}

/** "Pakistan Tehreek-e-Insaf" → "PTI": the initials of the words that carry meaning. */
function acronymOf(english: string): string {
  return english
    .split(/[\s-]+/)
    .filter((w) => w !== '' && !isFunctionWord(w) && w.toLowerCase() !== 'e')
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

function checkVariants(mentions: Mention[], ctx: CheckContext, findings: Finding[]): void {
  for (const m of mentions) {
    if (m.kind !== 'variant') continue;
    const entry = ctx.index.entries[m.entry!]!;
    const lastText = foldForMatch(m.text).split(/\s+/).pop()!;
    const lastForm = m.form.slice(m.form.lastIndexOf(' ') + 1);
    const fixed = ctx.lexicon.repaired(ctx.lexicon.canonicalFor(entry, m.form) + suffixOf(lastText, lastForm), ctx.style);
    findings.push(
      finding('entity/variant', {
        offset: m.from,
        length: m.to - m.from,
        text: m.text,
        suggestions: [fixed],
        key: m.entity,
        message: {
          bn: `শব্দকোষ অনুযায়ী বানান “${entry.bn}”`,
          en: `The glossary spells this name “${entry.bn}” (${entry.en})`,
        },
      }),
    );
  }
}

/** Unknown words one phonetic edit from a glossary name (ইসলামবাদ → ইসলামাবাদ). */
function checkNearMisses(words: Words, covered: Uint8Array, ctx: CheckContext, findings: Finding[]): void {
  for (let i = 0; i < words.length; i++) {
    if ((words.flags[i]! & WORD_MAY_BE_NEAR) === 0 || covered[i] === 1) continue;
    const w = words.facts[i]!;
    const near = w.near;
    if (!near) continue;
    const entry = ctx.index.entries[near.entry]!;
    findings.push(
      finding('entity/unknown-near', {
        offset: words.from[i]!,
        length: words.to[i]! - words.from[i]!,
        text: w.text,
        suggestions: [ctx.lexicon.repaired(entry.bn + suffixOf(w.folded, near.stem), ctx.style)],
        key: `near:${w.folded}`,
        message: { bn: `“${entry.bn}” বোঝানো হয়েছে কি?`, en: `Did you mean “${entry.bn}” (${entry.en})?` },
      }),
    );
  }
}

// After a locative -এ comes a verb; the demonstrative এ ("this") is always followed by a noun.
const VERBS_AFTER_LOCATIVE = new Set(
  ['আছে', 'আছেন', 'ছিল', 'ছিলেন', 'যান', 'যাবেন', 'গেছেন', 'গিয়ে', 'গিয়েছিলেন', 'থাকে', 'থাকেন', 'বসে', 'হয়', 'হবে', 'হয়েছে', 'পৌঁছান', 'পৌঁছেছেন', 'এসেছেন', 'আসেন', 'ফেরেন', 'যাই', 'যাচ্ছি', 'যাচ্ছেন', 'আসুন', 'ছিলাম', 'আছি'].map((s) => foldForMatch(s.normalize('NFC'))),
);

function joinSuffix(base: string, suffix: string): string {
  // After Latin letters, digits or a spelt-out acronym (ডিএসএ-এর) the suffix takes a hyphen.
  if (!/[\u0980-\u09E5]$/.test(base) || spelledLetters(foldForMatch(base)) !== null) return `${base}-${suffix}`;
  const endsInVowel = /[\u0985-\u0994\u09BE-\u09CC\u09D7]$/.test(base);
  if (suffix === 'এর' || suffix === 'এরই') return base + (endsInVowel ? 'র' : 'ের') + (suffix === 'এরই' ? 'ই' : '');
  if (suffix === 'এ' || suffix === 'এও') {
    const locative = !endsInVowel ? 'ে' : /[া\u09CB]$/.test(base) ? 'য়' : 'তে';
    return base + locative + (suffix === 'এও' ? 'ও' : '');
  }
  return base + suffix;
}

function checkDetachedSuffixes(text: string, words: Words, covered: Uint8Array, findings: Finding[]): void {
  for (let i = 1; i < words.length; i++) {
    if ((words.flags[i]! & WORD_ENDING) === 0) continue;
    const w = words.facts[i]!;
    const always = ENDINGS_NEVER_WORDS.has(w.folded);
    const prev = words.facts[i - 1]!;
    const gap = text.slice(words.to[i - 1], words.from[i]);
    const afterBracket = /^\)[ \t]+$/.test(gap);
    if (!joinedToPrevious(words, i) && !afterBracket) continue;
    if (!always) {
      const next = words.facts[i + 1];
      const nextJoined = joinedToPrevious(words, i + 1);
      const nameLike = afterBracket || !prev.bengali || covered[i - 1] === 1 || spelledLetters(prev.folded) !== null;
      const nextIsInitial = next !== undefined && nextJoined && spelledLetters(next.folded) !== null && next.folded.length <= 4;
      const verbFollows = next !== undefined && VERBS_AFTER_LOCATIVE.has(next.folded);
      const endsClause = next === undefined || !nextJoined;
      // The demonstrative এ ("this") is common after a name (ভারতের এ সিদ্ধান্ত), so a lone এ is a
      // suffix only when a verb or the end of the clause follows, or it stands after Latin letters.
      if (w.folded === 'এ' || w.folded === 'এও') {
        const afterLatin = !prev.bengali || afterBracket;
        if (nextIsInitial || /ের$/.test(prev.folded) || !(afterLatin || verbFollows || endsClause)) continue;
      } else if (!nameLike || nextIsInitial) continue;
    }
    const suffix = w.text;
    const prevText = prev.text;
    const base = afterBracket ? ')' : prevText;
    const from = afterBracket ? words.to[i - 1]! + gap.indexOf(')') : words.from[i - 1]!;
    const fixed = afterBracket ? `)-${suffix}` : joinSuffix(prevText, suffix);
    findings.push(
      finding('grammar/detached-suffix', {
        offset: from,
        length: words.to[i]! - from,
        text: text.slice(from, words.to[i]),
        suggestions: [fixed],
        key: `${foldForMatch(base)}|${w.folded}`,
        message: { bn: `বিভক্তি “${suffix}” আলাদা করে লেখা যায় না; শব্দের সঙ্গে যুক্ত হবে`, en: `The case ending “${suffix}” is written joined to its word, not apart` },
      }),
    );
  }
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\u00AD\uFEFF]/g;

/**
 * `damagedWords` of the paragraph. When no gap holds a mark or an invisible character, a damaged
 * word lies inside one of the words, and holds its repair sites alone as in the text (see
 * WORD_MAY_NEED_REPAIR), so only the words with sites are looked at.
 */
function damagedWordsOf(words: Words): { from: number; to: number }[] {
  if (words.gaps & GAP_REPAIR) return damagedWords(words.text);
  if ((words.anyFlags & WORD_MAY_NEED_REPAIR) === 0) return [];
  const out: { from: number; to: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words.flags[i]! & WORD_MAY_NEED_REPAIR) out.push(...damagedWords(words.text, words.from[i], words.to[i]));
  }
  return out;
}

/** Words that `normalizeText` would change beyond the nukta encoding: split signs, stray marks, invisible characters. */
function checkRepairs(words: Words, ctx: CheckContext, findings: Finding[]): ParagraphResult['splitVowels'] {
  const split: ParagraphResult['splitVowels'] = [];
  const { text } = words;
  for (const { from, to } of damagedWordsOf(words)) {
    const word = text.slice(from, to);
    const fixed = ctx.lexicon.repaired(word, ctx.style);
    // The nukta encoding alone, or a split vowel sign alone, is the document pass's question (see checkEncodingMix).
    if (decomposeNukta(fixed) === decomposeNukta(word)) continue;
    if (decomposeNukta(fixed) === decomposeNukta(word.normalize('NFC'))) {
      split.push({ from, to, text: word, fixed });
      continue;
    }
    const visible = word.replace(ZERO_WIDTH, '');
    const rule = decomposeNukta(visible) === decomposeNukta(fixed) ? 'unicode/invisible' : 'unicode/mixed-encoding';
    findings.push(
      finding(rule, {
        offset: from,
        length: word.length,
        text: word,
        suggestions: [fixed],
        key: `repair:${foldForMatch(fixed)}`,
        message:
          rule === 'unicode/invisible'
            ? { bn: 'শব্দের ভেতরে অদৃশ্য অক্ষর আছে; খোঁজা ও বানান মেলানো ভুল হবে', en: 'Invisible characters inside this word break search and spell-checking' }
            : { bn: 'শব্দটির ইউনিকোড এনকোডিং ভাঙা (ভাঙা কার-চিহ্ন বা বাড়তি চিহ্ন); দেখতে এক হলেও খোঁজা যাবে না', en: 'This word is encoded wrongly (split vowel sign or a stray mark); it looks right but will not match in search' },
      }),
    );
  }
  return split;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// A space on one side of a hyphen, after a word: ` -x` or `- x`. Here and in the patterns below, a
// look-behind comes after the character it looks past, so the scan stops only at those characters
// and does not look behind every one.
const LONE_HYPHEN = /(?: (?<=[\p{L}\p{M}\p{N})] ) *-(?=[\p{L}\p{N}])|-(?<=[\p{L}\p{M}\p{N})]-) +(?=[\p{L}\p{N}]))/gu;

function checkPunctuation(words: Words, findings: Finding[]): void {
  // Each rule runs only where its gap bit says its pattern may be: most paragraphs have none.
  const { text, gaps } = words;
  if ((gaps & ~GAP_REPAIR) === 0) return;
  const add = (rule: 'punctuation/danda' | 'punctuation/hyphen-spacing' | 'punctuation/spacing', offset: number, flagged: string, fix: string, bn: string, en: string) =>
    findings.push(finding(rule, { offset, length: flagged.length, text: flagged, suggestions: [fix], key: `${rule}:${flagged}`, message: { bn, en } }));
  for (const m of gaps & GAP_PIPE ? text.matchAll(/\|(?<=[\u0980-\u09FF][\u200C\u200D]?[ \t]*\|)(?!\|)/g) : []) {
    add('punctuation/danda', m.index!, '|', '।', '“|” নয়, দাঁড়ি “।” হবে', 'Use the danda “।”, not “|”');
  }
  for (const m of gaps & (GAP_PIPE | GAP_SPACE_BEFORE_DANDA) ? text.matchAll(/[ \t](?<=\S[ \t])[ \t]*[।|]/g) : []) {
    add('punctuation/danda', m.index!, m[0], '।', 'দাঁড়ির আগে ফাঁকা জায়গা হবে না', 'No space before the danda');
  }
  for (let i = gaps & GAP_DANDA_BEFORE_TEXT ? text.indexOf('।') : -1; i >= 0; i = text.indexOf('।', i + 1)) {
    if (LETTER_OR_DIGIT.test(text.charAt(i + 1))) add('punctuation/danda', i, '।', '। ', 'দাঁড়ির পরে একটি ফাঁকা জায়গা দরকার', 'Put a space after the danda');
  }
  for (const m of gaps & GAP_SPACE_BY_HYPHEN ? text.matchAll(LONE_HYPHEN) : []) {
    findings.push(
      finding('punctuation/hyphen-spacing', {
        offset: m.index!,
        length: m[0].length,
        text: m[0],
        suggestions: ['-', ' – '],
        key: `punctuation/hyphen-spacing:${m[0]}`,
        message: {
          bn: 'হাইফেনের এক পাশে ফাঁকা জায়গা: শব্দ জুড়তে হলে দুই পাশেই ফাঁকা থাকবে না, ড্যাশ হলে দুই পাশেই থাকবে',
          en: 'A space on one side of a hyphen: a joining hyphen has none, a dash has one on each side',
        },
      }),
    );
  }
  for (const m of gaps & GAP_DOUBLE_SPACE ? text.matchAll(/ (?<=\S ) +(?=\S)/g) : []) {
    add('punctuation/spacing', m.index!, m[0], ' ', 'একাধিক ফাঁকা জায়গা', 'More than one space');
  }
  for (const m of gaps & GAP_SPACE_BEFORE_COMMA ? text.matchAll(/[ \t](?<=\S[ \t])[ \t]*(?=,)/g) : []) {
    add('punctuation/spacing', m.index!, m[0], '', 'কমার আগে ফাঁকা জায়গা হবে না', 'No space before a comma');
  }
}

/** Digits against the house style, where the text around them is Bengali (C-130 and COVID-19 stay as they are). */
function checkDigits(words: Words, style: HouseStyle, findings: Finding[]): void {
  if (style.digits === 'any' || (words.anyFlags & (style.digits === 'bengali' ? WORD_ASCII_DIGITS : WORD_BENGALI_DIGITS)) === 0) return;
  const { text } = words;
  const wrong = style.digits === 'bengali' ? /[0-9](?<![A-Za-z0-9.\-/:][0-9])[0-9]*(?:[.,:/][0-9]+)*(?![A-Za-z0-9\-])/g : /[০-৯]+(?:[.,:/][০-৯]+)*/g;
  for (const m of text.matchAll(wrong)) {
    const before = text.slice(Math.max(0, m.index! - 12), m.index!);
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
    if (style.digits === 'bengali' && !/[\u0980-\u09FF]/.test(before + after)) continue;
    if (style.digits === 'bengali' && (/[A-Za-z]\s*$/.test(before) || insideLatinParenthetical(text, m.index!))) continue;
    const fixed = style.digits === 'bengali' ? bengaliDigits(m[0]) : asciiDigits(m[0]);
    findings.push(
      finding('style/digits', {
        offset: m.index!,
        length: m[0].length,
        text: m[0],
        suggestions: [fixed],
        key: `digits:${style.digits}`,
        message:
          style.digits === 'bengali'
            ? { bn: 'বাংলা লেখায় বাংলা অঙ্ক ব্যবহার করুন', en: 'Use Bengali digits in Bengali copy' }
            : { bn: 'হাউস স্টাইল অনুযায়ী ইংরেজি অঙ্ক ব্যবহার করুন', en: 'The house style uses ASCII digits' },
      }),
    );
  }
}

/** Within `(…)` whose text is Latin: a gloss such as (RTE Act, 2009) keeps its own digits. */
function insideLatinParenthetical(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  if (open < 0 || text.lastIndexOf(')', at) > open) return false;
  const close = text.indexOf(')', at);
  const inner = text.slice(open + 1, close < 0 ? undefined : close);
  return /[A-Za-z]/.test(inner) && !/[\u0980-\u09FF]/.test(inner);
}

function wordSpan(words: Words, i: number): WordSpan {
  return { from: words.from[i]!, to: words.to[i]!, text: words.facts[i]!.text };
}

function encodingUses(words: Words): EncodingUses {
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
  if (ctx.preferred.size === 0) return [];
  const out: StyleUse[] = [];
  for (let i = 0; i < words.length; i++) {
    if ((words.flags[i]! & (WORD_PREFERRED | WORD_BENGALI)) !== (WORD_PREFERRED | WORD_BENGALI)) continue;
    const w = words.facts[i]!;
    const hit = w.preferred;
    if (hit) out.push({ from: words.from[i]!, to: words.to[i]!, text: w.text, preferred: hit.preferred, isVariant: w.folded !== hit.preferred });
  }
  return out;
}
