/**
 * The document pass as the editor needs it, wherever it runs: in the checker worker, or on the main
 * thread when there is no worker. Its answer is plain data, placed by block, so the worker can send
 * it as it is and the editor can keep every underline the pass did not change.
 */
import type { Checker, ParagraphInput } from '../../core/checks/engine';
import type { PlacedParagraph } from '../../core/checks/document';
import type { Finding } from '../../core/checks/types';
import { blockAt } from '../../core/document/checker-input';

export interface DocumentPassResult {
  /** The document pass's findings; offsets count in the article's text (`checkerInput`). */
  findings: Finding[];
  /** Glossary names spelt as the glossary has them and not flagged: the quiet "known name" mark. */
  known: { offset: number; length: number }[];
}

/** One underline (a finding) or known-name mark (none), in the `block`-th block of the pass's input. */
export interface PassItem {
  /** Names the item from one answer to the next: an item the editor has keeps its number. */
  n: number;
  block: number;
  /** From the block's first character. */
  offset: number;
  length: number;
  finding?: Finding;
}

/**
 * What the editor changes: with `reset`, the document pass's items are exactly `added`; otherwise
 * the items numbered in `removed` go and `added` come, the rest stay as the previous answer left them.
 */
export interface DocumentAnswer {
  reset: boolean;
  removed: number[];
  added: PassItem[];
}

/**
 * Runs the document pass over the article's blocks. `done` is called once with the answer, at once or
 * later (a worker); `reset` asks for an answer that stands alone (the editor rebuilt its underlines).
 * A checker that cannot answer itself answers on the main thread, so no pass is lost.
 */
export interface DocumentChecker {
  check(blocks: readonly ParagraphInput[], reset: boolean, done: (answer: DocumentAnswer) => void): void;
}

/** The paragraph pass of each block (cached by text), then the document pass over their results. */
export function documentPass(checker: Checker, blocks: readonly ParagraphInput[]): DocumentPassResult {
  const paragraphs = blocks.map(
    (b): PlacedParagraph =>
      b.headline
        ? { result: checker.paragraph(b.text), offset: b.offset, headline: true }
        : { result: checker.paragraph(b.text), offset: b.offset },
  );
  if (paragraphs.length === 0) return { findings: [], known: [] };
  const result = checker.document(paragraphs);
  const flagged = new Set(result.findings.map((f) => f.offset));
  const known: DocumentPassResult['known'] = [];
  for (const entity of result.entities) {
    if (!entity.id.startsWith('g:')) continue;
    for (const mention of entity.mentions) if (!flagged.has(mention.offset)) known.push({ offset: mention.offset, length: mention.length });
  }
  return { findings: result.findings, known };
}

/** The result's items in their blocks, numbered in order. */
function itemsOf(result: DocumentPassResult, blocks: readonly { offset: number }[]): PassItem[] {
  const items: PassItem[] = [];
  const at = (offset: number, length: number, finding?: Finding) => {
    const block = blockAt(blocks, offset);
    const item: PassItem = { n: items.length + 1, block, offset: offset - (blocks[block]?.offset ?? 0), length };
    if (finding) item.finding = finding;
    items.push(item);
  };
  for (const f of result.findings) at(f.offset, f.length, f);
  for (const k of result.known) at(k.offset, k.length);
  return items;
}

/** An answer that stands alone: every item of the pass. */
export function resetAnswer(result: DocumentPassResult, blocks: readonly ParagraphInput[]): DocumentAnswer {
  return { reset: true, removed: [], added: itemsOf(result, blocks) };
}

/**
 * Turns each pass's result into what changed since the previous answer. An item is the same when it
 * stands at the same place in a block of the same text (the block's key) and says the same; so an
 * edit changes the items of the paragraph it touched and those the document pass decided anew, and
 * the editor redraws only those.
 */
export class AnswerTracker {
  private sent = new Map<string, number>();
  private next = 1;

  answer(result: DocumentPassResult, blocks: readonly { offset: number; key: number }[], reset: boolean): DocumentAnswer {
    const now = new Map<string, number>();
    const added: PassItem[] = [];
    for (const item of itemsOf(result, blocks)) {
      const { finding } = item;
      const what = finding ? JSON.stringify({ ...finding, offset: 0 }) : '';
      const base = `${blocks[item.block]?.key} ${item.offset} ${item.length} ${what}`;
      // The same item twice (two paragraphs of the same text) is told apart by its order.
      let id = base;
      for (let i = 1; now.has(id); i++) id = `${base}#${i}`;
      const known = this.sent.get(id);
      item.n = known ?? this.next++;
      now.set(id, item.n);
      if (reset || known === undefined) added.push(item);
    }
    const removed: number[] = [];
    if (!reset) for (const [id, n] of this.sent) if (!now.has(id)) removed.push(n);
    this.sent = now;
    return { reset, removed, added };
  }
}
