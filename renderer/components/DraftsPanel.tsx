import type { DraftSummary, TrashedDraft } from '../../core/api/newsroom-api';
import { useI18n } from '../i18n';

interface DraftsPanelProps {
  drafts: DraftSummary[];
  /** The trash, when the panel shows it instead of the drafts. */
  trash: TrashedDraft[] | null;
  openId: string | null;
  onOpen(id: string): void;
  onNew(): void;
  onDelete(id: string): void;
  onRestore(id: string): void;
  onShowTrash(): void;
  onShowDrafts(): void;
}

/** Newest first, as a desk scans its work; ties keep the store's order. */
export function newestFirst<T extends DraftSummary>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

export function DraftsPanel(props: DraftsPanelProps) {
  const i18n = useI18n();
  const { trash } = props;
  return (
    <aside className="drafts-panel" aria-label={trash ? i18n.t('trashTitle') : i18n.t('drafts')}>
      <header className="panel-header">
        <h2>{trash ? i18n.t('trashTitle') : i18n.t('drafts')}</h2>
        {trash ? (
          <button type="button" className="button" data-action="show-drafts" onClick={props.onShowDrafts}>
            {i18n.t('backToDrafts')}
          </button>
        ) : (
          <button type="button" className="button primary" data-action="new-draft" onClick={props.onNew}>
            {i18n.t('newDraft')}
          </button>
        )}
      </header>
      {trash ? <TrashList trash={trash} onRestore={props.onRestore} /> : <DraftList {...props} />}
      {!trash && (
        <footer className="panel-footer">
          <button type="button" className="button quiet" data-action="show-trash" onClick={props.onShowTrash}>
            {i18n.t('trash')}
          </button>
        </footer>
      )}
    </aside>
  );
}

function DraftList({ drafts, openId, onOpen, onDelete }: DraftsPanelProps) {
  const i18n = useI18n();
  if (drafts.length === 0) return <p className="panel-empty">{i18n.t('noDrafts')}</p>;
  return (
    <ul className="draft-list">
      {newestFirst(drafts).map((draft) => (
        <li key={draft.id} className={draft.id === openId ? 'draft-item current' : 'draft-item'} data-draft-id={draft.id}>
          <button type="button" className="draft-open" aria-current={draft.id === openId ? 'true' : undefined} onClick={() => onOpen(draft.id)}>
            <span className={draft.headline ? 'draft-headline' : 'draft-headline untitled'} lang="bn">
              {draft.headline || i18n.t('untitled')}
            </span>
            <span className="draft-meta">
              <span className={`status-badge status-${draft.status}`}>{i18n.status(draft.status)}</span>
              <span className="draft-words">{i18n.t('words', { n: draft.wordCount })}</span>
              <time dateTime={draft.updatedAt}>{i18n.time(draft.updatedAt)}</time>
            </span>
          </button>
          <button type="button" className="draft-delete" title={i18n.t('deleteDraftTitle')} onClick={() => onDelete(draft.id)}>
            {i18n.t('deleteDraft')}
          </button>
        </li>
      ))}
    </ul>
  );
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days until a time, counting a part of a day as a day: the trash purges at start, once the time has passed. */
function daysUntil(iso: string): number {
  return Math.max(0, Math.ceil((Date.parse(iso) - Date.now()) / DAY_MS));
}

function TrashList({ trash, onRestore }: { trash: TrashedDraft[]; onRestore(id: string): void }) {
  const i18n = useI18n();
  if (trash.length === 0) return <p className="panel-empty">{i18n.t('emptyTrash')}</p>;
  const byDeletion = [...trash].sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : 0));
  return (
    <ul className="draft-list trash-list">
      {byDeletion.map((draft) => (
        <li key={draft.id} className="draft-item" data-draft-id={draft.id}>
          <div className="draft-open">
            <span className={draft.headline ? 'draft-headline' : 'draft-headline untitled'} lang="bn">
              {draft.headline || i18n.t('untitled')}
            </span>
            <span className="draft-meta">
              <span className="draft-words">{i18n.t('words', { n: draft.wordCount })}</span>
              <time dateTime={draft.deletedAt}>{i18n.t('deletedAt', { time: i18n.time(draft.deletedAt) })}</time>
              <span className="trash-days-left">{i18n.t('daysLeft', { n: daysUntil(draft.purgeAt) })}</span>
            </span>
          </div>
          <button type="button" className="draft-restore" onClick={() => onRestore(draft.id)}>
            {i18n.t('restore')}
          </button>
        </li>
      ))}
    </ul>
  );
}
