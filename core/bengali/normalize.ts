/**
 * The repairs of DESIGN's "Bengali text facts", as one ordered list of rewrites. Each rewrite is
 * local to a cluster, so repairing a word gives the same result as repairing it inside its paragraph;
 * the checker relies on that to suggest a fix for one word.
 */
import type { HouseStyle } from './house-style';
import { wordPartWidth, wordPartWidthBefore } from './words';

const CONSONANT = '\u0995-\u09B9\u09CE\u09DC\u09DD\u09DF';
const INDEPENDENT_VOWEL = '\u0985-\u0994';
const VOWEL_SIGN = '\u09BE-\u09CC\u09D7';
const SIGN_OR_VOWEL = `${INDEPENDENT_VOWEL}${VOWEL_SIGN}\u0981-\u0983`;
const VIRAMA = '\u09CD';
const NUKTA = '\u09BC';
const ZWNJ_ZWJ = '\u200C\u200D';

/** Characters that are never meaningful inside text: zero-width space, word joiner, soft hyphen, BOM. */
const INVISIBLE = /[\u200B\u2060\u00AD\uFEFF]/g;

const NUKTA_DECOMPOSED: Record<string, string> = { '\u09DC': '\u09A1\u09BC', '\u09DD': '\u09A2\u09BC', '\u09DF': '\u09AF\u09BC' };
const NUKTA_PRECOMPOSED: Record<string, string> = { '\u09A1\u09BC': '\u09DC', '\u09A2\u09BC': '\u09DD', '\u09AF\u09BC': '\u09DF' };

/** ড় ঢ় য় as letter + nukta, the form NFC gives (they are composition exclusions). */
export function decomposeNukta(text: string): string {
  return text.replace(/[\u09DC\u09DD\u09DF]/g, (c) => NUKTA_DECOMPOSED[c]!);
}

/** ড় ঢ় য় as one code point each, the form Avro and the bn_BD word list use. */
export function precomposeNukta(text: string): string {
  return text.replace(/[\u09A1\u09A2\u09AF]\u09BC/g, (c) => NUKTA_PRECOMPOSED[c]!);
}

type Rewrite = [pattern: RegExp, replacement: string | ((match: string, ...groups: string[]) => string)];

