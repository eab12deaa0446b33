/**
 * The punctuation family: what the gaps between words hold. The word scan marks each kind of site
 * in the paragraph's gap bits (words.ts), so each pattern runs only where its bit says it may match.
 */
import { defineFamily, defineRule, finding } from '../rule';
import type { Finding } from '../types';
import {
  GAP_DANDA_BEFORE_TEXT,
  GAP_DOUBLE_SPACE,
  GAP_PIPE,
  GAP_SPACE_BEFORE_COMMA,
  GAP_SPACE_BEFORE_DANDA,
  GAP_SPACE_BY_HYPHEN,
} from '../words';

export const DANDA = defineRule({
  id: 'punctuation/danda',
  severity: 'warning',
  passes: ['paragraph'],
  label: { bn: 'দাঁড়ি', en: 'Danda' },
  docs: { flags: '`\\|` for `।`, a space before `।`, no space after it', example: '`সে এল ।তারপর`', fix: '`সে এল। তারপর`' },
  messages: {
    pipe: () => ({ bn: '“|” নয়, দাঁড়ি “।” হবে', en: 'Use the danda “।”, not “|”' }),
    spaceBefore: () => ({ bn: 'দাঁড়ির আগে ফাঁকা জায়গা হবে না', en: 'No space before the danda' }),
    noSpaceAfter: () => ({ bn: 'দাঁড়ির পরে একটি ফাঁকা জায়গা দরকার', en: 'Put a space after the danda' }),
  },
});

export const HYPHEN_SPACING = defineRule({
  id: 'punctuation/hyphen-spacing',
  severity: 'warning',
  passes: ['paragraph'],
  label: { bn: 'হাইফেনের পাশে ফাঁকা', en: 'Space by a hyphen' },
  docs: {
    flags: 'a space on one side of a hyphen',
    example: '`মোদি -শাহ`, `ভারত- বাংলাদেশ`',
    fix: '`-` (join), or ` – ` (a dash, spaced both sides)',
  },
  messages: {
    oneSide: () => ({
      bn: 'হাইফেনের এক পাশে ফাঁকা জায়গা: শব্দ জুড়তে হলে দুই পাশেই ফাঁকা থাকবে না, ড্যাশ হলে দুই পাশেই থাকবে',
      en: 'A space on one side of a hyphen: a joining hyphen has none, a dash has one on each side',
    }),
  },
});

export const SPACING = defineRule({
  id: 'punctuation/spacing',
  severity: 'info',
  passes: ['paragraph'],
  label: { bn: 'ফাঁকা জায়গা', en: 'Spacing' },
  docs: { flags: 'doubled spaces, a space before a comma', example: '`সে  এল , তারপর`', fix: '`সে এল, তারপর`' },
  messages: {
    doubled: () => ({ bn: 'একাধিক ফাঁকা জায়গা', en: 'More than one space' }),
    beforeComma: () => ({ bn: 'কমার আগে ফাঁকা জায়গা হবে না', en: 'No space before a comma' }),
  },
});

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// A space on one side of a hyphen, after a word: ` -x` or `- x`. Here and in the patterns below, a
// look-behind comes after the character it looks past, so the scan stops only at those characters
// and does not look behind every one.
const LONE_HYPHEN = /(?: (?<=[\p{L}\p{M}\p{N})] ) *-(?=[\p{L}\p{N}])|-(?<=[\p{L}\p{M}\p{N})]-) +(?=[\p{L}\p{N}]))/gu;

function add(
  findings: Finding[],
  rule: typeof DANDA | typeof HYPHEN_SPACING | typeof SPACING,
  offset: number,
  flagged: string,
  suggestions: string[],
  message: { bn: string; en: string },
): void {
  findings.push(finding(rule, { offset, length: flagged.length, text: flagged, suggestions, key: `${rule.id}:${flagged}`, message }));
}

export const punctuation = defineFamily({
  rules: [DANDA, HYPHEN_SPACING, SPACING],
  paragraph: {
    screen: {
      gaps: GAP_PIPE | GAP_SPACE_BEFORE_DANDA | GAP_DANDA_BEFORE_TEXT | GAP_SPACE_BY_HYPHEN | GAP_DOUBLE_SPACE | GAP_SPACE_BEFORE_COMMA,
    },
    check({ words }, _ctx, findings) {
      const { text, gaps } = words;
      for (const m of gaps & GAP_PIPE ? text.matchAll(/\|(?<=[\u0980-\u09FF][\u200C\u200D]?[ \t]*\|)(?!\|)/g) : []) {
        add(findings, DANDA, m.index!, '|', ['।'], DANDA.messages.pipe());
      }
      for (const m of gaps & (GAP_PIPE | GAP_SPACE_BEFORE_DANDA) ? text.matchAll(/[ \t](?<=\S[ \t])[ \t]*[।|]/g) : []) {
        add(findings, DANDA, m.index!, m[0], ['।'], DANDA.messages.spaceBefore());
      }
      for (let i = gaps & GAP_DANDA_BEFORE_TEXT ? text.indexOf('।') : -1; i >= 0; i = text.indexOf('।', i + 1)) {
        if (LETTER_OR_DIGIT.test(text.charAt(i + 1))) add(findings, DANDA, i, '।', ['। '], DANDA.messages.noSpaceAfter());
      }
      for (const m of gaps & GAP_SPACE_BY_HYPHEN ? text.matchAll(LONE_HYPHEN) : []) {
        add(findings, HYPHEN_SPACING, m.index!, m[0], ['-', ' – '], HYPHEN_SPACING.messages.oneSide());
      }
      for (const m of gaps & GAP_DOUBLE_SPACE ? text.matchAll(/ (?<=\S ) +(?=\S)/g) : []) {
        add(findings, SPACING, m.index!, m[0], [' '], SPACING.messages.doubled());
      }
      for (const m of gaps & GAP_SPACE_BEFORE_COMMA ? text.matchAll(/[ \t](?<=\S[ \t])[ \t]*(?=,)/g) : []) {
        add(findings, SPACING, m.index!, m[0], [''], SPACING.messages.beforeComma());
      }
    },
  },
});
