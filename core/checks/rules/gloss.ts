/**
 * The gloss family: one bracket parse per paragraph finds the glosses and the words they gloss (see
 * gloss.ts), and flags their form and their English; the document pass then compares each entity's
 * glosses across the article.
 */
import { attachSuffix, suffixOf } from '../../bengali/suffix';
import { foldForMatch } from '../../bengali/fold';
import { memoByString } from '../../bengali/memo';
import { editDistance, phoneticKey } from '../../bengali/phonetic';
import { normalizeEnglish } from '../../glossary/index';
import {
  classifyParenthetical,
  findHead,
  type GlossHead,
  glossWords,
  isFunctionWord,
  lowerGlossWords,
  scanParentheticals,
  wordsBefore,
} from '../gloss';
import type { WordFacts } from '../lexicon';
import { joinedToPrevious, type Words } from '../words';
import type { CheckContext, GlossRecord, Mention } from '../paragraph';
import type { PlacedMention, PlacedParagraph } from '../document';
import { defineFamily, defineRule, finding, type ParagraphScan } from '../rule';
import type { Finding } from '../types';

export const GLOSS_REPEATED = defineRule({
  id: 'gloss/repeated',
  severity: 'warning',
  passes: ['document'],
  label: { bn: 'ইংরেজি নাম আবার দেওয়া', en: 'Gloss repeated' },
  docs: {
    flags: 'an entity glossed again after its first gloss (house style "first mention only")',
    example: '`চিনের (China) দূত … পরে চিনের (China) মন্ত্রী`',
    fix: 'delete the second ` (China)`; before a hyphenated ending the ending is joined: `ইরান (Iran)-এ` → `ইরানে`',
  },
  messages: {
    repeated: () => ({ bn: 'এই নামের ইংরেজি আগেই একবার দেওয়া হয়েছে', en: 'This name was already glossed at its first mention' }),
  },
});

export const GLOSS_LATE = defineRule({
  id: 'gloss/late',
  severity: 'warning',
  passes: ['document'],
  label: { bn: 'ইংরেজি নাম দেরিতে', en: 'Gloss too late' },
  docs: {
    flags: 'the first mention has no gloss, a later one does',
    example: '`জার্মানি জানায় … জার্মানির (Germany) মন্ত্রী`',
    fix: 'move the gloss to the first mention',
  },
  messages: {
    late: (first: string) => ({
      bn: `প্রথম উল্লেখে (“${first}”) ইংরেজি নাম দিন, এখানে নয়`,
      en: `The gloss belongs on the first mention (“${first}”), not here`,
    }),
  },
});

export const GLOSS_INCONSISTENT = defineRule({
  id: 'gloss/inconsistent',
  severity: 'warning',
  passes: ['paragraph', 'document'],
  label: { bn: 'ইংরেজি নাম দুই রকম', en: 'Gloss written two ways' },
  docs: {
    flags: 'a glossary entity glossed unlike the glossary, or a name glossed two ways in one article',
    example: '`শি জিনপিং (Xi Jin Ping)`',
    fix: '`Xi Jinping`',
  },
  messages: {
    glossary: (expected: string) => ({
      bn: `শব্দকোষে এই নামের ইংরেজি “${expected}”`,
      en: `The glossary spells this name “${expected}” in English`,
    }),
    earlier: (reference: string) => ({
      bn: `একই নামের ইংরেজি আগে লেখা হয়েছে “${reference}”`,
      en: `The same name was glossed “${reference}” earlier`,
    }),
  },
});

export const GLOSS_CONFLICT = defineRule({
  id: 'gloss/conflict',
  severity: 'error',
  passes: ['document'],
  label: { bn: 'এক ইংরেজি নামে দুই বানান', en: 'One gloss, two spellings' },
  docs: {
    flags: 'one English gloss on two Bengali spellings',
    example: '`নেতানিয়াহু (Netanyahu) … নেতানইয়াহু (Netanyahu)`',
    fix: '`নেতানিয়াহু` (the first spelling)',
  },
  messages: {
    conflict: (english: string, first: string) => ({
      bn: `“${english}” আগে “${first}” বানানে লেখা হয়েছে; একই নামের দুই বানান`,
      en: `“${english}” was written “${first}” earlier: one name, two spellings`,
    }),
  },
});

