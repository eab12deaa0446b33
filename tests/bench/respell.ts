/**
 * The fault-injection harness behind respell.bench.ts: one sound-alike respelling (sound-alike.ts) at a
 * time, injected into a copy of a real article, and what the checker then says about it. Seeded, so
 * every run injects the same mutants.
 *
 * Three kinds of word are respelt:
 * - `glossed`: a name the article glosses (a glossary name or its own); for a name the glossary lacks,
 *   a mention other than its glossed one (the gloss is the evidence of the right spelling);
 * - `unglossed`: a glossary name the article mentions at least twice and never glosses;
 * - `word`: any other Bengali word (no glossary name) the article writes the same way 3 or more times.
 * A respelling is never a dictionary word or a glossary spelling (that would be a correct word), never
 * a spelling the article already has, and changes the word's stem, not its case ending.
 */
import { shippedDictionary, type Dictionary } from '../../core/bengali/dictionary';
import { foldForMatch } from '../../core/bengali/fold';
import { soundAlikeRespellings } from '../../core/bengali/sound-alike';
import { stemCandidates } from '../../core/bengali/suffix';
import type { Checker, ParagraphInput } from '../../core/checks/engine';
import type { Finding } from '../../core/checks/types';
import type { GlossaryIndex } from '../../core/glossary/index';

export type MutantKind = 'glossed' | 'unglossed' | 'word';

export interface Mutant {
  kind: MutantKind;
  /** The paragraph respelt, and the word's offsets in it. */
  paragraph: number;
  from: number;
  to: number;
  original: string;
  respelt: string;
}

export interface MutantResult {
  /** Some finding (any rule) covers the respelt word. */
  caught: boolean;
  /** Findings the respelling added elsewhere, besides those on the word. */
  added: number;
  /** The rules of the findings on the word. */
  rules: string[];
}

