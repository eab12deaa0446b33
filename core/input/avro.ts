/**
 * Avro Phonetic: Latin keystrokes to Bengali, the way reporters already type on Avro keyboards.
 *
 * The scheme is a table of Latin sequences. At each position the longest sequence that applies is
 * replaced; a sequence may carry context rules that look at the Latin character just before it or
 * just after it (a vowel, a consonant, anything else, or an exact string). That is how `i` becomes
 * ই at the start of a word but ি after a consonant, and how `rr` becomes a reph before a consonant.
 * A backtick forces the vowel sign and is itself dropped.
 */

type CharClass = 'vowel' | 'consonant' | 'punctuation';

interface Condition {
  side: 'before' | 'after';
  /** A character class of the neighbouring Latin character, or the exact neighbouring text. */
  test: { kind: 'class'; cls: CharClass } | { kind: 'exact'; text: string };
  negated: boolean;
}

interface Rule {
  when: Condition[];
  output: string;
}

interface Pattern {
  /** Output when no rule applies; `null` means the sequence does not apply and a shorter one is tried. */
  output: string | null;
  rules: Rule[];
}

const VOWELS = 'aeiou';
const CONSONANTS = 'bcdfghjklmnpqrstvwxyz';

function classOf(ch: string | undefined): CharClass {
  if (ch === undefined) return 'punctuation';
  const lower = ch.toLowerCase();
  if (VOWELS.includes(lower)) return 'vowel';
  if (CONSONANTS.includes(lower)) return 'consonant';
  return 'punctuation';
}

/**
 * Conditions are written compactly: `<` looks before the sequence, `>` after it; then a class name
 * or `=text` for an exact neighbour; a leading `!` negates. `'<consonant !<=r'` reads "after a
 * consonant that is not r".
 */
function parseConditions(spec: string): Condition[] {
  return spec.split(' ').map((token) => {
    const negated = token.startsWith('!');
    const body = negated ? token.slice(1) : token;
    const side = body[0] === '<' ? 'before' : 'after';
    const rest = body.slice(1);
    const test = rest.startsWith('=')
      ? ({ kind: 'exact', text: rest.slice(1) } as const)
      : ({ kind: 'class', cls: rest as CharClass } as const);
    return { side, test, negated };
  });
}

type RuleSpec = [conditions: string, output: string];

/** A vowel: its sign after a consonant, the letter elsewhere, the sign whenever a backtick follows. */
function vowel(letter: string, sign: string): [string | null, RuleSpec[]] {
  return [
    sign,
    [
      ['>=`', sign],
      ['!<consonant', letter],
    ],
  ];
}

// Letters after which `r` keeps its full form instead of becoming the র-ফলা: they end in a vowel
// sound in Bengali (ইয়, ও, এক্স) or are already a nasal that does not stack (ং, ঙ, ঞ).
const R_KEEPS_FULL = '!<=r !<=y !<=w !<=x !<=ng !<=Ng !<=NG';
const ZWJ = '\u200D';

