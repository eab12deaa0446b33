import { z } from 'zod';
import { DEFAULT_SETTINGS, htmlFileName, type NewsroomService, type Settings } from '../../core/api/newsroom-api';
import { fail, ok, type Result } from '../../core/api/result';
import { fsFailure, writeFileAtomic } from './atomic-write';
import { createDraftStore, type DamagedFile, type DraftFs } from './draft-store';
import { createGlossaryStore } from './glossary-store';
import { readImportFile } from './import-file';
import { createSafekeeping } from './safekeeping';
import { createVersionStore } from './versions';

/** Where settings live: electron-store in the app, memory in tests and the UI harness. */
export interface SettingsStore {
  get(): Settings;
  set(next: Settings): void;
}

export const FONT_SIZE_RANGE = { min: 12, max: 32 } as const;

/** The one definition of a valid settings change; the IPC layer validates with the same schema. */
export const settingsPatchSchema = z
  .object({
    uiLanguage: z.enum(['bn', 'en']),
    fontSize: z.number().int().min(FONT_SIZE_RANGE.min).max(FONT_SIZE_RANGE.max),
    markKnownNames: z.boolean(),
    pipeToDanda: z.boolean(),
  })
  .partial()
  .strict();

const settingsSchema = settingsPatchSchema.required();

/**
 * Settings as stored may be missing keys (an older version) or hold values edited by hand; each key that
 * is not valid falls back to its default rather than failing the app's start.
 */
export function sanitizeSettings(stored: unknown): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS };
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const language = settingsSchema.shape.uiLanguage.safeParse(record.uiLanguage);
  if (language.success) out.uiLanguage = language.data;
  const fontSize = settingsSchema.shape.fontSize.safeParse(record.fontSize);
  if (fontSize.success) out.fontSize = fontSize.data;
  const markKnownNames = settingsSchema.shape.markKnownNames.safeParse(record.markKnownNames);
  if (markKnownNames.success) out.markKnownNames = markKnownNames.data;
  const pipeToDanda = settingsSchema.shape.pipeToDanda.safeParse(record.pipeToDanda);
  if (pipeToDanda.success) out.pipeToDanda = pipeToDanda.data;
  return out;
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
  /** Where the crash-recovery journal goes when the data folder cannot be written; see safekeeping.ts. */
  backupDir?: string;
}

function unavailable<T>(what: { bn: string; en: string }): Result<T> {
  return fail('io', `${what.bn}: এখানে এই সুবিধা নেই।`, `${what.en}: not available here.`);
}

const EXPORT_FAILED = { bn: 'HTML ফাইল সংরক্ষণ করা যায়নি', en: 'The HTML file could not be saved' };
const COPY_FAILED = { bn: 'ক্লিপবোর্ডে কপি করা যায়নি', en: 'Could not copy to the clipboard' };
const IMPORT_FAILED = { bn: 'ফাইল ইমপোর্ট করা যায়নি', en: 'The file could not be imported' };

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
  const glossary = createGlossaryStore(options.dataDir, { now: options.now, onDamaged });
  const keeping = createSafekeeping({
    dataDir: options.dataDir,
    backupDir: options.backupDir,
    drafts,
    versions: createVersionStore(options.dataDir, { now: options.now }),
    movedAside,
    now: options.now,
    fs: options.fs,
  });
  const { settings, exportTarget, clipboard, importSource } = options;

  return {
    listDrafts: () => drafts.list(),
    createDraft: () => drafts.create(),
    openDraft: (id) => drafts.open(id),
    saveDraft: async (draft) => keeping.saved(await drafts.save(draft)),
    deleteDraft: async (id) => keeping.deleted(await drafts.remove(id)),
    listTrash: () => drafts.listTrash(),
    restoreDraft: (id) => drafts.restore(id),

    getSettings: async () => {
      try {
        return ok(sanitizeSettings(settings.get()));
      } catch (err) {
        return settingsFailure('read', err);
      }
    },

    updateSettings: async (patch) => {
      const parsed = settingsPatchSchema.safeParse(patch);
      if (!parsed.success) {
        return fail(
          'invalid-argument',
          'সেটিংসের মান সঠিক নয়।',
          'That settings value is not valid.',
          parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '),
        );
      }
      try {
        const current = sanitizeSettings(settings.get());
        // An optional key may arrive present but undefined; that means "unchanged", never "unset".
        const next: Settings = {
          uiLanguage: parsed.data.uiLanguage ?? current.uiLanguage,
          fontSize: parsed.data.fontSize ?? current.fontSize,
          markKnownNames: parsed.data.markKnownNames ?? current.markKnownNames,
          pipeToDanda: parsed.data.pipeToDanda ?? current.pipeToDanda,
        };
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
        return fail('io', `${EXPORT_FAILED.bn}: সংরক্ষণের ডায়ালগ খোলা যায়নি।`, `${EXPORT_FAILED.en}: the save dialog did not open.`, (err as Error)?.message ?? String(err));
      }
      if (path === null) return ok(null);
      try {
        await writeFileAtomic(path, html, options.fs);
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
        return fail('io', `${IMPORT_FAILED.bn}: ফাইল বাছাইয়ের ডায়ালগ খোলা যায়নি।`, `${IMPORT_FAILED.en}: the open dialog did not open.`, (err as Error)?.message ?? String(err));
      }
      return path === null ? ok(null) : readImportFile(path, options.fs);
    },

    getGlossary: async () => {
      const merged = await glossary.merged();
      return merged.ok ? ok(merged.value.entries) : merged;
    },

    journalDraft: (draft) => keeping.journalDraft(draft),
    pendingRecoveries: () => keeping.pendingRecoveries(),
    acceptRecovery: (id) => keeping.acceptRecovery(id),
    declineRecovery: (id) => keeping.declineRecovery(id),
    resolveConflict: (draft, choice) => keeping.resolveConflict(draft, choice),
    takeNotices: () => keeping.takeNotices(),

    addGlossaryEntry: async (entry) => {
      const added = await glossary.add(entry);
      if (!added.ok) return added;
      const merged = await glossary.merged();
      return merged.ok ? ok(merged.value.entries) : merged;
    },
  };
}