/** A seeded generator of numbers in [0, 1). */
export function random(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const WORD = /[\u0980-\u09E5\u09F0-\u09FF\u200C\u200D]+/g;
const JOINERS = /[\u200C\u200D]/;

/** ড় ঢ় য় as one code point where the article mostly writes them so, as folding leaves them as letter + nukta. */
function inEncodingOf(precomposed: boolean, folded: string): string {
  if (!precomposed) return folded;
  return folded
    .replace(/\u09A1\u09BC/g, '\u09DC')
    .replace(/\u09A2\u09BC/g, '\u09DD')
    .replace(/\u09AF\u09BC/g, '\u09DF');
}

interface Occurrence {
  paragraph: number;
  from: number;
  to: number;
  text: string;
}

/** The paragraph and paragraph-relative span of a document offset's word. */
function occurrenceAt(paragraphs: readonly ParagraphInput[], offset: number, length: number): Occurrence | null {
  for (let p = paragraphs.length - 1; p >= 0; p--) {
    const para = paragraphs[p]!;
    if (para.offset > offset) continue;
    const from = offset - para.offset;
    return { paragraph: p, from, to: from + length, text: para.text.slice(from, from + length) };
  }
  return null;
}

/** The respellings of a word that change its stem, are no correct word, and are new to the article. */
function respellingsOf(word: string, dictionary: Dictionary, index: GlossaryIndex, seen: Set<string>): string[] {
  if (JOINERS.test(word)) return [];
  const folded = foldForMatch(word);
  const stems = stemCandidates(folded);
  const stemLength = Math.min(...stems.map((s) => s.length));
  return soundAlikeRespellings(folded).filter((r) => {
    let at = 0;
    while (at < r.length && r[at] === folded[at]) at++;
    if (at >= stemLength || dictionary.has(r) || seen.has(r)) return false;
    return !stemCandidates(r).some((s) => index.forms.has(s));
  });
}

/** Up to `perKind` mutants of each kind for one article, drawn with `next`. */
export function mutantsOf(
  checker: Checker,
  paragraphs: readonly ParagraphInput[],
  index: GlossaryIndex,
  next: () => number,
  perKind: number,
  dictionary: Dictionary = shippedDictionary(),
): Mutant[] {
  const { entities } = checker.checkText([...paragraphs]);
  const seen = new Set<string>();
  const uses = new Map<string, Occurrence[]>();
  const inMention = new Set<string>();
  for (const [p, para] of paragraphs.entries()) {
    for (const m of para.text.matchAll(WORD)) {
      const text = m[0];
      seen.add(foldForMatch(text));
      const list = uses.get(text) ?? [];
      list.push({ paragraph: p, from: m.index, to: m.index + text.length, text });
      uses.set(text, list);
    }
  }
  const pools: Record<MutantKind, Occurrence[]> = { glossed: [], unglossed: [], word: [] };
  for (const e of entities) {
    const glossed = e.glosses.length > 0;
    if (!glossed && (!e.id.startsWith('g:') || e.mentions.length < 2)) continue;
    const firstGlossed = e.mentions.findIndex((m) => m.glossed);
    e.mentions.forEach((m, i) => {
      // The last word of the mention: a respelt surname stands for a respelt name.
      const lastSpace = m.text.lastIndexOf(' ');
      const at = occurrenceAt(paragraphs, m.offset + lastSpace + 1, m.length - lastSpace - 1);
      if (!at) return;
      inMention.add(`${at.paragraph}:${at.from}`);
      if (glossed && !e.id.startsWith('g:') && i === firstGlossed) return;
      pools[glossed ? 'glossed' : 'unglossed'].push(at);
    });
  }
  for (const list of uses.values()) {
    if (list.length < 3) continue;
    for (const o of list) if (!inMention.has(`${o.paragraph}:${o.from}`) && !index.forms.has(foldForMatch(o.text))) pools.word.push(o);
  }
  const text = paragraphs.map((p) => p.text).join('\n');
  const precomposed = (text.match(/[\u09DC\u09DD\u09DF]/g)?.length ?? 0) > (text.match(/[\u09A1\u09A2\u09AF]\u09BC/g)?.length ?? 0);
  const out: Mutant[] = [];
  for (const kind of ['glossed', 'unglossed', 'word'] as const) {
    const pool = pools[kind];
    const tried = new Set<number>();
    let made = 0;
    while (made < perKind && tried.size < pool.length) {
      const pick = Math.floor(next() * pool.length);
      if (tried.has(pick)) continue;
      tried.add(pick);
      const o = pool[pick]!;
      const options = respellingsOf(o.text, dictionary, index, seen);
      if (options.length === 0) continue;
      const respelt = inEncodingOf(precomposed, options[Math.floor(next() * options.length)]!);
      out.push({ kind, paragraph: o.paragraph, from: o.from, to: o.to, original: o.text, respelt });
      made++;
    }
  }
  return out;
}

function identity(f: Finding): string {
  return `${f.rule}|${f.offset}|${f.length}|${f.key}`;
}

/** Checks the article with `mutant` injected and compares with `before` (its findings unmutated). */
export function runMutant(
  checker: Checker,
  paragraphs: readonly ParagraphInput[],
  before: readonly Finding[],
  mutant: Mutant,
): MutantResult {
  const delta = mutant.respelt.length - mutant.original.length;
  const para = paragraphs[mutant.paragraph]!;
  const start = para.offset + mutant.from;
  const end = start + mutant.respelt.length;
  const mutated = paragraphs.map((p, i): ParagraphInput => {
    if (i < mutant.paragraph) return p;
    if (i > mutant.paragraph) return { ...p, offset: p.offset + delta };
    return { ...p, text: p.text.slice(0, mutant.from) + mutant.respelt + p.text.slice(mutant.to) };
  });
  const expected = new Map<string, number>();
  for (const f of before) {
    const moved = f.offset >= para.offset + mutant.to ? { ...f, offset: f.offset + delta } : f;
    expected.set(identity(moved), (expected.get(identity(moved)) ?? 0) + 1);
  }
  const rules: string[] = [];
  let added = 0;
  for (const f of checker.checkText(mutated).findings) {
    if (f.offset < end && f.offset + f.length > start) {
      rules.push(f.rule);
      continue;
    }
    const n = expected.get(identity(f)) ?? 0;
    if (n > 0) expected.set(identity(f), n - 1);
    else added++;
  }
  return { caught: rules.length > 0, added, rules };
}
