/**
 * Case and number suffixes that attach to names (মোদির, মোদিকে, দিল্লিতে, ঢাকায়, চিনের, -দেরকে, the
 * emphatic -ই/-ও), and the hyphenated forms written after a gloss or a Latin word (`(Iran)-এ`).
 * Works on folded text (see fold.ts): য় is য + nukta there.
 */
import { foldForMatch } from './fold';
import { spelledLetters } from './romanize';

/** Suffixes written after a hyphen: `(Iran)-এ`, `SIR-র`, `কাঞ্চিপুরম-সহ`. */
const HYPHEN_SUFFIXES = [
  'এর',
  'র',
  'রা',
  'কে',
  'এ',
  'তে',
  'য়',
  'য়ের',
  'দের',
  'দেরকে',
  'ই',
  'ও',
  'সহ',
  'ের',
  'রই',
  'রও',
  'কেই',
  'কেও',
  'তেই',
  'তেও',
  'এই',
  'এও',
  'য়ে',
  'রাও',
  'রাই',
  'জুড়ে',
].map((s) => s.normalize('NFC'));

const EMPHATIC = ['ই', 'ও'];

type Attaches = 'vowel' | 'consonant' | 'any';

// Which stems a suffix attaches to: -র, -য়, -তে follow a vowel (মোদির, ঢাকায়, দিল্লিতে), -ের and -ে a
// consonant (চিনের, ইরানে). Without this, verbs strip to names: চিনতে ("to recognise") is not চিন + -তে.
const CASE_SUFFIXES: [string, Attaches][] = (
  [
    ['দেরকে', 'any'],
    ['েরকে', 'consonant'],
    ['দের', 'any'],
    ['য়ের', 'vowel'],
    ['েরা', 'consonant'],
    ['ের', 'consonant'],
    ['কে', 'any'],
    ['তে', 'vowel'],
    ['য়', 'vowel'],
    ['রা', 'vowel'],
    ['র', 'vowel'],
    ['ে', 'consonant'],
  ] as [string, Attaches][]
)
  .map(([s, a]) => [s.normalize('NFC'), a] as [string, Attaches])
  .sort((a, b) => b[0].length - a[0].length);

const ENDS_IN_VOWEL = /[\u0985-\u0994\u09BE-\u09CC\u09D7]$/;

const MIN_STEM = 2;

/**
 * Possible stems of a word, the word itself first, then shorter ones. Callers look each up and keep
 * the first hit, so a name that happens to end like a suffix (কাতার) still matches whole.
 */
export function stemCandidates(word: string): string[] {
  const out = [word];
  let base = word;
  const hyphen = word.lastIndexOf('-');
  if (hyphen > 0 && HYPHEN_SUFFIXES.includes(word.slice(hyphen + 1))) {
    base = word.slice(0, hyphen);
    addStem(out, base);
  }
  addStemsOf(out, base);
  for (const e of EMPHATIC) {
    if (base.endsWith(e) && base.length - e.length >= MIN_STEM) {
      const plain = base.slice(0, -e.length);
      addStem(out, plain);
      addStemsOf(out, plain);
    }
  }
  return out;
}

function addStem(out: string[], stem: string): void {
  if (stem.length >= MIN_STEM && !out.includes(stem)) out.push(stem);
}

// After -াহ the হ is barely sounded, and the genitive is -র as after a vowel: আল্লাহর, নাসরুল্লাহর,
// হিজবুল্লাহর. Only there: in শহর, জওহর, মোহর the র is the word's own.
const AAH = 'াহ';

function addStemsOf(out: string[], base: string): void {
  for (const [suffix, attaches] of CASE_SUFFIXES) {
    if (!base.endsWith(suffix)) continue;
    const stem = base.slice(0, -suffix.length);
    const takes = attaches === 'any' || (attaches === 'vowel') === ENDS_IN_VOWEL.test(stem) || (suffix === 'র' && stem.endsWith(AAH));
    if (takes) addStem(out, stem);
  }
}

/**
 * The endings a noun takes that `stemCandidates` leaves on, with what they follow: the classifiers and
 * the plural and "with" endings (দলটি, দলটা, দলগুলো, দলগুলি, দলসমূহ, পরিবারসহ; their case forms দলটির,
 * দলগুলোকে stem back to these), the plural -রা after a consonant as Dhaka print writes it (চিকিৎসকরা;
 * the stemmer takes only -এরা off there), and the locative and genitive -য়ে, -য়ের, -য় after a vowel
 * letter or ং (লড়াইয়ে, মিটিংয়ে, ব্রিফিংয়ের), which the stemmer undoes after a vowel sign only.
 */