const REWRITES: Rewrite[] = [
  [INVISIBLE, ''],
  // Legacy khanda ta (TA + VIRAMA + ZWJ) from before Unicode 4.1.
  [/\u09A4\u09CD\u200D/g, '\u09CE'],
  // ৄ (vocalic RR sign) is almost always a mistyped ৃ.
  [/\u09C4/g, '\u09C3'],
  [/[\u09DC\u09DD\u09DF]/g, (c) => NUKTA_DECOMPOSED[c]!],
  // A nukta typed after the vowel sign belongs to the letter: য + ে + ় → য় + ে.
  [new RegExp(`([\\u09A1\\u09A2\\u09AF])([${VOWEL_SIGN}]+)${NUKTA}`, 'g'), `$1${NUKTA}$2`],
  // Only ড ঢ য take a nukta in Bengali; any other nukta (and a doubled one) is noise.
  [new RegExp(`(?<![\\u09A1\\u09A2\\u09AF])${NUKTA}`, 'g'), ''],
  [new RegExp(`([${VOWEL_SIGN}\\u0981-\\u0983])\\1+`, 'g'), '$1'],
  // A vowel sign cannot follow an independent vowel or stand at the start of a word.
  [new RegExp(`([${INDEPENDENT_VOWEL}])[${VOWEL_SIGN}]+`, 'g'), '$1'],
  [new RegExp(`(^|[^\\u0980-\\u09FF${ZWNJ_ZWJ}])[${VOWEL_SIGN}]+`, 'g'), '$1'],
  // Stray virama: after a vowel or sign, before a vowel or sign or ৎ, or doubled.
  // (অ and এ take a য-ফলা for the sound of "a" in "apple": অ্যা, এ্যা.)
  [new RegExp(`([${SIGN_OR_VOWEL}])${VIRAMA}+(?!\\u09AF)`, 'g'), '$1'],
  [new RegExp(`([${VOWEL_SIGN}\\u0981-\\u0983\\u0986-\\u098C\\u0990-\\u0994])${VIRAMA}+`, 'g'), '$1'],
  [new RegExp(`${VIRAMA}+(?=[${INDEPENDENT_VOWEL}${VOWEL_SIGN}])`, 'g'), ''],
  // ...and before ৎ, which is already vowelless; but a reph over ৎ is a real spelling (ভর্ৎসনা).
  [new RegExp(`(?<!\\u09B0)${VIRAMA}+(?=\\u09CE)`, 'g'), ''],
  [new RegExp(`${VIRAMA}{2,}`, 'g'), VIRAMA],
  // ৎ takes no vowel sign; one typed after it belongs before it (বিদ্য্ৎু → বিদ্যুৎ).
  [new RegExp(`([${CONSONANT}])\\u09CE([${VOWEL_SIGN}])`, 'g'), '$1$2\u09CE'],
  // A conjunct tail typed twice (ন্দ্ব্ব → ন্দ্ব). After a reph one doubling is the old spelling (ধর্ম্ম), so it stays.
  [
    new RegExp(`([${CONSONANT}])(${VIRAMA}([${CONSONANT}]))(?:${VIRAMA}\\3)+`, 'g'),
    (match, base: string, tail: string, letter: string) => (base === 'র' && match.length > 4 ? base + tail + VIRAMA + letter : base + tail),
  ],
  [/([\u200C\u200D])\1+/g, '$1'],
  // ZWJ/ZWNJ matter only beside a virama (র‍্য, ক্‌ষ); between two other Bengali characters they are noise.
  // (The lookbehinds follow the character they look behind, so the scan stops only at a ZWJ/ZWNJ.)
  [new RegExp(`[${ZWNJ_ZWJ}](?<=[\\u0980-\\u09FF](?<!${VIRAMA})[${ZWNJ_ZWJ}])(?!${VIRAMA})(?=[\\u0980-\\u09FF])`, 'g'), ''],
  // `|` typed for the danda after Bengali text.
  [/\|(?<=[\u0980-\u09FF][\u200C\u200D]?[ \t]*\|)(?!\|)/g, '\u0964'],
];

/**
 * Every repair applied, in the house Unicode form. A text with no repair site (see `isRepairSite`)
 * needs none of the rewrites: each acts on a site, but the nukta encoding's, which NFC makes too.
 */
export function normalizeText(text: string, style: Pick<HouseStyle, 'unicodeForm'>): string {
  let out = text;
  if (hasRepairSite(text)) for (const [pattern, replacement] of REWRITES) out = out.replace(pattern, replacement as string);
  out = out.normalize('NFC');
  return style.unicodeForm === 'nukta-precomposed' ? precomposeNukta(out) : out;
}

const DECOMPOSE_NUKTA = 3;
// The split vowel sign first: it is the damage real copy has most.
const SCREENS = [
  /\u09C7[\u09BE\u09D7]/,
  ...REWRITES.filter((_, i) => i !== DECOMPOSE_NUKTA).map(([p]) => new RegExp(p.source, p.flags.replace('g', ''))),
];

/**
 * True when `normalizeText` would change more than the nukta encoding. A screen, so the checker runs
 * the rewrites only on damaged words; the encoding of ড় ঢ় য় is a document-level question.
 */
export function needsRepair(text: string): boolean {
  return hasRepairSite(text) && SCREENS.some((screen) => screen.test(text));
}

function isVowelSign(code: number): boolean {
  return (code >= 0x09be && code <= 0x09cc) || code === 0x09d7;
}

function isSignOrVowel(code: number): boolean {
  return isVowelSign(code) || (code >= 0x0981 && code <= 0x0983) || (code >= 0x0985 && code <= 0x0994);
}

