/**
 * The document pass: decisions that need the whole article, taken over the paragraphs' mentions and
 * glosses rather than their text, so it stays cheap enough to run at every idle moment.
 */
import { bengaliDigits } from '../bengali/digits';
import { foldForMatch } from '../bengali/fold';
import { suffixOf } from '../bengali/suffix';
import { normalizeEnglish } from '../glossary/index';
import { finding } from './catalogue';
import { lowerGlossWords } from './gloss';
import type { CheckContext, GlossRecord, Mention, ParagraphResult, WordSpan } from './paragraph';
import type { Finding } from './types';

export interface PlacedParagraph {
  result: ParagraphResult;
  /** Offset of the paragraph's first character in the document's text. */
  offset: number;
  /**
   * The article's headline. Headlines carry no glosses by newsroom convention, so a name there is
   * not its "first mention": the gloss belongs on the first mention in the body.
   */
  headline?: boolean;
}

/** A mention placed in the document: offsets are document-relative, and so are its gloss's. */
export interface PlacedMention extends Mention {
  paragraph: number;
}

export interface EntityRecord {
  id: string;
  /** The canonical spelling (glossary) or the first glossed spelling. */
  bn: string;
  en: string;
  type: string;
  spellings: string[];
  mentions: { offset: number; length: number; text: string; glossed: boolean }[];
  glosses: { offset: number; length: number; text: string }[];
}

function place(m: Mention, paragraph: number, offset: number): PlacedMention {
  const placed: PlacedMention = { entity: m.entity, from: m.from + offset, to: m.to + offset, text: m.text, form: m.form, kind: m.kind, paragraph };
  if (m.entry !== undefined) placed.entry = m.entry;
  const g = m.gloss;
  if (g) {
    placed.gloss = {
      open: g.open + offset,
      close: g.close + offset,
      english: g.english,
      end: g.end + offset,
      head: g.head && { from: g.head.from + offset, to: g.head.to + offset, text: g.head.text, method: g.head.method },
    };
  }
  return placed;
}

/** Every mention in document order: glossary names, glossed unknown names, and the unknown names' other mentions. */
export function collectMentions(paragraphs: PlacedParagraph[]): PlacedMention[] {
  const out: PlacedMention[] = [];
  paragraphs.forEach(({ result, offset }, p) => {
    for (const m of result.mentions) out.push(place(m, p, offset));
  });
  const unknown = new Map<string, Mention>();
  for (const m of out) if (m.kind === 'name' && !m.form.includes(' ') && !unknown.has(m.entity)) unknown.set(m.entity, m);
  if (unknown.size === 0) return out;
  // Words are keyed only when their first sound could start one of the names looked for.
  const targets = new Map<string, string>();
  const firstSounds = new Set<string>();
  for (const entity of unknown.keys()) {
    targets.set(entity.slice(2), entity);
    firstSounds.add(entity.charAt(2));
  }
  const taken = new Set(out.map((m) => m.from));
  paragraphs.forEach(({ result, offset }, p) => {
    const { words } = result;
    for (let i = 0; i < words.length; i++) {
      const w = words.facts[i]!;
      const from = words.from[i]!;
      const to = words.to[i]!;
      if (!w.bengali || !firstSounds.has(w.firstSound) || taken.has(from + offset)) continue;
      const keys = w.keys;
      const k = keys.findIndex((key) => targets.has(key));
      if (k < 0 || result.mentions.some((m) => m.from <= from && to <= m.to)) continue;
      out.push({ entity: targets.get(keys[k]!)!, from: from + offset, to: to + offset, text: w.text, form: w.stems[k]!, kind: 'name', paragraph: p });
      taken.add(from + offset);
    }
  });
  return out.sort((a, b) => a.from - b.from);
}

