import { useEffect, useMemo, useRef, useState } from 'react';
import type { DraftSummary, TrashedDraft } from '../../core/api/newsroom-api';
import { DRAFT_STATUSES } from '../../core/document/draft';
import { useI18n } from '../i18n';
import { shortcutLabel } from './shortcuts';
import { filterDrafts, type DraftSort, type StatusFilter } from './drafts-filter';

export { newestFirst } from './drafts-filter';

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
  /** Ids of the drafts whose headline or text hold the query (the main process searches); null when the search failed. Stable across renders. */
  onSearch(query: string): Promise<string[] | null>;
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

/** How many drafts the list renders at first, and how many more each "show more" adds: 10,000 rows would make every render slow. */
const PAGE = 100;
/** A pause in typing before the search is asked for, so a word typed fast is one search, not one per letter. */
const SEARCH_DELAY_MS = 150;

function DraftList({ drafts, openId, onOpen, onDelete, onSearch }: DraftsPanelProps) {
  const i18n = useI18n();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [sort, setSort] = useState<DraftSort>('newest');
  const [limit, setLimit] = useState(PAGE);
  /** The last search's answer, and the query it answers; ids null when that search failed (the error banner says why) and nothing is filtered. */
  const [found, setFound] = useState<{ query: string; ids: ReadonlySet<string> | null } | null>(null);
  const searchField = useRef<HTMLInputElement>(null);
  const wanted = query.trim();
  const collator = useMemo(() => new Intl.Collator('bn'), []);

  // Searched again when a draft is created, deleted or restored; not after every autosave, which
  // would have the main process rescan the folder each time.
  const draftCount = drafts.length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: draftCount is the trigger: a created, deleted or restored draft reruns the search.
  useEffect(() => {
    if (wanted === '') {
      setFound(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      void onSearch(wanted).then((ids) => {
        if (current) setFound({ query: wanted, ids: ids && new Set(ids) });
      });
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [wanted, draftCount, onSearch]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new query, filter or sort starts again from the first page.
  useEffect(() => setLimit(PAGE), [wanted, status, sort]);

  // Ctrl+Shift+F (⌘⇧F): the editor's Ctrl+F finds in the article, this finds among the drafts.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.code === 'KeyF') {
        event.preventDefault();
        searchField.current?.focus();
        searchField.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const matches = wanted === '' ? null : (found?.ids ?? null);
  const shown = useMemo(() => filterDrafts(drafts, { matches, status, sort }, collator), [drafts, matches, status, sort, collator]);
  const searching = wanted !== '' && found?.query !== wanted;
  const filtered = matches !== null || status !== 'all';

  if (drafts.length === 0) return <p className="panel-empty">{i18n.t('noDrafts')}</p>;
  return (
    <>
      <search className="drafts-filter">
        <input
          ref={searchField}
          type="search"
          className="drafts-search"
          value={query}
          lang="bn"
          aria-label={i18n.t('searchDrafts')}
          placeholder={i18n.t('searchDraftsPlaceholder')}
          title={i18n.t('searchDraftsTitle', { keys: shortcutLabel('Shift-Mod-F') })}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              setQuery('');
            }
          }}
        />
        <div className="drafts-filter-row">
          <select
            className="drafts-status"
            aria-label={i18n.t('statusLabel')}
            value={status}
            onChange={(event) => setStatus(event.target.value as StatusFilter)}
          >
            <option value="all">{i18n.t('statusAll')}</option>
            {DRAFT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {i18n.status(s)}
              </option>
            ))}
          </select>
          <select
            className="drafts-sort"
            aria-label={i18n.t('sortLabel')}
            value={sort}
            onChange={(event) => setSort(event.target.value as DraftSort)}
          >
            <option value="newest">{i18n.t('sortNewest')}</option>
            <option value="headline">{i18n.t('sortHeadline')}</option>
          </select>
        </div>
        <p className="drafts-count" aria-live="polite" data-state={searching ? 'searching' : 'done'}>
          {searching
            ? i18n.t('searchingDrafts')
            : filtered
              ? i18n.t('draftsCountFiltered', { n: shown.length, total: drafts.length })
              : i18n.t('draftsCount', { n: drafts.length })}
        </p>
      </search>
      {shown.length === 0 ? (
        !searching && <p className="panel-empty drafts-no-match">{i18n.t('noMatchingDrafts')}</p>
      ) : (
        <ul className="draft-list" aria-busy={searching}>
          {shown.slice(0, limit).map((draft) => (
            <li key={draft.id} className={draft.id === openId ? 'draft-item current' : 'draft-item'} data-draft-id={draft.id}>
              <button
                type="button"
                className="draft-open"
                aria-current={draft.id === openId ? 'true' : undefined}
                onClick={() => onOpen(draft.id)}
              >
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
          {shown.length > limit && (
            <li className="draft-more">
              <button type="button" className="button quiet" data-action="show-more" onClick={() => setLimit((n) => n + PAGE)}>
                {i18n.t('showMoreDrafts', { n: Math.min(PAGE, shown.length - limit) })}
              </button>
            </li>
          )}
        </ul>
      )}
    </>
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