/**
 * Whether the character at `i` is one some screen needs: an invisible character, ZWJ/ZWNJ, ৄ, `|`, a
 * nukta not after ড ঢ য; a vowel sign doubled, or after an independent vowel or anything but a
 * consonant, sign or joiner (so first in its word); a virama after a vowel or sign, before a vowel,
 * sign, ৎ or virama, or in a doubled conjunct tail; a vowel sign after ৎ; ে + া or ৗ. It may say
 * yes where no screen matches, never no where one matches a word holding `i`.
 */
export function isRepairSite(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  // Consonants, the commonest characters, matter only as a neighbour.
  if (code >= 0x0995 && code <= 0x09b9) return false;
  if (code < 0x0981 || code > 0x09d7)
    return code === 0x7c || code === 0x00ad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
  const next = text.charCodeAt(i + 1);
  if (code === 0x09c4 || (code === 0x09bc && prev !== 0x09a1 && prev !== 0x09a2 && prev !== 0x09af)) return true;
  if (isVowelSign(code) && !continuesWord(prev)) return true;
  if (prev === code && (isVowelSign(code) || code <= 0x0983)) return true;
  if (code === 0x09cd) {
    if (isSignOrVowel(prev) || isSignOrVowel(next) || next === 0x09ce || next === 0x09cd) return true;
    if (text.charCodeAt(i + 2) === 0x09cd && text.charCodeAt(i + 3) === next) return true;
  }
  if (code === 0x09ce && isVowelSign(next)) return true;
  return code === 0x09c7 && (next === 0x09be || next === 0x09d7);
}

/** A consonant, a sign or a joiner: what a vowel sign may follow inside a word. */
function continuesWord(code: number): boolean {
  return (
    (code >= 0x0995 && code <= 0x09b9) ||
    code === 0x09ce ||
    code === 0x09dc ||
    code === 0x09dd ||
    code === 0x09df ||
    (code >= 0x0981 && code <= 0x0983) ||
    (code >= 0x09bc && code <= 0x09cd) ||
    code === 0x09d7 ||
    code === 0x200c ||
    code === 0x200d
  );
}

function isInvisible(code: number): boolean {
  return code === 0x200b || code === 0x2060 || code === 0x00ad || code === 0xfeff;
}

/** How many code units the character at `i` takes when `damagedWords` counts it part of a word: a word part or an invisible character. */
function damagedWordCharAt(text: string, i: number): number {
  return i < text.length && isInvisible(text.charCodeAt(i)) ? 1 : wordPartWidth(text, i);
}

function damagedWordCharBefore(text: string, i: number): number {
  return i > 0 && isInvisible(text.charCodeAt(i - 1)) ? 1 : wordPartWidthBefore(text, i);
}

/**
 * The words (runs of letters, marks, digits, joiners and invisible characters) that `normalizeText`
 * would change beyond the nukta encoding, in order: those holding a repair site between `from` and
 * `to`. Found from the characters a repair acts on, so a text with none costs one pass and most
 * words are never looked at.
 */
export function damagedWords(text: string, from = 0, to = text.length): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let end = from;
  for (let i = from; i < to; i++) {
    if (i < end || !isRepairSite(text, i) || damagedWordCharAt(text, i) === 0) continue;
    let start = i;
    end = i;
    for (let w = damagedWordCharBefore(text, start); w > 0; w = damagedWordCharBefore(text, start)) start -= w;
    for (let w = damagedWordCharAt(text, end); w > 0; w = damagedWordCharAt(text, end)) end += w;
    if (needsRepair(text.slice(start, end))) out.push({ from: start, to: end });
  }
  return out;
}

/** One pass over the characters for a repair site (see `isRepairSite`): most texts have none, and then no screen need run. */
function hasRepairSite(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isRepairSite(text, i)) return true;
  return false;
}
