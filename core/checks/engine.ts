/**
 * The checker the editor, the command line and the tests share. The editor calls `paragraph` for the
 * paragraphs a keystroke changed (cached by text, so unchanged ones cost a lookup) and `document` at
 * idle; `checkText` does both for a whole text.
 */
import { shippedDictionary, type Dictionary } from '../bengali/dictionary';
import { foldForMatch } from '../bengali/fold';
import { buildGlossaryIndex, type GlossaryIndex } from '../glossary/index';
import type { GlossaryEntry } from '../glossary/types';
import { checkDocument, type EntityRecord, type PlacedParagraph } from './document';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../bengali/house-style';
import { spellingPairs } from '../bengali/presets';
import { checkParagraph, type CheckContext, type ParagraphResult } from './paragraph';
import { movedBy } from './catalogue';
import type { Finding } from './types';
import { Lexicon } from './lexicon';

export interface CheckResult {
  /** Document-relative findings, in order of offset. */
  findings: Finding[];
  entities: EntityRecord[];
  paragraphs: PlacedParagraph[];
}

export interface Checker {
  /** The per-paragraph pass, cached by the paragraph's text; offsets are paragraph-relative. */
  paragraph(text: string): ParagraphResult;
  /** The document pass over paragraph results in order, each with its offset; findings are document-relative. */
  document(paragraphs: PlacedParagraph[]): { findings: Finding[]; entities: EntityRecord[] };
  checkText(paragraphs: ParagraphInput[]): CheckResult;
}

export interface ParagraphInput {
  text: string;
  /** Offset of the paragraph in the document's text. */
  offset: number;
  /** The article's headline (see PlacedParagraph). */
  headline?: boolean;
}

export interface CheckerOptions {
  glossary: readonly GlossaryEntry[] | GlossaryIndex;
  style?: HouseStyle;
  /** Correct words; the shipped word list when absent. */
  dictionary?: Dictionary;
  /** How many paragraph results to keep; the oldest go first. */
  cacheSize?: number;
}

/** What every check reads: the glossary's index, the lexicon of spellings met, the house style. */
export function checkContext(options: Pick<CheckerOptions, 'glossary' | 'style' | 'dictionary'>): CheckContext {
  const index = isIndex(options.glossary) ? options.glossary : buildGlossaryIndex(options.glossary);
  const style = options.style ?? DEFAULT_HOUSE_STYLE;
  const preferred = new Map<string, { preferred: string; display: string }>();
  for (const [variant, pref] of spellingPairs(style)) {
    const p = foldForMatch(pref.normalize('NFC'));
    preferred.set(foldForMatch(variant.normalize('NFC')), { preferred: p, display: pref });
    preferred.set(p, { preferred: p, display: pref });
  }
  return { index, lexicon: new Lexicon(index, preferred), style, preferred, dictionary: options.dictionary ?? shippedDictionary() };
}

export function createChecker(options: CheckerOptions): Checker {
  const ctx = checkContext(options);
  const cacheSize = options.cacheSize ?? 20000;
  const cache = new Map<string, ParagraphResult>();

  const paragraph = (text: string): ParagraphResult => {
    const hit = cache.get(text);
    if (hit) return hit;
    const result = checkParagraph(text, ctx);
    if (cache.size >= cacheSize) cache.delete(cache.keys().next().value!);
    cache.set(text, result);
    return result;
  };

  const document = (paragraphs: PlacedParagraph[]) => checkDocument(paragraphs, ctx);

  const checkText = (paragraphs: ParagraphInput[]): CheckResult => {
    const placed: PlacedParagraph[] = paragraphs.map((p) =>
      p.headline ? { result: paragraph(p.text), offset: p.offset, headline: true } : { result: paragraph(p.text), offset: p.offset },
    );
    const doc = document(placed);
    const findings: Finding[] = [];
    for (const { result, offset } of placed) for (const f of result.findings) findings.push(movedBy(f, offset));
    for (const f of doc.findings) findings.push(f);
    findings.sort((a, b) => a.offset - b.offset || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
    return { findings, entities: doc.entities, paragraphs: placed };
  };

  return { paragraph, document, checkText };
}

/** Paragraphs of a plain text: split at line breaks (a blank line or a single one), offsets into the text. */
export function splitParagraphs(text: string): ParagraphInput[] {
  const out: ParagraphInput[] = [];
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    if (m[0].trim() !== '') out.push({ text: m[0], offset: m.index! });
  }
  return out;
}

function isIndex(glossary: readonly GlossaryEntry[] | GlossaryIndex): glossary is GlossaryIndex {
  return !Array.isArray(glossary);
}
