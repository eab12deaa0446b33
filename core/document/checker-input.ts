/**
 * An article as the checker reads it. The editor's underlines, the export's pre-check and the
 * command line all start here, so they see the same paragraphs with the same offsets and the same
 * headline, and so raise the same findings.
 *
 * The text the offsets count in is the article's text blocks, blank ones left out, separated by a
 * blank line (`docToPlainText`). A plain-text file is the exception: its offsets count in the file
 * as written, so that `line:col` points into the file a reporter opens.
 *
 * Suggestions are read as if accepted: text under a `deletion` mark is left out of a block's text (its
 * `skips` say where), so findings never point into deleted text and their offsets are mapped around it.
 */
import { Node as PMNode } from 'prosemirror-model';
import { splitParagraphs, type ParagraphInput } from '../checks/engine';
import type { Finding } from '../checks/types';
import type { IgnoredFinding } from './draft';
import { plainTextHeadline } from './plain-text';
import { schema, type DocJSON } from './schema';

/** One text block for the checker. */
export interface CheckerBlock extends ParagraphInput {
  /** The block is the article's standfirst (the checker treats it as body text). */
  standfirst?: boolean;
  /** Document position of the block's first character (its text offset `i` is at `pos + i` when there are no skips); -1 for plain text. */
  pos: number;
  /** Deleted text left out of `text`, in order; absent when there is none. */
  skips?: Skip[];
}

/** At text offset `at` of the accepted text, `size` characters of the block (a suggested deletion) were left out. */
export interface Skip {
  at: number;
  size: number;
}

/** A text block's text as it reads with every suggestion accepted, and where deleted text was left out. */
export function blockText(block: PMNode): { text: string; skips?: Skip[] } {
  const deletion = schema.marks.deletion;
  let skips: Skip[] | undefined;
  let text = '';
  block.forEach((child) => {
    if (!child.isText) return;
    if (child.marks.length > 0 && deletion.isInSet(child.marks)) {
      skips ??= [];
      const last = skips[skips.length - 1];
      if (last && last.at === text.length) last.size += child.nodeSize;
      else skips.push({ at: text.length, size: child.nodeSize });
    } else text += child.text;
  });
  return skips ? { text, skips } : { text };
}
/** The article's non-blank text blocks in order, the headline marked. */
export function checkerInput(doc: PMNode | DocJSON): CheckerBlock[] {
  const node = doc instanceof PMNode ? doc : schema.nodeFromJSON(doc);
  const blocks: CheckerBlock[] = [];
  let offset = 0;
  node.descendants((child, pos) => {
    if (!child.isTextblock) return true;
    const { text, skips } = blockText(child);
    if (text.trim() !== '') {
      const block: CheckerBlock = { text, offset, pos: pos + 1 };
      if (skips) block.skips = skips;
      if (child.type.name === 'headline') block.headline = true;
      else if (child.type.name === 'standfirst') block.standfirst = true;
      blocks.push(block);
      offset += text.length + 2;
    }
    return false;
  });
  return blocks;
}

/**
 * A plain-text file's lines, offsets into the file itself; the first line is the headline when the
 * import (`textToDoc`) would make it one.
 */
export function plainTextInput(text: string): CheckerBlock[] {
  // Named fields, not a spread: V8 gives a spread-made object a slower, larger layout (about 280 bytes a
  // block against 70), and a 32 MB file of short lines is millions of blocks.
  const blocks: CheckerBlock[] = splitParagraphs(text).map((p) => ({ text: p.text, offset: p.offset, pos: -1 }));
  const headline = plainTextHeadline(text);
  if (headline !== '' && blocks[0] !== undefined && blocks[0].text.trim() === headline) blocks[0].headline = true;
  return blocks;
}

/** The text the blocks' offsets count in (for a document; a plain-text file is its own text). */
export function inputText(blocks: readonly CheckerBlock[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}

/** What an ignore is keyed by: the rule and what the finding is about, never where it stands. */
export function ignoreId(rule: string, key: string): string {
  return `${rule}\u0000${key}`;
}

export function ignoredIds(ignored: readonly IgnoredFinding[]): Set<string> {
  return new Set(ignored.map((i) => ignoreId(i.rule, i.key)));
}

export function isIgnored(ids: ReadonlySet<string>, finding: Pick<Finding, 'rule' | 'key'>): boolean {
  return ids.size > 0 && ids.has(ignoreId(finding.rule, finding.key));
}

/** Index of the last block whose offset is at most `offset` (findings are placed in their block). */
export function blockAt(blocks: readonly { offset: number }[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid]!.offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A finding's span in the document: positions of a block whose text is `size` long and starts at
 * `pos`. An empty span widens to one character; a span is cut at the block's end.
 */
export function spanInBlock(pos: number, size: number, offset: number, length: number): { from: number; to: number } | null {
  const from = pos + Math.min(offset, size);
  const to = pos + Math.min(offset + Math.max(length, 1), size);
  return from < to ? { from, to } : null;
}

/**
 * A finding's span in the document for a block whose accepted text is `size` long, starts at `pos` and
 * left out `skips`: the span mapped around deleted text and cut where deleted text falls inside it, so
 * nothing deleted is underlined. Empty when nothing of it is left to show.
 */
export function spansInBlock(
  pos: number,
  size: number,
  offset: number,
  length: number,
  skips: readonly Skip[] | undefined,
): { from: number; to: number }[] {
  const span = spanInBlock(pos, size, offset, length);
  if (span === null) return [];
  if (!skips) return [span];
  const from = span.from - pos;
  const to = span.to - pos;
  const out: { from: number; to: number }[] = [];
  let shift = 0;
  let start = from;
  for (const skip of skips) {
    if (skip.at <= from) {
      shift += skip.size;
      continue;
    }
    if (skip.at >= to) break;
    out.push({ from: pos + start + shift, to: pos + skip.at + shift });
    shift += skip.size;
    start = skip.at;
  }
  out.push({ from: pos + start + shift, to: pos + to + shift });
  return out;
}
