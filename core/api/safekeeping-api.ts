import type { Draft } from '../document/draft';
import type { Result } from './result';

/** Unsaved typing the crash-recovery journal kept when the app last stopped, newer than the saved draft. */
export interface RecoveryOffer {
  id: string;
  headline: string;
  wordCount: number;
  /** When the unsaved text was written to the journal. */
  journaledAt: string;
  /** The draft as saved, or null when there is none that can be read. */
  saved: { headline: string; wordCount: number; updatedAt: string } | null;
}

/** A file in the data folder that was not a readable draft (damaged, or not the app's), moved aside. */
export interface MovedAsideFile {
  /** Its name where it was found. */
  name: string;
  /** Where it is now. */
  movedTo: string;
}

/** What the user should hear about once: files moved aside, and drafts purged from the trash. */
export interface StorageNotices {
  movedAside: MovedAsideFile[];
  /** How many drafts the trash purged for good, having kept them 30 days. */
  purged: number;
}

/** After a save refused as 'conflict': keep the text in the editor, or take the one on disk. Both are kept. */
export type ConflictChoice = 'mine' | 'theirs';

/** Drafts are never lost: crash recovery, changes behind the app's back, notices about the data folder. */
export interface SafekeepingApi {
  /**
   * Keeps the unsaved draft in the crash-recovery journal (a backup folder on another disk when the data
   * folder cannot be written); resolves to the file that holds it. A clean save clears it.
   */
  journalDraft(draft: Draft): Promise<Result<{ path: string }>>;
  /** Unsaved text from before the app last stopped that is newer than the saved draft, to offer back. */
  pendingRecoveries(): Promise<Result<RecoveryOffer[]>>;
  /** Saves the recovered text as the draft (the saved text is kept as a version) and returns the draft. */
  acceptRecovery(id: string): Promise<Result<Draft>>;
  /** Keeps the saved draft; the recovered text is kept as a version, not thrown away. */
  declineRecovery(id: string): Promise<Result<void>>;
  /** Ends a conflict: 'mine' writes `draft` over the file (whose text is kept as a version), 'theirs' returns the file's draft (`draft` is kept as a version). */
  resolveConflict(draft: Draft, choice: ConflictChoice): Promise<Result<Draft>>;
  /** Notices not yet shown; the first call of a run also purges the trash of drafts deleted over 30 days ago. */
  takeNotices(): Promise<Result<StorageNotices>>;
}

/** Every method of SafekeepingApi, once; the type makes one left out or misspelt a build error. */
export const SAFEKEEPING_METHODS: Record<keyof SafekeepingApi, true> = {
  journalDraft: true,
  pendingRecoveries: true,
  acceptRecovery: true,
  declineRecovery: true,
  resolveConflict: true,
  takeNotices: true,
};
