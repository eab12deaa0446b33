import { useEffect, useRef, useState } from 'react';
import type { MenuCommand } from '../../core/api/newsroom-api';
import type { AppError } from '../../core/api/result';
import type { Draft } from '../../core/document/draft';
import type { DropCode } from '../../core/document/export-html';
import { DroppedList } from '../components/DroppedList';
import { newsroom } from '../bridge';
import { ErrorBanner } from '../components/ErrorBanner';
import type { EditorController } from '../editor/controller';
import { useI18n, useText } from '../i18n';
import { offerBijoyConversion } from '../plugins/bijoy-paste';
import { articleFromFile } from './import-article';
import { importMessages } from './i18n-import';

interface ImportFlowProps {
  editor: EditorController;
  /** The open draft as App keeps it, to know whether the imported one was opened. */
  draft: { readonly current: Draft | null };
  /** Shows a stored draft in the drafts list and opens it, as choosing it from the list does. */
  open(id: string): Promise<void>;
}

type Notice = { kind: 'imported'; name: string; dropped: DropCode[] } | { kind: 'failed'; error: AppError };

/**
 * File → Import…: an HTML export or a text file becomes a new draft, saved before it is opened, so an
 * import is never only in the editor. What the conversion left out is reported; text that looks like
 * Bijoy is offered for conversion by the Bijoy banner, as a paste would be.
 */
export function ImportFlow({ editor, draft, open }: ImportFlowProps) {
  const i18n = useI18n();
  const t = useText(importMessages);
  const [notice, setNotice] = useState<Notice | null>(null);
  // One import at a time: a second shortcut while the open dialog is up must not open another.
  const busy = useRef(false);

  const importFile = async () => {
    const api = newsroom();
    const picked = await api.importFile();
    if (!picked.ok) return setNotice({ kind: 'failed', error: picked.error });
    // null: the writer closed the dialog, which needs no answer.
    if (!picked.value) return;
    const { doc, dropped } = articleFromFile(picked.value);
    const created = await api.createDraft();
    if (!created.ok) return setNotice({ kind: 'failed', error: created.error });
    const saved = await api.saveDraft({ ...created.value, doc });
    if (!saved.ok) return setNotice({ kind: 'failed', error: saved.error });
    await open(created.value.id);
    // Not opened: the draft left open could not be saved, which App reports; the import is in the list.
    if (draft.current?.id !== created.value.id) return;
    setNotice({ kind: 'imported', name: picked.value.name, dropped });
    editor.run(offerBijoyConversion);
  };

  const onMenu = useRef<(command: MenuCommand) => void>(() => {});
  onMenu.current = (command) => {
    if (command !== 'import-file' || busy.current) return;
    busy.current = true;
    setNotice(null);
    void importFile().finally(() => {
      busy.current = false;
    });
  };
  useEffect(() => newsroom().onMenuCommand((command) => onMenu.current(command)), []);

  if (!notice) return null;
  if (notice.kind === 'failed') return <ErrorBanner message={{ error: notice.error }} onDismiss={() => setNotice(null)} />;
  return (
    <div className="import-notice" role="status">
      <p>{t('imported', { name: notice.name })}</p>
      <button type="button" className="button quiet" onClick={() => setNotice(null)}>
        {t('dismiss')}
      </button>
      <DroppedList codes={notice.dropped} intro={t('droppedIntro')} lang={i18n.lang} className="import-dropped" />
    </div>
  );
}