export const GLOSS_MISMATCH = defineRule({
  id: 'gloss/mismatch',
  severity: 'error',
  passes: ['paragraph'],
  label: { bn: 'ইংরেজি নাম মেলে না', en: 'Gloss does not fit' },
  docs: { flags: "the gloss is another glossary entity's English", example: '`জার্মানির (France)`', fix: '`Germany`' },
  messages: {
    mismatch: (english: string, name: string, expected: string) => ({
      bn: `“${english}” এই নামের ইংরেজি নয়; “${name}”-এর ইংরেজি ${expected}`,
      en: `“${english}” is not the English for “${name}”, which is ${expected}`,
    }),
  },
});

export const GLOSS_FORMAT = defineRule({
  id: 'gloss/format',
  severity: 'warning',
  passes: ['paragraph'],
  label: { bn: 'বন্ধনীর লেখার ধরন', en: 'Gloss format' },
  docs: {
    flags: 'space inside the bracket, no space before it, an unclosed bracket, a name in lower case',
    example: '`( European Union)`, `চিন(China)`, `(volodymyr zelensky)`',
    fix: '`(European Union)`, `চিন (China)`, `Volodymyr Zelensky`',
  },
  messages: {
    unbalanced: () => ({ bn: 'বন্ধনী খোলা বা বন্ধ করা হয়নি', en: 'This bracket has no partner: the gloss is not closed or not opened' }),
    spaceInside: () => ({ bn: 'বন্ধনীর ভেতরে শুরুতে বা শেষে ফাঁকা জায়গা', en: 'Space just inside the bracket of a gloss' }),
    noSpaceBefore: () => ({ bn: 'বন্ধনীর আগে একটি ফাঁকা জায়গা দরকার', en: 'A gloss needs a space before its bracket' }),
    lowerCase: () => ({ bn: 'নামের ইংরেজি বানান বড় হাতের অক্ষরে শুরু হয়', en: 'A name in a gloss starts with a capital letter' }),
  },
});

export const GLOSS_MISSING = defineRule({
  id: 'gloss/missing',
  severity: 'info',
  passes: ['document'],
  label: { bn: 'ইংরেজি নাম নেই', en: 'Gloss missing' },
  docs: {
    flags: '(house-style option, off by default) a foreign glossary entity never glossed',
    example: '`জার্মানি জানায়`',
    fix: '`জার্মানি (Germany)`',
  },
  messages: {
    missing: (english: string) => ({ bn: `প্রথম উল্লেখে ইংরেজি নাম দিন: ${english}`, en: `Gloss the first mention: ${english}` }),
  },
});

// Sticky: read at the bracket's close, not on a copy of the rest of the paragraph; where a match
// ends is its lastIndex, so no match array is made.
const HYPHEN_SUFFIX_AFTER_GLOSS = /-[\u0980-\u09FF]+/y;

