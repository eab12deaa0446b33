/**
 * The unicode family: words `normalizeText` would change. A stray mark or an invisible character is
 * flagged on its word; split vowel signs and the two encodings of ড় ঢ় য় look right and are one
 * document-wide repair, so each gets one finding for the article.
 */
import { bengaliDigits } from '../../bengali/digits';
import { foldForMatch } from '../../bengali/fold';
import { damagedWords, decomposeNukta } from '../../bengali/normalize';
import { WORD_MAY_NEED_REPAIR } from '../lexicon';
import type { CheckContext, ParagraphResult, WordSpan } from '../paragraph';
import type { PlacedParagraph } from '../document';
import { defineFamily, defineRule, finding } from '../rule';
import type { Finding } from '../types';
import { GAP_REPAIR, type Words } from '../words';

export const MIXED_ENCODING = defineRule({
  id: 'unicode/mixed-encoding',
  severity: 'warning',
  passes: ['paragraph', 'document'],
  label: { bn: 'ইউনিকোড দুই রকম', en: 'Mixed Unicode' },
  docs: {
    flags:
      'ড় ঢ় য় in both encodings in one article (one finding, on the first word not in the house form); split vowel signs (one finding for the article, counting the words); a word with a stray or doubled mark (each word)',
    example: '`আর` + `ে` + `া`, `চু্ক্তি`',
    fix: '`আরো` (one code point), `চুক্তি`; for the whole article: `newsroom normalize`',
  },
  // A vowel sign shown alone sits on a dotted circle, as Bengali print shows one: after a bracket or a
  // space the app's fonts (subset by script) would draw the bracket or space as a missing-glyph box.
  // In English, after a Bengali letter: a circle after Latin text is shaped apart from its sign, which
  // then gets a second circle of its own.
  messages: {
    damaged: () => ({
      bn: 'শব্দটির ইউনিকোড এনকোডিং ভাঙা (ভাঙা কার-চিহ্ন বা বাড়তি চিহ্ন); দেখতে এক হলেও খোঁজা যাবে না',
      en: 'This word is encoded wrongly (split vowel sign or a stray mark); it looks right but will not match in search',
    }),
    nukta: (precomposed: number, decomposed: number) => ({
      bn: `ড়/ঢ়/য় এই লেখায় দুই রকম ইউনিকোডে লেখা (${bengaliDigits(precomposed)}টি শব্দে এক রকম, ${bengaliDigits(decomposed)}টিতে অন্য রকম); খোঁজা ও মেলানো ভুল হবে। পুরো লেখা হাউস স্টাইলে ঠিক করুন (newsroom normalize)।`,
      en: `ড়/ঢ়/য় are encoded two ways in this article (${precomposed} words one way, ${decomposed} the other), which breaks search and matching. Repair the whole text to the house form (newsroom normalize).`,
    }),
    splitVowels: (count: number) => ({
      bn: `${bengaliDigits(count)}টি শব্দে কার-চিহ্ন ভেঙে লেখা (◌ে + ◌া দিয়ে ◌ো); দেখতে এক হলেও খোঁজা যাবে না। পুরো লেখা ঠিক করুন (newsroom normalize)।`,
      en: `${count} word(s) have a split vowel sign (কো typed as ক + ◌ে + ◌া); they look right but do not match in search. Repair the whole text (newsroom normalize).`,
    }),
  },
});

