import { useEffect, useMemo, useState } from 'react';
import { dictionaryWord, type DictionaryFileKind, type DictionaryFileStatus } from '../../core/api/dictionary-api';
import type { AppError } from '../../core/api/result';
import type { HouseStyle } from '../../core/bengali/house-style';
import { foldForMatch } from '../../core/bengali/fold';
import type { DictionaryControls } from '../hooks/useDictionary';
import { useI18n, useText } from '../i18n';
import { ChosenPath } from './ChosenPath';
import { spellingMessages } from './i18n-spelling';

type Severity = HouseStyle['spellingSeverity'];

/** From this many words on, the own dictionary gets a search box. */
const SEARCH_FROM = 8;
/** The most own words shown at once: a search narrows a longer list. */
const SHOWN_WORDS = 200;

interface DictionarySettingsProps {
  severity: Severity;
  onSeverity(severity: Severity): void;
  dictionary: DictionaryControls;
}

/** The newsroom's files, in the order the section shows them: the Hunspell pair, then the plain list. */
const DICTIONARY_FILE_KINDS: readonly DictionaryFileKind[] = ['hunspell', 'shared'];

/** The file's name, as a reporter knows it; the folder it is in is in the tooltip. */
const fileNameOf = (path: string): string => path.split(/[\\/]/).pop() || path;

/**
 * The settings' spelling section: how loud the spelling check is, the newsroom's dictionary files
 * (chosen, read or not, how many words), and the user's own words, each removable with an undo.
 */
