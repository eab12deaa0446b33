import type { Draft } from '../document/draft';
import type { DraftSummary } from './drafts-api';
import type { Result } from './result';

/** Why a version was taken: every few minutes of editing, on a status change, by the user, or before a restore. */
export const VERSION_KINDS = ['auto', 'named', 'status', 'before-restore'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

/** A snapshot of a draft, as the versions list shows it. */
export interface VersionSummary {
  /** `<ms>-<kind>`, unique within one draft. */
  id: string;
  draftId: string;
  kind: VersionKind;
  /** Given by the user for a named version ("সংস্করণ সংরক্ষণ"). */
  name?: string;
  createdAt: string;
  wordCount: number;
  headline: string;
}

/** A version with its text, to read it or compare it. */
export interface Version extends VersionSummary {
  draft: Draft;
}

/** A draft brought back to an earlier version: the draft now on disk, and the snapshot taken of the text it replaced. */
export interface RestoredVersion {
  draft: Draft;
  saved: DraftSummary;
  backup: VersionSummary;
}

/** A draft's earlier versions: list, keep, read, restore. */
export interface VersionsApi {
  /** The draft's versions, newest first. */
  listVersions(draftId: string): Promise<Result<VersionSummary[]>>;
  /** Keeps the draft as saved on disk as a version with the user's name ("সংস্করণ সংরক্ষণ"). */
  saveVersion(draftId: string, name: string): Promise<Result<VersionSummary>>;
  /** One version with its text, to show it read-only or compare it. */
  readVersion(draftId: string, versionId: string): Promise<Result<Version>>;
  /**
   * Brings the draft back to a version: the text saved on disk is first kept as a 'before-restore'
   * version (so the restore can itself be undone), then the version's text is saved as the draft.
   */
  restoreVersion(draftId: string, versionId: string): Promise<Result<RestoredVersion>>;
}

/** Every method of VersionsApi, once; the type makes one left out or misspelt a build error. */
export const VERSIONS_METHODS: Record<keyof VersionsApi, true> = {
  listVersions: true,
  saveVersion: true,
  readVersion: true,
  restoreVersion: true,
};