/** The glosses of the paragraph, their heads joined to the mentions they gloss; glossed unknown names become mentions. */
function checkGlosses(scan: ParagraphScan, ctx: CheckContext, findings: Finding[]): void {
  const { text, words, mentions, covered } = scan;
  const { index } = ctx;
  const out: GlossRecord[] = [];
  const { pairs, unbalanced } = scanParentheticals(text);
  // The mention a head ends, by its end, and the mentions by their start (every mention starts at a
  // word): one look-up per gloss or per word of a pair, not a search of every mention.
  const mentionEndingAt = new Map<number, Mention>();
  for (const m of mentions) if (!mentionEndingAt.has(m.to)) mentionEndingAt.set(m.to, m);
  const startingAt = mentionsByStart(mentions);
  for (const at of unbalanced) {
    const after = text[at] === '(' ? text.slice(at + 1, at + 40) : text.slice(Math.max(0, at - 40), at);
    if (!/[A-Za-z]/.test(after) || /[\u0980-\u09FF]/.test(text[at] === '(' ? (after.split(/\s/)[0] ?? '') : after.slice(-1))) continue;
    findings.push(
      finding(GLOSS_FORMAT, {
        offset: at,
        length: 1,
        text: text[at]!,
        key: `unbalanced:${text[at]}`,
        message: GLOSS_FORMAT.messages.unbalanced(),
      }),
    );
  }
  for (const p of pairs) {
    if (classifyParenthetical(p.inner) !== 'gloss') continue;
    const english = p.inner.trim();
    HYPHEN_SUFFIX_AFTER_GLOSS.lastIndex = p.close + 1;
    const end = HYPHEN_SUFFIX_AFTER_GLOSS.test(text) ? HYPHEN_SUFFIX_AFTER_GLOSS.lastIndex : p.close + 1;
    const record: GlossRecord = { open: p.open, close: p.close, english, head: null, end };
    out.push(record);
    formatFindings(text, p, english, findings);
    const candidates = wordsBefore(words, p.open);
    const head = findHead(words, candidates, english, index);
    if (!head) continue;
    const from = words.from[head.first]!;
    const to = words.to[head.last]!;
    record.head = { from, to, text: text.slice(from, to), method: head.method };
    const pair = compoundHead(words, head, english, mentionEndingAt);
    if (pair !== null) {
      glossPair(scan, record, pair, head.last, startingAt);
      lowerCaseName(text, p, english, head.nameWords, findings);
      continue;
    }
    const mention = mentionEndingAt.get(to);
    if (mention) {
      mention.gloss = record;
      const entry = index.entries[mention.entry!]!;
      if (head.method !== 'glossary') glossaryDisagreement(record, entry.en, mention, ctx, findings);
    } else if (head.method === 'romanised' || head.method === 'spelled' || head.method === 'initials') {
      const stem = bestStem(words.facts[head.last]!, glossWords(english));
      const multiword = head.method === 'initials' && head.first < head.last;
      const form = multiword
        ? words.facts
            .slice(head.first, head.last)
            .map((w) => w.folded)
            .join(' ') +
          ' ' +
          stem
        : stem;
      const start = multiword ? from : words.from[head.last]!;
      const named: Mention = {
        entity: `n:${multiword ? form.split(' ').map(phoneticKey).join(' ') : phoneticKey(stem)}`,
        from: start,
        to,
        text: text.slice(start, to),
        form,
        kind: 'name',
        gloss: record,
      };
      addMention(mentions, startingAt, named);
      mentionEndingAt.set(to, named);
      covered.fill(1, head.first, head.last + 1);
    }
    lowerCaseName(text, p, english, head.nameWords, findings);
  }
  scan.glosses = out;
}

const CONJUNCTIONS = new Set(['ও', 'এবং'].map((w) => w.normalize('NFC')));
const COMMA_GAP = /^\s*,\s*$/;

/** How many names an English gloss joins with "and", "&" or commas (Modi and Shah: 2; India, China and Russia: 3); 1 when one. */
const namesInGloss: (english: string) => number = memoByString((english) => {
  const parts = english.split(/\s*,\s*|\s+(?:and|&)\s+/i).filter((part) => part !== '');
  return parts.length >= 2 && parts.every((part) => /^[A-Z]/.test(part)) ? parts.length : 1;
});

/** Whether the `i`th word is ও or এবং joined by spaces to the words either side, or a comma stands before the `i + 1`th. */
function joinsNames(words: Words, i: number): 'word' | 'comma' | null {
  if (i >= 0 && CONJUNCTIONS.has(words.facts[i]!.folded) && joinedToPrevious(words, i) && joinedToPrevious(words, i + 1)) return 'word';
  if (i >= 0 && COMMA_GAP.test(words.text.slice(words.to[i]!, words.from[i + 1]!))) return 'comma';
  return null;
}

/**
 * The first word of a gloss's head when it glosses several names at once (মোদি ও শাহ (Modi and
 * Shah), চিন ও রাশিয়া (China and Russia)), or null. The head found may already span the names (by
 * romanisation) or only the last (by the glossary): it is widened to the left over a conjunction or a
 * comma and the name before it, once for each name the English joins.
 */
function compoundHead(words: Words, head: GlossHead, english: string, mentionEndingAt: Map<number, Mention>): number | null {
  const names = namesInGloss(english);
  if (names < 2) return null;
  let joined = 0;
  for (let i = head.first + 1; i < head.last; i++) if (joinsNames(words, i) === 'word') joined++;
  let first = head.first;
  while (joined < names - 1) {
    const how = joinsNames(words, first - 1);
    const end = how === 'word' ? first - 2 : how === 'comma' ? first - 1 : -1;
    if (end < 0 || !words.facts[end]!.bengali) return null;
    const before = mentionEndingAt.get(words.to[end]!);
    first = end;
    if (before) while (first > 0 && words.from[first]! > before.from) first--;
    joined++;
  }
  return first;
}

/**
 * A gloss of several names at once: the pair (or list) becomes one name of its own with this gloss,
 * and the names in it are marked as glossed in a pair, so a later gloss of one is its first.
 */
