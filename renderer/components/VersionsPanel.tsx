import { useCallback, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { RestoredVersion, VersionSummary } from '../../core/api/newsroom-api';
import type { AppError } from '../../core/api/result';
import type { DocJSON } from '../../core/document/schema';
import { newsroom } from '../bridge';
import { useI18n, useText } from '../i18n';
import { versionsMessages } from './i18n-versions';
import type { Translator } from '../i18n';
import type { VersionViewState } from './VersionView';

interface VersionsPanelProps {
  draftId: string;
  /** Bumped each time the panel is asked for again, to bring focus back to it. */
  focusToken: number;
  /** When the draft was last saved: a save may have taken an automatic version, so the list is read again. */
  savedAt: string | null;
  /** The text in the editor now, unsaved typing included: the "current" side of a comparison. */
  currentDoc(): DocJSON;
  /** Writes unsaved typing; false when that failed and nothing should be done to the draft. */
  saveFirst(): Promise<boolean>;
  onRestored(restored: RestoredVersion): void;
  onView(view: VersionViewState): void;
  onError(error: AppError): void;
  onClose(): void;
}

/** How the list names a version: the user's name for it, or why it was taken. */
export function versionLabel(i18n: Translator, version: VersionSummary): string {
  return version.name ?? i18n.text(versionsMessages, `versionKind_${version.kind}`);
}

/** Older first, so a comparison always reads from the earlier text to the later one. */
const byTime = (a: VersionSummary, b: VersionSummary) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function VersionsPanel({
  draftId,
  focusToken,
  savedAt,
  currentDoc,
  saveFirst,
  onRestored,
  onView,
  onError,
  onClose,
}: VersionsPanelProps) {
  const i18n = useI18n();
  const t = useText(versionsMessages);
  const api = newsroom();
  const nameInput = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [name, setName] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [confirming, setConfirming] = useState<VersionSummary | null>(null);
  const [busy, setBusy] = useState(false);
  // The list is read again after every save; only the newest read's answer is shown, and the list is
  // busy until it comes.
  const [loading, setLoading] = useState(true);
  const lastRead = useRef(0);

  const reload = useCallback(async () => {
    const reading = ++lastRead.current;
    setLoading(true);
    const listed = await api.listVersions(draftId);
    if (reading !== lastRead.current) return;
    setLoading(false);
    if (!listed.ok) return onError(listed.error);
    setVersions(listed.value);
    setPicked((ids) => ids.filter((id) => listed.value.some((v) => v.id === id)));
  }, [api, draftId, onError]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: savedAt is the trigger: a save may have added a version, so the list is read again.
  useEffect(() => void reload(), [reload, savedAt]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focusToken is the trigger: each opening of the panel focuses the name field.
  useEffect(() => nameInput.current?.focus(), [focusToken]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new confirmation question puts focus on its confirm button.
  useEffect(() => confirmButton.current?.focus(), [confirming]);

  /** Runs one action at a time, so a double click cannot save or restore twice. */
  const act = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  const saveNamed = () =>
    act(async () => {
      if (!name.trim() || !(await saveFirst())) return;
      const taken = await api.saveVersion(draftId, name.trim());
      if (!taken.ok) return onError(taken.error);
      setName('');
      await reload();
    });

  const read = (version: VersionSummary) =>
    act(async () => {
      const opened = await api.readVersion(draftId, version.id);
      if (!opened.ok) return onError(opened.error);
      onView({
        kind: 'read',
        text: {
          label: `${versionLabel(i18n, version)}, ${i18n.time(version.createdAt)}`,
          doc: opened.value.draft.doc,
          comments: opened.value.draft.review.comments,
        },
      });
    });

  const compareWithCurrent = (version: VersionSummary) =>
    act(async () => {
      const opened = await api.readVersion(draftId, version.id);
      if (!opened.ok) return onError(opened.error);
      onView({
        kind: 'compare',
        older: { label: `${versionLabel(i18n, version)}, ${i18n.time(version.createdAt)}`, doc: opened.value.draft.doc },
        newer: { label: t('versionCurrent'), doc: currentDoc() },
      });
    });

  const comparePicked = () =>
    act(async () => {
      const chosen = (versions ?? []).filter((v) => picked.includes(v.id)).sort(byTime);
      if (chosen.length !== 2) return;
      const texts = [];
      for (const version of chosen) {
        const opened = await api.readVersion(draftId, version.id);
        if (!opened.ok) return onError(opened.error);
        texts.push({ label: `${versionLabel(i18n, version)}, ${i18n.time(version.createdAt)}`, doc: opened.value.draft.doc });
      }
      const [older, newer] = texts;
      if (older && newer) onView({ kind: 'compare', older, newer });
    });

  const restore = (version: VersionSummary) =>
    act(async () => {
      setConfirming(null);
      if (!(await saveFirst())) return;
      const restored = await api.restoreVersion(draftId, version.id);
      if (!restored.ok) return onError(restored.error);
      onRestored(restored.value);
      await reload();
    });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    if (confirming) setConfirming(null);
    else onClose();
  };

  const togglePicked = (id: string) => setPicked((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id].slice(-2)));

  return (
    <section className="versions-panel" aria-label={t('versionsTitle')} onKeyDown={onKeyDown}>
      <header className="panel-header">
        <h2>{t('versionsTitle')}</h2>
        <button type="button" className="button quiet" data-action="close-versions" onClick={onClose}>
          {i18n.t('close')}
        </button>
      </header>
      <form
        className="version-save"
        onSubmit={(event) => {
          event.preventDefault();
          void saveNamed();
        }}
      >
        <label>
          <span>{t('versionName')}</span>
          <input ref={nameInput} type="text" lang="bn" maxLength={200} value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <button type="submit" className="button primary" data-action="save-version" disabled={busy || !name.trim()}>
          {t('versionSave')}
        </button>
      </form>
      <div className="version-compare-picked">
        <button
          type="button"
          className="button"
          data-action="compare-picked"
          disabled={busy || picked.length !== 2}
          onClick={() => void comparePicked()}
        >
          {t('versionComparePicked')}
        </button>
      </div>
      {/* Only before the first answer: a later read keeps the list it replaces on screen. */}
      {versions === null && loading && (
        <p className="panel-empty version-loading" role="status">
          {t('versionsLoading')}
        </p>
      )}
      {versions !== null && versions.length === 0 && <p className="panel-empty">{t('versionsNone')}</p>}
      <ul className="version-list" aria-busy={loading}>
        {(versions ?? []).map((version) => {
          const label = versionLabel(i18n, version);
          return (
            <li key={version.id} className={`version-item version-${version.kind}`} data-version-id={version.id} data-kind={version.kind}>
              <div className="version-line">
                <input
                  type="checkbox"
                  className="version-pick"
                  aria-label={t('versionPick', { name: label })}
                  checked={picked.includes(version.id)}
                  onChange={() => togglePicked(version.id)}
                />
                <span className={version.name ? 'version-name' : 'version-name version-kind-label'} lang="bn">
                  {label}
                </span>
              </div>
              <div className="version-meta">
                <time dateTime={version.createdAt}>{i18n.time(version.createdAt)}</time>
                <span className="version-words">{i18n.t('words', { n: version.wordCount })}</span>
              </div>
              {confirming?.id === version.id ? (
                // biome-ignore lint/a11y/useSemanticElements: a <fieldset> brings its own border, padding and min-width; this group is laid out as a plain block.
                <div className="version-confirm" role="group">
                  <p>{t('versionRestoreConfirm')}</p>
                  <button
                    ref={confirmButton}
                    type="button"
                    className="button primary"
                    data-action="confirm-restore"
                    onClick={() => void restore(version)}
                  >
                    {t('versionRestoreYes')}
                  </button>
                  <button type="button" className="button quiet" onClick={() => setConfirming(null)}>
                    {i18n.t('cancel')}
                  </button>
                </div>
              ) : (
                <div className="version-actions">
                  <button type="button" className="button" data-action="read-version" disabled={busy} onClick={() => void read(version)}>
                    {t('versionOpen')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    data-action="compare-current"
                    disabled={busy}
                    onClick={() => void compareWithCurrent(version)}
                  >
                    {t('versionCompareCurrent')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    data-action="restore-version"
                    disabled={busy}
                    onClick={() => setConfirming(version)}
                  >
                    {t('versionRestore')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