const TABLE: Record<string, string | [string | null, RuleSpec[]]> = {
  // Vowels.
  o: [
    '',
    [
      ['>=`', ''],
      ['<=o', 'অ'],
      ['<vowel', 'ও'],
      ['!<consonant', 'অ'],
    ],
  ],
  a: [
    'া',
    [
      ['>=`', 'া'],
      ['<=a', 'আ'],
      ['<vowel', 'য়া'],
      ['!<consonant', 'আ'],
    ],
  ],
  aZ: [null, [['!<consonant', 'অ্যা']]],
  oo: vowel('উ', 'ু'),
  i: vowel('ই', 'ি'),
  I: vowel('ঈ', 'ী'),
  ee: vowel('ঈ', 'ী'),
  u: vowel('উ', 'ু'),
  U: vowel('ঊ', 'ূ'),
  e: vowel('এ', 'ে'),
  O: vowel('ও', 'ো'),
  OI: vowel('ঐ', 'ৈ'),
  OU: vowel('ঔ', 'ৌ'),
  rri: vowel('ঋ', 'ৃ'),

  // Consonants and the conjuncts Avro spells out.
  b: 'ব',
  bh: 'ভ',
  bhl: 'ভ্ল',
  bj: 'ব্জ',
  bd: 'ব্দ',
  bdh: 'ব্ধ',
  bb: 'ব্ব',
  bl: 'ব্ল',
  v: 'ভ',
  vl: 'ভ্ল',
  c: 'চ',
  ch: 'ছ',
  cc: 'চ্চ',
  cch: 'চ্ছ',
  cNG: 'চ্ঞ',
  d: 'দ',
  dh: 'ধ',
  dhn: 'ধ্ন',
  dhm: 'ধ্ম',
  dg: 'দ্গ',
  dgh: 'দ্ঘ',
  dd: 'দ্দ',
  ddh: 'দ্ধ',
  dbh: 'দ্ভ',
  dv: 'দ্ভ',
  dm: 'দ্ম',
  D: 'ড',
  Dh: 'ঢ',
  DD: 'ড্ড',
  g: 'গ',
  gh: 'ঘ',
  ghn: 'ঘ্ন',
  gdh: 'গ্ধ',
  gN: 'গ্ণ',
  gn: 'গ্ন',
  gm: 'গ্ম',
  gl: 'গ্ল',
  gg: 'জ্ঞ',
  h: 'হ',
  hN: 'হ্ণ',
  hn: 'হ্ন',
  hm: 'হ্ম',
  hl: 'হ্ল',
  j: 'জ',
  jh: 'ঝ',
  jj: 'জ্জ',
  jjh: 'জ্ঝ',
  jNG: 'জ্ঞ',
  k: 'ক',
  kh: 'খ',
  kk: 'ক্ক',
  kT: 'ক্ট',
  kt: 'ক্ত',
  kl: 'ক্ল',
  ks: 'ক্স',
  ksh: 'কশ',
  kx: 'ক্ষ',
  kkh: 'ক্ষ',
  kSh: 'ক্ষ',
  kxN: 'ক্ষ্ণ',
  kkhN: 'ক্ষ্ণ',
  kShN: 'ক্ষ্ণ',
  kxm: 'ক্ষ্ম',
  kkhm: 'ক্ষ্ম',
  kShm: 'ক্ষ্ম',
  l: 'ল',
  lk: 'ল্ক',
  lkh: 'লখ',
  lg: 'ল্গ',
  lgh: 'লঘ',
  lT: 'ল্ট',
  lD: 'ল্ড',
  lp: 'ল্প',
  lph: 'লফ',
  lv: 'ল্ভ',
  lbh: 'ল্ভ',
  ldh: 'ল্ধ',
  lm: 'ল্ম',
  ll: 'ল্ল',
  lb: 'ল্ব',
  m: 'ম',
  mth: 'ম্থ',
  mph: 'ম্ফ',
  mf: 'ম্ফ',
  mbh: 'ম্ভ',
  mv: 'ম্ভ',
  mpl: 'মপ্ল',
  mn: 'ম্ন',
  mp: 'ম্প',
  mm: 'ম্ম',
  ml: 'ম্ল',
  mb: 'ম্ব',
  n: 'ন',
  N: 'ণ',
  nn: 'ন্ন',
  NN: 'ণ্ণ',
  Nn: 'ণ্ন',
  nm: 'ন্ম',
  Nm: 'ণ্ম',
  nd: 'ন্দ',
  ndh: 'ন্ধ',
  nT: 'ন্ট',
  NT: 'ণ্ট',
  nTh: 'ন্ঠ',
  NTh: 'ণ্ঠ',
  nD: 'ন্ড',
  ND: 'ণ্ড',
  NDh: 'ণ্ঢ',
  nt: 'ন্ত',
  nth: 'ন্থ',
  ns: 'ন্স',
  nsh: 'নশ',
  ng: ['ং', [['>vowel', 'ঙ্গ']]],
  ngh: 'ঙ্ঘ',
  nk: 'ঙ্ক',
  nkh: 'ঙ্খ',
  nc: 'ঞ্চ',
  nch: 'ঞ্ছ',
  nj: 'ঞ্জ',
  njh: 'ঞ্ঝ',
  Ng: 'ঙ',
  Ngk: 'ঙ্ক',
  Ngkh: 'ঙ্খ',
  Ngkx: 'ঙ্ক্ষ',
  Ngkkh: 'ঙ্ক্ষ',
  NgkSh: 'ঙ্ক্ষ',
  Ngx: 'ঙ্ষ',
  Ngg: 'ঙ্গ',
  Nggh: 'ঙ্ঘ',
  Ngm: 'ঙ্ম',
  NG: 'ঞ',
  NGc: 'ঞ্চ',
  NGch: 'ঞ্ছ',
  NGj: 'ঞ্জ',
  NGjh: 'ঞ্ঝ',
  p: 'প',
  ph: 'ফ',
  phl: 'ফ্ল',
  pT: 'প্ট',
  pt: 'প্ত',
  pn: 'প্ন',
  pp: 'প্প',
  pl: 'প্ল',
  ps: 'প্স',
  f: 'ফ',
  fl: 'ফ্ল',
  q: 'ক',
  r: ['র', [[`<consonant ${R_KEEPS_FULL}`, '্র']]],
  rr: [
    'রর',
    [
      [`<consonant ${R_KEEPS_FULL}`, '্রর'],
      ['!<consonant >consonant !>=r !>=y !>=Z', 'র্'],
    ],
  ],
  ry: [`র${ZWJ}্য`, [[`<consonant ${R_KEEPS_FULL}`, '্র্য']]],
  rZ: [`র${ZWJ}্য`, [[`<consonant ${R_KEEPS_FULL}`, '্র্য']]],
  R: 'ড়',
  Rh: 'ঢ়',
  Rg: 'ড়্গ',
  s: 'স',
  sh: 'শ',
  S: 'শ',
  Sh: 'ষ',
  sk: 'স্ক',
  skh: 'স্খ',
  skl: 'স্ক্ল',
  sT: 'স্ট',
  st: 'স্ত',
  sth: 'স্থ',
  sn: 'স্ন',
  sp: 'স্প',
  sph: 'স্ফ',
  spl: 'স্প্ল',
  sf: 'স্ফ',
  sm: 'স্ম',
  sl: 'স্ল',
  shc: 'শ্চ',
  shch: 'শ্ছ',
  sht: 'শ্ত',
  shn: 'শ্ন',
  shm: 'শ্ম',
  shl: 'শ্ল',
  Sc: 'শ্চ',
  Sch: 'শ্ছ',
  St: 'শ্ত',
  Sn: 'শ্ন',
  Sm: 'শ্ম',
  Sl: 'শ্ল',
  Shk: 'ষ্ক',
  ShT: 'ষ্ট',
  ShTh: 'ষ্ঠ',
  ShN: 'ষ্ণ',
  Shp: 'ষ্প',
  Shf: 'ষ্ফ',
  Shph: 'ষ্ফ',
  Shm: 'ষ্ম',
  t: 'ত',
  th: 'থ',
  tth: 'ত্থ',
  tn: 'ত্ন',
  tm: 'ত্ম',
  tt: 'ত্ত',
  't``': 'ৎ',
  T: 'ট',
  Th: 'ঠ',
  TT: 'ট্ট',
  Tm: 'ট্ম',
  w: [
    'ও',
    [
      ['!<consonant >vowel', 'ওয়'],
      ['<consonant', '্ব'],
    ],
  ],
  x: ['ক্স', [['<punctuation', 'এক্স']]],
  y: [
    'ইয়',
    [
      ['<=r', `${ZWJ}্য`],
      ['<consonant', '্য'],
      ['<vowel', 'য়'],
    ],
  ],
  Y: 'য়',
  z: 'য',
  Z: ['্য', [['<=r', `${ZWJ}্য`]]],

  // Digits and signs.
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
  '.': '।',
  '..': '।।',
  '...': '...',
  '.`': '.',
  ':': 'ঃ',
  ':`': ':',
  '^': 'ঁ',
  '^`': '^',
  ',,': '্\u200C',
  $: '৳',
  '`': '',
};

