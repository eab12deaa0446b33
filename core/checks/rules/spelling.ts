/**
 * `spelling/unknown`: a Bengali word that is in none of the dictionary (the shipped list, a newsroom's
 * Hunspell and shared lists, the user's own words), the glossary and the article's own names, offered
 * the spelling one sound-alike slip away: the article's own spelling first when it uses that one more
 * often (বিশ্ববিদ্যালই among three বিশ্ববিদ্যালয়), then the dictionary's.
 *
 * Precision comes first: a word with no such respelling is most often a rare correct word or a name, so
 * it is flagged only when the house asks for spelling as a warning. A word another rule flags (a
 * glossary variant, a damaged character, a detached ending) is left to that rule.
 *
 * It runs in the document pass, which sees the whole article; what one word needs is worked out once
 * per spelling and dictionary, and a paragraph's unknown words once per paragraph result.
 */
import type { Dictionary } from '../../bengali/dictionary';
import { foldForMatch } from '../../bengali/fold';
import { memoByString } from '../../bengali/memo';
import { soundAlikeRespellings } from '../../bengali/sound-alike';
import { attachSuffix, compoundHead, suffixOf } from '../../bengali/suffix';
import { COMMON_NAME_PARTS, type GlossaryIndex } from '../../glossary/index';
import type { PlacedParagraph } from '../document';
import {
  WORD_ASCII_DIGITS,
  WORD_BENGALI,
  WORD_BENGALI_DIGITS,
  WORD_MAY_NEED_REPAIR,
  WORD_NAME,
  WORD_TOO_LONG,
  type WordFacts,
} from '../lexicon';
import type { CheckContext } from '../paragraph';
import type { Words } from '../words';
import { defineFamily, defineRule, finding } from '../rule';
import type { Finding, Severity } from '../types';

export const SPELLING_UNKNOWN = defineRule({
  id: 'spelling/unknown',
  severity: 'info',
  passes: ['document'],
  label: { bn: 'বানান', en: 'Spelling' },
  docs: {
    flags:
      'a word in no dictionary, glossary or gloss, written once where the article uses a spelling one sound-alike slip away more often; with the house option `spellingSeverity: warning`, also one slip from a dictionary word',
    example: '`বিশ্ববিদ্যালই`',
    fix: '`বিশ্ববিদ্যালয়`',
  },
  messages: {
    article: (spelling: string) => ({
      bn: `এই লেখায় বানানটি বেশিবার “${spelling}”`,
      en: `This article mostly spells it “${spelling}”`,
    }),
    dictionary: (spelling: string) => ({
      bn: `অভিধানে নেই; “${spelling}” হবে কি?`,
      en: `Not in the dictionary; did you mean “${spelling}”?`,
    }),
  },
});

const KHANDA_TA = '\u09CE';
const TA = '\u09A4';
const VIRAMA = '\u09CD';

/** A misspelt word is looked for among the wide sound-alike edits (sound-alike.ts), a name among the narrow. */
const SLIPS = { wide: true } as const;

// --- What one spelling is ------------------------------------------------------------------------------

/** A known word one slip from an unknown one: the stem it replaces, and the dictionary's spelling (folded). */
interface Respelt {
  stem: string;
  form: string;
}

/**
 * The dictionary words one slip from a spelling. `slips`: those a reader would take it for
 * (`likelySlip`); `respelt`: those and the words it is as often a spelling of another word beside,
 * which only the article's own use of them makes the word meant.
 */
interface NearWords {
  respelt: readonly Respelt[];
  slips: readonly Respelt[];
}

/**
 * What the dictionary says of one spelling: `null` for a known word; for an unknown one, its near words
 * once asked. They are asked only of a spelling an article writes once (the only kind flagged), and
 * trying every respelling of every name an article repeats would cost most of a first check.
 */
type Verdict = { near: NearWords | undefined } | null;

const NO_RESPELT: readonly Respelt[] = [];
const VERDICT_LIMIT = 200_000;
const verdicts = new WeakMap<Dictionary, Map<string, Verdict>>();

const SHORT_TO_LONG: Record<string, string> = { 'ি': 'ী', 'ু': 'ূ' };
const SHORT_I = 0x09bf;
const SHORT_U = 0x09c1;

