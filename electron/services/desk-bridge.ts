import type { DeskApi } from '../../core/api/desk-api';
import type { DraftSummary } from '../../core/api/drafts-api';
import type { ConflictChoice } from '../../core/api/safekeeping-api';
import { fail, ok, type Result } from '../../core/api/result';
import { sanitizeSettings, type Settings } from '../../core/api/settings';
import type { Draft } from '../../core/document/draft';
import { createDesk, withAuthor, type Desk, type DeskFs } from './desk';
import type { DraftStore } from './draft-store';
import { KEPT_VERSION_NAMES } from './safekeeping';
import type { VersionStore } from './versions';

/** The folder dialog: Electron's in the app, a chosen path in tests. */
export interface DeskFolderDialog {
  chooseFolder(): Promise<string | null>;
}

export interface DeskBridgeOptions {
  settings: { get(): unknown; set(next: Settings): void };
  drafts: DraftStore;
  versions: VersionStore;
  dialog?: DeskFolderDialog;
  now?: () => Date;
  fs?: DeskFs;
  /** Where the desk list keeps its cache on this computer (see DeskOptions.cacheFile). */
  cacheFile?: string;
  /** After a desk save went through: the automatic versions and the journal follow it as they follow a local one. */
  saved(draft: Draft, summary: DraftSummary): Promise<void>;
}

/**
 * The desk's part of the bridge, and the routing of the editor's saves: a draft opened from the desk is
 * saved in place there (and its conflicts are resolved there) until a local draft is opened.
 */
export interface DeskBridge extends DeskApi {
  /** Whether saves of this draft go to the desk. */
  holds(id: unknown): boolean;
  /** A local draft was opened: its saves stay local. */
  leave(id: string): void;
  save(draft: Draft): Promise<Result<DraftSummary>>;
  /** A held draft as the desk file holds it now (for a version of it), leaving the save guard's revision as it is. */
  current(id: string): Promise<Result<Draft>>;
  resolveConflict(draft: Draft, choice: ConflictChoice): Promise<Result<Draft>>;
  /** The user's name, recorded as a draft's creator when it has none. */
  author(): string | undefined;
}

const NO_FOLDER = {
  bn: 'ডেস্ক ফোল্ডার ঠিক করা নেই: সেটিংসে ডেস্ক ফোল্ডার বেছে নিন।',
  en: 'No desk folder is set: choose one in the settings.',
};
const NO_DIALOG = { bn: 'ডেস্ক ফোল্ডার বেছে নেওয়া যায়নি: এখানে এই সুবিধা নেই।', en: 'The desk folder could not be chosen: not available here.' };

function settingsWriteFailure<T>(err: unknown): Result<T> {
  return fail('io', 'সেটিংস সংরক্ষণ করা যায়নি।', 'The settings could not be saved.', (err as Error)?.message ?? String(err));
}

export function createDeskBridge(options: DeskBridgeOptions): DeskBridge {
  const { drafts, versions } = options;
  const current = (): Settings => sanitizeSettings(options.settings.get());
  let desk: Desk | null = null;
  /** The desk of the folder set now; a new folder is a new desk (its revisions and caches are the old folder's). */
  const deskNow = (): Desk | null => {
    const folder = current().deskPath;
    if (folder === null) return (desk = null);
    if (desk?.folder !== folder) desk = createDesk({ folder, now: options.now, fs: options.fs, cacheFile: options.cacheFile });
    return desk;
  };
  /** Drafts opened from the desk, edited in place there. */
  const inPlace = new Set<string>();
  const author = () => current().userName.trim() || undefined;

  function withDesk<T>(body: (desk: Desk) => Promise<Result<T>>): Promise<Result<T>> {
    const open = deskNow();
    return open ? body(open) : Promise.resolve(fail('not-found', NO_FOLDER.bn, NO_FOLDER.en));
  }

  function keepFolder(folder: string | null): Result<Settings> {
    try {
      const next = { ...current(), deskPath: folder };
      options.settings.set(next);
      inPlace.clear();
      return ok(next);
    } catch (err) {
      return settingsWriteFailure(err);
    }
  }

  const save = (draft: Draft) =>
    withDesk(async (open) => {
      const saved = await open.save(withAuthor(draft, author()));
      if (saved.ok) await options.saved(draft, saved.value);
      return saved;
    });

  return {
    holds: (id) => typeof id === 'string' && inPlace.has(id) && deskNow() !== null,
    leave: (id) => void inPlace.delete(id),
    author,
    save,
    current: (id) => withDesk((open) => open.read(id)),

    chooseDeskFolder: async () => {
      if (!options.dialog) return fail('io', NO_DIALOG.bn, NO_DIALOG.en);
      let folder: string | null;
      try {
        folder = await options.dialog.chooseFolder();
      } catch (err) {
        return fail('io', NO_DIALOG.bn, NO_DIALOG.en, (err as Error)?.message ?? String(err));
      }
      return folder === null ? ok(null) : keepFolder(folder);
    },

    clearDeskFolder: async () => keepFolder(null),

    listDesk: async () => {
      const open = deskNow();
      return open ? open.list() : ok(null);
    },

    sendToDesk: (id) =>
      withDesk(async (open) => {
        const local = await drafts.open(id);
        if (!local.ok) return local;
        let draft = withAuthor(local.value, author());
        // The local copy says it went for review too; the text stays on this computer as it was.
        if (draft.meta.status !== 'review') {
          draft = { ...draft, meta: { ...draft.meta, status: 'review' } };
          const saved = await drafts.save(draft);
          if (!saved.ok) return saved;
        }
        return open.send(draft);
      }),

    openDeskDraft: (id) =>
      withDesk(async (open) => {
        const opened = await open.open(id);
        if (opened.ok) inPlace.add(id);
        return opened;
      }),

    setDeskStatus: (id, status) => withDesk((open) => open.setStatus(id, status)),

    /**
     * As the local conflict path (safekeeping.ts): the side not taken is kept as a version on this
     * computer, and the conflict copy the refused save left in the desk folder stays there for the
     * other side to see.
     */
    resolveConflict: (draft, choice) =>
      withDesk(async (open) => {
        if (choice === 'theirs') {
          const kept = await versions.save(draft, 'named', KEPT_VERSION_NAMES.mineReplaced);
          return kept.ok ? open.open(draft.id) : kept;
        }
        // The text replaced is read and kept under the save's lock: a third save in between is not lost.
        const written = await open.save(withAuthor(draft, author()), {
          overwrite: true,
          keepReplaced: (onDisk) => versions.save(onDisk, 'named', KEPT_VERSION_NAMES.diskTextReplaced),
        });
        if (!written.ok) return written;
        await options.saved(draft, written.value);
        return open.open(draft.id);
      }),
  };
}