export function DictionarySettings({ severity, onSeverity, dictionary }: DictionarySettingsProps) {
  const i18n = useI18n();
  const t = useText(spellingMessages);
  const { view, refresh } = dictionary;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<AppError | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const [newWord, setNewWord] = useState('');
  const [query, setQuery] = useState('');

  // A newsroom file may have changed on its drive, or become unreadable, since the words last came.
  useEffect(() => {
    void refresh();
  }, [refresh]);

  /** One change at a time; what it refuses is said in this section. */
  const run = async (change: () => Promise<AppError | null>): Promise<boolean> => {
    setBusy(true);
    try {
      const error = await change();
      setProblem(error);
      return error === null;
    } finally {
      setBusy(false);
    }
  };

  const add = async (raw: string) => {
    const word = dictionaryWord(raw);
    if (!word.ok) return setProblem(word.error);
    setRemoved(null);
    if (await run(() => dictionary.addPersonalWord(word.value))) setNewWord('');
  };
  const remove = async (word: string) => {
    if (await run(() => dictionary.removePersonalWord(word))) setRemoved(word);
  };
  const undoRemove = async (word: string) => {
    if (await run(() => dictionary.addPersonalWord(word))) setRemoved(null);
  };

  // Newest first: a word added by mistake a moment ago is the one most often taken out again.
  const personal = useMemo(() => [...(view?.personal ?? [])].reverse(), [view]);
  const searchable = personal.length >= SEARCH_FROM;
  // A search typed before the list shrank below the box's threshold no longer hides words.
  const matching = useMemo(() => {
    const folded = searchable ? foldForMatch(query.trim().normalize('NFC')) : '';
    return folded === '' ? personal : personal.filter((word) => foldForMatch(word).includes(folded));
  }, [personal, query, searchable]);
  const shown = matching.slice(0, SHOWN_WORDS);

  return (
    <fieldset className="settings-spelling">
      <legend>{t('spellingTitle')}</legend>
      <label>
        <span>{t('severity')}</span>
        <select
          className="setting-spelling-severity"
          value={severity}
          aria-describedby="setting-spelling-severity-hint"
          onChange={(event) => onSeverity(event.target.value as Severity)}
        >
          <option value="off">{t('severityOff')}</option>
          <option value="info">{t('severityInfo')}</option>
          <option value="warning">{t('severityWarning')}</option>
        </select>
      </label>
      <p className="setting-hint" id="setting-spelling-severity-hint">
        {t('severityHint')}
      </p>

      <h3>{t('newsroomTitle')}</h3>
      {DICTIONARY_FILE_KINDS.map((kind) => (
        <DictionaryFile
          key={kind}
          kind={kind}
          status={view?.[kind] ?? null}
          busy={busy}
          onChange={(change) => void run(change)}
          dictionary={dictionary}
        />
      ))}

      <h3>
        {t('personalTitle')}
        {view && view.personal.length > 0 && <span className="personal-count"> · {t('personalCount', { n: view.personal.length })}</span>}
      </h3>
      <p className="setting-hint">{t('personalHint')}</p>
      <form
        className="personal-add"
        onSubmit={(event) => {
          event.preventDefault();
          void add(newWord);
        }}
      >
        <input
          className="personal-new"
          lang="bn"
          spellCheck={false}
          aria-label={t('personalNew')}
          placeholder={t('personalNew')}
          value={newWord}
          onChange={(event) => setNewWord(event.target.value)}
        />
        <button type="submit" className="button personal-add-button" disabled={busy}>
          {t('personalAdd')}
        </button>
        {searchable && (
          <input
            className="personal-search"
            type="search"
            lang="bn"
            spellCheck={false}
            aria-label={t('personalSearch')}
            placeholder={t('personalSearch')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        )}
      </form>
      {problem && (
        <p className="manage-error spelling-problem" role="alert">
          {i18n.error(problem)}
        </p>
      )}
      {removed !== null && (
        <p className="manage-notice personal-removed" role="status">
          <span>{t('personalRemoved', { word: removed })}</span>
          <button type="button" className="button quiet personal-undo" disabled={busy} onClick={() => void undoRemove(removed)}>
            {t('personalUndo')}
          </button>
        </p>
      )}
      {personal.length === 0 ? (
        <p className="panel-empty personal-empty">{t('personalEmpty')}</p>
      ) : matching.length === 0 ? (
        <p className="panel-empty personal-empty">{t('personalNoMatch')}</p>
      ) : (
        <ul className="personal-words" aria-label={t('personalTitle')}>
          {shown.map((word) => (
            <li key={word} className="personal-word" data-word={word}>
              <span lang="bn">{word}</span>
              <button
                type="button"
                className="button quiet personal-remove"
                disabled={busy}
                title={t('personalRemove', { word })}
                aria-label={t('personalRemove', { word })}
                onClick={() => void remove(word)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {matching.length > shown.length && <p className="setting-hint">{t('personalMore', { n: matching.length - shown.length })}</p>}
    </fieldset>
  );
}

interface DictionaryFileProps {
  kind: DictionaryFileKind;
  status: DictionaryFileStatus | null;
  busy: boolean;
  onChange(change: () => Promise<AppError | null>): void;
  dictionary: DictionaryControls;
}

/** One newsroom file: what it is, which file is in use with how many words, why the last read failed. */
function DictionaryFile({ kind, status, busy, onChange, dictionary }: DictionaryFileProps) {
  const t = useText(spellingMessages);
  const i18n = useI18n();
  const state = status === null ? 'none' : status.error ? 'error' : 'loaded';
  return (
    <section className="dictionary-file" data-kind={kind} data-state={state} aria-labelledby={`dictionary-file-${kind}`}>
      <h4 id={`dictionary-file-${kind}`}>{t(kind === 'hunspell' ? 'hunspellTitle' : 'sharedTitle')}</h4>
      <p className="setting-hint">{t(kind === 'hunspell' ? 'hunspellHint' : 'sharedHint')}</p>
      <ChosenPath
        name="dictionary"
        path={status?.path ?? null}
        shown={fileNameOf}
        detail={
          status && (status.error === null ? t('fileWords', { n: status.words }) : status.words > 0 && t('fileKept', { n: status.words }))
        }
        texts={{ none: t('fileNone'), choose: t('fileChoose'), change: t('fileChange'), clear: t('fileClear') }}
        busy={busy}
        onChoose={() => onChange(() => dictionary.chooseFile(kind))}
        onClear={() => onChange(() => dictionary.clearFile(kind))}
      >
        {status?.error && (
          <p className="manage-error dictionary-error" role="alert">
            {i18n.error(status.error)}
          </p>
        )}
      </ChosenPath>
    </section>
  );
}
