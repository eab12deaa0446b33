import { join } from 'node:path';
import { htmlFileName, type NewsroomService } from '../../core/api/newsroom-api';
import { applySettingsPatch, DEFAULT_SETTINGS, parseSettingsPatch, sanitizeSettings, type Settings } from '../../core/api/settings';
import { fail, ok, type Result } from '../../core/api/result';
import { fsFailure, writeChosenFile } from './atomic-write';
import { createDraftStore, type DamagedFile, type DraftFs } from './draft-store';
import { createGlossaryStore } from './glossary-store';
import { readImportFile } from './import-file';
import type { DraftSummary, NewsroomFile } from '../../core/api/newsroom-api';
import type { AppError } from '../../core/api/result';
import { slugify, type Draft } from '../../core/document/draft';
import { createVersionStore } from './versions';
import { createSnapshotPolicy } from './version-snapshots';
import { createGlossaryManager, type GlossaryFileDialogs } from './glossary-manager';
import { createSafekeeping } from './safekeeping';
import { createDeskBridge, type DeskFolderDialog } from './desk-bridge';
import { withAuthor, type DeskFs } from './desk';
import { createDictionaryStore } from './dictionary-store';
import type { DictionaryFileKind } from '../../core/api/dictionary-api';

/** Where settings live: electron-store in the app, memory in tests and the UI harness. */
export interface SettingsStore {
  get(): Settings;
  set(next: Settings): void;
}

export function memorySettingsStore(initial?: Partial<Settings>): SettingsStore {
  let current: Settings = { ...DEFAULT_SETTINGS, ...initial };
  return {
    get: () => current,
    set: (next) => {
      current = { ...next };
    },
  };
}

