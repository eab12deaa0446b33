/**
 * The document pass: decisions that need the whole article, taken over the paragraphs' mentions and
 * glosses rather than their text, so it stays cheap enough to run at every idle moment. The engine
 * gathers the mentions by entity; the rule families (rules/index.ts) decide.
 */
import type { CheckContext, GlossRecord, Mention, ParagraphResult } from './paragraph';
import type { DocumentScan } from './rule';
import { FAMILIES } from './rules/index';
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
  const placed: PlacedMention = {
    entity: m.entity,
    from: m.from + offset,
    to: m.to + offset,
    text: m.text,
    form: m.form,
    kind: m.kind,
    paragraph,
  };
  if (m.entry !== undefined) placed.entry = m.entry;
  if (m.inCompound) placed.inCompound = true;
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
    const { words, mentions } = result;
    // Mentions are in order of start, as words are: a moving pointer finds whether one covers the word.
    let next = 0;
    let coveredTo = -1;
    for (let i = 0; i < words.length; i++) {
      const w = words.facts[i]!;
      const from = words.from[i]!;
      const to = words.to[i]!;
      if (!w.bengali || !firstSounds.has(w.firstSound) || taken.has(from + offset)) continue;
      const keys = w.keys;
      const k = keys.findIndex((key) => targets.has(key));
      if (k < 0) continue;
      for (; next < mentions.length && mentions[next]!.from <= from; next++) coveredTo = Math.max(coveredTo, mentions[next]!.to);
      if (to <= coveredTo) continue;
      out.push({
        entity: targets.get(keys[k]!)!,
        from: from + offset,
        to: to + offset,
        text: w.text,
        form: w.stems[k]!,
        kind: 'name',
        paragraph: p,
      });
      taken.add(from + offset);
    }
  });
  return out.sort((a, b) => a.from - b.from);
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
  const scan: DocumentScan = { paragraphs, body, byEntity };
  for (const family of FAMILIES) family.document?.check(scan, ctx, findings);
  return { findings, entities: entityRecords(byEntity, ctx) };
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
