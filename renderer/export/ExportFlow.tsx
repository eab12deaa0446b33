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
import type { PlacedFinding } from '../plugins/checks';
import { applyHouseForm, articleClipboard, articlePage, blockingFindings, houseFormChanges, type HouseFormChanges } from './export-article';
import { exportMessages } from './i18n-export';
import { countSuggestions } from '../../core/document/suggestions';
import { acceptAllSuggestions, rejectAllSuggestions } from '../plugins/suggest';
import { reviewMessages } from '../components/i18n-review';

interface ExportFlowProps {
  editor: EditorController;
  /** The open draft as App keeps it: its house style and the findings the desk chose to ignore. */
  draft: { readonly current: Draft | null };
}

type Notice =
  | { kind: 'saved'; path: string; dropped: DropCode[] }
  | { kind: 'copied'; dropped: DropCode[] }
  | { kind: 'no-draft' }
  | { kind: 'failed'; error: AppError };

/**
 * File → Export HTML… and Copy as HTML. Before a file is written the article is checked once more;
 * findings at error severity are listed, and the writer chooses to export anyway or to fix them first.
 * What export leaves out is reported, so nothing disappears silently.
 */
export function ExportFlow({ editor, draft }: ExportFlowProps) {
  const i18n = useI18n();
  const t = useText(exportMessages);
  const [blocking, setBlocking] = useState<PlacedFinding[] | null>(null);
  /** What export would change that the editor does not show, asked about before anything else. */
  const [changes, setChanges] = useState<HouseFormChanges | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  /** Suggestions still pending: export first asks to accept or reject them all. */
  const [pending, setPending] = useState<number | null>(null);
  // One export at a time: a second Mod-E while the save dialog is open must not open another.
  const busy = useRef(false);

  const openArticle = () => {
    const doc = editor.doc();
    const current = draft.current;
    if (!doc || !current) {
      setNotice({ kind: 'no-draft' });
      return null;
    }
    // The house style of the settings, as the editor checks by it.
    return { doc, style: editor.houseStyle(), ignored: current.review.ignored };
  };

  const save = async () => {
    const article = openArticle();
    if (!article) return;
    busy.current = true;
    try {
      const page = articlePage(article.doc, article.style);
      const result = await newsroom().exportHtml({ html: page.html, suggestedName: page.suggestedName });
      if (!result.ok) setNotice({ kind: 'failed', error: result.error });
      // null: the writer closed the save dialog, which needs no answer.
      else if (result.value) setNotice({ kind: 'saved', path: result.value.path, dropped: page.dropped });
    } finally {
      busy.current = false;
    }
  };

  const startExport = () => {
    if (busy.current || blocking || changes || pending !== null) return;
    const article = openArticle();
    if (!article) return;
    setNotice(null);
    const suggestions = countSuggestions(article.doc);
    if (suggestions > 0) setPending(suggestions);
    else checkHouseForm();
  };

  /** Accept or reject every suggestion (one undo step), then go on exporting; or stop. */
  const answerPending = (answer: 'accept' | 'reject' | 'cancel') => {
    setPending(null);
    if (answer === 'cancel') {
      editor.focus();
      return;
    }
    editor.run(answer === 'accept' ? acceptAllSuggestions : rejectAllSuggestions);
    checkHouseForm();
  };

  const checkHouseForm = () => {
    const article = openArticle();
    if (!article) return;
    const changed = houseFormChanges(article.doc, article.style);
    if (changed.edits.length > 0 && changed.digits + changed.forms > 0) setChanges(changed);
    else checkThenSave();
  };

  const checkThenSave = () => {
    const article = openArticle();
    if (!article) return;
    const errors = blockingFindings(article.doc, editor.articleChecker(), article.ignored);
    if (errors.length > 0) setBlocking(errors);
    else void save();
  };

  const copy = async () => {
    const article = openArticle();
    if (!article) return;
    const flavours = articleClipboard(article.doc, article.style);
    const result = await newsroom().copyHtml({ html: flavours.html, text: flavours.text });
    setNotice(result.ok ? { kind: 'copied', dropped: flavours.dropped } : { kind: 'failed', error: result.error });
  };

  // Menu commands reach the latest handlers; the subscription itself is made once.
  const onMenu = useRef<(command: MenuCommand) => void>(() => {});
  onMenu.current = (command) => {
    if (command === 'export-html') startExport();
    else if (command === 'copy-html') void copy();
  };
  useEffect(() => newsroom().onMenuCommand((command) => onMenu.current(command)), []);

  const answerHouseForm = (applyFirst: boolean) => {
    setChanges(null);
    if (applyFirst) editor.run(applyHouseForm(editor.houseStyle()));
    checkThenSave();
  };

  const answer = (exportAnyway: boolean, goTo?: PlacedFinding) => {
    const target = goTo ?? blocking?.[0];
    setBlocking(null);
    if (exportAnyway) void save();
    else if (target) editor.selectFinding(target);
  };

  return (
    <>
      {changes && (
        <div className="bijoy-banner export-house-form" role="alert">
          <p>{t('houseFormIntro')}</p>
          <ul>
            {changes.digits > 0 && (
              <li className="export-digits">
                {t(editor.houseStyle().digits === 'ascii' ? 'digitsChangeAscii' : 'digitsChange', { n: changes.digits })}
              </li>
            )}
            {changes.forms > 0 && <li className="export-forms">{t('formsChange', { n: changes.forms })}</li>}
          </ul>
          <button type="button" className="button primary export-apply-house" onClick={() => answerHouseForm(true)}>
            {t('applyFirst')}
          </button>
          <button type="button" className="button export-as-is" onClick={() => answerHouseForm(false)}>
            {t('exportAsIs')}
          </button>
        </div>
      )}
      {pending !== null && <ExportSuggestionsDialog count={pending} onAnswer={answerPending} />}
      {blocking && <ExportCheckDialog findings={blocking} onAnswer={answer} />}
      {notice?.kind === 'failed' && <ErrorBanner message={{ error: notice.error }} onDismiss={() => setNotice(null)} />}
      {notice && notice.kind !== 'failed' && (
        <div className="bijoy-banner export-notice" role="status">
          <p>{notice.kind === 'saved' ? t('saved', { path: notice.path }) : notice.kind === 'copied' ? t('copied') : t('noDraft')}</p>
          <button type="button" className="button quiet" onClick={() => setNotice(null)}>
            {t('dismiss')}
          </button>
          {notice.kind !== 'no-draft' && (
            <DroppedList codes={notice.dropped} intro={t('droppedIntro')} lang={i18n.lang} className="export-dropped" />
          )}
        </div>
      )}
    </>
  );
}

