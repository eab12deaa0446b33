import { useEffect } from 'react';
import type { DocJSON } from '../core/document/schema';
import { newsroom } from './bridge';
import { I18nContext } from './i18n';
import { BijoyBanner } from './components/BijoyBanner';
import { ConflictDialog } from './components/ConflictDialog';
import { DraftsPanel } from './components/DraftsPanel';
import { EditorPane } from './components/EditorPane';
import { ErrorBanner } from './components/ErrorBanner';
import { ChecksPanel } from './components/FindingsPanel';
import { FindBar } from './components/FindBar';
import { GlossaryEntryForm } from './components/GlossaryEntryForm';
import { GlossaryManager } from './components/GlossaryManager';
import { LinkDialog } from './components/LinkDialog';
import { RecoveryDialog } from './components/RecoveryDialog';
import { SettingsControls } from './components/SettingsControls';
import { SettingsDialog } from './components/SettingsDialog';
import { StatusBar } from './components/StatusBar';
import { StorageNotice } from './components/StorageNotice';
import { Toolbar } from './components/Toolbar';
import { VersionsPanel } from './components/VersionsPanel';
import { ReviewPanel } from './components/ReviewPanel';
import { reviewAuthorOf } from './plugins/suggest';
import { VersionView } from './components/VersionView';
import { ExportFlow } from './export/ExportFlow';
import { ImportFlow } from './import/ImportFlow';
import { useBanner } from './hooks/useBanner';
import { useDraftSession } from './hooks/useDraftSession';
import { useDesk } from './hooks/useDesk';
import { DeskPanel } from './components/DeskPanel';
import { useGlossarySync } from './hooks/useGlossarySync';
import { useDictionary } from './hooks/useDictionary';
import { useMenuCommands } from './hooks/useMenuCommands';
import type { MenuCommandTable } from './hooks/useMenuCommands';
import { useFocusAfterDialog, useOverlays } from './hooks/useOverlays';
import { useRecoveryOffers } from './hooks/useRecoveryOffers';
import { useSettings } from './hooks/useSettings';
import { useStorageNotices } from './hooks/useStorageNotices';
import { useVersions } from './hooks/useVersions';

function inFormField(): boolean {
  const active = document.activeElement;
  return active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement;
}

/** ExportFlow and ImportFlow answer their menu commands themselves. */
const answeredByFlow = () => {};