const NOUN_ENDINGS: [string, 'any' | 'consonant' | 'vowelLetter'][] = (
  [
    ['টি', 'any'],
    ['টা', 'any'],
    ['গুলো', 'any'],
    ['গুলি', 'any'],
    ['সমূহ', 'any'],
    ['সহ', 'any'],
    ['রা', 'consonant'],
    ['য়ে', 'vowelLetter'],
    ['য়ের', 'vowelLetter'],
    ['য়', 'vowelLetter'],
  ] as [string, 'any' | 'consonant' | 'vowelLetter'][]
).map(([s, a]) => [foldForMatch(s.normalize('NFC')), a]);

/**
 * `items` by the last code unit of their ending, in order: a word is only tried against the endings
 * its last letter allows (most words and respellings looked up allow none).
 */
function byLastLetter<T>(items: readonly T[], ending: (item: T) => string): ReadonlyMap<number, readonly T[]> {
  const by = new Map<number, T[]>();
  for (const item of items) {
    const e = ending(item);
    const last = e.charCodeAt(e.length - 1);
    const list = by.get(last);
    if (list) list.push(item);
    else by.set(last, [item]);
  }
  return by;
}

const NOUN_ENDINGS_BY_LAST = byLastLetter(NOUN_ENDINGS, ([ending]) => ending);

/** Whether `code` is a vowel letter or sign (what ENDS_IN_VOWEL looks for, as a code). */
function isVowel(code: number): boolean {
  return (code >= 0x0985 && code <= 0x0994) || (code >= 0x09be && code <= 0x09cc) || code === 0x09d7;
}

/** Whether `code` is a vowel letter or ং, after which the stemmer leaves a য় ending on. */
function isVowelLetterOrAnusvara(code: number): boolean {
  return (code >= 0x0985 && code <= 0x0994) || code === 0x0982;
}

/**
 * Whether the folded `form` is a noun of `nouns` with one of the endings the stemmer leaves on: the
 * dictionary's lookup of a listed noun's classifier, plural and য় forms, which it does not list. What
 * the base ends in is read off `form`, so only a base worth looking up is cut out.
 */
export function isNounWithEnding(form: string, nouns: ReadonlySet<string>): boolean {
  const endings = NOUN_ENDINGS_BY_LAST.get(form.charCodeAt(form.length - 1));
  if (endings === undefined) return false;
  for (const [ending, follows] of endings) {
    if (!form.endsWith(ending) || form.length === ending.length) continue;
    const length = form.length - ending.length;
    const last = form.charCodeAt(length - 1);
    if (follows === 'consonant' && isVowel(last)) continue;
    if (follows === 'vowelLetter' && !isVowelLetterOrAnusvara(last)) continue;
    if (nouns.has(form.slice(0, length))) return true;
  }
  return false;
}

/**
 * The second parts of compounds that join any noun or name, written solid: -সহ "with" (ভারতসহ),
 * -ভিত্তিক "-based", -কেন্দ্রিক "-centred", -বিরোধী and -বিরোধিতা "anti-", -জুড়ে "throughout"
 * (দেশজুড়ে), and the plurals -বৃন্দ and -গণ (শিক্ষকবৃন্দ, আহতগণ). Not -প্রতি "per": মণপ্রতি is the
 * only spelling, and taking it off would hide a মনপ্রতি. Longest first, so -বিরোধিতা is not read as
 * -বিরোধী's stem.
 */
const COMPOUND_TAILS: readonly string[] = ['বিরোধিতা', 'কেন্দ্রিক', 'ভিত্তিক', 'বিরোধী', 'জুড়ে', 'বৃন্দ', 'সহ', 'গণ']
  .map((s) => foldForMatch(s.normalize('NFC')))
  .sort((a, b) => b.length - a.length);

const COMPOUND_TAILS_BY_LAST = byLastLetter(COMPOUND_TAILS, (tail) => tail);

/**
 * The first part of a solid compound with one of `COMPOUND_TAILS` (ভারত of ভারতসহ, সরকার of
 * সরকারবিরোধী), or null: a lookup knows the compound when it knows that part. Folded in, folded out.
 */
