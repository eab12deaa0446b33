/**
 * The sound-alike edit: one change of spelling that leaves a Bengali word sounding the same, the slip
 * a reporter makes when the sound is right and the letter is not. One of
 * - one letter for another of the same sound: ি/ী, ু/ূ, ই/ঈ, উ/ঊ, শ/ষ/স, ন/ণ, জ/য, ত/ট/ৎ, র/ড়;
 * - a হসন্ত added or dropped between two consonants (স্ত / সত), or a consonant doubled or undoubled
 *   with one (ক্ক / ক);
 * - a য-ফলা added or dropped after a consonant (ট্র্যাম্প / ট্রাম্প).
 * Every such edit keeps the word's phonetic key (phonetic.ts), so spellings one edit apart always
 * share a key: the name checks look for a name's other spellings by key.
 *
 * The spelling check also looks wider (`wide`), for the slips a hurried hand makes in an ordinary word
 * that change its key a little: two neighbouring consonants swapped (সাধবানে for সাবধানে), ই for য়
 * (বিশ্ববিদ্যালই), a last হসন্ত dropped. This is the one generator of both.
 * Works on folded text (fold.ts): ড় is ড + nukta, য় is য + nukta there.
 */

const VIRAMA = '\u09CD';
const NUKTA = '\u09BC';
const YA = '\u09AF';
const RA = '\u09B0';
const BA = '\u09AC';
const RRA = '\u09A1\u09BC';
const YA_PHALA = VIRAMA + YA;
const KHANDA_TA = '\u09CE';
const TA = '\u09A4';
const I_LETTER = '\u0987';
const VOWEL_SIGN_OR_VIRAMA = /[\u09BE-\u09CD\u09D7]/;

/** The letters that stand for one sound, a class each. */
const CLASSES: readonly string[][] = [
  ['\u09BF', '\u09C0'], // ি ী
  ['\u09C1', '\u09C2'], // ু ূ
  ['\u0987', '\u0988'], // ই ঈ
  ['\u0989', '\u098A'], // উ ঊ
  ['\u09B6', '\u09B7', '\u09B8'], // শ ষ স
  ['\u09A8', '\u09A3'], // ন ণ
  ['\u099C', YA], // জ য
  ['\u09A4', '\u099F', '\u09CE'], // ত ট ৎ
];

/** Each letter's other letters of the same sound. */
const SAME_SOUND = new Map<string, string[]>();
for (const cls of CLASSES)
  for (const c of cls)
    SAME_SOUND.set(
      c,
      cls.filter((o) => o !== c),
    );

function isConsonant(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return (code >= 0x0995 && code <= 0x09b9) || code === 0x09dc || code === 0x09dd || code === 0x09df;
}

/**
 * Whether the letter at `i` may be swapped for one of the same sound: not a য or ড that a nukta
 * follows (য়, ড় are other letters), not a জ or য after a হসন্ত (that য is a য-ফলা, whose edit is
 * its own). Each condition reads only the letter's neighbours, which a swap keeps, so the edit undoes
 * itself: `isSoundAlikeEdit` is symmetric.
 */
function swappable(word: string, i: number): boolean {
  const c = word[i]!;
  if (word[i + 1] === NUKTA) return false;
  if ((c === YA || c === '\u099C') && word[i - 1] === VIRAMA) return false;
  return SAME_SOUND.has(c);
}

/**
 * Whether a হসন্ত may join a consonant to `letter` (followed by `after`), or be dropped before it:
 * not before য or ব, whose ফলা the phonetic key drops (a হসন্ত there changes the key), nor before a
 * letter a nukta follows.
 */
function joinable(letter: string | undefined, after: string | undefined): boolean {
  return isConsonant(letter) && letter !== YA && letter !== BA && after !== NUKTA;
}

export interface RespellingOptions {
  /** Also the slips that change the key: two neighbouring consonants swapped, ই/য়, a last হসন্ত dropped. */
  wide?: boolean;
}

/**
 * Every spelling one sound-alike edit from the folded `word`, each once, in order of position (a
 * deterministic list: the fault-injection bench samples it, the spelling check ranks suggestions
 * with it). `word` itself is not among them.
 */