/** The gloss after `m` and any hyphenated suffix after it, which sit in `m`'s paragraph. */
function glossSpan(m: PlacedMention, { result, offset }: PlacedParagraph): { offset: number; length: number; text: string; suggestion: string } {
  const text = (from: number, to: number) => result.text.slice(from - offset, to - offset);
  const g = m.gloss!;
  const suffix = text(g.close + 1, g.end).replace(/^-/, '');
  const lastWord = m.text.split(/\s+/).pop()!;
  const suggestion = suffix === '' ? '' : joinAfter(lastWord, suffix);
  return { offset: m.to, length: g.end - m.to, text: text(m.to, g.end), suggestion };
}

/** What to write after `word` when a gloss between it and its hyphenated suffix goes: ইরান + এ → "ে". */
function joinAfter(word: string, suffix: string): string {
  const endsInVowel = /[\u0985-\u0994\u09BE-\u09CC\u09D7]$/.test(word);
  if (!/[\u0980-\u09FF]$/.test(word)) return `-${suffix}`;
  if (suffix === 'এর') return endsInVowel ? 'র' : 'ের';
  if (suffix === 'এ') return !endsInVowel ? 'ে' : /[া\u09CB]$/.test(word) ? 'য়' : 'তে';
  return suffix;
}

export function checkDocument(paragraphs: PlacedParagraph[], ctx: CheckContext): { findings: Finding[]; entities: EntityRecord[] } {
  const findings: Finding[] = [];
  const mentions = collectMentions(paragraphs);
  const byEntity = new Map<string, PlacedMention[]>();
  const body = mentions.filter((m) => !paragraphs[m.paragraph]!.headline);
  for (const m of body) {
    const list = byEntity.get(m.entity) ?? [];
    list.push(m);
    byEntity.set(m.entity, list);
  }
  const flaggedGlosses = new Set<number>();
  for (const { result, offset } of paragraphs) {
    for (const f of result.findings) if (f.rule === 'gloss/mismatch' || f.rule === 'gloss/inconsistent') flaggedGlosses.add(f.offset + offset - 1);
  }
  checkConflicts(body, ctx, findings);
  for (const [entity, list] of byEntity) checkEntity(entity, list, ctx, paragraphs, flaggedGlosses, findings);
  checkStyleVariants(paragraphs, findings);
  checkEncodingMix(paragraphs, ctx, findings);
  return { findings, entities: entityRecords(byEntity, ctx) };
}

