/**
 * A key for "the same name spelt differently": letters that newsrooms use interchangeably for one
 * sound fold together (ি/ী, ু/ূ, শ/ষ/স, ন/ণ, ত/ট, দ/ড, জ/য, nukta forms), the য-ফলা and ব-ফলা that
 * spellings add or drop vanish, and doubled sounds collapse. Input is folded text (fold.ts).
 */
const KEY: Record<string, string> = {
  অ: 'a',
  আ: 'a',
  'া': 'a',
  ই: 'i',
  ঈ: 'i',
  'ি': 'i',
  'ী': 'i',
  উ: 'u',
  ঊ: 'u',
  'ু': 'u',
  'ূ': 'u',
  ঋ: 'ri',
  'ৃ': 'ri',
  এ: 'e',
  'ে': 'e',
  ঐ: 'oi',
  'ৈ': 'oi',
  ও: 'o',
  'ো': 'o',
  ঔ: 'ou',
  'ৌ': 'ou',
  ক: 'k',
  খ: 'kh',
  গ: 'g',
  ঘ: 'gh',
  ঙ: 'ng',
  'ং': 'ng',
  চ: 'ch',
  ছ: 'ch',
  জ: 'j',
  ঝ: 'jh',
  ঞ: 'n',
  ট: 't',
  ঠ: 'th',
  ড: 'd',
  ঢ: 'dh',
  ণ: 'n',
  ত: 't',
  থ: 'th',
  দ: 'd',
  ধ: 'dh',
  ন: 'n',
  প: 'p',
  ফ: 'f',
  ব: 'b',
  ভ: 'bh',
  ম: 'm',
  য: 'j',
  র: 'r',
  ল: 'l',
  শ: 's',
  ষ: 's',
  স: 's',
  হ: 'h',
  ৎ: 't',
  'ঃ': '',
  'ঁ': '',
};

/** The key piece of each Bengali-block code unit (index: code - 0x980); undefined for those without one. */
const PIECES: (string | undefined)[] = Array.from({ length: 0x80 }, (_, i) => KEY[String.fromCharCode(0x980 + i)]);

const NUKTA = 0x09bc;
const VIRAMA = 0x09cd;
const YA = 0x09af;
const BA = 0x09ac;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** ড় and ঢ় sound r, য় y: the pieces of letter + nukta. */
function nuktaPiece(code: number): string | undefined {
  return code === 0x09a1 || code === 0x09a2 ? 'r' : code === YA ? 'y' : undefined;
}

function pieceOf(code: number): string | undefined {
  return code >= 0x980 && code < 0xa00 ? PIECES[code - 0x980] : undefined;
}

export function phoneticKey(folded: string): string {
  return keyStart(folded, Infinity);
}

/** The start of `phoneticKey(folded)`: at least its first `letters` letters (all, when it is shorter). */
export function keyStart(folded: string, letters: number): string {
  return keyOf(folded, letters, null);
}

// The key's length before each code unit of the word last keyed by `stemKeys` (-1 where a unit is
// keyed with the one before it), kept between calls.
let keyLengths = new Int32Array(64);

/**
 * `stems.map(phoneticKey)` for a word's stems, each a start of `folded` (see suffix.ts), keying the
 * word once: a stem's key is the word's key as far as the stem reaches, unless the stem ends inside a
 * letter + nukta or a হসন্ত + য/ব that the word keys together (then the stem is keyed on its own).
 * Every stem of every word an article has is keyed, and building each key piece by piece was most
 * of what keying allocated.
 */
export function stemKeys(folded: string, stems: readonly string[]): string[] {
  if (keyLengths.length <= folded.length) keyLengths = new Int32Array(folded.length * 2 + 1);
  keyLengths.fill(-1, 0, folded.length + 1);
  const key = keyOf(folded, Infinity, keyLengths);
  const out: string[] = new Array(stems.length);
  for (let k = 0; k < stems.length; k++) {
    const stem = stems[k]!;
    const length = stem.length <= folded.length && folded.startsWith(stem) ? keyLengths[stem.length]! : -1;
    out[k] = length === key.length ? key : length >= 0 ? key.slice(0, length) : phoneticKey(stem);
  }
  return out;
}

// The key's code units, gathered here and made a string once: a key appended to piece by piece was a
// new string per piece, most of what keying allocated.
const keyUnits: number[] = [];

/** `keyStart`, noting in `lengths` (when given) the key's length before each code unit it keys on its own, and after the last. */
function keyOf(folded: string, letters: number, lengths: Int32Array | null): string {
  let n = 0;
  let last = '';
  let i = 0;
  for (; i < folded.length && n < letters; i++) {
    if (lengths) lengths[i] = n;
    const code = folded.charCodeAt(i);
    const next = folded.charCodeAt(i + 1);
    let piece: string | undefined;
    if (next === NUKTA) {
      piece = nuktaPiece(code) ?? pieceOf(code);
      i++;
    } else if (code === VIRAMA) {
      // য-ফলা and ব-ফলা: spellings with and without them are the same name (ট্র্যাম্প / ট্রাম্প).
      if (next === YA || next === BA) i++;
      continue;
    } else {
      piece = pieceOf(code);
    }
    if (piece === undefined) {
      const c = folded.charAt(i - (next === NUKTA ? 1 : 0));
      if (LETTER_OR_DIGIT.test(c)) piece = c.toLowerCase();
      else continue;
    }
    if (piece === '' || piece === last) continue;
    for (let k = 0; k < piece.length; k++) keyUnits[n++] = piece.charCodeAt(k);
    last = piece;
  }
  if (lengths && i === folded.length) lengths[i] = n;
  if (keyUnits.length !== n) keyUnits.length = n;
  return n <= KEY_CHUNK ? String.fromCharCode.apply(null, keyUnits) : longKey(n);
}

// An argument list is bounded by the stack: a key of a very long "word" is made in chunks.
const KEY_CHUNK = 4096;

function longKey(n: number): string {
  let out = '';
  for (let from = 0; from < n; from += KEY_CHUNK) out += String.fromCharCode.apply(null, keyUnits.slice(from, from + KEY_CHUNK));
  return out;
}

// Two rows of the distance table, kept between calls: names are short, and an array per row was
// most of what the near-miss search allocated.
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Edit distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (b.length >= previousRow.length) {
    previousRow = new Int32Array(b.length * 2);
    currentRow = new Int32Array(b.length * 2);
  }
  let prev = previousRow;
  let row = currentRow;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const char = a.charCodeAt(i - 1);
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (char === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    const done = prev;
    prev = row;
    row = done;
  }
  return prev[b.length]!;
}

/** Same name: equal keys, or one edit apart when the keys are long enough for one edit to be a slip. */
export function sameName(keyA: string, keyB: string): boolean {
  if (keyA === keyB) return true;
  return Math.min(keyA.length, keyB.length) >= 6 && editDistance(keyA, keyB, 1) <= 1;
}

/** The first letter of `phoneticKey(folded)`, without building the key. */
export function firstSound(folded: string): string {
  const code = folded.charCodeAt(0);
  const piece = (folded.charCodeAt(1) === NUKTA ? nuktaPiece(code) : undefined) ?? pieceOf(code) ?? folded.charAt(0).toLowerCase();
  return piece.charAt(0);
}
