/**
 * Bijoy (SutonnyMJ ANSI) to Unicode. Bijoy text is Latin-1/Windows-1252 characters that the
 * SutonnyMJ font draws as Bengali glyphs, in visual order: the vowel signs ি ে ৈ are typed before
 * their consonant, ো and ৌ as ে + consonant + া/ৗ, and the reph after the letter it sits on.
 * Conversion maps each glyph to its Unicode letters, then puts those signs in logical order.
 */
import { latin1AsWindows1252 } from '../document/decode-text';

const VIRAMA = '\u09CD';
const REPH = '\uE000'; // a private marker: the reph glyph, until it is moved before its cluster

/** Each glyph of SutonnyMJ. Half forms (স্, ন্…) keep their virama and tail forms (্ত, ্ব…) carry one, so touching pairs make the conjunct. */
const GLYPHS: Record<string, string> = {
  A: 'অ',
  B: 'ই',
  C: 'ঈ',
  D: 'উ',
  E: 'ঊ',
  F: 'ঋ',
  G: 'এ',
  H: 'ঐ',
  I: 'ও',
  J: 'ঔ',
  K: 'ক',
  L: 'খ',
  M: 'গ',
  N: 'ঘ',
  O: 'ঙ',
  P: 'চ',
  Q: 'ছ',
  R: 'জ',
  S: 'ঝ',
  T: 'ঞ',
  U: 'ট',
  V: 'ঠ',
  W: 'ড',
  X: 'ঢ',
  Y: 'ণ',
  Z: 'ত',
  _: 'থ',
  '`': 'দ',
  a: 'ধ',
  b: 'ন',
  c: 'প',
  d: 'ফ',
  e: 'ব',
  f: 'ভ',
  g: 'ম',
  h: 'য',
  i: 'র',
  j: 'ল',
  k: 'শ',
  l: 'ষ',
  m: 'স',
  n: 'হ',
  o: '\u09DC',
  p: '\u09DD',
  q: '\u09DF',
  r: 'ৎ',
  s: 'ং',
  t: 'ঃ',
  u: 'ঁ',
  v: 'া',
  w: 'ি',
  x: 'ী',
  y: 'ু',
  z: 'ু',
  '~': 'ূ',
  '&': VIRAMA,
  '^': '্ব',
  '|': '।',
  $: '৳',
  0: '০',
  1: '১',
  2: '২',
  3: '৩',
  4: '৪',
  5: '৫',
  6: '৬',
  7: '৭',
  8: '৮',
  9: '৯',
  // Vowel-sign variants.
  '‚': 'ূ',
  ƒ: 'ূ',
  '„': 'ৃ',
  '…': 'ৃ',
  '†': 'ে',
  '‡': 'ে',
  ˆ: 'ৈ',
  '‰': 'ৈ',
  Š: 'ৗ',
  '–': 'ু',
  æ: 'ু',
  // Half forms.
  '•': 'ঙ্',
  '”': 'চ্',
  '˜': 'দ্',
  '™': 'দ্',
  š: 'ন্',
  '›': 'ন্',
  '¤': 'ম্',
  '®': 'ষ্',
  '¯': 'স্',
  // Tail forms.
  '‹': '্ক',
  Œ: '্ক্র',
  '‘': '্তু',
  '’': '্থ',
  '—': '্ত',
  Í: '্ত',
  '¿': '্ত্র',
  œ: '্ন',
  è: '্ণ',
  ú: '্প',
  Ÿ: '্ব',
  '¡': '্ব',
  '¦': '্ব',
  '¢': '্ভ',
  '£': '্ভ্র',
  '¥': '্ম',
  '§': '্ম',
  '¨': '্য',
  ª: '্র',
  '«': '্র',
  Ö: '্র',
  '¬': '্ল',
  ø: '্ল',
  '©': REPH,
  // Whole conjuncts and letter + sign ligatures.
  '°': 'ক্ক',
  '±': 'ক্ট',
  '²': 'ক্ষ্ম',
  '³': 'ক্ত',
  '´': 'ক্ম',
  µ: 'ক্র',
  '¶': 'ক্ষ',
  ÿ: 'ক্ষ',
  '·': 'ক্স',
  '¸': 'গু',
  '¹': 'গ্গ',
  º: 'গ্দ',
  '»': 'গ্ধ',
  '¼': 'ঙ্ক',
  '½': 'ঙ্গ',
  '¾': 'জ্জ',
  À: 'জ্ঝ',
  Á: 'জ্ঞ',
  Â: 'ঞ্চ',
  Ã: 'ঞ্ছ',
  Ä: 'ঞ্জ',
  Å: 'ঞ্ঝ',
  Æ: 'ট্ট',
  Ç: 'ড্ড',
  È: 'ণ্ট',
  É: 'ণ্ঠ',
  Ê: 'ণ্ড',
  Ð: 'ণ্ড',
  Ë: 'ত্ত',
  Ì: 'ত্থ',
  Î: 'ত্র',
  Ï: 'দ্দ',
  '×': 'দ্ধ',
  Ø: 'দ্ব',
  Ù: 'দ্ম',
  Ú: 'ন্ঠ',
  Û: 'ন্ড',
  Ü: 'ন্ধ',
  Ý: 'ন্স',
  Þ: 'প্ট',
  ß: 'প্ত',
  à: 'প্প',
  á: 'প্স',
  â: 'ব্জ',
  ã: 'ব্দ',
  ä: 'ব্ধ',
  å: 'ভ্র',
  ç: 'ম্ফ',
  é: 'ল্ক',
  ê: 'ল্গ',
  ë: 'ল্ট',
  ì: 'ল্ড',
  í: 'ল্প',
  î: 'ল্ফ',
  ï: 'শু',
  ð: 'শ্চ',
  ñ: 'শ্ছ',
  ò: 'ষ্ণ',
  ó: 'ষ্ট',
  ô: 'ষ্ঠ',
  õ: 'ষ্ফ',
  ö: 'স্খ',
  '÷': 'স্ট',
  ù: 'স্ফ',
  û: 'হু',
  ü: 'হৃ',
  ý: 'হ্ন',
  þ: 'হ্ম',
  // Punctuation the font draws in these slots.
  Ñ: '—',
  Ò: '“',
  Ó: '”',
  Ô: '‘',
  Õ: '’',
};