/**
 * Whether `stem` is the dictionary's word as a newsroom may rightly write it. Bangla Academy's reformed
 * spelling writes ি and ু where older lists (bn_BD among them) have ী and ূ: দেশি, বেশি, খুনি. And ৎ
 * becomes ত before an ending: ভবিষ্যতে, সাক্ষাতের.
 */
export function knownAs(stem: string, ended: boolean, dictionary: Dictionary): boolean {
  return dictionary.hasForm(stem) || knownRespelt(stem, ended, dictionary);
}

/** Whether `stem` is the dictionary's word with ি/ু for its ী/ূ, or with ত for its last ৎ before an ending (`knownAs`). */
function knownRespelt(stem: string, ended: boolean, dictionary: Dictionary): boolean {
  for (let i = 0; i < stem.length; i++) {
    const c = stem.charCodeAt(i);
    if (c !== SHORT_I && c !== SHORT_U) continue;
    if (dictionary.hasForm(stem.slice(0, i) + SHORT_TO_LONG[stem[i]!] + stem.slice(i + 1))) return true;
  }
  return ended && stem.endsWith(TA) && dictionary.hasForm(stem.slice(0, -1) + KHANDA_TA);
}

/**
 * Whether `form`, one respelling from `stem`, is a slip a reader would correct rather than another
 * word: ি/ু for ী/ূ is the reformed spelling (see `knownAs`); a হসন্ত or য-ফলা added or dropped at
 * the end makes another word as often as not (আসন/আসন্ন, প্রকাশ/প্রকাশ্য, রাজ/রাজ্য), and so does one
 * before া (রানা, রান্না), where a য-ফলা is অ্যা in a loanword (প্ল্যাটফর্ম, চ্যাট); a হসন্ত between two consonants is how
 * loanwords are written either way (ইলেক্ট্রনিক্স, ইলেকট্রনিক্স) or another word (রানা, রান্না).
 */
function likelySlip(stem: string, form: string): boolean {
  if (form.length === stem.length) {
    for (let i = 0; i < stem.length; i++) if (stem[i] !== form[i]) return SHORT_TO_LONG[stem[i]!] !== form[i];
    return false;
  }
  const [longer, shorter] = form.length > stem.length ? [form, stem] : [stem, form];
  let p = 0;
  while (p < shorter.length && longer[p] === shorter[p]) p++;
  if (longer.length - shorter.length === 1) return !(longer[p] === VIRAMA && p + 1 < longer.length);
  if (longer.length - shorter.length !== 2) return true;
  const tail = longer.slice(p + 2);
  return tail !== '' && !tail.startsWith('া');
}

/**
 * Whether `folded` is unknown to `dictionary`. Kept per dictionary: a spelling's answer never changes
 * while the dictionary stays.
 */
function verdictOf(folded: string, stems: readonly string[], dictionary: Dictionary): Verdict {
  let cache = verdicts.get(dictionary);
  if (!cache) verdicts.set(dictionary, (cache = new Map()));
  const kept = cache.get(folded);
  if (kept !== undefined) return kept;
  // Every stem as written before any respelling: most words are known so, an inflected one by a later stem.
  const known = stems.some((stem) => dictionary.hasForm(stem)) || stems.some((stem, k) => knownRespelt(stem, k > 0, dictionary));
  const verdict: Verdict = known ? null : { near: undefined };
  if (cache.size >= VERDICT_LIMIT) cache.clear();
  cache.set(folded, verdict);
  return verdict;
}

/** The dictionary words one slip from the spelling or from its stem, worked out when first asked and kept with its verdict. */
function nearWords(spelling: UnknownSpelling, dictionary: Dictionary): NearWords {
  const { verdict } = spelling;
  if (verdict.near) return verdict.near;
  let respelt: Respelt[] | undefined;
  let slips: Respelt[] | undefined;
  for (const stem of spelling.facts.stems) {
    for (const form of soundAlikeRespellings(stem, SLIPS)) {
      if (!dictionary.hasForm(form)) continue;
      (respelt ??= []).push({ stem, form });
      if (likelySlip(stem, form)) (slips ??= []).push({ stem, form });
    }
    if (slips) break;
  }
  verdict.near = { respelt: respelt ?? NO_RESPELT, slips: slips ?? NO_RESPELT };
  return verdict.near;
}

// --- A paragraph's unknown words ------------------------------------------------------------------------

