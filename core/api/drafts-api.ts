import type { Draft, DraftStatus } from '../document/draft';
import type { Result } from './result';

export interface DraftSummary {
  id: string;
  headline: string;
  status: DraftStatus;
  updatedAt: string;
  wordCount: number;
}

export interface TrashedDraft extends DraftSummary {
  deletedAt: string;
  /** When the trash purges it for good (30 days after deletion). */
  purgeAt: string;
}

/** The drafts on disk: list, open, save, the trash, search. */
export interface DraftsApi {
  listDrafts(): Promise<Result<DraftSummary[]>>;
  createDraft(): Promise<Result<Draft>>;
  openDraft(id: string): Promise<Result<Draft>>;
  /** Writes the draft atomically; returns the stored summary (updatedAt set by the store). */
  saveDraft(draft: Draft): Promise<Result<DraftSummary>>;
  /** Moves the draft to the trash; it can be restored. */
  deleteDraft(id: string): Promise<Result<TrashedDraft>>;
  listTrash(): Promise<Result<TrashedDraft[]>>;
  restoreDraft(id: string): Promise<Result<DraftSummary>>;
  /**
   * Ids of the drafts whose headline or text hold every word of the query, newest first. Compared
   * after folding (Bengali encodings, ZWJ/ZWNJ, Latin case), so a spelling typed in another encoding
   * still finds the draft.
   */
  searchDrafts(query: string): Promise<Result<string[]>>;
}

/** Every method of DraftsApi, once; the type makes one left out or misspelt a build error. */
export const DRAFTS_METHODS: Record<keyof DraftsApi, true> = {
  listDrafts: true,
  createDraft: true,
  openDraft: true,
  saveDraft: true,
  deleteDraft: true,
  listTrash: true,
  restoreDraft: true,
  searchDrafts: true,
};
