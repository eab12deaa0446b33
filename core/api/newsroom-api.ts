import type { UiLanguage } from './i18n';
import type { Draft, DraftStatus } from '../document/draft';
import type { GlossaryEntry } from '../glossary/types';
import type { GlossaryProblem } from '../glossary/io';
import type { Settings } from './settings';
import type { AppError, Result } from './result';

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

export type { UiLanguage };

// --- Settings dialog and glossary manager ---

// The settings, their schema and defaults live in ./settings; these names stay importable from here.
export { AUTOSAVE_DELAY_RANGE, DEFAULT_MANAGED_SETTINGS, DEFAULT_SETTINGS } from './settings';
export type { ManagedSettings, Settings, Theme } from './settings';

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

/** Commands the application menu sends to the renderer; the renderer owns what they do. */
export type MenuCommand =
  | 'new-draft'
  | 'open-draft'
  | 'save'
  | 'export-html'
  | 'copy-html'
  | 'import-file'
  | 'undo'
  | 'redo'
  | 'find'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'versions'
  | 'glossary-manager'
  | 'settings';

/** A finished page to save where the user chooses; `suggestedName` is offered in the save dialog. */
export interface ExportHtmlRequest {
  html: string;
  suggestedName: string;
}

/** The article for the clipboard in both flavours: a web editor takes the HTML, a plain field the text. */
export interface CopyHtmlRequest {
  html: string;
  text: string;
}

/** A file the user chose to import, read and decoded by the main process; the page makes the article of it. */
export interface ImportedFile {
  /** The file's name without its folder, to tell the user what was imported. */
  name: string;
  kind: 'html' | 'txt';
  text: string;
}

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

/**
 * Characters no file name may hold on Windows, macOS or Linux, control characters among them, and
 * invisible marks; not ZWJ and ZWNJ (U+200D, U+200C), which Bengali spelling needs.
 */
const FILE_NAME_ILLEGAL = /[<>:"\/\\|?*\u0000-\u001f\u007f\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]+/g;
/** Names Windows reserves for devices, whatever the extension. */
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;
/** Bytes of a file name before `.html`: file systems allow 255, and a Bengali letter takes three. */
const FILE_STEM_MAX_BYTES = 200;
export const UNTITLED_FILE_STEM = 'শিরোনামহীন';

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * The one rule for an exported file's name, applied by the page when it suggests one from the headline
 * and again by the main process, which never trusts what it is given: Bengali letters are kept,
 * characters illegal in file names (path separators among them) become hyphens, and the name ends in `.html`.
 */
export function htmlFileName(name: string): string {
  let stem = name
    .normalize('NFC')
    .replace(/\.html?$/i, '')
    .replace(FILE_NAME_ILLEGAL, '-')
    .replace(/\s+/g, ' ')
    // A leading dot hides a file; Windows drops trailing dots and spaces.
    .replace(/^[\s.\-]+|[\s.\-]+$/g, '');
  let bytes = 0;
  let end = 0;
  for (const ch of stem) {
    bytes += utf8Length(ch.codePointAt(0)!);
    if (bytes > FILE_STEM_MAX_BYTES) {
      stem = stem.slice(0, end).replace(/[\s.\-]+$/, '');
      break;
    }
    end += ch.length;
  }
  if (stem === '') stem = UNTITLED_FILE_STEM;
  if (WINDOWS_DEVICE.test(stem)) stem = `${stem}-`;
  return `${stem}.html`;
}

/**
 * The one bridge between renderer and main process. Declared once: the preload exposes exactly this,
 * the main process implements it, and the UI test harness binds the same implementation into Chromium.
 * Renaming a method here breaks the build on every side.
 */
export interface NewsroomApi {
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
  getSettings(): Promise<Result<Settings>>;
  updateSettings(patch: Partial<Settings>): Promise<Result<Settings>>;
  /** Asks where to save (a save dialog) and writes the file atomically; null when the user cancelled. */
  exportHtml(request: ExportHtmlRequest): Promise<Result<{ path: string } | null>>;
  /** Puts the article on the system clipboard as HTML and as plain text. */
  copyHtml(request: CopyHtmlRequest): Promise<Result<void>>;
  /** Asks which .html, .htm or .txt file to import (an open dialog) and reads it; null when the user cancelled. */
  importFile(): Promise<Result<ImportedFile | null>>;
  /** The user's own glossary merged over the newsroom's shared one: the names the checker knows besides the bundled ones. */
  getGlossary(): Promise<Result<GlossaryEntry[]>>;
  /** Adds a name to the user's own glossary (`glossary.json`); returns the merged glossary, as getGlossary does. */
  addGlossaryEntry(entry: GlossaryEntry): Promise<Result<GlossaryEntry[]>>;
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
  // Drafts are never lost: crash recovery, changes behind the app's back, notices about the data folder.
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
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** The request/response methods, i.e. everything that crosses IPC as an invoke. */
export type NewsroomInvokeMethods = Exclude<keyof NewsroomApi, 'onMenuCommand'>;

/** Names of the invoke channels, derived from the interface so the two cannot drift. */
export const INVOKE_METHODS: readonly NewsroomInvokeMethods[] = [
  'listDrafts',
  'createDraft',
  'openDraft',
  'saveDraft',
  'deleteDraft',
  'listTrash',
  'restoreDraft',
  'searchDrafts',
  'getSettings',
  'updateSettings',
  'exportHtml',
  'copyHtml',
  'importFile',
  'getGlossary',
  'addGlossaryEntry',
  'listVersions',
  'saveVersion',
  'readVersion',
  'restoreVersion',
  'getGlossaryView',
  'editGlossaryEntry',
  'removeGlossaryEntry',
  'previewGlossaryImport',
  'applyGlossaryImport',
  'exportGlossary',
  'chooseSharedGlossary',
  'clearSharedGlossary',
  'journalDraft',
  'pendingRecoveries',
  'acceptRecovery',
  'declineRecovery',
  'resolveConflict',
  'takeNotices',
] as const satisfies readonly NewsroomInvokeMethods[];

export const MENU_CHANNEL = 'newsroom:menu';
export const invokeChannel = (method: NewsroomInvokeMethods): string => `newsroom:${method}`;

/** The main-process side: the same methods, without the event subscription. */
export type NewsroomService = Pick<NewsroomApi, NewsroomInvokeMethods>;