const CONSONANT = '[\u0995-\u09B9\u09CE\u09DC\u09DD\u09DF]';
const CLUSTER = `${CONSONANT}(?:${VIRAMA}${CONSONANT})*`;
// The reph is drawn after its letter, and after a vowel sign on it; in Unicode র্ comes first.
const REPH_AFTER_CLUSTER = new RegExp(`(${CLUSTER})([\u09BE\u09C0-\u09C4\u09D7]*)${REPH}`, 'g');
// ি ে ৈ are typed before the cluster they follow in Unicode.
const PRE_BASE_BEFORE_CLUSTER = new RegExp(`([\u09BF\u09C7\u09C8])(${CLUSTER})`, 'g');

// These slots are also ordinary punctuation (dashes, curly quotes, ellipsis). As signs they follow a
// letter or glyph; at the start of a word, or after a space or ASCII punctuation, they are the
// punctuation itself.
const ALSO_PUNCTUATION = '—–‘’‚„…';
const DETACHED = /[\s!"#%'()*+,\-./:;<=>?@[\\\]{}|]/;

function glyph(ch: string, offset: number, text: string): string {
  if (ALSO_PUNCTUATION.includes(ch) && (offset === 0 || DETACHED.test(text[offset - 1]!))) return ch;
  return GLYPHS[ch] ?? ch;
}

function convertRun(text: string): string {
  return (
    latin1AsWindows1252(text)
      .replace(/[!-~\u00A0-\u00FF\u0152-\u02DC\u2013-\u2122]/g, glyph)
      // A half form meeting a tail form gives two viramas (স্ + ্ত); the conjunct needs one.
      .replace(/\u09CD\u09CD/g, VIRAMA)
      .replace(REPH_AFTER_CLUSTER, `র${VIRAMA}$1$2`)
      .replace(new RegExp(REPH, 'g'), `র${VIRAMA}`)
      .replace(PRE_BASE_BEFORE_CLUSTER, '$2$1')
      // য-ফলা and র-ফলা typed after a vowel sign belong to the consonant before it.
      .replace(/([\u09BE-\u09C4])(\u09CD[যর])/g, '$2$1')
      // Chandrabindu typed before a vowel sign sits after it in Unicode.
      .replace(/\u0981([\u09BE-\u09C4\u09D7])/g, '$1\u0981')
      // অ + া is how Bijoy spells আ.
      .replace(/অা/g, 'আ')
  );
}

/**
 * Converts Bijoy (SutonnyMJ) text to Unicode Bengali in NFC, the house form. Bengali already in
 * Unicode passes through untouched: its vowel signs are in logical order and must not be moved.
 */
export function bijoyToUnicode(text: string): string {
  // NFC joins ে + া into ো and ে + ৗ into ৌ, and gives ড় ঢ় য় as letter + nukta.
  return text
    .split(/([\u0980-\u09FF\u200C\u200D]+)/)
    .map((run, i) => (i % 2 === 0 ? convertRun(run) : run))
    .join('')
    .normalize('NFC');
}

const SAMPLE_LENGTH = 20_000;
const BENGALI = /[\u0980-\u09FF]/g;
const ASCII_LETTER = /[A-Za-z]/g;
const ASCII_LETTER_OR_GLYPH = /[A-Za-z`_\u0080-\u00FF\u0152-\u02DC\u2013-\u2122]/;
const NON_ASCII_GLYPH = /[\u0080-\u00FF\u0152-\u02DC\u2013-\u2122]/;
// Where SutonnyMJ glyphs sit in Bijoy text but never in English, even English with accented names,
// curly quotes, dashes, "km²" or "Microsoft®": the pre-base signs and half forms before a letter;
// tail forms, reph and conjuncts that are symbols in Latin-1 after a letter; those that are capital
// letters of European languages (Í Ö Á…) only after a small letter or a glyph (cÖ, ¯Í: never in
// capitals such as GARCÍA); those that are small letters (ú è œ ø…) only after a glyph, as in ¯ú
// (স্প), which no language spells; and š (ন্, but also Czech) only before a glyph, as in šÍ (ন্ত).
const BEFORE_LETTER = '†‡ˆ‰•”˜™›¤®¯';
const AFTER_LETTER = '‹Œ¿Ÿ¡¦¢£¥§¨ª¬©°±´µ¶ÿ¸¹¼½¾×';
const AFTER_SMALL_LETTER = 'ÍÖÁÌÎÏÐÞÙÛÝ';
const AFTER_GLYPH = 'úèœæøØ';

// ি typed before a capital letter or দ (wK কি, w`b দিন): English has no word that starts so.
const PRE_BASE_I = /^\W*w[A-Z`]/;

function glyphMarked(word: string): boolean {
  if (PRE_BASE_I.test(word)) return true;
  const chars = Array.from(word);
  return chars.some((ch, i) => {
    const before = chars[i - 1] ?? '';
    const after = chars[i + 1] ?? '';
    if (BEFORE_LETTER.includes(ch)) return ASCII_LETTER_OR_GLYPH.test(after);
    if (AFTER_LETTER.includes(ch)) return ASCII_LETTER_OR_GLYPH.test(before);
    if (AFTER_SMALL_LETTER.includes(ch)) return /[a-z`_]/.test(before) || NON_ASCII_GLYPH.test(before);
    if (AFTER_GLYPH.includes(ch)) return NON_ASCII_GLYPH.test(before);
    if (ch === 'š') return NON_ASCII_GLYPH.test(after);
    return false;
  });
}

