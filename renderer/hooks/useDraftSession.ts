import { useCallback, useEffect, useRef, useState } from 'react';
import type { Dispatch, SetStateAction } from 'react';
import type { Node as PMNode } from 'prosemirror-model';
import { DEFAULT_SETTINGS } from '../../core/api/newsroom-api';
import type { ConflictChoice, DraftSummary, NewsroomApi, TrashedDraft } from '../../core/api/newsroom-api';
import type { AppError } from '../../core/api/result';
import { headlineOf, slugify } from '../../core/document/draft';
import type { Draft, DraftStatus } from '../../core/document/draft';
import { emptyDocJSON } from '../../core/document/schema';
import type { DocJSON } from '../../core/document/schema';
import { newestFirst } from '../components/DraftsPanel';
import type { BannerMessage } from '../components/ErrorBanner';
import { EditorController } from '../editor/controller';
import { placeholderTexts } from '../i18n';
import { SaveController } from '../save-controller';
import type { Take } from './useBanner';

function bylineOf(doc: PMNode): string {
  for (let i = 0; i < Math.min(3, doc.childCount); i++) {
    if (doc.child(i).type.name === 'byline') return doc.child(i).textContent;
  }
  return '';
}

/** Banners that a successful save makes obsolete. */
function isAboutSaving(banner: BannerMessage): boolean {
  return 'key' in banner ? banner.key === 'switchBlocked' || banner.key === 'versionBlocked' : banner.note === 'textKept';
}

/**
 * Where the open draft is read from and saved to: the drafts folder on this computer, or the desk
 * folder (worked on in place). One id can be open from either, so the source is part of what is open.
 */
export type DraftSource = 'local' | 'desk';

export interface DraftSessionOptions {
  api: NewsroomApi;
  take: Take;
  setBanner: Dispatch<SetStateAction<BannerMessage | null>>;
  /** The editor asks for these (Mod-K, Mod-F); they must be stable, as the editor is made once. */
  openLink(initial: string | null): void;
  openFind(): void;
}

/**
 * The open draft and the drafts list: the editor and its autosave, opening, creating, deleting and
 * restoring drafts, the draft's status, and the question asked when a save finds the file changed on disk.
 */