function glossPair(scan: ParagraphScan, record: GlossRecord, first: number, last: number, startingAt: Map<number, Mention[]>): void {
  const { text, words, mentions, covered } = scan;
  const from = words.from[first]!;
  const to = words.to[last]!;
  const names: string[] = [];
  const all: string[] = [];
  for (let i = first; i <= last; i++) {
    all.push(words.facts[i]!.folded);
    if (joinsNames(words, i) !== 'word' || i === first) names.push(words.facts[i]!.folded);
  }
  record.head = { from, to, text: text.slice(from, to), method: record.head?.method ?? 'adjacent' };
  for (let i = first; i <= last; i++) for (const m of startingAt.get(words.from[i]!) ?? []) if (m.to <= to) m.inCompound = true;
  addMention(mentions, startingAt, {
    entity: `n:${names.map(phoneticKey).join('+')}`,
    from,
    to,
    text: text.slice(from, to),
    form: all.join(' '),
    kind: 'name',
    gloss: record,
  });
  covered.fill(1, first, last + 1);
}

function mentionsByStart(mentions: readonly Mention[]): Map<number, Mention[]> {
  const byStart = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = byStart.get(m.from);
    if (list) list.push(m);
    else byStart.set(m.from, [m]);
  }
  return byStart;
}

function addMention(mentions: Mention[], startingAt: Map<number, Mention[]>, m: Mention): void {
  mentions.push(m);
  const list = startingAt.get(m.from);
  if (list) list.push(m);
  else startingAt.set(m.from, [m]);
}

/** The stem of a glossed word whose spelling the English renders best (ইরানের (Iran) → ইরান). */
function bestStem(word: WordFacts, english: readonly string[]): string {
  const stems = word.stems;
  const target = phoneticKey(
    english
      .join('')
      .toLowerCase()
      .replace(/[^a-z]/g, ''),
  );
  let best = stems[0]!;
  let bestDistance = Infinity;
  for (const s of stems) {
    const d = editDistance(phoneticKey(s), target, 8);
    if (d < bestDistance) {
      best = s;
      bestDistance = d;
    }
  }
  return best;
}