export const INVISIBLE = defineRule({
  id: 'unicode/invisible',
  severity: 'warning',
  passes: ['paragraph'],
  label: { bn: 'অদৃশ্য অক্ষর', en: 'Invisible character' },
  docs: {
    flags: 'a zero-width space, word joiner, soft hyphen or stray ZWJ/ZWNJ inside a word',
    example: '`বাং\u200Bলাদেশ`',
    fix: '`বাংলাদেশ`',
  },
  messages: {
    invisible: () => ({
      bn: 'শব্দের ভেতরে অদৃশ্য অক্ষর আছে; খোঁজা ও বানান মেলানো ভুল হবে',
      en: 'Invisible characters inside this word break search and spell-checking',
    }),
  },
});

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
    if (words.flags[i]! & WORD_MAY_NEED_REPAIR)
      for (const damaged of damagedWords(words.text, words.from[i], words.to[i])) out.push(damaged);
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
    // The nukta encoding alone, or a split vowel sign alone, is the document pass's question.
    if (decomposeNukta(fixed) === decomposeNukta(word)) continue;
    if (decomposeNukta(fixed) === decomposeNukta(word.normalize('NFC'))) {
      split.push({ from, to, text: word, fixed });
      continue;
    }
    const visible = word.replace(ZERO_WIDTH, '');
    const rule = decomposeNukta(visible) === decomposeNukta(fixed) ? INVISIBLE : MIXED_ENCODING;
    findings.push(
      finding(rule, {
        offset: from,
        length: word.length,
        text: word,
        suggestions: [fixed],
        key: `repair:${foldForMatch(fixed)}`,
        message: rule === INVISIBLE ? INVISIBLE.messages.invisible() : MIXED_ENCODING.messages.damaged(),
      }),
    );
  }
  return split;
}

/**
 * ড় ঢ় য় in both encodings in one document. One finding, on the first word not in the house form:
 * the repair is document-wide (normalize, or export), and a flag on every word would bury the rest.
 */
function checkEncodingMix(paragraphs: PlacedParagraph[], ctx: CheckContext, findings: Finding[]): void {
  const precomposedHouse = ctx.style.unicodeForm === 'nukta-precomposed';
  const count = { precomposed: 0, decomposed: 0 };
  let first: { word: WordSpan; offset: number } | undefined;
  for (const { result, offset } of paragraphs) {
    const uses = result.encodings;
    count.precomposed += uses.precomposed;
    count.decomposed += uses.decomposed;
    const word = precomposedHouse ? uses.firstDecomposed : uses.firstPrecomposed;
    if (!first && word) first = { word, offset };
  }
  checkSplitVowels(paragraphs, findings);
  if (count.precomposed === 0 || count.decomposed === 0 || !first) return;
  const { word, offset } = first;
  findings.push(
    finding(MIXED_ENCODING, {
      offset: word.from + offset,
      length: word.to - word.from,
      text: word.text,
      suggestions: [ctx.lexicon.repaired(word.text, ctx.style)],
      key: 'encoding:nukta',
      message: MIXED_ENCODING.messages.nukta(count.precomposed, count.decomposed),
    }),
  );
}

/** Split vowel signs (ে + া for ো, ে + ৗ for ৌ): one finding on the first, counting the rest. */
function checkSplitVowels(paragraphs: PlacedParagraph[], findings: Finding[]): void {
  let count = 0;
  let first: { from: number; to: number; text: string; fixed: string } | undefined;
  for (const { result, offset } of paragraphs) {
    for (const w of result.splitVowels) {
      count++;
      first ??= { from: w.from + offset, to: w.to + offset, text: w.text, fixed: w.fixed };
    }
  }
  if (!first) return;
  findings.push(
    finding(MIXED_ENCODING, {
      offset: first.from,
      length: first.to - first.from,
      text: first.text,
      suggestions: [first.fixed],
      key: 'encoding:split-vowel',
      message: MIXED_ENCODING.messages.splitVowels(count),
    }),
  );
}

export const unicode = defineFamily({
  rules: [MIXED_ENCODING, INVISIBLE],
  paragraph: {
    screen: { words: WORD_MAY_NEED_REPAIR, gaps: GAP_REPAIR },
    check(scan, ctx, findings) {
      scan.splitVowels = checkRepairs(scan.words, ctx, findings);
    },
  },
  document: {
    check({ paragraphs }, ctx, findings) {
      checkEncodingMix(paragraphs, ctx, findings);
    },
  },
});
