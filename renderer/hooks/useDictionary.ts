import { useCallback, useEffect, useRef } from 'react';
import type { DictionaryWords, NewsroomApi } from '../../core/api/newsroom-api';
import type { Finding } from '../../core/checks/types';
import type { EditorController } from '../editor/controller';
import type { Take } from './useBanner';

/**
 * Keeps the editor's spelling check on the shipped word list with the newsroom's dictionary files and
 * the user's own words. The newsroom's words (a Hunspell list may hold 100,000) cross the bridge and
 * are re-indexed only when the main process says they changed or the user adds a word.
 */
export function useDictionary({ api, take, editor }: { api: NewsroomApi; take: Take; editor: EditorController }) {
  /** The newsroom's words as last received, and the version they are. */
  const newsroom = useRef<{ version: string; words: readonly string[] }>({ version: '', words: [] });
  /** The user's words in use, as one string: an unchanged list does not rebuild the checker. */
  const personalInUse = useRef('');

  const checkWith = useCallback(
    (words: DictionaryWords) => {
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

  // The newsroom's files may change on their drive while the window is in the background: coming back
  // to it asks for them again (the main process re-reads a file only if it changed, and sends it only then).
  useEffect(() => {
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refresh]);

  /** "Add to dictionary": the word stops being flagged everywhere in the article at once. */
  const addWord = useCallback(
    async (finding: Finding) => {
      const words = take(await api.addDictionaryWord(finding.text.trim()));
      if (words) checkWith(words);
    },
    [api, checkWith, take],
  );

  return { load, addWord };
}