function checkEntity(
  entity: string,
  list: PlacedMention[],
  ctx: CheckContext,
  paragraphs: PlacedParagraph[],
  flaggedGlosses: Set<number>,
  findings: Finding[],
): void {
  const glossed = list.filter((m) => m.gloss);
  const first = list[0]!;
  const firstGlossed = glossed[0];
  if (ctx.style.glossPolicy.firstMentionOnly && firstGlossed) {
    if (firstGlossed !== first) {
      const span = glossSpan(firstGlossed, paragraphs[firstGlossed.paragraph]!);
      findings.push(
        finding('gloss/late', {
          offset: span.offset,
          length: span.length,
          text: span.text,
          suggestions: [],
          key: entity,
          message: {
            bn: `প্রথম উল্লেখে (“${first.text}”) ইংরেজি নাম দিন, এখানে নয়`,
            en: `The gloss belongs on the first mention (“${first.text}”), not here`,
          },
        }),
      );
    }
    for (const m of glossed.slice(1)) {
      const span = glossSpan(m, paragraphs[m.paragraph]!);
      findings.push(
        finding('gloss/repeated', {
          offset: span.offset,
          length: span.length,
          text: span.text,
          suggestions: [span.suggestion],
          key: entity,
          message: { bn: 'এই নামের ইংরেজি আগেই একবার দেওয়া হয়েছে', en: 'This name was already glossed at its first mention' },
        }),
      );
    }
  }
  if (entity.startsWith('n:') && firstGlossed) {
    const reference = firstGlossed.gloss!.english;
    const refWords = lowerGlossWords(reference);
    for (const m of glossed.slice(1)) {
      const g = m.gloss!;
      if (flaggedGlosses.has(g.open) || normalizeEnglish(g.english) === normalizeEnglish(reference)) continue;
      const words = lowerGlossWords(g.english);
      const nested = words.every((w) => refWords.includes(w)) || refWords.every((w) => words.includes(w));
      if (nested) continue;
      findings.push(
        finding('gloss/inconsistent', {
          offset: g.open + 1,
          length: g.close - g.open - 1,
          text: g.english,
          suggestions: [reference],
          key: entity,
          message: { bn: `একই নামের ইংরেজি আগে লেখা হয়েছে “${reference}”`, en: `The same name was glossed “${reference}” earlier` },
        }),
      );
    }
    // Unglossed mentions spelt unlike the glossed one: the same name two ways in one article.
    const reference_ = firstGlossed.form;
    for (const m of list) {
      if (m.gloss || m.form === reference_ || m.form.includes(' ')) continue;
      const lastText = foldForMatch(m.text);
      const fixed = ctx.lexicon.repaired(firstGlossed.form + suffixOf(lastText, m.form), ctx.style);
      findings.push(
        finding('entity/inconsistent', {
          offset: m.from,
          length: m.to - m.from,
          text: m.text,
          suggestions: [fixed],
          key: entity,
          message: {
            bn: `একই নাম এই লেখায় দুই বানানে: এখানে “${m.text}”, অন্যত্র “${firstGlossed.text}”`,
            en: `One name spelt two ways in this article: “${m.text}” here, “${firstGlossed.text}” elsewhere`,
          },
        }),
      );
    }
  }
  if (ctx.style.glossPolicy.requireGlossOnFirstMention && !firstGlossed && first.entry !== undefined) {
    const entry = ctx.index.entries[first.entry]!;
    if (entry.foreign !== false) {
      findings.push(
        finding('gloss/missing', {
          offset: first.from,
          length: first.to - first.from,
          text: first.text,
          suggestions: [`${first.text} (${entry.en})`],
          key: entity,
          message: { bn: `প্রথম উল্লেখে ইংরেজি নাম দিন: ${entry.en}`, en: `Gloss the first mention: ${entry.en}` },
        }),
      );
    }
  }
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
    const lastText = foldForMatch(m.text);
    findings.push(
      finding('gloss/conflict', {
        offset: m.from,
        length: m.to - m.from,
        text: m.text,
        suggestions: [ctx.lexicon.repaired(first.form + suffixOf(lastText, m.form), ctx.style)],
        key: `en:${en}`,
        message: {
          bn: `“${g.english}” আগে “${first.text}” বানানে লেখা হয়েছে; একই নামের দুই বানান`,
          en: `“${g.english}” was written “${first.text}” earlier: one name, two spellings`,
        },
      }),
    );
  }
}

function checkStyleVariants(paragraphs: PlacedParagraph[], findings: Finding[]): void {
  const preferredSeen = new Set<string>();
  for (const { result } of paragraphs) for (const u of result.styleUses) if (!u.isVariant) preferredSeen.add(u.preferred);
  for (const { result, offset } of paragraphs) {
    for (const u of result.styleUses) {
      if (!u.isVariant || !preferredSeen.has(u.preferred)) continue;
      findings.push(
        finding('style/variant', {
          offset: u.from + offset,
          length: u.to - u.from,
          text: u.text,
          suggestions: [u.preferred.normalize('NFC')],
          key: `style:${u.preferred}`,
          message: {
            bn: `এই লেখায় “${u.preferred}” বানানও আছে; হাউস স্টাইলে “${u.preferred}”`,
            en: `This article also spells it “${u.preferred}”, the house spelling`,
          },
        }),
      );
    }
  }
}

/**
 * ড় ঢ় য় in both encodings in one document. One finding, on the first word not in the house form:
 * the repair is document-wide (normalize, or export), and a flag on every word would bury the rest.
 */