/** An unknown spelling as the checker met it (one per distinct spelling, shared by its every use). */
interface UnknownSpelling {
  facts: WordFacts;
  /**
   * A word of a several-word glossary name standing alone (বিশ্ববিদ্যালয় of ঢাকা বিশ্ববিদ্যালয়): never
   * flagged, but the article's spelling of it may show another word misspelt.
   */
  glossaryWord: boolean;
  /** Its dictionary verdict, which holds its near words once asked (`nearWords`). */
  verdict: NonNullable<Verdict>;
  /** Its stems' keys as `keysOf` groups them; worked out when first asked. */
  keys?: readonly string[];
}

/** Bits of words never checked: digits, a damaged character another rule repairs, a glossary name's start, no word at all. */
const NOT_CHECKED = WORD_ASCII_DIGITS | WORD_BENGALI_DIGITS | WORD_MAY_NEED_REPAIR | WORD_NAME | WORD_TOO_LONG;
/** Characters that make a word a compound, an abbreviation or an elision: each part is its own matter. */
const JOINED = /[-.'’]/;

/**
 * Whether one of `stems` is a glossary spelling or a word of one (a name's first or last name alone),
 * or a solid compound of one (ভারতসহ, কানাডাভিত্তিক; see `compoundHead`).
 */
export function inGlossary(stems: readonly string[], index: GlossaryIndex): boolean {
  const { forms, phraseWords } = index;
  for (const stem of stems) {
    if (forms.has(stem) || phraseWords.has(stem)) return true;
    const head = compoundHead(stem);
    if (head !== null && (forms.has(head) || phraseWords.has(head))) return true;
  }
  return false;
}

/**
 * The spelling's answer, kept on the lexicon's facts (so per checker: it depends on the glossary too):
 * asked of every word of every article, it costs no map look-up per word.
 */
function unknownSpelling(facts: WordFacts, ctx: CheckContext): UnknownSpelling | null {
  let spelling = facts.spelling as UnknownSpelling | null | undefined;
  if (spelling !== undefined) return spelling;
  spelling = null;
  if (facts.folded.length >= 2 && !JOINED.test(facts.folded)) {
    const verdict = verdictOf(facts.folded, facts.stems, ctx.dictionary);
    if (verdict !== null) spelling = { facts, glossaryWord: inGlossary(facts.stems, ctx.index), verdict };
  }
  facts.spelling = spelling;
  return spelling;
}

// --- The article ----------------------------------------------------------------------------------------

/**
 * Below this many code units a word is as likely a short name or loanword (টম, জশ, পুশ), or another
 * short word one sound away (নেই/নেয়, যাই/যায়), as a slip.
 */
const MIN_RESPELT_LENGTH = 4;

/** An unknown word of the article, document-relative. */
interface Placed {
  spelling: UnknownSpelling;
  from: number;
  to: number;
  /** Its paragraph's words and its place among them: whether a surname follows (`beforeSurname`) is asked only of a word the house's warnings may flag. */
  words: Words;
  index: number;
}

/** Counters, which a number takes joined (৬টায়, ৩টি, ৫জন); written apart from their digits they are a spacing matter. */
const COUNTERS: ReadonlySet<string> = new Set(['টা', 'টি', 'টো', 'খানা', 'খানি', 'জন'].map((c) => foldForMatch(c.normalize('NFC'))));
const DIGITS = WORD_ASCII_DIGITS | WORD_BENGALI_DIGITS;

/** Whether the `i`th word is a counter, with or without a case ending, written a space after a number (৬ টায়). */
function counterApart(words: Words, i: number): boolean {
  return i > 0 && (words.flags[i - 1]! & DIGITS) !== 0 && words.facts[i]!.stems.some((s) => COUNTERS.has(s));
}

/**
 * The name parts of COMMON_NAME_PARTS that are everyday words as often (সরকার "government", কাদের
 * "whose", রায় "verdict"): a misspelt word before one (অন্তবর্তী সরকার) is no given name.
 */
const EVERYDAY_NAME_PARTS: ReadonlySet<string> = new Set(
  ['সরকার', 'বিশ্বাস', 'রায়', 'কিশোর', 'মাঝি', 'শান্ত', 'অধিকারী', 'পাওয়ার', 'ইসলাম', 'গুপ্ত', 'কাদের'].map((w) => foldForMatch(w.normalize('NFC'))),
);

/** Whether `stem` is a surname: a name part thousands share (হাসান, চৌধুরী) or a glossary person's one-word name. */
function isSurname(stem: string, ctx: CheckContext): boolean {
  if (COMMON_NAME_PARTS.has(stem)) return !EVERYDAY_NAME_PARTS.has(stem);
  const form = ctx.index.forms.get(stem);
  return form !== undefined && ctx.index.entries[form.entry]!.type === 'person';
}

/**
 * Whether one space parts the `i`th word from a surname after it: a given name, spelt as its bearer
 * spells it (মেহেদী হাসান), however near a dictionary word it is.
 */
function beforeSurname(words: Words, i: number, ctx: CheckContext): boolean {
  if (i + 1 >= words.length || words.from[i + 1]! - words.to[i]! !== 1) return false;
  return words.facts[i + 1]!.stems.some((s) => isSurname(s, ctx));
}

/** Document-relative spans, in order of start, and a cursor that asks whether a later span overlaps one. */
function spanCursor(spans: { from: number; to: number }[]): (from: number, to: number) => boolean {
  spans.sort((a, b) => a.from - b.from);
  let next = 0;
  let reach = -1;
  return (from, to) => {
    for (; next < spans.length && spans[next]!.from < to; next++) reach = Math.max(reach, spans[next]!.to);
    return reach > from;
  };
}

/** The article's unknown words, in order, less those inside a name it mentions or a span another rule flags. */
function articleUnknowns(paragraphs: PlacedParagraph[], body: { from: number; to: number }[], found: Finding[], ctx: CheckContext) {
  const taken: { from: number; to: number }[] = [];
  for (const m of body) taken.push(m);
  for (const f of found) taken.push({ from: f.offset, to: f.offset + f.length });
  const out: Placed[] = [];
  for (const { result, offset, headline } of paragraphs) {
    const { words } = result;
    const before = out.length;
    for (let i = 0; i < words.length; i++) {
      const flags = words.flags[i]!;
      if ((flags & WORD_BENGALI) === 0 || (flags & NOT_CHECKED) !== 0) continue;
      const spelling = unknownSpelling(words.facts[i]!, ctx);
      if (!spelling || counterApart(words, i)) continue;
      out.push({ spelling, from: words.from[i]! + offset, to: words.to[i]! + offset, words, index: i });
    }
    if (out.length === before) continue;
    // Headline mentions are not in the body's list; a paragraph's own findings are paragraph-relative.
    if (headline) for (const m of result.mentions) taken.push({ from: m.from + offset, to: m.to + offset });
    for (const f of result.findings) taken.push({ from: f.offset + offset, to: f.offset + f.length + offset });
  }
  if (out.length === 0 || taken.length === 0) return out;
  // Mentions cover glossed names and the article's other spellings of them, found by the document pass.
  const covered = spanCursor(taken);
  return out.filter((u) => !covered(u.from, u.to));
}

/**
 * The spelling's stems' keys, grouping spellings that may be one slip apart: the phonetic key with ই
 * and য় alike (the key tells them apart, a reader's ear does not), its letters in order so that two
 * swapped letters (সাধবানে, সাবধানে) group too. A group is only where respellings are looked for.
 */
function keysOf(spelling: UnknownSpelling): readonly string[] {
  spelling.keys ??= spelling.facts.keys.map(letterGroupKey);
  return spelling.keys;
}

/** Counts of a key's letters, reused: the keys are ASCII, and sorting them as arrays of one-letter strings was a tenth of a corpus run's garbage. */
const letterCounts = new Uint16Array(128);

/** A phonetic key's letters in code order, y read as i; remembered, as the same stems recur from article to article. */
const letterGroupKey = memoByString((key: string): string => {
  let low = 128;
  let high = -1;
  for (let i = 0; i < key.length; i++) {
    let c = key.charCodeAt(i);
    if (c >= 128) {
      letterCounts.fill(0);
      return [...key.replace(/y/g, 'i')].sort().join('');
    }
    if (c === 0x79) c = 0x69;
    letterCounts[c]!++;
    if (c < low) low = c;
    if (c > high) high = c;
  }
  let out = '';
  for (let c = low; c <= high; c++) {
    const n = letterCounts[c]!;
    if (n === 0) continue;
    out += n === 1 ? String.fromCharCode(c) : String.fromCharCode(c).repeat(n);
    letterCounts[c] = 0;
  }
  return out;
});

/** How many of the article's words have each of `forms` as a stem; only words that start as one of them does are stemmed. */
function articleUses(paragraphs: PlacedParagraph[], forms: Set<string>): Map<string, number> {
  const uses = new Map<string, number>();
  if (forms.size === 0) return uses;
  // A stem is a start of its word: a word that starts as no form does has none of them.
  const starts = new Set<number>();
  for (const f of forms) starts.add(f.charCodeAt(0) * 0x10000 + f.charCodeAt(1));
  for (const { result } of paragraphs) {
    const { words } = result;
    for (let i = 0; i < words.length; i++) {
      const facts = words.facts[i]!;
      const folded = facts.folded;
      if (!starts.has(folded.charCodeAt(0) * 0x10000 + folded.charCodeAt(1))) continue;
      for (const stem of facts.stems) if (forms.has(stem)) uses.set(stem, (uses.get(stem) ?? 0) + 1);
    }
  }
  return uses;
}

/**
 * For each unknown spelling written once, the article's own spelling of that word one slip away and
 * used more often, when there is one: another unknown spelling, or a dictionary word the article uses
 * at least twice. `stems` counts the unknown words' stems.
 */
function articleSpellings(
  distinct: readonly UnknownSpelling[],
  stems: Map<string, number>,
  paragraphs: PlacedParagraph[],
  dictionary: Dictionary,
): Map<UnknownSpelling, Respelt> {
  const byKey = new Map<string, string[]>();
  const wanted = new Set<string>();
  const candidates: UnknownSpelling[] = [];
  for (const spelling of distinct) {
    const keys = keysOf(spelling);
    for (let k = 0; k < keys.length; k++) {
      const group = byKey.get(keys[k]!);
      const stem = spelling.facts.stems[k]!;
      if (!group) byKey.set(keys[k]!, [stem]);
      else if (!group.includes(stem)) group.push(stem);
    }
    if (spelling.glossaryWord || spelling.facts.folded.length < MIN_RESPELT_LENGTH || !writtenOnce(spelling, stems)) continue;
    candidates.push(spelling);
    for (const r of nearWords(spelling, dictionary).respelt) wanted.add(r.form);
  }
  const known = articleUses(paragraphs, wanted);
  const out = new Map<UnknownSpelling, Respelt>();
  for (const spelling of candidates) {
    let best: Respelt | null = null;
    let bestCount = 1;
    for (const r of nearWords(spelling, dictionary).respelt) {
      const count = known.get(r.form) ?? 0;
      if (stems.get(r.stem) === 1 && count > bestCount) {
        best = r;
        bestCount = count;
      }
    }
    const keys = keysOf(spelling);
    for (let k = 0; k < keys.length; k++) {
      const stem = spelling.facts.stems[k]!;
      const group = byKey.get(keys[k]!)!;
      // A spelling the writer repeats is a choice (a name, a word the dictionary lacks), not a slip.
      if (group.length < 2 || stems.get(stem) !== 1) continue;
      let near: Set<string> | undefined;
      for (const other of group) {
        const count = stems.get(other)!;
        if (count <= bestCount) continue;
        near ??= new Set(soundAlikeRespellings(stem, SLIPS));
        if (near.has(other) && likelySlip(stem, other) && !sameWordInflected(stem, other)) {
          best = { stem, form: other };
          bestCount = count;
        }
      }
    }
    if (best) out.set(spelling, best);
  }
  return out;
}

/**
 * Whether a stem of the spelling is written once in the article: a slip is written once, and a spelling
 * every stem of which recurs is never flagged (a stem's count is at least its every spelling's uses).
 */
function writtenOnce(spelling: UnknownSpelling, stems: Map<string, number>): boolean {
  return spelling.facts.stems.some((stem) => stems.get(stem) === 1);
}

/** ভবিষ্যৎ and the ভবিষ্যত of ভবিষ্যতের are one word: ৎ is written ত before an ending. */
function sameWordInflected(a: string, b: string): boolean {
  if (a.length !== b.length || a.slice(0, -1) !== b.slice(0, -1)) return false;
  const ends = a.slice(-1) + b.slice(-1);
  return ends === KHANDA_TA + TA || ends === TA + KHANDA_TA;
}

/** The flagged word with `respelt`'s spelling in place of its stem, inflected as the word was. */
function suggestion(spelling: UnknownSpelling, respelt: Respelt, ctx: CheckContext): string {
  return ctx.lexicon.repaired(attachSuffix(respelt.form.normalize('NFC'), suffixOf(spelling.facts.folded, respelt.stem)), ctx.style);
}

/** Whether one space parts the word from an unknown word with no respelling: a run of them is a name or a foreign phrase. */
function inUnknownRun(unknowns: Placed[], at: number, dictionary: Dictionary): boolean {
  const u = unknowns[at]!;
  const before = unknowns[at - 1];
  const after = unknowns[at + 1];
  const beside = (v: Placed | undefined, gap: number) =>
    v !== undefined && gap === 1 && !v.spelling.glossaryWord && nearWords(v.spelling, dictionary).slips.length === 0;
  return beside(before, u.from - (before?.to ?? 0)) || beside(after, (after?.from ?? 0) - u.to);
}

/**
 * Whether the dictionary's nearest word for the spelling is a slip the rule may offer on its own: its
 * stem written once, and not a given name's whole spelling before a surname (`beforeSurname`). Asked
 * last, as the near words cost most.
 */
function trustedSlip(unknown: Placed, stems: Map<string, number>, ctx: CheckContext): boolean {
  const { spelling } = unknown;
  const slip = nearWords(spelling, ctx.dictionary).slips[0];
  return (
    slip !== undefined &&
    stems.get(slip.stem) === 1 &&
    !(slip.stem === spelling.facts.folded && beforeSurname(unknown.words, unknown.index, ctx))
  );
}

function checkSpelling(paragraphs: PlacedParagraph[], body: { from: number; to: number }[], ctx: CheckContext, findings: Finding[]) {
  const severity: Severity | 'off' = ctx.style.spellingSeverity;
  if (severity === 'off') return;
  const unknowns = articleUnknowns(paragraphs, body, findings, ctx);
  if (unknowns.length === 0) return;
  // Uses of each distinct spelling, then of each stem: most unknown words recur.
  const uses = new Map<UnknownSpelling, number>();
  for (const u of unknowns) uses.set(u.spelling, (uses.get(u.spelling) ?? 0) + 1);
  const stems = new Map<string, number>();
  for (const [spelling, n] of uses) for (const stem of spelling.facts.stems) stems.set(stem, (stems.get(stem) ?? 0) + n);
  const fromArticle = articleSpellings([...uses.keys()], stems, paragraphs, ctx.dictionary);
  for (let at = 0; at < unknowns.length; at++) {
    const { spelling, from, to } = unknowns[at]!;
    if (spelling.glossaryWord) continue;
    const own = fromArticle.get(spelling);
    // Without the article's word for it, a dictionary respelling is flagged only when the house
    // trusts its dictionary (warning): for a word written once, long enough, and not in a name (a run
    // of unknown words, or a given name before a surname, which is written uninflected).
    const trusted =
      severity === 'warning' &&
      spelling.facts.folded.length >= MIN_RESPELT_LENGTH &&
      writtenOnce(spelling, stems) &&
      trustedSlip(unknowns[at]!, stems, ctx) &&
      !inUnknownRun(unknowns, at, ctx.dictionary);
    if (!own && !trusted) continue;
    const suggestions = own ? [suggestion(spelling, own, ctx)] : [];
    for (const r of nearWords(spelling, ctx.dictionary).slips) {
      const s = suggestion(spelling, r, ctx);
      if (!suggestions.includes(s)) suggestions.push(s);
    }
    const f = finding(SPELLING_UNKNOWN, {
      offset: from,
      length: to - from,
      text: spelling.facts.text,
      suggestions: suggestions.slice(0, 3),
      key: `spell:${spelling.facts.folded}`,
      message: own ? SPELLING_UNKNOWN.messages.article(suggestions[0]!) : SPELLING_UNKNOWN.messages.dictionary(suggestions[0]!),
    });
    f.severity = severity;
    findings.push(f);
  }
}

export const spelling = defineFamily({
  rules: [SPELLING_UNKNOWN],
  document: {
    check({ paragraphs, body }, ctx, findings) {
      checkSpelling(paragraphs, body, ctx, findings);
    },
  },
});