export function App() {
  const api = newsroom();
  const { banner, setBanner, take } = useBanner();
  const overlays = useOverlays();
  const session = useDraftSession({ api, take, setBanner, openLink: overlays.openLink, openFind: overlays.openFind });
  const { editor, saver } = session;
  const preferences = useSettings({ api, take, editor, saver });
  const { settings, i18n } = preferences;
  const glossary = useGlossarySync({ api, take, editor });
  const dictionary = useDictionary({ api, take, editor });
  const recovery = useRecoveryOffers({ api, take, session });
  const storage = useStorageNotices({ api, take });
  const versions = useVersions({ session, setBanner });
  const desk = useDesk({ api, take, setBanner, session, folder: settings.deskPath });
  useFocusAfterDialog(editor, overlays.managing !== null);
  // Who suggests and comments: the settings' name and colour (a default until they are set).
  useEffect(() => editor.setReviewAuthor(reviewAuthorOf(settings)), [editor, settings]);

  // Start: settings, the glossary, the drafts list with the newest draft open; then what the drafts
  // folder has to report and any unsaved text to recover.
  useEffect(() => {
    let cancelled = false;
    const alive = () => !cancelled;
    void (async () => {
      await preferences.load(alive);
      if (!alive()) return;
      await glossary.load(alive);
      await dictionary.load(alive);
      if (!alive()) return;
      await session.start(alive);
    })().then(async () => {
      if (!alive()) return;
      await storage.load(alive);
      await recovery.load(alive);
    });
    return () => {
      cancelled = true;
    };
  }, [preferences.load, glossary.load, dictionary.load, session.start, storage.load, recovery.load]);

  const menuCommands: MenuCommandTable = {
    'new-draft': () => void session.createDraft(),
    'open-draft': () => {
      session.hideTrash();
      document.querySelector<HTMLButtonElement>('.draft-list .draft-open')?.focus();
    },
    save: () => void saver.flush(),
    // The menu's accelerators take Mod-Z before the page sees it; in a form field (find bar, link
    // address) the field's own undo is meant, not the article's.
    undo: () => void (inFormField() ? document.execCommand('undo') : editor.undo()),
    redo: () => void (inFormField() ? document.execCommand('redo') : editor.redo()),
    find: overlays.openFind,
    'zoom-in': () => preferences.zoom(1),
    'zoom-out': () => preferences.zoom(-1),
    'zoom-reset': () => preferences.zoom(0),
    versions: versions.openPanel,
    'glossary-manager': () => overlays.openManager('glossary'),
    settings: () => overlays.openManager('settings'),
    'export-html': answeredByFlow,
    'copy-html': answeredByFlow,
    'import-file': answeredByFlow,
    'send-to-desk': () => void desk.send(),
  };
  useMenuCommands(api, menuCommands);

  const { openId, conflict } = session;
  const { offer } = recovery;
  return (
    <I18nContext.Provider value={i18n}>
      <div className={settings.markKnownNames ? 'app mark-known-names' : 'app'}>
        <DraftsPanel
          drafts={session.drafts}
          trash={session.trash}
          openId={session.openSource === 'desk' ? null : openId}
          onOpen={(id) => void session.openDraft(id)}
          onNew={() => void session.createDraft()}
          onDelete={(id) => void session.deleteDraft(id)}
          onRestore={(id) => void session.restoreDraft(id)}
          onShowTrash={() => void session.showTrash()}
          onShowDrafts={session.hideTrash}
          onSearch={session.searchDrafts}
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
          {versions.view === null && <Toolbar editor={editor} onLink={() => overlays.openLink(editor.linkAtSelection())} />}
          {storage.notices && <StorageNotice notices={storage.notices} onDismiss={storage.dismiss} />}
          {overlays.findToken > 0 && <FindBar editor={editor} focusToken={overlays.findToken} onClose={overlays.closeFind} />}
          <BijoyBanner editor={editor} />
          <ExportFlow editor={editor} draft={session.draft} />
          <ImportFlow
            editor={editor}
            draft={session.draft}
            open={async (id) => {
              await session.refreshDrafts();
              await session.openDraft(id);
            }}
          />
          {overlays.link && <LinkDialog editor={editor} initial={overlays.link.initial} onClose={overlays.closeLink} />}
          {overlays.managing === 'glossary' && <GlossaryManager onChanged={glossary.checkWith} onClose={overlays.closeManager} />}
          {overlays.managing === 'settings' && (
            <SettingsDialog
              settings={settings}
              onChange={preferences.change}
              onChooseDeskFolder={preferences.chooseDeskFolder}
              dictionary={dictionary.controls}
              onClose={overlays.closeManager}
            />
          )}
          {glossary.naming !== null && (
            <GlossaryEntryForm
              key={glossary.naming}
              initialBn={glossary.naming}
              onSubmit={glossary.storeEntry}
              onClose={glossary.closeNaming}
            />
          )}
          {offer && (
            <RecoveryDialog
              key={offer.id}
              offer={offer}
              onOpenRecovered={() => void recovery.openRecovered(offer.id)}
              onKeepSaved={() => void recovery.keepSaved(offer.id)}
              onLater={recovery.later}
            />
          )}
          {conflict && (
            <ConflictDialog
              error={conflict}
              onKeepMine={() => void session.resolveConflict('mine')}
              onTakeTheirs={() => void session.resolveConflict('theirs')}
              onLater={session.postponeConflict}
            />
          )}
          {openId === null && <p className="no-draft">{i18n.t('noDraftOpen')}</p>}
          {versions.view && <VersionView view={versions.view} onClose={versions.closeView} />}
          <EditorPane editor={editor} hidden={openId === null || versions.view !== null} />
        </main>
        {/* Findings from the checks, beside the text they are about. */}
        <aside className="side-panel" aria-label={i18n.t('findingsRegion')}>
          {openId !== null && versions.panelToken > 0 && (
            <VersionsPanel
              key={openId}
              draftId={openId}
              focusToken={versions.panelToken}
              currentDoc={() => editor.doc()!.toJSON() as DocJSON}
              savedAt={session.drafts.find((d) => d.id === openId)?.updatedAt ?? null}
              saveFirst={versions.saveFirst}
              onRestored={versions.restored}
              onView={versions.setView}
              onError={versions.showError}
              onClose={() => {
                versions.closePanel();
                editor.focus();
              }}
            />
          )}
          {openId !== null && versions.panelToken === 0 && (
            <div className="side-actions">
              <button type="button" className="button" data-action="show-versions" onClick={versions.openPanel}>
                {i18n.t('versions')}
              </button>
            </div>
          )}
          {openId !== null && versions.panelToken === 0 && <ReviewPanel editor={editor} />}
          {openId !== null && versions.panelToken === 0 && (
            <ChecksPanel editor={editor} onAddToGlossary={glossary.addToGlossary} onAddToDictionary={dictionary.addWord} />
          )}
          {versions.panelToken === 0 && settings.deskPath !== null && (
            <DeskPanel
              listing={desk.listing}
              problem={desk.problem}
              openFromDesk={desk.fromDesk}
              onOpen={(id) => void desk.open(id)}
              onStatus={(id, status) => void desk.setStatus(id, status)}
            />
          )}
        </aside>
        <StatusBar
          editor={editor}
          saver={saver}
          status={session.status}
          onStatus={session.changeStatus}
          onSendToDesk={settings.deskPath === null ? undefined : () => void desk.send()}
          onSave={() => void saver.flush()}
        >
          <SettingsControls
            fontSize={settings.fontSize}
            onZoom={preferences.zoom}
            onLanguage={preferences.changeLanguage}
            markKnownNames={settings.markKnownNames}
            onMarkKnownNames={(on) => void preferences.update({ markKnownNames: on })}
            pipeToDanda={settings.pipeToDanda}
            onPipeToDanda={(on) => void preferences.update({ pipeToDanda: on })}
            onOpenGlossary={() => overlays.openManager('glossary')}
            onOpenSettings={() => overlays.openManager('settings')}
          />
        </StatusBar>
      </div>
    </I18nContext.Provider>
  );
}
