import { useCallback, useEffect, useRef, useState } from 'react';
import type { NewsroomApi } from '../../core/api/newsroom-api';
import type { AppError } from '../../core/api/result';
import type { Finding } from '../../core/checks/types';
import type { GlossaryEntry } from '../../core/glossary/types';
import type { EditorController } from '../editor/controller';
import type { Take } from './useBanner';

/**
 * Keeps the editor's checker on the merged glossary (the user's names over the newsroom's), and the
 * "add to glossary" form that asks for a name's English and kind.
 */
export function useGlossarySync({ api, take, editor }: { api: NewsroomApi; take: Take; editor: EditorController }) {
  /** The merged glossary the editor checks with, as JSON: an unchanged one is not indexed again. */
  const inUse = useRef('[]');
  /** The spelling the "add to glossary" form is open for. */
  const [naming, setNaming] = useState<string | null>(null);

  /** The checker in the editor uses these names from now on. */
  const checkWith = useCallback(
    (merged: GlossaryEntry[]) => {
      const json = JSON.stringify(merged);
      if (json === inUse.current) return;
      inUse.current = json;
      editor.setGlossary(merged);
    },
    [editor],
  );

  /** At start, before the first draft is checked. */
  const load = useCallback(
    async (alive: () => boolean) => {
      const merged = take(await api.getGlossary());
      if (alive() && merged) checkWith(merged);
    },
    [api, checkWith, take],
  );

  // The newsroom's shared file changes on its drive: the main process, which watches it, says so; coming
  // back to the window asks too (the main process re-reads it only if it changed).
  useEffect(() => {
    const refresh = () =>
      void api.getGlossary().then((merged) => {
        const entries = take(merged);
        if (entries) checkWith(entries);
      });
    const stopListening = api.onNewsroomFileChanged((file) => {
      if (file === 'glossary') refresh();
    });
    window.addEventListener('focus', refresh);
    return () => {
      stopListening();
      window.removeEventListener('focus', refresh);
    };
  }, [api, checkWith, take]);

  const addToGlossary = useCallback((finding: Finding) => setNaming(finding.text.trim()), []);
  /** Keeps the entry in the user's glossary; the form shows a refusal itself. */
  const storeEntry = useCallback(
    async (entry: GlossaryEntry): Promise<AppError | null> => {
      const stored = await api.addGlossaryEntry(entry);
      if (!stored.ok) return stored.error;
      checkWith(stored.value);
      return null;
    },
    [api, checkWith],
  );
  const closeNaming = useCallback(() => {
    setNaming(null);
    editor.focus();
  }, [editor]);

  return { checkWith, load, naming, addToGlossary, storeEntry, closeNaming };
}