interface ExportCheckDialogProps {
  findings: PlacedFinding[];
  /** Export anyway (true), or go back to the text: to the finding clicked, else to the first one. */
  onAnswer(exportAnyway: boolean, goTo?: PlacedFinding): void;
}

/** A modal dialog: the page behind it cannot be edited while the question is open. */
function ExportCheckDialog({ findings, onAnswer }: ExportCheckDialogProps) {
  const i18n = useI18n();
  const t = useText(exportMessages);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current!;
    element.showModal();
    return () => element.close();
  }, []);
  // Closed before answering: while the modal is open the editor is inert and cannot take the selection.
  const reply = (exportAnyway: boolean, goTo?: PlacedFinding) => {
    dialog.current?.close();
    onAnswer(exportAnyway, goTo);
  };
  return (
    <dialog
      ref={dialog}
      className="export-check"
      aria-labelledby="export-check-title"
      onCancel={(event) => {
        // Escape means "not now": back to the text, as "fix first".
        event.preventDefault();
        reply(false);
      }}
    >
      <h2 id="export-check-title">{t('checkTitle')}</h2>
      <p>{t('checkIntro', { n: findings.length })}</p>
      <ul className="export-check-list" aria-label={t('checkList')}>
        {findings.map((placed) => (
          <li key={`${placed.from}-${placed.finding.rule}`} data-rule={placed.finding.rule}>
            <button type="button" className="button quiet" title={t('goToFinding')} onClick={() => reply(false, placed)}>
              <q lang="bn">{placed.finding.text}</q> {placed.finding.message[i18n.lang]}
            </button>
          </li>
        ))}
      </ul>
      <div className="export-check-actions">
        <button type="button" className="button primary" autoFocus onClick={() => reply(false)}>
          {t('fixFirst')}
        </button>
        <button type="button" className="button" onClick={() => reply(true)}>
          {t('exportAnyway')}
        </button>
      </div>
    </dialog>
  );
}

/** Suggestions are pending: accept them all, reject them all, or do not export now. Comments are never exported. */
function ExportSuggestionsDialog({ count, onAnswer }: { count: number; onAnswer(answer: 'accept' | 'reject' | 'cancel'): void }) {
  const t = useText(reviewMessages);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current!;
    element.showModal();
    return () => element.close();
  }, []);
  const reply = (answer: 'accept' | 'reject' | 'cancel') => {
    dialog.current?.close();
    onAnswer(answer);
  };
  return (
    <dialog
      ref={dialog}
      className="export-check export-suggestions"
      aria-labelledby="export-suggestions-title"
      onCancel={(event) => {
        event.preventDefault();
        reply('cancel');
      }}
    >
      <h2 id="export-suggestions-title">{t('exportPendingTitle', { n: count })}</h2>
      <p>{t('exportPendingBody')}</p>
      <div className="export-check-actions">
        <button type="button" className="button primary" data-action="export-accept-all" autoFocus onClick={() => reply('accept')}>
          {t('exportAcceptAll')}
        </button>
        <button type="button" className="button" data-action="export-reject-all" onClick={() => reply('reject')}>
          {t('exportRejectAll')}
        </button>
        <button type="button" className="button quiet" data-action="export-cancel" onClick={() => reply('cancel')}>
          {t('exportCancel')}
        </button>
      </div>
    </dialog>
  );
}