export function compoundHead(form: string): string | null {
  const tails = COMPOUND_TAILS_BY_LAST.get(form.charCodeAt(form.length - 1));
  if (tails === undefined) return null;
  for (const tail of tails) {
    if (form.length - tail.length >= MIN_STEM && form.endsWith(tail)) return form.slice(0, -tail.length);
  }
  return null;
}

/**
 * Case endings that standard orthography joins to their word, as they look written apart (অফিস এ,
 * হোয়াইট হাউস এর), folded. These are never words on their own, so one standing apart is always a
 * detached ending.
 */
export const ENDINGS_NEVER_WORDS: ReadonlySet<string> = new Set(
  ['র', 'য়ের', 'তে', 'য়', 'দের', 'েরা', 'দেরকে'].map((s) => foldForMatch(s.normalize('NFC'))),
);

/** Endings that are also words (এ "this", কে "who"): written apart they are detached endings only after a name. */
export const ENDINGS_ALSO_WORDS: ReadonlySet<string> = new Set(['এর', 'এ', 'কে', 'এরই', 'এও'].map((s) => foldForMatch(s.normalize('NFC'))));

/** The suffix part of `word` once `stem` is taken off (`-এ` written `এ`), for rebuilding a corrected word. */
export function suffixOf(word: string, stem: string): string {
  return word.startsWith(stem) ? word.slice(stem.length) : '';
}

/**
 * `word` with a case ending joined to it as standard orthography writes it: ভারত + এর → ভারতের,
 * ভারত + এরই → ভারতেরই, ইরান + এ → ইরানে, ঢাকা + এ → ঢাকায়, দিল্লি + এ → দিল্লিতে, + এও → -েও/-য়ও/-তেও.
 * After Latin letters, digits or a spelt-out acronym (ডিএসএ-এর) the ending takes a hyphen.
 * An ending as written on another stem (suffixOf's `ের`, `র`, `য়`, `-এ`) is re-fitted to this word, so
 * a repair that swaps the stem never leaves two vowel signs in a row (দেশি + ের → দেশির, not দেশিের).
 */
export function attachSuffix(word: string, suffix: string): string {
  if (suffix === '') return word;
  if (suffix.startsWith('-')) return word + suffix;
  if (!/[\u0980-\u09E5]$/.test(word) || spelledLetters(foldForMatch(word)) !== null) return `${word}-${suffix}`;
  const endsInVowel = ENDS_IN_VOWEL.test(word);
  if (suffix === 'এর' || suffix === 'এরই') return word + (endsInVowel ? 'র' : 'ের') + (suffix === 'এরই' ? 'ই' : '');
  if (suffix === 'এ' || suffix === 'এও') return word + locative(word, endsInVowel) + (suffix === 'এও' ? 'ও' : '');
  return word + refit(word, suffix, endsInVowel);
}

const YA = 'য়'.normalize('NFC');

function locative(word: string, endsInVowel: boolean): string {
  return !endsInVowel ? 'ে' : /[া\u09CB]$/.test(word) ? YA : 'তে';
}

const VOWEL_SIGN = /^[\u09BE-\u09CC\u09D7]/;
const LOCATIVE_AFTER_VOWEL = new RegExp('^(?:য়|তে)(?![\\u09BE-\\u09CC])'.normalize('NFC'));
const YER = 'য়ের'.normalize('NFC');

/** A written ending in the form `word`'s last letter takes: -ের/-র and -ে/-য়/-তে follow the stem. */
function refit(word: string, suffix: string, endsInVowel: boolean): string {
  if (endsInVowel) {
    if (suffix.startsWith('ের')) return suffix.slice(1);
    if (suffix.startsWith('ে')) return locative(word, true) + suffix.slice(1);
    // Any other vowel sign cannot follow a vowel: keep the word whole rather than write a non-word.
    return VOWEL_SIGN.test(suffix) ? '' : suffix;
  }
  if (suffix.startsWith(YER)) return `ের${suffix.slice(YER.length)}`;
  if (LOCATIVE_AFTER_VOWEL.test(suffix)) return `ে${suffix.replace(LOCATIVE_AFTER_VOWEL, '')}`;
  if (suffix.startsWith('র') && !word.endsWith(AAH)) return `ে${suffix}`;
  return suffix;
}
