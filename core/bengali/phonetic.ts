/**
 * A key for "the same name spelt differently": letters that newsrooms use interchangeably for one
 * sound fold together (ি/ী, ু/ূ, শ/ষ/স, ন/ণ, ত/ট, দ/ড, জ/য, nukta forms), the য-ফলা and ব-ফলা that
 * spellings add or drop vanish, and doubled sounds collapse. Input is folded text (fold.ts).
 */
const KEY: Record<string, string> = {
  'অ': 'a', 'আ': 'a', 'া': 'a', 'ই': 'i', 'ঈ': 'i', 'ি': 'i', 'ী': 'i', 'উ': 'u', 'ঊ': 'u', 'ু': 'u', 'ূ': 'u',
  'ঋ': 'ri', 'ৃ': 'ri', 'এ': 'e', 'ে': 'e', 'ঐ': 'oi', 'ৈ': 'oi', 'ও': 'o', 'ো': 'o', 'ঔ': 'ou', 'ৌ': 'ou',
  'ক': 'k', 'খ': 'kh', 'গ': 'g', 'ঘ': 'gh', 'ঙ': 'ng', 'ং': 'ng', 'চ': 'ch', 'ছ': 'ch', 'জ': 'j', 'ঝ': 'jh', 'ঞ': 'n',
  'ট': 't', 'ঠ': 'th', 'ড': 'd', 'ঢ': 'dh', 'ণ': 'n', 'ত': 't', 'থ': 'th', 'দ': 'd', 'ধ': 'dh', 'ন': 'n',
  'প': 'p', 'ফ': 'f', 'ব': 'b', 'ভ': 'bh', 'ম': 'm', 'য': 'j', 'র': 'r', 'ল': 'l', 'শ': 's', 'ষ': 's', 'স': 's', 'হ': 'h',
  'ৎ': 't', 'ঃ': '', 'ঁ': '',
};

/** Letter + nukta sequences, looked at before single letters. */
const NUKTA_KEY: Record<string, string> = { '\u09A1\u09BC': 'r', '\u09A2\u09BC': 'r', '\u09AF\u09BC': 'y' };

const VIRAMA = '\u09CD';

export function phoneticKey(folded: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i]!;
    const next = folded[i + 1];
    let piece: string | undefined;
    if (next === '\u09BC') {
      piece = NUKTA_KEY[c + next] ?? KEY[c];
      i++;
    } else if (c === VIRAMA) {
      // য-ফলা and ব-ফলা: spellings with and without them are the same name (ট্র্যাম্প / ট্রাম্প).
      if (next === 'য' || next === 'ব') i++;
      continue;
    } else {
      piece = KEY[c];
    }
    if (piece === undefined) {
      if (/[\p{L}\p{N}]/u.test(c)) piece = c.toLowerCase();
      else continue;
    }
    if (piece === '' || piece === last) continue;
    out += piece;
    last = piece;
  }
  return out;
}

/** Edit distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = row;
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
  return (NUKTA_KEY[folded.slice(0, 2)] ?? KEY[folded.charAt(0)] ?? folded.charAt(0).toLowerCase()).charAt(0);
}
