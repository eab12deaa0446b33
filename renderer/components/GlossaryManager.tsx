import { useCallback, useEffect, useMemo, useState } from 'react';
import type { GlossaryImportPreview, GlossaryView } from '../../core/api/newsroom-api';
import type { AppError, Result } from '../../core/api/result';
import type { EntityType, GlossaryEntry } from '../../core/glossary/types';
import { foldForMatch } from '../../core/bengali/fold';
import { bundledGlossary } from '../../core/glossary/bundled';
import { newsroom } from '../bridge';
import { useI18n, useText } from '../i18n';
import { ModalDialog } from './ModalDialog';
import { glossarySearcher, matchesGlossarySearch, spellingsOf, spellingsText } from './glossary-search';
import { manageMessages } from './i18n-manage';

const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'org', 'other'];

/** The most built-in rows shown at once: the bundled list runs past a thousand, and a search narrows it. */
const BUILTIN_ROWS = 50;

interface GlossaryManagerProps {
  /** Told the merged glossary after every change, so the checker in the editor uses it at once. */
  onChanged(merged: GlossaryEntry[]): void;
  onClose(): void;
}

/**
 * The entry form's fields as typed; `original` is the spelling being edited, null for a new entry;
 * `copyOf` the built-in entry a new one starts from, whose aliases and foreign spellings it keeps.
 */
interface EntryDraft {
  original: string | null;
  copyOf?: GlossaryEntry;
  bn: string;
  en: string;
  type: EntityType;
  variants: string;
  note: string;
}

type Notice = { kind: 'deleted'; entry: GlossaryEntry } | { kind: 'exported'; path: string } | { kind: 'imported'; n: number };

const blankDraft: EntryDraft = { original: null, bn: '', en: '', type: 'person', variants: '', note: '' };

function draftOf(entry: GlossaryEntry): EntryDraft {
  return {
    original: entry.bn,
    bn: entry.bn,
    en: entry.en,
    type: entry.type,
    variants: spellingsText(entry.variants),
    note: entry.note ?? '',
  };
}

/** The entry the form describes; what it does not show (aliases, foreign) is kept from the entry edited. */
function entryOf(draft: EntryDraft, edited: GlossaryEntry | undefined): GlossaryEntry {
  const entry: GlossaryEntry = {
    ...edited,
    bn: draft.bn.trim().normalize('NFC'),
    en: draft.en.trim(),
    type: draft.type,
    variants: spellingsOf(draft.variants),
  };
  const note = draft.note.trim();
  if (note) entry.note = note;
  else delete entry.note;
  return entry;
}

/**
 * The glossary manager: the user's own names (editable) and the newsroom's shared ones (read-only,
 * marked), searchable in Bengali or English; import with a preview that applies nothing until
 * confirmed, export, and the choice of the newsroom's shared file with its status.
 */
