/**
 * Comparing Bengali words with the English of a gloss. Both sides are reduced to a consonant
 * skeleton in one shared alphabet (vowels dropped, aspiration dropped, letters that Bengali writes
 * alike merged: v/b/w, z/j, c/k/q, ph/f), so ভলোদিমির and Volodymyr both give BLDMR.
 */
const BN_SKELETON: Record<string, string> = {
  ক: 'K',
  খ: 'K',
  গ: 'G',
  ঘ: 'G',
  ঙ: 'N',
  'ং': 'N',
  চ: 'C',
  ছ: 'C',
  জ: 'J',
  ঝ: 'J',
  ঞ: 'N',
  ট: 'T',
  ঠ: 'T',
  ড: 'D',
  ঢ: 'D',
  ণ: 'N',
  ত: 'T',
  থ: 'T',
  দ: 'D',
  ধ: 'D',
  ন: 'N',
  প: 'P',
  ফ: 'F',
  ব: 'B',
  ভ: 'B',
  ম: 'M',
  য: 'J',
  র: 'R',
  ল: 'L',
  শ: 'S',
  ষ: 'S',
  স: 'S',
  হ: 'H',
  ৎ: 'T',
};

/**
 * Consonant skeleton of a folded Bengali word. The skeletons' letters are single characters, so a
 * repeat is told by the last one added: asking `out.endsWith` flattened the string being built at
 * every letter, quadratic in a long run of letters (a 200,000-letter one took 40 s).
 */
export function bengaliSkeleton(folded: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i]!;
    const next = folded[i + 1];
    let piece = '';
    if (next === '\u09BC') {
      piece = c === '\u09AF' ? '' : 'R';
      i++;
    } else if (c === '\u09CD' && (next === 'য' || next === 'ব')) {
      i++; // য-ফলা and ব-ফলা carry no consonant of their own in loanwords
    } else {
      piece = BN_SKELETON[c] ?? '';
    }
    if (piece !== '' && piece !== last) out += last = piece;
  }
  return out;
}

/** Consonant skeleton of an English word, in the alphabet of `bengaliSkeleton`. */
export function englishSkeleton(word: string): string {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  let out = '';
  let last = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    const next = w[i + 1] ?? '';
    let piece = '';
    if (c === 'p' && next === 'h') {
      piece = 'F';
      i++;
    } else if (c === 's' && next === 'h') {
      piece = 'S';
      i++;
    } else if (c === 'c' && next === 'h') {
      piece = 'C';
      i++;
    } else if (c === 't' && next === 'h') {
      piece = 'T';
      i++;
    } else if (c === 'n' && next === 'g') {
      piece = 'N';
      i++;
    } else if (c === 'c') piece = 'eiy'.includes(next) ? 'S' : 'K';
    else if (c === 'g') piece = 'eiy'.includes(next) && i > 0 ? 'J' : 'G';
    else if (c === 'h') piece = i === 0 || 'aeiou'.includes(w[i - 1]!) ? 'H' : '';
    else if (c === 'x') piece = 'KS';
    else piece = EN_LETTER[c] ?? '';
    for (const p of piece) if (p !== last) out += last = p;
  }
  return out;
}

const EN_LETTER: Record<string, string> = {
  b: 'B',
  v: 'B',
  w: '',
  d: 'D',
  f: 'F',
  j: 'J',
  z: 'J',
  k: 'K',
  q: 'K',
  l: 'L',
  m: 'M',
  n: 'N',
  p: 'P',
  r: 'R',
  s: 'S',
  t: 'T',
  y: '',
};

/** English letters as Bengali newsrooms spell them out in acronyms (এফআইআর = FIR). Longest first. */
const LETTER_NAMES: [string, string][] = (
  [
    ['ডাব্লিউ', 'W'],
    ['ডব্লিউ', 'W'],
    ['ডব্লু', 'W'],
    ['এইচ', 'H'],
    ['এক্স', 'X'],
    ['ওয়াই', 'Y'],
    ['কিউ', 'Q'],
    ['জেড', 'Z'],
    ['আই', 'I'],
    ['এফ', 'F'],
    ['এল', 'L'],
    ['এম', 'M'],
    ['এন', 'N'],
    ['এস', 'S'],
    ['আর', 'R'],
    ['ইউ', 'U'],
    ['বি', 'B'],
    ['সি', 'C'],
    ['ডি', 'D'],
    ['জি', 'G'],
    ['জে', 'J'],
    ['কে', 'K'],
    ['পি', 'P'],
    ['টি', 'T'],
    ['ভি', 'V'],
    ['ই', 'E'],
    ['এ', 'A'],
    ['ও', 'O'],
  ] as [string, string][]
)
  .map(([bn, en]) => [bn.normalize('NFC').replace(/[\u09DF]/g, '\u09AF\u09BC'), en] as [string, string])
  .sort((a, b) => b[0].length - a[0].length);

/** Reads a Bengali word as spelt-out English letters (এফআইআর → FIR), or null when it is not one. */
export function spelledLetters(folded: string): string | null {
  let out = '';
  let i = 0;
  outer: while (i < folded.length) {
    for (const [bn, en] of LETTER_NAMES) {
      if (folded.startsWith(bn, i)) {
        out += en;
        i += bn.length;
        continue outer;
      }
    }
    return null;
  }
  return out.length >= 2 ? out : null;
}

const INITIALS: Record<string, string> = {
  অ: 'AOU',
  আ: 'AOU',
  ই: 'IE',
  ঈ: 'IE',
  উ: 'UOW',
  ঊ: 'U',
  ঋ: 'R',
  এ: 'EAI',
  ঐ: 'AI',
  ও: 'OW',
  ঔ: 'O',
  ক: 'KCQ',
  খ: 'K',
  গ: 'G',
  ঘ: 'G',
  চ: 'C',
  ছ: 'CS',
  জ: 'JZG',
  ঝ: 'J',
  ট: 'T',
  ঠ: 'T',
  ড: 'D',
  ঢ: 'D',
  ত: 'T',
  থ: 'T',
  দ: 'D',
  ধ: 'D',
  ন: 'N',
  প: 'P',
  ফ: 'FP',
  ব: 'BVW',
  ভ: 'VB',
  ম: 'M',
  য: 'JYZ',
  র: 'R',
  ল: 'L',
  শ: 'S',
  ষ: 'S',
  স: 'SC',
  হ: 'H',
};

/** The English letters a Bengali word's first sound may stand for (সিভিল may start "C"). */
export function initialLetters(folded: string): string {
  const first = folded[0];
  return first === undefined ? '' : (INITIALS[first] ?? '');
}