export function useDraftSession({ api, take, setBanner, openLink, openFind }: DraftSessionOptions) {
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [trash, setTrash] = useState<TrashedDraft[] | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [openSource, setOpenSource] = useState<DraftSource | null>(null);
  /** The open draft's source, for the callbacks (the state above is for rendering). */
  const source = useRef<DraftSource>('local');
  const [status, setStatus] = useState<DraftStatus | null>(null);
  /** A save refused because the file changed on disk; the user chooses which text to go on with. */
  const [conflict, setConflict] = useState<AppError | null>(null);
  /** Writes up to this one were answered (or put off) in the conflict dialog: their failures do not ask again. */
  const conflictAnswered = useRef(0);
  /** The open draft as last opened or saved; the document itself lives in the editor. */
  const draft = useRef<Draft | null>(null);

  /** A saved draft moves to the top of the list. */
  const listSaved = useCallback((summary: DraftSummary) => setDrafts((list) => [summary, ...list.filter((d) => d.id !== summary.id)]), []);

  // The editor and its autosave are made once and refer to each other; their hooks use refs and stable
  // callbacks, so they never go stale.
  const [{ editor, saver }] = useState(() => {
    const saver: SaveController = new SaveController({
      snapshot: () => {
        const base = draft.current!;
        const doc = editor.doc()!;
        const headline = headlineOf(doc);
        return { ...base, meta: { ...base.meta, headline, slug: slugify(headline), byline: bylineOf(doc) }, doc: doc.toJSON() as DocJSON };
      },
      write: (next) => api.saveDraft(next),
      journal: (next) => api.journalDraft(next),
      onSaved: (summary) => {
        if (draft.current?.id === summary.id)
          draft.current = { ...draft.current, meta: { ...draft.current.meta, updatedAt: summary.updatedAt } };
        listSaved(summary);
      },
    });
    const editor: EditorController = new EditorController(
      {
        docChanged: () => saver.markDirty(),
        blurred: () => void saver.flush(),
        // Ignores belong to the draft, so they follow it to another machine; saved at once.
        ignoredChanged: (ignored) => {
          if (!draft.current) return;
          draft.current = { ...draft.current, review: { ...draft.current.review, ignored } };
          saver.markDirty();
          void saver.flush();
        },
        // Comment threads too; saved at once like ignores.
        commentsChanged: (comments) => {
          if (!draft.current) return;
          draft.current = { ...draft.current, review: { ...draft.current.review, comments } };
          saver.markDirty();
          void saver.flush();
        },
        save: () => void saver.flush(),
        requestLink: () => openLink(editor.linkAtSelection()),
        openFind,
      },
      placeholderTexts(DEFAULT_SETTINGS.uiLanguage),
    );
    return { editor, saver };
  });

  const searchDrafts = useCallback(async (query: string) => take(await api.searchDrafts(query)), [api, take]);

  const refreshDrafts = useCallback(async () => {
    const list = take(await api.listDrafts());
    if (list) setDrafts(list);
    return list;
  }, [api, take]);

  /**
   * Shows `next` in the editor. `from` says where it was read; left out, the same draft stays where it
   * was (a restored version, a conflict answered) and another is a local one.
   */
  const show = useCallback(
    (next: Draft | null, from?: DraftSource) => {
      source.current = from ?? (next !== null && next.id === draft.current?.id ? source.current : 'local');
      draft.current = next;
      setOpenId(next?.id ?? null);
      setOpenSource(next ? source.current : null);
      setStatus(next?.meta.status ?? null);
      // With no draft open the editor is hidden and emptied, so nothing of a deleted draft lingers in it.
      editor.load(next ? next.doc : emptyDocJSON(), next?.review.ignored ?? [], next?.review.comments ?? []);
      if (next) editor.focus();
    },
    [editor],
  );

  /**
   * Before leaving the open draft, write what is unsaved. If that fails the switch is refused: the
   * text stays in the editor rather than being dropped.
   */
  const leaveOpenDraft = useCallback(async (): Promise<boolean> => {
    if (!draft.current) return true;
    await saver.flush();
    if (saver.clean) return true;
    setBanner({ key: 'switchBlocked' });
    return false;
  }, [saver, setBanner]);

  /** At start: the newest draft open, or a new one when there are none. */
  const start = useCallback(
    async (alive: () => boolean) => {
      const list = await refreshDrafts();
      if (!alive() || !list) return;
      const [newest] = newestFirst(list);
      if (!newest) {
        const created = take(await api.createDraft());
        if (alive() && created) {
          show(created);
          await refreshDrafts();
        }
        return;
      }
      const opened = take(await api.openDraft(newest.id));
      if (alive() && opened) show(opened);
    },
    [api, refreshDrafts, show, take],
  );

  /**
   * The open local draft's id when it holds no text at all, as the untitled one from the first start
   * does. Never a desk draft's: its local namesake may hold text.
   */
  const emptyOpenDraft = useCallback((): string | null => {
    const text = editor.doc()?.textContent ?? '';
    return draft.current && source.current === 'local' && text.trim() === '' ? draft.current.id : null;
  }, [editor]);

  /**
   * A draft left empty is sent to the trash once another is open, so the untitled one from the first
   * start does not linger in the list. Never one with any text: it is checked after the last save.
   */
  const dropLeftEmpty = useCallback(
    async (emptyId: string | null) => {
      if (emptyId === null || draft.current?.id === emptyId) return;
      take(await api.deleteDraft(emptyId));
    },
    [api, take],
  );

  /** Opens a draft from the drafts folder, or (`from` 'desk') the desk folder's copy, worked on in place. */
  const openDraft = useCallback(
    async (id: string, from: DraftSource = 'local') => {
      // The same id from the other folder is another text: only the very same one is already open.
      if (draft.current?.id === id && source.current === from) return editor.focus();
      if (!(await leaveOpenDraft())) return;
      const opened = take(await (from === 'desk' ? api.openDeskDraft(id) : api.openDraft(id)));
      // Anything typed while the draft was being read is saved before the editor changes hands.
      if (!opened || !(await leaveOpenDraft())) return;
      const emptyId = emptyOpenDraft();
      show(opened, from);
      await dropLeftEmpty(emptyId);
      if (emptyId) await refreshDrafts();
    },
    [api, editor, leaveOpenDraft, show, take, emptyOpenDraft, dropLeftEmpty, refreshDrafts],
  );

  const createDraft = useCallback(async () => {
    if (!(await leaveOpenDraft())) return;
    const created = take(await api.createDraft());
    if (!created || !(await leaveOpenDraft())) return;
    const emptyId = emptyOpenDraft();
    show(created);
    setTrash(null);
    await dropLeftEmpty(emptyId);
    await refreshDrafts();
  }, [api, leaveOpenDraft, refreshDrafts, show, take, emptyOpenDraft, dropLeftEmpty]);

  const deleteDraft = useCallback(
    async (id: string) => {
      const deletingOpen = draft.current?.id === id;
      // The trash copy should hold the latest text, and no write may land after the delete.
      if (deletingOpen) await saver.flush();
      if (!take(await api.deleteDraft(id))) return;
      const list = await refreshDrafts();
      if (!deletingOpen) return;
      saver.reset();
      const newest = list ? newestFirst(list)[0] : undefined;
      const next = newest ? take(await api.openDraft(newest.id)) : null;
      show(next);
    },
    [api, refreshDrafts, saver, show, take],
  );

  const showTrash = useCallback(async () => {
    const list = take(await api.listTrash());
    if (list) setTrash(list);
  }, [api, take]);

  const hideTrash = useCallback(() => setTrash(null), []);

  const restoreDraft = useCallback(
    async (id: string) => {
      if (!take(await api.restoreDraft(id))) return;
      const list = take(await api.listTrash());
      if (list) setTrash(list);
      await refreshDrafts();
    },
    [api, refreshDrafts, take],
  );

  const changeStatus = useCallback(
    (next: DraftStatus) => {
      if (!draft.current) return;
      draft.current = { ...draft.current, meta: { ...draft.current.meta, status: next } };
      setStatus(next);
      saver.markDirty();
      void saver.flush();
    },
    [saver],
  );

  const resolveConflict = useCallback(
    async (choice: ConflictChoice) => {
      if (!draft.current) return;
      conflictAnswered.current = saver.attempts;
      const resolved = take(await api.resolveConflict(saver.snapshot(), choice));
      if (!resolved) return;
      setConflict(null);
      saver.reset();
      // Taking "mine" leaves the text (and its undo history) in the editor; only the stored state changes.
      if (choice === 'theirs') show(resolved);
      else {
        draft.current = resolved;
        editor.focus();
      }
      await refreshDrafts();
    },
    [api, editor, refreshDrafts, saver, show, take],
  );

  const postponeConflict = useCallback(() => {
    conflictAnswered.current = saver.attempts;
    setConflict(null);
    editor.focus();
  }, [editor, saver]);

  // A failed save is also announced in the banner; the status bar follows the save state on its own,
  // so the rest of the app does not re-render on every autosave.
  useEffect(
    () =>
      saver.subscribe((state) => {
        if (state.kind === 'failed' && state.error.code === 'conflict') {
          // A save in flight when the user answered (the dialog's focus blurs the editor, which saves) is not a new question.
          if ((state.attempt ?? Infinity) > conflictAnswered.current) setConflict(state.error);
        } else if (state.kind === 'failed') setBanner({ error: state.error, note: 'textKept', backup: state.backup });
        else if (state.kind === 'saved') setBanner((current) => (current && isAboutSaving(current) ? null : current));
      }),
    [saver, setBanner],
  );

  // Save when the window is hidden, loses focus or closes.
  useEffect(() => {
    const flush = () => void saver.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('blur', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      saver.reset();
    };
  }, [saver]);

  return {
    editor,
    saver,
    draft,
    drafts,
    trash,
    openId,
    openSource,
    status,
    conflict,
    start,
    refreshDrafts,
    searchDrafts,
    listSaved,
    show,
    leaveOpenDraft,
    openDraft,
    createDraft,
    deleteDraft,
    showTrash,
    hideTrash,
    restoreDraft,
    changeStatus,
    resolveConflict,
    postponeConflict,
  };
}

export type DraftSession = ReturnType<typeof useDraftSession>;