export function soundAlikeRespellings(word: string, options: RespellingOptions = {}): string[] {
  const out = new Set<string>();
  const add = (respelt: string) => {
    if (respelt !== word) out.add(respelt);
  };
  const wide = options.wide === true;
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    const head = word.slice(0, i);
    const next = word[i + 1];
    if (wide) wideEdits(word, i, add);
    if (swappable(word, i)) {
      // ৎ ends a syllable: it never starts a word or carries a vowel sign or a হসন্ত.
      const noKhandaTa = i === 0 || (next !== undefined && VOWEL_SIGN_OR_VIRAMA.test(next));
      for (const other of SAME_SOUND.get(c)!)
        if (!(noKhandaTa && (other === KHANDA_TA || c === KHANDA_TA))) add(head + other + word.slice(i + 1));
    }
    // র and ড়, but not a র-ফলা or a রেফ (প্র, র্ক), nor a ড় in such a place.
    if (c === RA && word[i - 1] !== VIRAMA && next !== VIRAMA) add(head + RRA + word.slice(i + 1));
    if (c === '\u09A1' && next === NUKTA && word[i - 1] !== VIRAMA && word[i + 2] !== VIRAMA) add(head + RA + word.slice(i + 2));
    if (!isConsonant(c) || next === NUKTA) continue;
    const after = word[i + 2];
    const afterThat = word[i + 3];
    if (next === VIRAMA) {
      // হসন্ত dropped between two consonants (স্ত → সত).
      if (joinable(after, afterThat)) add(head + c + word.slice(i + 2));
      // A doubled consonant undoubled (ক্ক → ক), a য-ফলা dropped (ক্যা → কা).
      if (c !== YA && i > 0 && after === c && afterThat !== NUKTA && afterThat !== VIRAMA) add(head + c + word.slice(i + 3));
      if (c !== YA && after === YA && afterThat !== NUKTA && afterThat !== VIRAMA) add(head + c + word.slice(i + 3));
      continue;
    }
    // হসন্ত added between two consonants (সত → স্ত).
    if (joinable(next, after)) add(head + c + VIRAMA + word.slice(i + 1));
    // Doubled inside the word (ক → ক্ক), a য-ফলা added (কা → ক্যা).
    if (c !== YA) {
      if (i > 0) add(head + c + VIRAMA + c + word.slice(i + 1));
      add(head + c + YA_PHALA + word.slice(i + 1));
    }
  }
  return [...out];
}

/** The wide edits at `i` (see `RespellingOptions`). */
function wideEdits(word: string, i: number, add: (respelt: string) => void): void {
  const c = word[i]!;
  const next = word[i + 1];
  const head = word.slice(0, i);
  if (c === I_LETTER) add(head + YA + NUKTA + word.slice(i + 1));
  if (c === YA && next === NUKTA) add(head + I_LETTER + word.slice(i + 2));
  if (c === VIRAMA && next === undefined) add(head);
  // Two consonants, neither in a conjunct, written the other way round (সাধবানে for সাবধানে).
  if (i > 0 && isConsonant(c) && isConsonant(next) && word[i - 1] !== VIRAMA) {
    const after = word[i + 2];
    if (after !== NUKTA && after !== VIRAMA) add(head + next + c + word.slice(i + 2));
  }
}

/** Whether two folded spellings are exactly one sound-alike edit apart (a spelling is not one edit from itself). */
export function isSoundAlikeEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 2) return false;
  return soundAlikeRespellings(a).includes(b);
}

/**
 * Whether `stem` is `word` with its last ৎ written ত: বিদ্যুৎ takes a vowel ending as বিদ্যুতের, so a stem
 * cut from an inflected word ends in ত where the bare word ends in ৎ, and is no misspelling. (The other
 * way round it is one: ভারৎকে for ভারতকে.)
 */
export function khandaTaAlternation(stem: string, word: string): boolean {
  return stem.length === word.length && stem.endsWith(TA) && word.endsWith(KHANDA_TA) && stem.slice(0, -1) === word.slice(0, -1);
}