// Function words of English prose; a passage full of them is English whatever else it contains.
// (Not "I": in Bijoy that is ও, "and", one of the commonest words.)
const ENGLISH_WORDS = new Set(
  'the of and to in is a for on that with as by at from was were are be it this an or has have had not but said he she they his her its their which who will would been after over'.split(
    ' ',
  ),
);

/**
 * Whether text looks like Bijoy-encoded Bengali: Latin letters where Bengali was meant. It needs the
 * glyphs SutonnyMJ uses for signs and conjuncts, placed as Bijoy places them, in a good share of the
 * words; English prose (even with accented names, curly quotes and dashes) and Unicode Bengali fail.
 */
export function looksLikeBijoy(text: string): boolean {
  // The opening of a long paste decides as well as the whole of it would, at a fixed cost.
  const sample = latin1AsWindows1252(text.slice(0, SAMPLE_LENGTH));
  const latin = sample.match(ASCII_LETTER)?.length ?? 0;
  const bengali = sample.match(BENGALI)?.length ?? 0;
  if (latin === 0 || bengali > latin) return false;
  const words = sample.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  const marked = words.filter(glyphMarked).length;
  const english = words.filter((w) => ENGLISH_WORDS.has(w.toLowerCase().replace(/[^a-z]/g, ''))).length;
  return marked > 0 && marked / words.length >= 0.15 && english / words.length < 0.15;
}
