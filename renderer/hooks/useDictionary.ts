import { useCallback, useEffect, useRef, useState } from 'react';
import type { DictionaryFileKind, DictionaryFileStatus, DictionaryWords, NewsroomApi } from '../../core/api/newsroom-api';
import type { AppError, Result } from '../../core/api/result';
import type { Finding } from '../../core/checks/types';
import type { EditorController } from '../editor/controller';
import type { Take } from './useBanner';

/** What the settings show of the dictionaries: the user's own words and the newsroom's files as last read. */
export interface DictionaryView {
  personal: readonly string[];
  hunspell: DictionaryFileStatus | null;
  shared: DictionaryFileStatus | null;
}

/** The dictionaries as the settings dialog sees and changes them; each change resolves to the error to show, or null. */
export interface DictionaryControls {
  /** Null until the words first arrive. */
  view: DictionaryView | null;
  /** Asks again: a newsroom file may have changed, or stopped being readable, since the last look. */
  refresh(): Promise<void>;
  addPersonalWord(word: string): Promise<AppError | null>;
  removePersonalWord(word: string): Promise<AppError | null>;
  chooseFile(kind: DictionaryFileKind): Promise<AppError | null>;
  clearFile(kind: DictionaryFileKind): Promise<AppError | null>;
}

/**
 * Keeps the editor's spelling check on the shipped word list with the newsroom's dictionary files and
 * the user's own words, and keeps what the settings show of them. The newsroom's words (a Hunspell list
 * may hold 100,000) cross the bridge and are re-indexed only when the main process says they changed or
 * the user's words changed.
 */
export function useDictionary({ api, take, editor }: { api: NewsroomApi; take: Take; editor: EditorController }) {
  /** The newsroom's words as last received, and the version they are. */
  const newsroom = useRef<{ version: string; words: readonly string[] }>({ version: '', words: [] });
  /** The user's words in use, as one string: an unchanged list does not rebuild the checker. */
  const personalInUse = useRef('');
  const [view, setView] = useState<DictionaryView | null>(null);

  const checkWith = useCallback(
    (words: DictionaryWords) => {
      setView({ personal: words.personal, hunspell: words.hunspell, shared: words.shared });
      const newsroomChanged = words.newsroom !== null;
      if (words.newsroom !== null) {
        newsroom.current = { version: words.version, words: words.newsroom };
      }
      const personal = words.personal.join('\n');
      if (!newsroomChanged && personal === personalInUse.current) return;
      personalInUse.current = personal;
      editor.setDictionary([...newsroom.current.words, ...words.personal]);
    },
    [editor],
  );

  const refresh = useCallback(async () => {
    const words = take(await api.getDictionaryWords(newsroom.current.version));
    if (words) checkWith(words);
  }, [api, checkWith, take]);

  /** At start, before the first draft is checked. */
  const load = useCallback(
    async (alive: () => boolean) => {
      const words = take(await api.getDictionaryWords(''));
      if (alive() && words) checkWith(words);
    },
    [api, checkWith, take],
  );

  // The newsroom's files change on their drive: the main process, which watches them, says so; coming back
  // to the window asks too (the main process re-reads a file only if it changed, and sends it only then).
  useEffect(() => {
    const onFocus = () => void refresh();
    const stopListening = api.onNewsroomFileChanged((file) => {
      if (file === 'dictionary') void refresh();
    });
    window.addEventListener('focus', onFocus);
    return () => {
      stopListening();
      window.removeEventListener('focus', onFocus);
    };
  }, [api, refresh]);

  /** "Add to dictionary": the word stops being flagged everywhere in the article at once. */
  const addWord = useCallback(
    async (finding: Finding) => {
      const words = take(await api.addDictionaryWord(finding.text.trim()));
      if (words) checkWith(words);
    },
    [api, checkWith, take],
  );

  /** A change made in the settings: its error goes to the dialog, which is in front of the banner. */
  const change = useCallback(
    async (request: Promise<Result<DictionaryWords | null>>): Promise<AppError | null> => {
      const result = await request;
      if (!result.ok) return result.error;
      // null: the user cancelled the file dialog.
      if (result.value) checkWith(result.value);
      return null;
    },
    [checkWith],
  );

  const addPersonalWord = useCallback((word: string) => change(api.addDictionaryWord(word)), [api, change]);
  const removePersonalWord = useCallback((word: string) => change(api.removeDictionaryWord(word)), [api, change]);
  const chooseFile = useCallback((kind: DictionaryFileKind) => change(api.chooseDictionaryFile(kind)), [api, change]);
  const clearFile = useCallback((kind: DictionaryFileKind) => change(api.clearDictionaryFile(kind)), [api, change]);
  const controls: DictionaryControls = { view, refresh, addPersonalWord, removePersonalWord, chooseFile, clearFile };
  return { load, addWord, controls };
}
