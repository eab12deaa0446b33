import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Node as PMNode } from 'prosemirror-model';
import { DEFAULT_SETTINGS } from '../core/api/newsroom-api';
import type { DraftSummary, MenuCommand, Settings, TrashedDraft, UiLanguage } from '../core/api/newsroom-api';
import type { Result } from '../core/api/result';
import { headlineOf, slugify } from '../core/document/draft';
import type { Draft, DraftStatus } from '../core/document/draft';
import { emptyDocJSON } from '../core/document/schema';
import type { DocJSON } from '../core/document/schema';
import { newsroom } from './bridge';
import { I18nContext, placeholderTexts, translator } from './i18n';
import { EditorController } from './editor/controller';
import { SaveController } from './save-controller';
import { BijoyBanner } from './components/BijoyBanner';
import { DraftsPanel, newestFirst } from './components/DraftsPanel';
import { EditorPane } from './components/EditorPane';
import { ErrorBanner } from './components/ErrorBanner';
import type { BannerMessage } from './components/ErrorBanner';
import { FindBar } from './components/FindBar';
import { LinkDialog } from './components/LinkDialog';
import { SettingsControls } from './components/SettingsControls';
import { StatusBar } from './components/StatusBar';
import { Toolbar } from './components/Toolbar';
import { ChecksPanel } from './components/FindingsPanel';
import { ExportFlow } from './export/ExportFlow';
import { ImportFlow } from './import/ImportFlow';
import type { Finding } from '../core/checks/types';
import type { GlossaryEntry } from '../core/glossary/types';
import { GlossaryEntryForm } from './components/GlossaryEntryForm';
import type { RestoredVersion } from '../core/api/newsroom-api';
import type { AppError } from '../core/api/result';
import { VersionsPanel } from './components/VersionsPanel';
import { VersionView } from './components/VersionView';
import type { VersionViewState } from './components/VersionView';
import type { ConflictChoice, RecoveryOffer, StorageNotices } from '../core/api/newsroom-api';
import { ConflictDialog } from './components/ConflictDialog';
import { RecoveryDialog } from './components/RecoveryDialog';
import { StorageNotice } from './components/StorageNotice';

import { GlossaryManager } from './components/GlossaryManager';
import { FONT_SIZE_BOUNDS, SettingsDialog } from './components/SettingsDialog';

function bylineOf(doc: PMNode): string {
  for (let i = 0; i < Math.min(3, doc.childCount); i++) {
    if (doc.child(i).type.name === 'byline') return doc.child(i).textContent;
  }
  return '';
}

function inFormField(): boolean {
  const active = document.activeElement;
  return active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement;
}

/** Banners that a successful save makes obsolete. */
function isAboutSaving(banner: BannerMessage): boolean {
  return 'key' in banner ? banner.key === 'switchBlocked' || banner.key === 'versionBlocked' : banner.note === 'textKept';
}

