/** The house style's own choices: one spelling of each house pair, and one kind of digits. */
import { asciiDigits, bengaliDigits } from '../../bengali/digits';
import { foldForMatch } from '../../bengali/fold';
import { regionalWordOf } from '../../bengali/presets';
import type { HouseStyle } from '../../bengali/house-style';
import { WORD_ASCII_DIGITS, WORD_BENGALI_DIGITS } from '../lexicon';
import { defineFamily, defineRule, finding } from '../rule';
import type { StyleUse } from '../paragraph';
import type { Finding } from '../types';
import type { Words } from '../words';

export const STYLE_VARIANT = defineRule({
  id: 'style/variant',
  severity: 'info',
  passes: ['document'],
  label: { bn: 'হাউস স্টাইলের বানান', en: 'House spelling' },
  docs: {
    flags: 'both spellings of a house-style pair in one article; of a regional pair, the one the article uses less',
    example: '`ইতিমধ্যে … ইতোমধ্যে`',
    fix: '`ইতোমধ্যে`',
  },
  messages: {
    bothSpellings: (preferred: string) => ({
      bn: `এই লেখায় “${preferred}” বানানও আছে; হাউস স্টাইলে “${preferred}”`,
      en: `This article also spells it “${preferred}”, the house spelling`,
    }),
    mostly: (spelling: string) => ({
      bn: `এই লেখায় বেশির ভাগ জায়গায় “${spelling}”; এক লেখায় একটি বানান রাখুন`,
      en: `This article mostly spells it “${spelling}”; keep to one spelling`,
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
  const insideLatinParenthetical = latinParentheticals(text);
  for (const m of text.matchAll(wrong)) {
    const before = text.slice(Math.max(0, m.index! - 12), m.index!);
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
    if (style.digits === 'bengali' && !/[\u0980-\u09FF]/.test(before + after)) continue;
    if (style.digits === 'bengali' && (/[A-Za-z]\s*$/.test(before) || insideLatinParenthetical(m.index!))) continue;
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

/**
 * Whether an offset is within `(…)` whose text is Latin: a gloss such as (RTE Act, 2009) keeps its own
 * digits. Asked of offsets in increasing order, it reads the text once in all: looking back from each
 * number for its bracket read a paragraph of many numbers and no brackets once per number.
 */
function latinParentheticals(text: string): (at: number) => boolean {
  let scanned = 0;
  let lastOpen = -1;
  let lastClose = -1;
  // The answer for the bracket last asked about: it depends only on where that bracket opens.
  let answeredOpen = -1;
  let answer = false;
  // The first `)` after that bracket (-1: none): no `)` stands between it and a later open bracket
  // asked about, so the close is still theirs unless it is before them.
  let close = -1;
  return (at) => {
    for (; scanned <= at; scanned++) {
      const c = text.charCodeAt(scanned);
      if (c === 0x28) lastOpen = scanned;
      else if (c === 0x29) lastClose = scanned;
    }
    if (lastOpen < 0 || lastClose > lastOpen) return false;
    if (answeredOpen !== lastOpen) {
      if (answeredOpen < 0 || (close >= 0 && close < lastOpen)) close = text.indexOf(')', lastOpen);
      const inner = text.slice(lastOpen + 1, close < 0 ? undefined : close);
      answeredOpen = lastOpen;
      answer = /[A-Za-z]/.test(inner) && !/[\u0980-\u09FF]/.test(inner);
    }
    return answer;
  };
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
    // Each paragraph's words of house pairs are in its result (`styleUses`). A house pair's variant is
    // flagged only where the article also has the preferred spelling. A regional pair's two spellings
    // are both right (see presets.ts): where the article has both, the one it uses less is flagged,
    // the preset's kept on a tie.
    check({ paragraphs }, ctx, findings) {
      const preferredCount = new Map<string, number>();
      const otherRegionCount = new Map<string, number>();
      const otherRegion = (u: StyleUse) => {
        const word = regionalWordOf(ctx.style.preset, u.preferred);
        return word !== undefined && foldForMatch(u.text) === word.folded ? word : undefined;
      };
      for (const { result } of paragraphs) {
        for (const u of result.styleUses) {
          if (!u.isVariant) preferredCount.set(u.preferred, (preferredCount.get(u.preferred) ?? 0) + 1);
          else if (otherRegion(u)) otherRegionCount.set(u.preferred, (otherRegionCount.get(u.preferred) ?? 0) + 1);
        }
      }
      for (const { result, offset } of paragraphs) {
        for (const u of result.styleUses) {
          const preferred = preferredCount.get(u.preferred) ?? 0;
          const other = otherRegionCount.get(u.preferred) ?? 0;
          const found = { offset: u.from + offset, length: u.to - u.from, text: u.text, key: `style:${u.preferred}` };
          if (!u.isVariant) {
            // The preset's spelling, outnumbered by the other region's.
            const word = other > preferred ? regionalWordOf(ctx.style.preset, u.preferred) : undefined;
            if (word)
              findings.push(
                finding(STYLE_VARIANT, { ...found, suggestions: [word.display], message: STYLE_VARIANT.messages.mostly(word.display) }),
              );
            continue;
          }
          if (preferred === 0 || (otherRegion(u) && other > preferred)) continue;
          findings.push(
            finding(STYLE_VARIANT, {
              ...found,
              suggestions: [u.preferred.normalize('NFC')],
              message: STYLE_VARIANT.messages.bothSpellings(u.preferred),
            }),
          );
        }
      }
    },
  },
});
