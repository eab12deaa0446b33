/** The house style's own choices: one spelling of each house pair, and one kind of digits. */
import { asciiDigits, bengaliDigits } from '../../bengali/digits';
import type { HouseStyle } from '../../bengali/house-style';
import { WORD_ASCII_DIGITS, WORD_BENGALI_DIGITS } from '../lexicon';
import { defineFamily, defineRule, finding } from '../rule';
import type { Finding } from '../types';
import type { Words } from '../words';

export const STYLE_VARIANT = defineRule({
  id: 'style/variant',
  severity: 'info',
  passes: ['document'],
  label: { bn: 'হাউস স্টাইলের বানান', en: 'House spelling' },
  docs: { flags: 'both spellings of a house-style pair in one article', example: '`ইতিমধ্যে … ইতোমধ্যে`', fix: '`ইতোমধ্যে`' },
  messages: {
    bothSpellings: (preferred: string) => ({
      bn: `এই লেখায় “${preferred}” বানানও আছে; হাউস স্টাইলে “${preferred}”`,
      en: `This article also spells it “${preferred}”, the house spelling`,
    }),
  },
});

export const STYLE_DIGITS = defineRule({
  id: 'style/digits',
  severity: 'info',
  passes: ['paragraph'],
  label: { bn: 'সংখ্যার অঙ্ক', en: 'Digits' },
  docs: {
    flags: 'digits against the house style in Bengali text (glosses, `COVID-19`, `C-130` keep theirs)',
    example: '`মোট 12 জন`',
    fix: '`মোট ১২ জন`',
  },
  messages: {
    bengali: () => ({ bn: 'বাংলা লেখায় বাংলা অঙ্ক ব্যবহার করুন', en: 'Use Bengali digits in Bengali copy' }),
    ascii: () => ({ bn: 'হাউস স্টাইল অনুযায়ী ইংরেজি অঙ্ক ব্যবহার করুন', en: 'The house style uses ASCII digits' }),
  },
});

/** Digits against the house style, where the text around them is Bengali (C-130 and COVID-19 stay as they are). */
function checkDigits(words: Words, style: HouseStyle, findings: Finding[]): void {
  if (style.digits === 'any' || (words.anyFlags & (style.digits === 'bengali' ? WORD_ASCII_DIGITS : WORD_BENGALI_DIGITS)) === 0) return;
  const { text } = words;
  const wrong =
    style.digits === 'bengali' ? /[0-9](?<![A-Za-z0-9.\-/:][0-9])[0-9]*(?:[.,:/][0-9]+)*(?![A-Za-z0-9-])/g : /[০-৯]+(?:[.,:/][০-৯]+)*/g;
  for (const m of text.matchAll(wrong)) {
    const before = text.slice(Math.max(0, m.index! - 12), m.index!);
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
    if (style.digits === 'bengali' && !/[\u0980-\u09FF]/.test(before + after)) continue;
    if (style.digits === 'bengali' && (/[A-Za-z]\s*$/.test(before) || insideLatinParenthetical(text, m.index!))) continue;
    const fixed = style.digits === 'bengali' ? bengaliDigits(m[0]) : asciiDigits(m[0]);
    findings.push(
      finding(STYLE_DIGITS, {
        offset: m.index!,
        length: m[0].length,
        text: m[0],
        suggestions: [fixed],
        key: `digits:${style.digits}`,
        message: style.digits === 'bengali' ? STYLE_DIGITS.messages.bengali() : STYLE_DIGITS.messages.ascii(),
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

export const style = defineFamily({
  rules: [STYLE_VARIANT, STYLE_DIGITS],
  paragraph: {
    screen: { words: WORD_ASCII_DIGITS | WORD_BENGALI_DIGITS },
    check({ words }, ctx, findings) {
      checkDigits(words, ctx.style, findings);
    },
  },
  document: {
    // Each paragraph's words of house pairs are in its result (`styleUses`); a variant is flagged
    // only where the article also has the preferred spelling.
    check({ paragraphs }, _ctx, findings) {
      const preferredSeen = new Set<string>();
      for (const { result } of paragraphs) for (const u of result.styleUses) if (!u.isVariant) preferredSeen.add(u.preferred);
      for (const { result, offset } of paragraphs) {
        for (const u of result.styleUses) {
          if (!u.isVariant || !preferredSeen.has(u.preferred)) continue;
          findings.push(
            finding(STYLE_VARIANT, {
              offset: u.from + offset,
              length: u.to - u.from,
              text: u.text,
              suggestions: [u.preferred.normalize('NFC')],
              key: `style:${u.preferred}`,
              message: STYLE_VARIANT.messages.bothSpellings(u.preferred),
            }),
          );
        }
      }
    },
  },
});