export function App() {
  const api = newsroom();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const i18n = useMemo(() => translator(settings.uiLanguage), [settings.uiLanguage]);
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [trash, setTrash] = useState<TrashedDraft[] | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [status, setStatus] = useState<DraftStatus | null>(null);
  const [banner, setBanner] = useState<BannerMessage | null>(null);
  const [findToken, setFindToken] = useState(0);
  const [link, setLink] = useState<{ initial: string | null } | null>(null);
  /** The spelling the "add to glossary" form is open for. */
  const [naming, setNaming] = useState<string | null>(null);
  /** Bumped to open (or focus again) the versions panel; 0 when it is closed. */
  const [versionsToken, setVersionsToken] = useState(0);
  /** A version read-only or a comparison, shown in place of the editor. */
  const [versionView, setVersionView] = useState<VersionViewState | null>(null);
  /** The glossary manager or the settings dialog, when one is open. */
  const [managing, setManaging] = useState<'glossary' | 'settings' | null>(null);
  /** The merged glossary the editor checks with, as JSON: an unchanged one is not indexed again. */
  const glossaryInUse = useRef('[]');
  /** Unsaved text from before the app last stopped, offered one draft at a time. */
  const [offers, setOffers] = useState<RecoveryOffer[]>([]);
  /** A save refused because the file changed on disk; the user chooses which text to go on with. */
  const [conflict, setConflict] = useState<AppError | null>(null);
  /** Writes up to this one were answered (or put off) in the conflict dialog: their failures do not ask again. */
  const conflictAnswered = useRef(0);
  const [notices, setNotices] = useState<StorageNotices | null>(null);

  /** The open draft as last opened or saved; the document itself lives in the editor. */
  const draft = useRef<Draft | null>(null);

  // The editor and its autosave are made once and refer to each other; their hooks use refs and state
  // setters, which are stable, so they never go stale.
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
        if (draft.current?.id === summary.id) draft.current = { ...draft.current, meta: { ...draft.current.meta, updatedAt: summary.updatedAt } };
        setDrafts((list) => [summary, ...list.filter((d) => d.id !== summary.id)]);
      },
    });
    const editor: EditorController = new EditorController(
      {
        docChanged: () => saver.markDirty(),
        blurred: () => void saver.flush(),
        // Ignores belong to the draft, so they follow it to another machine; saved at once.
        ignoredChanged: (ignored) => {
          if (!draft.current) return;
          draft.current = { ...draft.current, review: { ignored } };
          saver.markDirty();
          void saver.flush();
        },
        save: () => void saver.flush(),
        requestLink: () => setLink({ initial: editor.linkAtSelection() }),
        openFind: () => setFindToken((n) => n + 1),
      },
      placeholderTexts(DEFAULT_SETTINGS.uiLanguage),
    );
    return { editor, saver };
  });

  /** Shows an error from the bridge; returns the value when there is one. */
  const take = useCallback(<T,>(result: Result<T>): T | null => {
    if (result.ok) return result.value;
    setBanner({ error: result.error });
    return null;
  }, []);

  /** The checker in the editor uses these names (the user's over the newsroom's) from now on. */
  const checkWithGlossary = useCallback(
    (merged: GlossaryEntry[]) => {
      const json = JSON.stringify(merged);
      if (json === glossaryInUse.current) return;
      glossaryInUse.current = json;
      editor.setGlossary(merged);
    },
    [editor],
  );
  const searchDrafts = useCallback(async (query: string) => take(await api.searchDrafts(query)), [api, take]);

  const refreshDrafts = useCallback(async () => {
    const list = take(await api.listDrafts());
    if (list) setDrafts(list);
    return list;
  }, [api, take]);

  const show = useCallback(
    (next: Draft | null) => {
      draft.current = next;
      setOpenId(next?.id ?? null);
      setStatus(next?.meta.status ?? null);
      // With no draft open the editor is hidden and emptied, so nothing of a deleted draft lingers in it.
      editor.load(next ? next.doc : emptyDocJSON(), next?.review.ignored ?? []);
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
  }, [saver]);

  const openDraft = useCallback(
    async (id: string) => {
      if (draft.current?.id === id) return editor.focus();
      if (!(await leaveOpenDraft())) return;
      const opened = take(await api.openDraft(id));
      // Anything typed while the draft was being read is saved before the editor changes hands.
      if (opened && (await leaveOpenDraft())) show(opened);
    },
    [api, editor, leaveOpenDraft, show, take],
  );

  const createDraft = useCallback(async () => {
    if (!(await leaveOpenDraft())) return;
    const created = take(await api.createDraft());
    if (!created || !(await leaveOpenDraft())) return;
    show(created);
    setTrash(null);
    await refreshDrafts();
  }, [api, leaveOpenDraft, refreshDrafts, show, take]);

  const deleteDraft = useCallback(
    async (id: string) => {
      const deletingOpen = draft.current?.id === id;
      // The trash copy should hold the latest text, and no write may land after the delete.
      if (deletingOpen) await saver.flush();
      if (!take(await api.deleteDraft(id))) return;
      const list = await refreshDrafts();
      if (!deletingOpen) return;
      saver.reset();
      const next = list?.length ? take(await api.openDraft(newestFirst(list)[0].id)) : null;
      show(next);
    },
    [api, refreshDrafts, saver, show, take],
  );

  const showTrash = useCallback(async () => {
    const list = take(await api.listTrash());
    if (list) setTrash(list);
  }, [api, take]);

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

  const updateSettings = useCallback(
    async (patch: Partial<Settings>) => {
      const next = take(await api.updateSettings(patch));
      if (next) setSettings(next);
    },
    [api, take],
  );

  const zoom = useCallback(
    (step: 1 | -1 | 0) => {
      const size = step === 0 ? DEFAULT_SETTINGS.fontSize : Math.min(FONT_SIZE_BOUNDS.max, Math.max(FONT_SIZE_BOUNDS.min, settings.fontSize + step));
      if (size !== settings.fontSize) void updateSettings({ fontSize: size });
    },
    [settings.fontSize, updateSettings],
  );

  const changeLanguage = useCallback((lang: UiLanguage) => void updateSettings({ uiLanguage: lang }), [updateSettings]);

  // Start: settings, the drafts list, and the newest draft open (a new one when there are none).
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const loaded = take(await api.getSettings());
      if (cancelled) return;
      if (loaded) setSettings(loaded);
      // The user's and the newsroom's names, before the first draft is checked.
      const glossary = take(await api.getGlossary());
      if (cancelled) return;
      if (glossary) checkWithGlossary(glossary);
      const list = await refreshDrafts();
      if (cancelled || !list) return;
      if (list.length === 0) {
        const created = take(await api.createDraft());
        if (!cancelled && created) {
          show(created);
          await refreshDrafts();
        }
        return;
      }
      const opened = take(await api.openDraft(newestFirst(list)[0].id));
      if (!cancelled && opened) show(opened);
    })().then(async () => {
      // After the list is read, so the files it moved aside are among the notices.
      if (cancelled) return;
      const found = take(await api.takeNotices());
      if (!cancelled && found && (found.movedAside.length > 0 || found.purged > 0)) setNotices(found);
      const pending = take(await api.pendingRecoveries());
      if (!cancelled && pending) setOffers(pending);
    });
    return () => {
      cancelled = true;
    };
  }, [api, checkWithGlossary, refreshDrafts, show, take]);

  useEffect(() => {
    document.documentElement.lang = settings.uiLanguage;
    document.title = i18n.t('appTitle');
    editor.setPlaceholders(placeholderTexts(settings.uiLanguage));
  }, [editor, i18n, settings.uiLanguage]);

  useEffect(() => {
    // A CSS variable set through the CSSOM: allowed by the page's style-src policy, unlike a style attribute.
    document.documentElement.style.setProperty('--article-size', `${settings.fontSize}px`);
  }, [settings.fontSize]);

  useEffect(() => editor.setPipeToDanda(settings.pipeToDanda), [editor, settings.pipeToDanda]);

  // A failed save is also announced in the banner; the status bar follows the save state on its own,
  // so the rest of the app does not re-render on every autosave.
  useEffect(
    () =>
      saver.subscribe((state) => {
        if (state.kind === 'failed' && state.error.code === 'conflict') {
          // A save in flight when the user answered (the dialog's focus blurs the editor, which saves) is not a new question.
          if ((state.attempt ?? Infinity) > conflictAnswered.current) setConflict(state.error);
        }
        else if (state.kind === 'failed') setBanner({ error: state.error, note: 'textKept', backup: state.backup });
        else if (state.kind === 'saved') setBanner((current) => (current && isAboutSaving(current) ? null : current));
      }),
    [saver],
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

  // The application menu: the main process sends commands, this side decides what they do.
  const onMenu = useRef<(command: MenuCommand) => void>(() => {});
  onMenu.current = (command) => {
    switch (command) {
      case 'new-draft':
        return void createDraft();
      case 'open-draft':
        setTrash(null);
        return document.querySelector<HTMLButtonElement>('.draft-list .draft-open')?.focus();
      case 'save':
        return void saver.flush();
      // The menu's accelerators take Mod-Z before the page sees it; in a form field (find bar, link
      // address) the field's own undo is meant, not the article's.
      case 'undo':
        return void (inFormField() ? document.execCommand('undo') : editor.undo());
      case 'redo':
        return void (inFormField() ? document.execCommand('redo') : editor.redo());
      case 'find':
        return setFindToken((n) => n + 1);
      case 'zoom-in':
        return zoom(1);
      case 'zoom-out':
        return zoom(-1);
      case 'zoom-reset':
        return zoom(0);
      case 'versions':
        return openVersions();
      case 'glossary-manager':
        return setManaging('glossary');
      case 'settings':
        return setManaging('settings');
      case 'export-html':
      case 'copy-html':
      case 'import-file':
        // ExportFlow and ImportFlow answer these themselves.
        return;
    }
  };
  useEffect(() => api.onMenuCommand((command) => onMenu.current(command)), [api]);

  // "Add to glossary" asks for the English name and the kind of name, then keeps it in the user's glossary.
  const addToGlossary = useCallback((finding: Finding) => setNaming(finding.text.trim()), []);
  const storeGlossaryEntry = useCallback(
    async (entry: GlossaryEntry) => {
      const stored = await api.addGlossaryEntry(entry);
      if (!stored.ok) return stored.error;
      checkWithGlossary(stored.value);
      return null;
    },
    [api, checkWithGlossary],
  );
  const changeSettings = useCallback(
    async (patch: Partial<Settings>) => {
      const next = await api.updateSettings(patch);
      if (!next.ok) return next.error;
      setSettings(next.value);
      return null;
    },
    [api],
  );
  const closeManaging = useCallback(() => setManaging(null), []);
  // Focus goes back to the text once the dialog is gone: while a modal dialog is open the page is inert.
  const wasManaging = useRef(false);
  useEffect(() => {
    if (managing === null && wasManaging.current) editor.focus();
    wasManaging.current = managing !== null;
  }, [editor, managing]);

  // The newsroom's shared file may change on its drive while the window is in the background; coming
  // back to the window checks with what it holds now (the main process re-reads it only if it changed).
  useEffect(() => {
    const refresh = () =>
      void api.getGlossary().then((merged) => {
        const entries = take(merged);
        if (entries) checkWithGlossary(entries);
      });
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, [api, checkWithGlossary, take]);

  useEffect(() => {
    document.documentElement.dataset.theme = settings.theme;
  }, [settings.theme]);
  useEffect(() => editor.setHouseStyle(settings.houseStyle), [editor, settings.houseStyle]);
  useEffect(() => saver.setDelay(settings.autosaveDelayMs), [saver, settings.autosaveDelayMs]);

  const closeNaming = useCallback(() => {
    setNaming(null);
    editor.focus();
  }, [editor]);

  // Versions: the panel beside the text, a version or a comparison in place of the editor.
  const openVersions = useCallback(() => setVersionsToken((n) => n + 1), []);
  const closeVersions = useCallback(() => {
    setVersionsToken(0);
    setVersionView(null);
  }, []);
  const showVersionError = useCallback((error: AppError) => setBanner({ error }), []);
  /** A named version or a restore starts from the text on disk, so what is typed is written first. */
  const saveBeforeVersion = useCallback(async (): Promise<boolean> => {
    await saver.flush();
    if (saver.clean) return true;
    setBanner({ key: 'versionBlocked' });
    return false;
  }, [saver]);
  const versionRestored = useCallback(
    (restored: RestoredVersion) => {
      setVersionView(null);
      show(restored.draft);
      setDrafts((list) => [restored.saved, ...list.filter((d) => d.id !== restored.saved.id)]);
    },
    [show],
  );
  // Another draft opened: its versions are not these. Restoring keeps the same draft open.
  useEffect(() => closeVersions(), [closeVersions, openId]);
  // Leaving a version's view, the writer is back in the editor (which was hidden while it showed).
  useEffect(() => {
    if (versionView === null) editor.focus();
  }, [editor, versionView]);
  const closeOffer = useCallback(
    (id: string) => {
      setOffers((list) => list.filter((offer) => offer.id !== id));
      editor.focus();
    },
    [editor],
  );
  const openRecovered = useCallback(
    async (id: string) => {
      if (!(await leaveOpenDraft())) return;
      const restored = take(await api.acceptRecovery(id));
      if (!restored) return;
      closeOffer(id);
      show(restored);
      await refreshDrafts();
    },
    [api, closeOffer, leaveOpenDraft, refreshDrafts, show, take],
  );
  const keepSaved = useCallback(
    async (id: string) => {
      if (take(await api.declineRecovery(id)) !== null) closeOffer(id);
    },
    [api, closeOffer, take],
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

  const findOpen = findToken > 0;
  return (
    <I18nContext.Provider value={i18n}>
      <div className={settings.markKnownNames ? 'app mark-known-names' : 'app'}>
        <DraftsPanel
          drafts={drafts}
          trash={trash}
          openId={openId}
          onOpen={(id) => void openDraft(id)}
          onNew={() => void createDraft()}
          onDelete={(id) => void deleteDraft(id)}
          onRestore={(id) => void restoreDraft(id)}
          onShowTrash={() => void showTrash()}
          onShowDrafts={() => setTrash(null)}
          onSearch={searchDrafts}
        />
        <main className="workspace">
          {banner && (
            <ErrorBanner
              message={banner}
              onDismiss={() => setBanner(null)}
              onRetry={'note' in banner && banner.note === 'textKept' ? () => void saver.flush() : undefined}
            />
          )}
          {/* The formatting tools act on the live text, which a version's view stands in front of. */}
          {versionView === null && <Toolbar editor={editor} onLink={() => setLink({ initial: editor.linkAtSelection() })} />}
          {notices && <StorageNotice notices={notices} onDismiss={() => setNotices(null)} />}
          {findOpen && <FindBar editor={editor} focusToken={findToken} onClose={() => setFindToken(0)} />}
          <BijoyBanner editor={editor} />
          <ExportFlow editor={editor} draft={draft} />
          <ImportFlow
            editor={editor}
            draft={draft}
            open={async (id) => {
              await refreshDrafts();
              await openDraft(id);
            }}
          />
          {link && <LinkDialog editor={editor} initial={link.initial} onClose={() => setLink(null)} />}
          {managing === 'glossary' && <GlossaryManager onChanged={checkWithGlossary} onClose={closeManaging} />}
          {managing === 'settings' && <SettingsDialog settings={settings} onChange={changeSettings} onClose={closeManaging} />}
          {naming !== null && <GlossaryEntryForm key={naming} initialBn={naming} onSubmit={storeGlossaryEntry} onClose={closeNaming} />}
          {offers.length > 0 && (
            <RecoveryDialog
              key={offers[0].id}
              offer={offers[0]}
              onOpenRecovered={() => void openRecovered(offers[0].id)}
              onKeepSaved={() => void keepSaved(offers[0].id)}
              onLater={() => {
                setOffers([]);
                editor.focus();
              }}
            />
          )}
          {conflict && (
            <ConflictDialog
              error={conflict}
              onKeepMine={() => void resolveConflict('mine')}
              onTakeTheirs={() => void resolveConflict('theirs')}
              onLater={() => {
                conflictAnswered.current = saver.attempts;
                setConflict(null);
                editor.focus();
              }}
            />
          )}
          {openId === null && <p className="no-draft">{i18n.t('noDraftOpen')}</p>}
          {versionView && <VersionView view={versionView} onClose={() => setVersionView(null)} />}
          <EditorPane editor={editor} hidden={openId === null || versionView !== null} />
        </main>
        {/* Findings from the checks, beside the text they are about. */}
        <aside className="side-panel" aria-label={i18n.t('findingsRegion')}>
          {openId !== null && versionsToken > 0 && (
            <VersionsPanel
              key={openId}
              draftId={openId}
              focusToken={versionsToken}
              currentDoc={() => editor.doc()!.toJSON() as DocJSON}
              savedAt={drafts.find((d) => d.id === openId)?.updatedAt ?? null}
              saveFirst={saveBeforeVersion}
              onRestored={versionRestored}
              onView={setVersionView}
              onError={showVersionError}
              onClose={() => {
                closeVersions();
                editor.focus();
              }}
            />
          )}
          {openId !== null && versionsToken === 0 && (
            <div className="side-actions">
              <button type="button" className="button" data-action="show-versions" onClick={openVersions}>
                {i18n.t('versions')}
              </button>
            </div>
          )}
          {openId !== null && versionsToken === 0 && <ChecksPanel editor={editor} onAddToGlossary={addToGlossary} />}
        </aside>
        <StatusBar editor={editor} saver={saver} status={status} onStatus={changeStatus} onSave={() => void saver.flush()}>
          <SettingsControls
            fontSize={settings.fontSize}
            onZoom={zoom}
            onLanguage={changeLanguage}
            markKnownNames={settings.markKnownNames}
            onMarkKnownNames={(on) => void updateSettings({ markKnownNames: on })}
            pipeToDanda={settings.pipeToDanda}
            onPipeToDanda={(on) => void updateSettings({ pipeToDanda: on })}
            onOpenGlossary={() => setManaging('glossary')}
            onOpenSettings={() => setManaging('settings')}
          />
        </StatusBar>
      </div>
    </I18nContext.Provider>
  );
}
