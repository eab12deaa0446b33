import type { DocJSON } from './schema';

/**
 * What is still open in a draft's review: the figures the desk queue shows and export asks about.
 * Read from the draft as stored (ProseMirror JSON), so the main process and the command line count
 * without building a document. The shapes are those of review format 3 (see the draft file format):
 * suggestions are `insertion`/`deletion` marks and suggested paragraph breaks (a text block's `break`
 * attribute) sharing an `id`; comment threads live in `review.comments`.
 */

export interface ReviewCounts {
  /** Distinct suggestions: the ids of the insertion and deletion marks and suggested breaks in the document. */
  suggestions: number;
  /** Comment threads not resolved. */
  comments: number;
}

/** The part of a draft the counts read; a format-1 draft (no comments) counts as nothing open. */
export interface ReviewedDraft {
  doc: DocJSON;
  review?: { comments?: readonly { resolved?: boolean }[] };
}

const SUGGESTION_MARKS = new Set(['insertion', 'deletion']);

/** The ids of the suggestions in a document; walked with a stack of its own, so no nesting overflows it. */
export function suggestionIds(doc: DocJSON): Set<string> {
  const ids = new Set<string>();
  const pending: DocJSON[] = [doc];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    for (const mark of node.marks ?? []) {
      const id = mark.attrs?.id;
      if (SUGGESTION_MARKS.has(mark.type) && typeof id === 'string') ids.add(id);
    }
    const suggestedBreak = node.attrs?.break as { id?: unknown } | null | undefined;
    if (typeof suggestedBreak?.id === 'string') ids.add(suggestedBreak.id);
    for (const child of node.content ?? []) pending.push(child);
  }
  return ids;
}

export function reviewCounts(draft: ReviewedDraft): ReviewCounts {
  const threads = draft.review?.comments ?? [];
  return { suggestions: suggestionIds(draft.doc).size, comments: threads.filter((thread) => thread.resolved !== true).length };
}