const PATTERNS = new Map<string, Pattern>(
  Object.entries(TABLE).map(([find, spec]) => {
    const [output, rules] = typeof spec === 'string' ? [spec, []] : spec;
    return [find, { output, rules: rules.map(([when, out]) => ({ when: parseConditions(when), output: out })) }];
  }),
);

/** For each first character, the length of the longest sequence starting with it: the lookups to try. */
const LONGEST_FROM = new Map<string, number>();
for (const find of PATTERNS.keys()) LONGEST_FROM.set(find[0]!, Math.max(find.length, LONGEST_FROM.get(find[0]!) ?? 0));

// Case only matters for the letters Avro gives two meanings (o/O, t/T, n/N...); G matters only in NG.
const CASE_SENSITIVE = 'oiudnrstyz';

function foldCase(latin: string): string {
  let out = '';
  for (let i = 0; i < latin.length; i++) {
    const ch = latin[i]!;
    const keep = !(ch >= 'A' && ch <= 'Z') || CASE_SENSITIVE.includes(ch.toLowerCase()) || (ch === 'G' && latin[i - 1] === 'N');
    out += keep ? ch : ch.toLowerCase();
  }
  return out;
}

function holds(c: Condition, text: string, start: number, end: number): boolean {
  let result: boolean;
  if (c.test.kind === 'class') {
    result = classOf(c.side === 'before' ? text[start - 1] : text[end]) === c.test.cls;
  } else {
    const n = c.test.text.length;
    result = c.side === 'before' ? start >= n && text.slice(start - n, start) === c.test.text : text.slice(end, end + n) === c.test.text;
  }
  return result !== c.negated;
}

function outputAt(pattern: Pattern, text: string, start: number, end: number): string | null {
  for (const rule of pattern.rules) {
    if (rule.when.every((c) => holds(c, text, start, end))) return rule.output;
  }
  return pattern.output;
}

/**
 * Converts Avro Phonetic Latin to Bengali. Characters the scheme does not know (spaces, most
 * punctuation, Bengali already present) pass through unchanged. The result is NFC, the house form:
 * ড় ঢ় য় come out as letter + nukta.
 */
export function avroToBengali(latin: string): string {
  const text = foldCase(latin);
  let out = '';
  let i = 0;
  while (i < text.length) {
    let advanced = false;
    for (let len = Math.min(LONGEST_FROM.get(text[i]!) ?? 0, text.length - i); len > 0; len--) {
      const pattern = PATTERNS.get(text.slice(i, i + len));
      if (!pattern) continue;
      const output = outputAt(pattern, text, i, i + len);
      if (output === null) continue;
      out += output;
      i += len;
      advanced = true;
      break;
    }
    if (!advanced) out += text[i++];
  }
  return out.normalize('NFC');
}

/** Whether a character is part of what Avro converts, so typing it continues the current word. */
export function isAvroInput(ch: string): boolean {
  return /^[A-Za-z0-9`.,^:$]$/.test(ch);
}