function formatFindings(text: string, p: { open: number; close: number; inner: string }, english: string, findings: Finding[]): void {
  if (p.inner !== english) {
    findings.push(
      finding(GLOSS_FORMAT, {
        offset: p.open,
        length: p.close - p.open + 1,
        text: text.slice(p.open, p.close + 1),
        suggestions: [`(${english})`],
        key: `space:${normalizeEnglish(english)}`,
        message: GLOSS_FORMAT.messages.spaceInside(),
      }),
    );
  }
  const before = text[p.open - 1];
  if (before !== undefined && /[\u0980-\u09FF]/.test(before)) {
    let start = p.open - 1;
    while (start > 0 && /[\u0980-\u09FF\u200C\u200D]/.test(text[start - 1]!)) start--;
    findings.push(
      finding(GLOSS_FORMAT, {
        offset: start,
        length: p.close + 1 - start,
        text: text.slice(start, p.close + 1),
        suggestions: [`${text.slice(start, p.open)} ${text.slice(p.open, p.close + 1)}`],
        key: `nospace:${normalizeEnglish(english)}`,
        message: GLOSS_FORMAT.messages.noSpaceBefore(),
      }),
    );
  }
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function lowerCaseName(text: string, p: { open: number; close: number }, english: string, nameWords: number[], findings: Finding[]): void {
  const enWords = glossWords(english);
  // Only words with no capital at all: e-KYC and iPhone are written that way on purpose.
  const lower = nameWords.filter((i) => /^[a-z][a-z'’.-]*$/.test(enWords[i] ?? '') && !isFunctionWord(enWords[i]!));
  if (lower.length === 0) return;
  const fixed = enWords.map((w, i) => (lower.includes(i) ? titleCase(w) : w)).join(' ');
  findings.push(
    finding(GLOSS_FORMAT, {
      offset: p.open + 1,
      length: p.close - p.open - 1,
      text: text.slice(p.open + 1, p.close),
      suggestions: [fixed],
      key: `case:${normalizeEnglish(english)}`,
      message: GLOSS_FORMAT.messages.lowerCase(),
    }),
  );
}

/**
 * A gloss on a glossary entity that does not contain the glossary's English: close to it is
 * `gloss/inconsistent` (a misspelt gloss), another glossary entity's English is `gloss/mismatch`.
 */
function glossaryDisagreement(record: GlossRecord, expected: string, mention: Mention, ctx: CheckContext, findings: Finding[]): void {
  const { index } = ctx;
  const english = record.english;
  const other = index.english.get(normalizeEnglish(english));
  if (other && !other.includes(mention.entry!)) {
    findings.push(
      finding(GLOSS_MISMATCH, {
        offset: record.open + 1,
        length: record.close - record.open - 1,
        text: english,
        suggestions: [expected],
        key: `${mention.entity}|${normalizeEnglish(english)}`,
        message: GLOSS_MISMATCH.messages.mismatch(english, mention.text, expected),
      }),
    );
    return;
  }
  if (english === acronymOf(expected)) return;
  // The entity's English after a respelt name the glossary did not match (a sound-alike mention,
  // entity-names.ts): the gloss is right, the spelling is entity/variant's.
  if (other?.includes(mention.entry!)) return;
  const enWords = glossWords(english);
  const want = glossWords(expected);
  const tail = enWords.slice(Math.max(0, enWords.length - want.length - 1)).join('');
  const close = (a: string, b: string) => a.length > 0 && editDistance(a, b, 3) <= Math.max(1, Math.floor(b.length / 4));
  const simplify = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
  if (close(simplify(tail), simplify(want.join(''))) || close(simplify(english), simplify(expected))) {
    findings.push(
      finding(GLOSS_INCONSISTENT, {
        offset: record.open + 1,
        length: record.close - record.open - 1,
        text: english,
        suggestions: [expected],
        key: mention.entity,
        message: GLOSS_INCONSISTENT.messages.glossary(expected),
      }),
    );
  }
}

/** "Pakistan Tehreek-e-Insaf" → "PTI": the initials of the words that carry meaning. */
function acronymOf(english: string): string {
  return english
    .split(/[\s-]+/)
    .filter((w) => w !== '' && !isFunctionWord(w) && w.toLowerCase() !== 'e')
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** The gloss after `m` and any hyphenated suffix after it, which sit in `m`'s paragraph. */
function glossSpan(
  m: PlacedMention,
  { result, offset }: PlacedParagraph,
): { offset: number; length: number; text: string; suggestion: string } {
  const text = (from: number, to: number) => result.text.slice(from - offset, to - offset);
  const g = m.gloss!;
  const suffix = g.end === g.close + 1 ? '' : text(g.close + 1, g.end).replace(/^-/, '');
  // What stays after the word once the gloss goes: ইরান (Iran)-এ → ইরানে, so "ে".
  let suggestion = '';
  if (suffix !== '') {
    const lastWord = m.text.split(/\s+/).pop()!;
    suggestion = attachSuffix(lastWord, suffix).slice(lastWord.length);
  }
  return { offset: m.to, length: g.end - m.to, text: text(m.to, g.end), suggestion };
}

function checkEntity(
  entity: string,
  list: PlacedMention[],
  ctx: CheckContext,
  paragraphs: PlacedParagraph[],
  flaggedGlosses: Set<number>,
  findings: Finding[],
): void {
  // A name glossed in a pair (চিন ও রাশিয়া (China and Russia)) has no gloss of its own there: its own
  // first gloss may come later, and is neither late nor a repeat.
  const own = list.some((m) => m.inCompound) ? list.filter((m) => !m.inCompound) : list;
  if (own.length === 0) return;
  const glossed = own.filter((m) => m.gloss);
  const first = own[0]!;
  const firstGlossed = glossed[0];
  if (ctx.style.glossPolicy.firstMentionOnly && firstGlossed) {
    if (firstGlossed !== first) {
      const span = glossSpan(firstGlossed, paragraphs[firstGlossed.paragraph]!);
      findings.push(
        finding(GLOSS_LATE, {
          offset: span.offset,
          length: span.length,
          text: span.text,
          suggestions: [],
          key: entity,
          message: GLOSS_LATE.messages.late(first.text),
        }),
      );
    }
    for (let k = 1; k < glossed.length; k++) {
      const m = glossed[k]!;
      const span = glossSpan(m, paragraphs[m.paragraph]!);
      findings.push(
        finding(GLOSS_REPEATED, {
          offset: span.offset,
          length: span.length,
          text: span.text,
          suggestions: [span.suggestion],
          key: entity,
          message: GLOSS_REPEATED.messages.repeated(),
        }),
      );
    }
  }
  if (entity.startsWith('n:') && firstGlossed) {
    const reference = firstGlossed.gloss!.english;
    const refWords = lowerGlossWords(reference);
    for (let k = 1; k < glossed.length; k++) {
      const m = glossed[k]!;
      const g = m.gloss!;
      if (flaggedGlosses.has(g.open) || normalizeEnglish(g.english) === normalizeEnglish(reference)) continue;
      const words = lowerGlossWords(g.english);
      const nested = words.every((w) => refWords.includes(w)) || refWords.every((w) => words.includes(w));
      if (nested) continue;
      findings.push(
        finding(GLOSS_INCONSISTENT, {
          offset: g.open + 1,
          length: g.close - g.open - 1,
          text: g.english,
          suggestions: [reference],
          key: entity,
          message: GLOSS_INCONSISTENT.messages.earlier(reference),
        }),
      );
    }
  }
  if (ctx.style.glossPolicy.requireGlossOnFirstMention && !firstGlossed && own === list && first.entry !== undefined) {
    const entry = ctx.index.entries[first.entry]!;
    if (entry.foreign !== false) {
      findings.push(
        finding(GLOSS_MISSING, {
          offset: first.from,
          length: first.to - first.from,
          text: first.text,
          suggestions: [`${first.text} (${entry.en})`],
          key: entity,
          message: GLOSS_MISSING.messages.missing(entry.en),
        }),
      );
    }
  }
}

/**
 * The flagged words of `m` written as `canonical` spells them. The span holds only `m`'s words, so the
 * two are aligned from the right: a respelt surname (সীতারামণ) takes the canonical's last word, not
 * the whole name (নির্মলা সীতারামন), which would double the first name already in the text.
 */
function respelt(m: PlacedMention, canonical: string): string {
  const written = m.text.split(/\s+/);
  const canonicalWords = canonical.split(' ');
  const kept = written.slice(0, Math.max(0, written.length - canonicalWords.length));
  const replaced = canonicalWords.slice(-written.length).join(' ');
  const ending = suffixOf(foldForMatch(written.at(-1)!), m.form.slice(m.form.lastIndexOf(' ') + 1));
  return [...kept, attachSuffix(replaced, ending)].join(' ');
}

/** One English gloss on two different Bengali spellings: one of the spellings is wrong. */
function checkConflicts(mentions: PlacedMention[], ctx: CheckContext, findings: Finding[]): void {
  const firstByEnglish = new Map<string, PlacedMention>();
  for (const m of mentions) {
    const g = m.gloss;
    if (!g?.head || g.head.method === 'adjacent' || g.head.method === 'translated') continue;
    const en = normalizeEnglish(g.english);
    const first = firstByEnglish.get(en);
    if (!first) {
      firstByEnglish.set(en, m);
      continue;
    }
    if (first.form === m.form || (first.entry !== undefined && first.entry === m.entry)) continue;
    // A list glossed at once (ভারত, চিন ও রাশিয়া) is respelt name by name (entity/variant), not as a whole.
    if (m.text.includes(',')) continue;
    const suggestion = ctx.lexicon.repaired(respelt(m, first.form), ctx.style);
    // A short form spelt as the first mention's last words (কোরিয়া after উত্তর কোরিয়া) is no conflict.
    if (foldForMatch(suggestion) === foldForMatch(m.text)) continue;
    findings.push(
      finding(GLOSS_CONFLICT, {
        offset: m.from,
        length: m.to - m.from,
        text: m.text,
        suggestions: [suggestion],
        key: `en:${en}`,
        message: GLOSS_CONFLICT.messages.conflict(g.english, first.text),
      }),
    );
  }
}

export const gloss = defineFamily({
  rules: [GLOSS_REPEATED, GLOSS_LATE, GLOSS_INCONSISTENT, GLOSS_CONFLICT, GLOSS_MISMATCH, GLOSS_FORMAT, GLOSS_MISSING],
  paragraph: { check: checkGlosses },
  document: {
    check({ paragraphs, body, byEntity }, ctx, findings) {
      // A gloss the paragraph pass already flagged against the glossary is not compared again.
      const flaggedGlosses = new Set<number>();
      for (const { result, offset } of paragraphs) {
        for (const f of result.findings)
          if (f.rule === GLOSS_MISMATCH.id || f.rule === GLOSS_INCONSISTENT.id) flaggedGlosses.add(f.offset + offset - 1);
      }
      checkConflicts(body, ctx, findings);
      for (const [entity, list] of byEntity) checkEntity(entity, list, ctx, paragraphs, flaggedGlosses, findings);
    },
  },
});