export function GlossaryManager({ onChanged, onClose }: GlossaryManagerProps) {
  const i18n = useI18n();
  const t = useText(manageMessages);
  const api = newsroom();
  const [view, setView] = useState<GlossaryView | null>(null);
  const [query, setQuery] = useState('');
  const [draft, setDraft] = useState<EntryDraft | null>(null);
  const [preview, setPreview] = useState<GlossaryImportPreview | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  /** Runs one bridge call at a time; a view it answers with is shown and handed to the checker. */
  const call = useCallback(async <T,>(request: () => Promise<Result<T>>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    try {
      const result = await request();
      if (!result.ok) {
        setError(result.error);
        return null;
      }
      return result.value;
    } finally {
      setBusy(false);
    }
  }, []);
  const show = useCallback(
    (next: GlossaryView) => {
      setView(next);
      onChanged(next.merged);
    },
    [onChanged],
  );

  useEffect(() => {
    void call(() => api.getGlossaryView()).then((loaded) => loaded && show(loaded));
  }, [api, call, show]);

  const ownKeys = useMemo(() => new Set((view?.own ?? []).map((e) => foldForMatch(e.bn))), [view]);
  const own = (view?.own ?? []).filter((e) => matchesGlossarySearch(e, query));
  const shared = (view?.shared ?? []).filter((e) => matchesGlossarySearch(e, query));
  const searchBuiltin = useMemo(() => glossarySearcher(bundledGlossary()), []);
  const builtin = useMemo(() => searchBuiltin(query), [searchBuiltin, query]);
  const sharedKeys = useMemo(() => new Set((view?.shared ?? []).map((e) => foldForMatch(e.bn))), [view]);

  const saveDraft = async () => {
    if (!draft) return;
    const edited = draft.original === null ? draft.copyOf : view?.own.find((e) => e.bn === draft.original);
    const entry = entryOf(draft, edited);
    const next =
      draft.original === null
        ? await call(async () => {
            const added = await api.addGlossaryEntry(entry);
            return added.ok ? api.getGlossaryView() : added;
          })
        : await call(() => api.editGlossaryEntry(draft.original!, entry));
    if (!next) return;
    show(next);
    setDraft(null);
  };

  const remove = async (entry: GlossaryEntry) => {
    const next = await call(() => api.removeGlossaryEntry(entry.bn));
    if (!next) return;
    show(next);
    setNotice({ kind: 'deleted', entry });
  };

  const undoRemove = async (entry: GlossaryEntry) => {
    const next = await call(async () => {
      const added = await api.addGlossaryEntry(entry);
      return added.ok ? api.getGlossaryView() : added;
    });
    if (!next) return;
    show(next);
    setNotice(null);
  };

  const startImport = async () => {
    setNotice(null);
    const read = await call(() => api.previewGlossaryImport());
    if (read) setPreview(read);
  };

  const applyImport = async () => {
    if (!preview?.token) return;
    const token = preview.token;
    const n = preview.add.length + preview.replace.length;
    const next = await call(() => api.applyGlossaryImport(token));
    setPreview(null);
    if (!next) return;
    show(next);
    setNotice({ kind: 'imported', n });
  };

  const exportAs = async (format: 'csv' | 'json') => {
    setNotice(null);
    const written = await call(() => api.exportGlossary(format));
    if (written) setNotice({ kind: 'exported', path: written.path });
  };

  const chooseShared = async () => {
    const next = await call(() => api.chooseSharedGlossary());
    if (next) show(next);
  };
  const clearShared = async () => {
    const next = await call(() => api.clearSharedGlossary());
    if (next) show(next);
  };

  const stepBack = () => {
    if (preview) setPreview(null);
    else if (draft) setDraft(null);
    else onClose();
  };

  const status = view?.sharedStatus ?? null;
  return (
    <ModalDialog className="glossary-manager" labelledBy="glossary-manager-title" onEscape={stepBack}>
      <header className="manage-header">
        <h2 id="glossary-manager-title">{t('glossaryTitle')}</h2>
        <button type="button" className="button quiet manage-close" onClick={onClose}>
          {t('close')}
        </button>
      </header>

      <section className="shared-glossary" aria-label={t('sharedHeading')}>
        <h3>{t('sharedHeading')}</h3>
        {status === null ? (
          <p className="shared-status" data-state="none">
            {t('sharedNone')}
          </p>
        ) : (
          <p className="shared-status" data-state={status.error ? 'error' : 'loaded'}>
            <span className="shared-path" dir="ltr">
              {status.path}
            </span>{' '}
            {status.error ? (
              <>
                {t('sharedUnreadable', { why: i18n.error(status.error) })} {status.entries > 0 && t('sharedKept', { n: status.entries })}
              </>
            ) : (
              t('sharedLoaded', { n: status.entries })
            )}
          </p>
        )}
        <button type="button" className="button shared-choose" disabled={busy} onClick={() => void chooseShared()}>
          {t('sharedChoose')}
        </button>
        {status !== null && (
          <button type="button" className="button quiet shared-clear" disabled={busy} onClick={() => void clearShared()}>
            {t('sharedClear')}
          </button>
        )}
      </section>

      <div className="manage-actions">
        <button
          type="button"
          className="button primary glossary-new"
          disabled={busy || draft !== null}
          onClick={() => setDraft(blankDraft)}
        >
          {t('add')}
        </button>
        <button type="button" className="button glossary-import" disabled={busy} onClick={() => void startImport()}>
          {t('importFile')}
        </button>
        <button type="button" className="button glossary-export-csv" disabled={busy} onClick={() => void exportAs('csv')}>
          {t('exportCsv')}
        </button>
        <button type="button" className="button glossary-export-json" disabled={busy} onClick={() => void exportAs('json')}>
          {t('exportJson')}
        </button>
      </div>

      {error && (
        <p className="manage-error" role="alert">
          {i18n.error(error)}
        </p>
      )}
      {notice && (
        <p className="manage-notice" role="status">
          {notice.kind === 'deleted'
            ? t('deleted', { bn: notice.entry.bn })
            : notice.kind === 'exported'
              ? t('exported', { path: notice.path })
              : t('imported', { n: notice.n })}
          {notice.kind === 'deleted' && (
            <button type="button" className="button quiet glossary-undo" disabled={busy} onClick={() => void undoRemove(notice.entry)}>
              {t('undo')}
            </button>
          )}
        </p>
      )}

      {preview && <ImportPreview preview={preview} busy={busy} onApply={() => void applyImport()} onCancel={() => setPreview(null)} />}
      {draft && <EntryForm draft={draft} busy={busy} onChange={setDraft} onSave={() => void saveDraft()} onCancel={() => setDraft(null)} />}

      <label className="glossary-search">
        <span>{t('search')}</span>
        <input type="search" lang="bn" spellCheck={false} value={query} onChange={(event) => setQuery(event.target.value)} />
      </label>
      <p className="glossary-counts">
        {t('ownCount', { n: view?.own.length ?? 0 })}
        {view && view.shared.length > 0 && <> · {t('sharedCount', { n: view.shared.length })}</>} ·{' '}
        {t('builtinCount', { n: bundledGlossary().length })}
      </p>

      <div className="glossary-table-scroll">
        <table className="glossary-table">
          <thead>
            <tr>
              <th scope="col">{t('colBn')}</th>
              <th scope="col">{t('colEn')}</th>
              <th scope="col">{t('colType')}</th>
              <th scope="col">{t('colVariants')}</th>
              <th scope="col">{t('colSource')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {own.map((entry) => (
              <tr key={`own:${entry.bn}`} className="glossary-row own" data-bn={entry.bn}>
                <td lang="bn">{entry.bn}</td>
                <td lang="en">{entry.en}</td>
                <td>{i18n.t(`entity_${entry.type}`)}</td>
                <td lang="bn">{spellingsText(entry.variants)}</td>
                <td>{t('sourceOwn')}</td>
                <td className="row-actions">
                  <button type="button" className="button quiet glossary-edit" disabled={busy} onClick={() => setDraft(draftOf(entry))}>
                    {t('edit')}
                  </button>
                  <button type="button" className="button quiet glossary-delete" disabled={busy} onClick={() => void remove(entry)}>
                    {t('delete')}
                  </button>
                </td>
              </tr>
            ))}
            {shared.map((entry) => {
              const overridden = ownKeys.has(foldForMatch(entry.bn));
              return (
                <tr
                  key={`shared:${entry.bn}`}
                  className="glossary-row shared"
                  data-bn={entry.bn}
                  data-overridden={overridden || undefined}
                  title={overridden ? t('overridden') : t('sharedReadOnly')}
                >
                  <td lang="bn">{entry.bn}</td>
                  <td lang="en">{entry.en}</td>
                  <td>{i18n.t(`entity_${entry.type}`)}</td>
                  <td lang="bn">{spellingsText(entry.variants)}</td>
                  <td>
                    <span className="source-shared">{t('sourceShared')}</span>
                  </td>
                  <td />
                </tr>
              );
            })}
            {builtin.slice(0, BUILTIN_ROWS).map((entry) => {
              const key = foldForMatch(entry.bn);
              const overridden = ownKeys.has(key) || sharedKeys.has(key);
              return (
                <tr
                  key={`builtin:${entry.bn}`}
                  className="glossary-row builtin"
                  data-bn={entry.bn}
                  data-overridden={overridden || undefined}
                  title={overridden ? t('overridden') : t('builtinReadOnly')}
                >
                  <td lang="bn">{entry.bn}</td>
                  <td lang="en">{entry.en}</td>
                  <td>{i18n.t(`entity_${entry.type}`)}</td>
                  <td lang="bn">{spellingsText(entry.variants)}</td>
                  <td>
                    <span className="source-builtin">{t('sourceBuiltin')}</span>
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button quiet glossary-copy"
                      disabled={busy || draft !== null}
                      onClick={() => setDraft({ ...draftOf(entry), original: null, copyOf: entry })}
                    >
                      {t('copyToOwn')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {builtin.length > BUILTIN_ROWS && <p className="glossary-more">{t('builtinMore', { n: builtin.length - BUILTIN_ROWS })}</p>}
        {view && own.length + shared.length + builtin.length === 0 && <p className="panel-empty">{t('noMatch')}</p>}
      </div>
    </ModalDialog>
  );
}

interface EntryFormProps {
  draft: EntryDraft;
  busy: boolean;
  onChange(draft: EntryDraft): void;
  onSave(): void;
  onCancel(): void;
}

/** Add or edit one of the user's entries; the main process validates it before anything is stored. */
function EntryForm({ draft, busy, onChange, onSave, onCancel }: EntryFormProps) {
  const i18n = useI18n();
  const t = useText(manageMessages);
  const field = (key: 'bn' | 'en' | 'variants' | 'note') => (event: { target: { value: string } }) =>
    onChange({ ...draft, [key]: event.target.value });
  return (
    <form
      className="glossary-entry-form"
      aria-label={draft.original === null ? t('add') : t('edit')}
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <label>
        <span>{t('colBn')}</span>
        <input className="entry-bn" lang="bn" spellCheck={false} required autoFocus value={draft.bn} onChange={field('bn')} />
      </label>
      <label>
        <span>{t('colEn')}</span>
        <input className="entry-en" lang="en" spellCheck={false} required value={draft.en} onChange={field('en')} />
      </label>
      <label>
        <span>{t('colType')}</span>
        <select
          className="entry-type"
          value={draft.type}
          onChange={(event) => onChange({ ...draft, type: event.target.value as EntityType })}
        >
          {ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {i18n.t(`entity_${type}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('colVariants')}</span>
        <input
          className="entry-variants"
          lang="bn"
          spellCheck={false}
          title={t('variantsHint')}
          value={draft.variants}
          onChange={field('variants')}
        />
      </label>
      <div className="form-actions">
        <button type="submit" className="button primary entry-save" disabled={busy}>
          {t('save')}
        </button>
        <button type="button" className="button quiet" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

interface ImportPreviewProps {
  preview: GlossaryImportPreview;
  busy: boolean;
  onApply(): void;
  onCancel(): void;
}

/** What an import would do, or why it cannot be done, before anything changes. */
function ImportPreview({ preview, busy, onApply, onCancel }: ImportPreviewProps) {
  const i18n = useI18n();
  const t = useText(manageMessages);
  const nothing = preview.problems.length === 0 && preview.add.length + preview.replace.length === 0;
  return (
    <section className="import-preview" aria-labelledby="import-preview-title">
      <h3 id="import-preview-title">{t('previewTitle', { file: preview.fileName })}</h3>
      {preview.problems.length > 0 ? (
        <>
          <p role="alert">{t('previewProblems', { n: preview.problems.length })}</p>
          <ul className="import-problems">
            {preview.problems.map((problem, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list of one file's problems, shown as read; it never reorders.
              <li key={i} data-line={problem.line}>
                <strong>{t('problemLine', { line: problem.line })}</strong>: {problem.message[i18n.lang]}
              </li>
            ))}
          </ul>
        </>
      ) : nothing ? (
        <p>{t('previewNothing')}</p>
      ) : (
        <>
          {preview.add.length > 0 && (
            <>
              <p>{t('previewAdd', { n: preview.add.length })}</p>
              <ul className="import-add">
                {preview.add.map((entry) => (
                  <li key={entry.bn} data-bn={entry.bn}>
                    <span lang="bn">{entry.bn}</span> (<span lang="en">{entry.en}</span>)
                  </li>
                ))}
              </ul>
            </>
          )}
          {preview.replace.length > 0 && (
            <>
              <p>{t('previewReplace', { n: preview.replace.length })}</p>
              <ul className="import-replace">
                {preview.replace.map(({ before, after }) => (
                  <li key={before.bn} data-bn={before.bn}>
                    <span lang="bn">{before.bn}</span> (<span lang="en">{before.en}</span>) → <span lang="bn">{after.bn}</span> (
                    <span lang="en">{after.en}</span>)
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {preview.unchanged > 0 && <p>{t('previewUnchanged', { n: preview.unchanged })}</p>}
      <div className="form-actions">
        {preview.token && (
          <button type="button" className="button primary import-apply" autoFocus disabled={busy} onClick={onApply}>
            {t('applyImport')}
          </button>
        )}
        <button type="button" className="button quiet import-cancel" autoFocus={!preview.token} onClick={onCancel}>
          {preview.token ? t('cancel') : t('close')}
        </button>
      </div>
    </section>
  );
}
