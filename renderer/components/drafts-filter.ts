/**
 * Which drafts the drafts list shows and in what order: the search's matches (found in the main
 * process, which holds the drafts' text), a status, and a sort. Pure functions over plain summaries.
 */
import type { DraftSummary } from '../../core/api/newsroom-api';
import type { DraftStatus } from '../../core/document/draft';

export type StatusFilter = 'all' | DraftStatus;
export type DraftSort = 'newest' | 'headline';

export interface DraftFilter {
  /** Ids the search found; null when nothing is searched for. */
  matches: ReadonlySet<string> | null;
  status: StatusFilter;
  sort: DraftSort;
}

/** Newest first, as a desk scans its work; ties keep the store's order. */
export function newestFirst<T extends DraftSummary>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

/** By headline in the collator's order (Bengali alphabetical order for `Intl.Collator('bn')`); untitled drafts last, newest first among equals. */
function byHeadline(list: readonly DraftSummary[], collator: Intl.Collator): DraftSummary[] {
  return newestFirst(list).sort((a, b) => {
    if (a.headline === '' || b.headline === '') return a.headline === b.headline ? 0 : a.headline === '' ? 1 : -1;
    return collator.compare(a.headline, b.headline);
  });
}

export function filterDrafts(drafts: readonly DraftSummary[], filter: DraftFilter, collator: Intl.Collator): DraftSummary[] {
  const { matches, status } = filter;
  const kept = drafts.filter((d) => (status === 'all' || d.status === status) && (matches === null || matches.has(d.id)));
  return filter.sort === 'headline' ? byHeadline(kept, collator) : newestFirst(kept);
}
