import type { Draft, DraftStatus } from '../document/draft';
import type { Result } from './result';
import type { Settings } from './settings';

/** One draft in the desk folder, as the desk queue lists it. */
export interface DeskEntry {
  id: string;
  headline: string;
  /** Who wrote the draft (its creator), or '' when the file does not say. */
  author: string;
  status: DraftStatus;
  updatedAt: string;
  /** Suggestions and comment threads still open (core/document/review-summary.ts). */
  suggestions: number;
  comments: number;
  /** Conflict copies beside it: someone's text kept when two people saved the draft at once. */
  conflicts: number;
}

/** A file in the desk folder that is not a readable draft; listed, never moved or changed. */
export interface DeskUnreadable {
  name: string;
  message: { bn: string; en: string };
}

export interface DeskListing {
  /** The folder as set in the settings. */
  folder: string;
  /** Newest first. */
  entries: DeskEntry[];
  unreadable: DeskUnreadable[];
}

/**
 * The desk folder: a folder (a network drive or a synced folder) that drafts pass through between the
 * reporter and the desk. The folder is chosen in the main process's own dialog; the page names drafts
 * only by id. A draft opened from the desk is edited in place: until another draft is opened, its saves
 * go to the desk file, guarded against changes made there by anyone else.
 */
export interface DeskApi {
  /** Shows the folder dialog; resolves to the settings with the folder chosen, or null when cancelled. */
  chooseDeskFolder(): Promise<Result<Settings | null>>;
  clearDeskFolder(): Promise<Result<Settings>>;
  /** Sets the local draft's status to review and writes it to the desk folder; the local copy stays. */
  sendToDesk(id: string): Promise<Result<DeskEntry>>;
  /** The desk folder's drafts; null when no folder is set. */
  listDesk(): Promise<Result<DeskListing | null>>;
  /** Opens a desk draft to work on it in place. */
  openDeskDraft(id: string): Promise<Result<Draft>>;
  /** Writes a new status into the desk draft: 'draft' returns it to the reporter, 'ready' passes it. */
  setDeskStatus(id: string, status: DraftStatus): Promise<Result<DeskEntry>>;
}

/** Every method of DeskApi, once; the type makes one left out or misspelt a build error. */
export const DESK_METHODS: Record<keyof DeskApi, true> = {
  chooseDeskFolder: true,
  clearDeskFolder: true,
  sendToDesk: true,
  listDesk: true,
  openDeskDraft: true,
  setDeskStatus: true,
};
