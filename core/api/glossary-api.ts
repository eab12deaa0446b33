import type { GlossaryProblem } from '../glossary/io';
import type { GlossaryEntry } from '../glossary/types';
import type { AppError, Result } from './result';

/** The shared glossary file as last read: how many entries are in use, and why the latest read failed, if it did. */
export interface SharedGlossaryStatus {
  path: string;
  /** Entries in use from the shared file (from the last good read, possibly the cache). */
  entries: number;
  /** mtime of the file as last read; null when it has not been read in this session. */
  mtimeMs: number | null;
  /** Why the latest read failed (unreachable drive, malformed file); null after a good read. */
  error: AppError | null;
}

/** The glossary as the manager shows it. */
export interface GlossaryView {
  /** The user's own entries, editable. */
  own: GlossaryEntry[];
  /** The newsroom's shared entries, read-only here. */
  shared: GlossaryEntry[];
  sharedStatus: SharedGlossaryStatus | null;
  /** Own over shared: what the checker knows besides the bundled glossary. */
  merged: GlossaryEntry[];
}

/** A glossary file read for import and not applied: what it would add and replace, or why it cannot be taken. */
export interface GlossaryImportPreview {
  fileName: string;
  /** Applies this preview with applyGlossaryImport; null when the file has problems and cannot be applied. */
  token: string | null;
  add: GlossaryEntry[];
  replace: { before: GlossaryEntry; after: GlossaryEntry }[];
  /** Entries the user already has exactly so. */
  unchanged: number;
  problems: GlossaryProblem[];
}

export type GlossaryFileFormat = 'csv' | 'json';

/** The names the checker knows besides the bundled ones: the user's own glossary and the newsroom's shared one. */
export interface GlossaryApi {
  /** The user's own glossary merged over the newsroom's shared one: the names the checker knows besides the bundled ones. */
  getGlossary(): Promise<Result<GlossaryEntry[]>>;
  /** Adds a name to the user's own glossary (`glossary.json`); returns the merged glossary, as getGlossary does. */
  addGlossaryEntry(entry: GlossaryEntry): Promise<Result<GlossaryEntry[]>>;
  // --- Glossary manager ---
  /** The user's entries, the newsroom's shared ones with the shared file's status, and the two merged. */
  getGlossaryView(): Promise<Result<GlossaryView>>;
  /** Replaces the user's entry spelled `bn` (the replacement may change the spelling). */
  editGlossaryEntry(bn: string, entry: GlossaryEntry): Promise<Result<GlossaryView>>;
  removeGlossaryEntry(bn: string): Promise<Result<GlossaryView>>;
  /** Asks which CSV or JSON file to import (an open dialog) and reads it without applying anything; null when cancelled. */
  previewGlossaryImport(): Promise<Result<GlossaryImportPreview | null>>;
  /** Applies the preview the user confirmed, as it was previewed. */
  applyGlossaryImport(token: string): Promise<Result<GlossaryView>>;
  /** Asks where to save (a save dialog) and writes the user's entries as CSV or JSON; null when cancelled. */
  exportGlossary(format: GlossaryFileFormat): Promise<Result<{ path: string } | null>>;
  /** Asks for the newsroom's shared glossary file (an open dialog), keeps its path in the settings and reads it; null when cancelled. */
  chooseSharedGlossary(): Promise<Result<GlossaryView | null>>;
  /** Stops using a shared glossary file. */
  clearSharedGlossary(): Promise<Result<GlossaryView>>;
}

/** Every method of GlossaryApi, once; the type makes one left out or misspelt a build error. */
export const GLOSSARY_METHODS: Record<keyof GlossaryApi, true> = {
  getGlossary: true,
  addGlossaryEntry: true,
  getGlossaryView: true,
  editGlossaryEntry: true,
  removeGlossaryEntry: true,
  previewGlossaryImport: true,
  applyGlossaryImport: true,
  exportGlossary: true,
  chooseSharedGlossary: true,
  clearSharedGlossary: true,
};
