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
  let out = '';
  let last = '';
  for (let i = 0; i < folded.length && out.length < letters; i++) {
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
    out += piece;
    last = piece;
  }
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