function checkEncodingMix(paragraphs: PlacedParagraph[], ctx: CheckContext, findings: Finding[]): void {
  const precomposedHouse = ctx.style.unicodeForm === 'nukta-precomposed';
  const count = { precomposed: 0, decomposed: 0 };
  let first: { word: WordSpan; offset: number } | undefined;
  for (const { result, offset } of paragraphs) {
    const uses = result.encodings;
    count.precomposed += uses.precomposed;
    count.decomposed += uses.decomposed;
    const word = precomposedHouse ? uses.firstDecomposed : uses.firstPrecomposed;
    if (!first && word) first = { word, offset };
  }
  checkSplitVowels(paragraphs, findings);
  if (count.precomposed === 0 || count.decomposed === 0 || !first) return;
  const { word, offset } = first;
  findings.push(
    finding('unicode/mixed-encoding', {
      offset: word.from + offset,
      length: word.to - word.from,
      text: word.text,
      suggestions: [ctx.lexicon.repaired(word.text, ctx.style)],
      key: 'encoding:nukta',
      message: {
        bn: `ড়/ঢ়/য় এই লেখায় দুই রকম ইউনিকোডে লেখা (${bengaliDigits(count.precomposed)}টি শব্দে এক রকম, ${bengaliDigits(count.decomposed)}টিতে অন্য রকম); খোঁজা ও মেলানো ভুল হবে। পুরো লেখা হাউস স্টাইলে ঠিক করুন (newsroom normalize)।`,
        en: `ড়/ঢ়/য় are encoded two ways in this article (${count.precomposed} words one way, ${count.decomposed} the other), which breaks search and matching. Repair the whole text to the house form (newsroom normalize).`,
      },
    }),
  );
}

/** Split vowel signs (ে + া for ো, ে + ৗ for ৌ): one finding on the first, counting the rest. */
function checkSplitVowels(paragraphs: PlacedParagraph[], findings: Finding[]): void {
  let count = 0;
  let first: { from: number; to: number; text: string; fixed: string } | undefined;
  for (const { result, offset } of paragraphs) {
    for (const w of result.splitVowels) {
      count++;
      first ??= { from: w.from + offset, to: w.to + offset, text: w.text, fixed: w.fixed };
    }
  }
  if (!first) return;
  findings.push(
    finding('unicode/mixed-encoding', {
      offset: first.from,
      length: first.to - first.from,
      text: first.text,
      suggestions: [first.fixed],
      key: 'encoding:split-vowel',
      message: {
        bn: `${bengaliDigits(count)}টি শব্দে কার-চিহ্ন ভেঙে লেখা (ে + া দিয়ে ো); দেখতে এক হলেও খোঁজা যাবে না। পুরো লেখা ঠিক করুন (newsroom normalize)।`,
        en: `${count} word(s) have a split vowel sign (ে + া typed for ো); they look right but do not match in search. Repair the whole text (newsroom normalize).`,
      },
    }),
  );
}

function entityRecords(byEntity: Map<string, PlacedMention[]>, ctx: CheckContext): EntityRecord[] {
  const out: EntityRecord[] = [];
  for (const [id, list] of byEntity) {
    const entry = list[0]!.entry === undefined ? undefined : ctx.index.entries[list[0]!.entry!];
    const glossed = list.find((m) => m.gloss);
    out.push({
      id,
      bn: entry?.bn ?? (glossed ?? list[0]!).form.normalize('NFC'),
      en: entry?.en ?? glossed?.gloss?.english ?? '',
      type: entry?.type ?? 'other',
      spellings: [...new Set(list.map((m) => m.text))],
      mentions: list.map((m) => ({ offset: m.from, length: m.to - m.from, text: m.text, glossed: m.gloss !== undefined })),
      glosses: list.filter((m) => m.gloss).map((m) => glossOf(m.gloss!)),
    });
  }
  return out;
}

function glossOf(g: GlossRecord): { offset: number; length: number; text: string } {
  return { offset: g.open, length: g.close - g.open + 1, text: `(${g.english})` };
}