/** Where an export goes: Electron's save dialog in the app, a chosen temp path in tests. */
export interface ExportTarget {
  /** The full path the user chose for a file offered as `suggestedName`, or null if they cancelled. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
}

/** Where an import comes from: Electron's open dialog in the app, a chosen path in tests. */
export interface ImportSource {
  /** The full path of the .html, .htm or .txt file the user chose, or null if they cancelled. */
  chooseOpenPath(): Promise<string | null>;
}

/** The system clipboard's two flavours: Electron's `clipboard.write` in the app, memory in tests. */
export interface HtmlClipboard {
  write(html: string, text: string): void;
}

export interface NewsroomServiceOptions {
  dataDir: string;
  settings: SettingsStore;
  now?: () => Date;
  /** File-system calls of the draft store; see DraftFs. */
  fs?: DraftFs;
  /** Told about each damaged draft file moved aside (e.g. for the main-process log). */
  onDamaged?: (file: DamagedFile) => void;
  /** Without one (a service with no window to own a dialog), export answers with an error. */
  exportTarget?: ExportTarget;
  /** Without one, copying answers with an error. */
  clipboard?: HtmlClipboard;
  /** Without one (no window to own a dialog), import answers with an error. */
  importSource?: ImportSource;
  /** Told about an automatic version that could not be kept; the save itself went through. */
  onSnapshotFailed?: (error: AppError) => void;
  /** The glossary manager's file dialogs; without them its import, export and shared-file choice answer with an error. */
  glossaryDialogs?: GlossaryFileDialogs;
  /** Where the crash-recovery journal goes when the data folder cannot be written; see safekeeping.ts. */
  backupDir?: string;
  /** The desk folder's dialog; without it choosing the folder answers with an error. */
  deskDialog?: DeskFolderDialog;
  /** File-system calls on the desk folder; node's own by default. */
  deskFs?: DeskFs;
  /** The newsroom's dictionary file of a kind, or null if the user cancelled; without it, choosing one answers with an error. */
  chooseDictionaryFile?: (kind: DictionaryFileKind) => Promise<string | null>;
  /** Told when the shared glossary or a newsroom dictionary file changes on its drive; without it they are not watched. */
  onNewsroomFileChanged?: (file: NewsroomFile) => void;
  /** How often those files are polled (a network share sends no change events); watched-file.ts's default otherwise. */
  newsroomWatchIntervalMs?: number;
}

function unavailable<T>(what: { bn: string; en: string }): Result<T> {
  return fail('io', `${what.bn}: এখানে এই সুবিধা নেই।`, `${what.en}: not available here.`);
}

const EXPORT_FAILED = { bn: 'HTML ফাইল সংরক্ষণ করা যায়নি', en: 'The HTML file could not be saved' };
const COPY_FAILED = { bn: 'ক্লিপবোর্ডে কপি করা যায়নি', en: 'Could not copy to the clipboard' };
const IMPORT_FAILED = { bn: 'ফাইল আমদানি করা যায়নি', en: 'The file could not be imported' };
const DICTIONARY_FAILED = { bn: 'অভিধানের ফাইল বেছে নেওয়া যায়নি', en: 'The dictionary file could not be chosen' };
const DICTIONARY_PATH_SETTING = { hunspell: 'hunspellDictionaryPath', shared: 'sharedDictionaryPath' } as const;

function settingsFailure<T>(op: 'read' | 'write', err: unknown): Result<T> {
  return op === 'read'
    ? fail('io', 'সেটিংস পড়া যায়নি।', 'The settings could not be read.', (err as Error)?.message ?? String(err))
    : fail('io', 'সেটিংস সংরক্ষণ করা যায়নি।', 'The settings could not be saved.', (err as Error)?.message ?? String(err));
}

/** The main-process implementation of the bridge. Every method resolves to a Result; none throws. */
export function createNewsroomService(options: NewsroomServiceOptions): NewsroomService {
  // Files moved aside are told to the user once (takeNotices), besides the log.
  const movedAside: DamagedFile[] = [];
  const onDamaged = (file: DamagedFile) => {
    movedAside.push(file);
    options.onDamaged?.(file);
  };
  const drafts = createDraftStore({ dataDir: options.dataDir, now: options.now, fs: options.fs, onDamaged });
  const { settings, exportTarget, clipboard, importSource } = options;
  const versions = createVersionStore(options.dataDir, { now: options.now });
  const keeping = createSafekeeping({
    dataDir: options.dataDir,
    backupDir: options.backupDir,
    drafts,
    versions,
    movedAside,
    now: options.now,
    fs: options.fs,
  });
  const snapshots = createSnapshotPolicy({ versions, now: options.now ?? (() => new Date()), onFailed: options.onSnapshotFailed });

  /** The draft as the store wrote it: its own time and headline, as the summary reports them. */
  const asSaved = (draft: Draft, summary: DraftSummary): Draft => ({
    ...draft,
    meta: { ...draft.meta, headline: summary.headline, slug: slugify(summary.headline), updatedAt: summary.updatedAt },
  });
  // The desk folder (issue 14): a draft opened from it is saved in place there, with the same follow-up as a local save.
  const desk = createDeskBridge({
    settings,
    drafts,
    versions,
    dialog: options.deskDialog,
    now: options.now,
    fs: options.deskFs,
    cacheFile: join(options.dataDir, 'desk-index.json'),
    saved: async (draft, summary) => {
      await snapshots.saved(asSaved(draft, summary));
      await keeping.saved(ok(summary));
    },
  });
  /** The draft as stored now, and where its saves go: the desk file for a draft opened from the desk. */
  const storedDraft = (id: string) => (desk.holds(id) ? desk.current(id) : drafts.open(id));
  const storeDraft = (draft: Draft) => (desk.holds(draft.id) ? desk.save(draft) : drafts.save(draft));
  const glossary = createGlossaryStore(options.dataDir, {
    now: options.now,
    onDamaged,
    sharedPath: storedSharedGlossaryPath(settings),
    watchIntervalMs: options.newsroomWatchIntervalMs,
  });
  const glossaryManager = createGlossaryManager({
    store: glossary,
    dialogs: options.glossaryDialogs,
    keepSharedPath: (path) => {
      try {
        settings.set({ ...sanitizeSettings(settings.get()), sharedGlossaryPath: path });
        return ok(undefined);
      } catch (err) {
        return settingsFailure('write', err);
      }
    },
  });

  const storedSettings = storedDictionaryPaths(settings);
  const dictionary = createDictionaryStore(options.dataDir, {
    hunspellPath: storedSettings.hunspell,
    sharedPath: storedSettings.shared,
    watchIntervalMs: options.newsroomWatchIntervalMs,
  });
  const { onNewsroomFileChanged } = options;
  if (onNewsroomFileChanged) {
    glossary.watchShared(() => onNewsroomFileChanged('glossary'));
    dictionary.watch(() => onNewsroomFileChanged('dictionary'));
  }
  /** Uses the dictionary file of `kind` (or none) and keeps its path in the settings for the next start. */
  const keepDictionaryFile = async (kind: DictionaryFileKind, path: string | null) => {
    try {
      settings.set({ ...sanitizeSettings(settings.get()), [DICTIONARY_PATH_SETTING[kind]]: path });
    } catch (err) {
      return settingsFailure<never>('write', err);
    }
    return dictionary.setPath(kind, path);
  };

  return {
    listDrafts: () => drafts.list(),
    createDraft: async () => {
      const created = await drafts.create();
      if (created.ok) snapshots.seen(created.value);
      return created;
    },
    // The text as opened is where editing starts: not an edit, and not yet a reason for a version.
    openDraft: async (id) => {
      desk.leave(id);
      const opened = await drafts.open(id);
      if (opened.ok) snapshots.seen(opened.value);
      return opened;
    },
    // The automatic versions follow a save that succeeded; a snapshot that fails does not fail the save.
    saveDraft: async (input) => {
      // Who wrote the draft is recorded once, by the first save that knows the user's name.
      const draft = withAuthor(input, desk.author());
      if (desk.holds((draft as Partial<Draft> | null)?.id)) return desk.save(draft);
      const saved = await drafts.save(draft);
      if (saved.ok) await snapshots.saved(asSaved(draft, saved.value));
      // A clean save clears the crash-recovery journal.
      return keeping.saved(saved);
    },
    deleteDraft: async (id) => keeping.deleted(await drafts.remove(id)),
    listTrash: () => drafts.listTrash(),
    restoreDraft: (id) => drafts.restore(id),
    searchDrafts: (query) => drafts.search(query),

    getSettings: async () => {
      try {
        return ok(sanitizeSettings(settings.get()));
      } catch (err) {
        return settingsFailure('read', err);
      }
    },

    updateSettings: async (patch) => {
      const parsed = parseSettingsPatch(patch);
      if (!parsed.ok) return parsed;
      try {
        const next = applySettingsPatch(sanitizeSettings(settings.get()), parsed.value);
        settings.set(next);
        return ok(next);
      } catch (err) {
        return settingsFailure('write', err);
      }
    },

    exportHtml: async ({ html, suggestedName }) => {
      if (!exportTarget) return unavailable(EXPORT_FAILED);
      let path: string | null;
      try {
        path = await exportTarget.chooseSavePath(htmlFileName(suggestedName));
      } catch (err) {
        return fail(
          'io',
          `${EXPORT_FAILED.bn}: সংরক্ষণের ডায়ালগ খোলা যায়নি।`,
          `${EXPORT_FAILED.en}: the save dialog did not open.`,
          (err as Error)?.message ?? String(err),
        );
      }
      if (path === null) return ok(null);
      try {
        await writeChosenFile(path, html, options.fs);
        return ok({ path });
      } catch (err) {
        return fsFailure(EXPORT_FAILED, err);
      }
    },

    copyHtml: async ({ html, text }) => {
      if (!clipboard) return unavailable(COPY_FAILED);
      try {
        clipboard.write(html, text);
        return ok(undefined);
      } catch (err) {
        return fail('io', `${COPY_FAILED.bn}।`, `${COPY_FAILED.en}.`, (err as Error)?.message ?? String(err));
      }
    },

    importFile: async () => {
      if (!importSource) return unavailable(IMPORT_FAILED);
      let path: string | null;
      try {
        path = await importSource.chooseOpenPath();
      } catch (err) {
        return fail(
          'io',
          `${IMPORT_FAILED.bn}: ফাইল বাছাইয়ের ডায়ালগ খোলা যায়নি।`,
          `${IMPORT_FAILED.en}: the open dialog did not open.`,
          (err as Error)?.message ?? String(err),
        );
      }
      return path === null ? ok(null) : readImportFile(path, options.fs);
    },

    listVersions: (draftId) => versions.list(draftId),

    saveVersion: async (draftId, name) => {
      const current = await storedDraft(draftId);
      if (!current.ok) return current;
      const taken = await versions.save(current.value, 'named', name);
      if (taken.ok) snapshots.seen(current.value, Date.parse(taken.value.createdAt));
      return taken;
    },

    readVersion: (draftId, versionId) => versions.read(draftId, versionId),

    restoreVersion: async (draftId, versionId) => {
      const current = await storedDraft(draftId);
      if (!current.ok) return current;
      const restored = await versions.restore(current.value, versionId);
      if (!restored.ok) return restored;
      const saved = await storeDraft(restored.value.draft);
      if (!saved.ok) return saved;
      const draft = asSaved(restored.value.draft, saved.value);
      snapshots.seen(draft, Date.parse(restored.value.backup.createdAt));
      return ok({ draft, saved: saved.value, backup: restored.value.backup });
    },

    getGlossary: async () => {
      const merged = await glossary.merged();
      return merged.ok ? ok(merged.value.entries) : merged;
    },

    journalDraft: (draft) => keeping.journalDraft(draft),
    pendingRecoveries: () => keeping.pendingRecoveries(),
    acceptRecovery: (id) => keeping.acceptRecovery(id),
    declineRecovery: (id) => keeping.declineRecovery(id),
    resolveConflict: (draft, choice) =>
      desk.holds((draft as Partial<Draft> | null)?.id) ? desk.resolveConflict(draft, choice) : keeping.resolveConflict(draft, choice),
    takeNotices: () => keeping.takeNotices(),

    addGlossaryEntry: async (entry) => {
      const added = await glossary.add(entry);
      if (!added.ok) return added;
      const merged = await glossary.merged();
      return merged.ok ? ok(merged.value.entries) : merged;
    },

    ...glossaryManager,

    chooseDeskFolder: desk.chooseDeskFolder,
    clearDeskFolder: desk.clearDeskFolder,
    sendToDesk: desk.sendToDesk,
    listDesk: desk.listDesk,
    openDeskDraft: desk.openDeskDraft,
    setDeskStatus: desk.setDeskStatus,
    getDictionaryWords: (since) => dictionary.words(since),
    addDictionaryWord: (word) => dictionary.add(word),
    removeDictionaryWord: (word) => dictionary.remove(word),
    chooseDictionaryFile: async (kind) => {
      if (!options.chooseDictionaryFile) return unavailable(DICTIONARY_FAILED);
      let path: string | null;
      try {
        path = await options.chooseDictionaryFile(kind);
      } catch (err) {
        return fail(
          'io',
          `${DICTIONARY_FAILED.bn}: ফাইল বাছাইয়ের ডায়ালগ খোলা যায়নি।`,
          `${DICTIONARY_FAILED.en}: the open dialog did not open.`,
          (err as Error)?.message ?? String(err),
        );
      }
      return path === null ? ok(null) : keepDictionaryFile(kind, path);
    },
    clearDictionaryFile: (kind) => keepDictionaryFile(kind, null),
  };
}

/** The dictionary files' paths as stored; unreadable settings mean none. */
function storedDictionaryPaths(settings: SettingsStore): { hunspell: string | null; shared: string | null } {
  try {
    const stored = sanitizeSettings(settings.get());
    return { hunspell: stored.hunspellDictionaryPath, shared: stored.sharedDictionaryPath };
  } catch {
    return { hunspell: null, shared: null };
  }
}

/** The shared glossary's path as stored; unreadable settings mean none (the error shows when settings are read). */
function storedSharedGlossaryPath(settings: SettingsStore): string | null {
  try {
    return sanitizeSettings(settings.get()).sharedGlossaryPath;
  } catch {
    return null;
  }
}
