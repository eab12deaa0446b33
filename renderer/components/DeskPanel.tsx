import type { DeskListing } from '../../core/api/newsroom-api';
import type { DraftStatus } from '../../core/document/draft';
import type { AppError } from '../../core/api/result';
import { useI18n, useText } from '../i18n';
import { deskMessages } from './i18n-desk';

interface DeskPanelProps {
  /** null until the folder is read, or while it cannot be (a drive unplugged): the queue waits for it. */
  listing: DeskListing | null;
  /** Why the folder cannot be read just now. */
  problem: AppError | null;
  /** The open draft's id when it was opened from the desk. */
  openFromDesk: string | null;
  onOpen(id: string): void;
  onStatus(id: string, status: DraftStatus): void;
}

/** Bengali digits in a Bengali interface. */
const digits = (lang: string, n: number) =>
  lang === 'bn' ? String(n).replace(/\d/g, (d) => String.fromCharCode(0x09e6 + Number(d))) : String(n);

/** The desk queue: the desk folder's drafts with who wrote them, their status and what is still open in their review. */
export function DeskPanel({ listing, problem, openFromDesk, onOpen, onStatus }: DeskPanelProps) {
  const i18n = useI18n();
  const t = useText(deskMessages);
  const n = (count: number) => digits(i18n.lang, count);
  return (
    <section className="desk-panel" aria-labelledby="desk-panel-title">
      <h2 id="desk-panel-title" className="panel-title">
        {t('deskTitle')}
      </h2>
      {problem && (
        <p className="manage-error desk-problem" role="status">
          {i18n.error(problem)}
        </p>
      )}
      {listing && listing.entries.length === 0 && <p className="panel-empty desk-empty">{t('deskEmpty')}</p>}
      {listing && listing.entries.length > 0 && (
        <ul className="desk-list">
          {listing.entries.map((entry) => (
            <li
              key={entry.id}
              className={entry.id === openFromDesk ? 'desk-item current' : 'desk-item'}
              data-desk-id={entry.id}
              data-status={entry.status}
            >
              <span className={entry.headline ? 'draft-headline' : 'draft-headline untitled'} lang="bn">
                {entry.headline || i18n.t('untitled')}
              </span>
              <span className="draft-meta">
                <span className={`status-badge status-${entry.status}`}>{i18n.status(entry.status)}</span>
                {entry.author && <span className="desk-author">{t('deskAuthor', { name: entry.author })}</span>}
                <time dateTime={entry.updatedAt}>{i18n.time(entry.updatedAt)}</time>
              </span>
              {(entry.suggestions > 0 || entry.comments > 0 || entry.conflicts > 0) && (
                <span className="desk-counts">
                  {entry.suggestions > 0 && <span className="desk-suggestions">{t('deskSuggestions', { n: n(entry.suggestions) })}</span>}
                  {entry.comments > 0 && <span className="desk-comments">{t('deskComments', { n: n(entry.comments) })}</span>}
                  {entry.conflicts > 0 && (
                    <span className="desk-conflicts" role="status">
                      {t('deskConflicts', { n: n(entry.conflicts) })}
                    </span>
                  )}
                </span>
              )}
              <span className="desk-actions">
                <button type="button" className="button quiet" data-action="desk-open" onClick={() => onOpen(entry.id)}>
                  {t('deskOpen')}
                </button>
                {entry.status !== 'draft' && (
                  <button type="button" className="button quiet" data-action="desk-return" onClick={() => onStatus(entry.id, 'draft')}>
                    {t('deskReturn')}
                  </button>
                )}
                {entry.status !== 'ready' && (
                  <button type="button" className="button quiet" data-action="desk-ready" onClick={() => onStatus(entry.id, 'ready')}>
                    {t('deskReady')}
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {listing && listing.unreadable.length > 0 && (
        <ul className="desk-unreadable">
          {listing.unreadable.map((file) => (
            <li key={file.name} title={i18n.lang === 'bn' ? file.message.bn : file.message.en}>
              {t('deskUnreadable', { name: file.name })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
