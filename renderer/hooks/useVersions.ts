import { useCallback, useEffect, useState } from 'react';
import type { Dispatch, SetStateAction } from 'react';
import type { RestoredVersion } from '../../core/api/newsroom-api';
import type { AppError } from '../../core/api/result';
import type { BannerMessage } from '../components/ErrorBanner';
import type { VersionViewState } from '../components/VersionView';
import type { DraftSession } from './useDraftSession';

/** Versions: the panel beside the text, a version or a comparison in place of the editor. */
export function useVersions({ session, setBanner }: { session: DraftSession; setBanner: Dispatch<SetStateAction<BannerMessage | null>> }) {
  const { editor, saver, show, listSaved, openId } = session;
  /** Bumped to open (or focus again) the versions panel; 0 when it is closed. */
  const [panelToken, setPanelToken] = useState(0);
  /** A version read-only or a comparison, shown in place of the editor. */
  const [view, setView] = useState<VersionViewState | null>(null);

  const openPanel = useCallback(() => setPanelToken((n) => n + 1), []);
  const closePanel = useCallback(() => {
    setPanelToken(0);
    setView(null);
  }, []);
  const closeView = useCallback(() => setView(null), []);
  const showError = useCallback((error: AppError) => setBanner({ error }), [setBanner]);

  /** A named version or a restore starts from the text on disk, so what is typed is written first. */
  const saveFirst = useCallback(async (): Promise<boolean> => {
    await saver.flush();
    if (saver.clean) return true;
    setBanner({ key: 'versionBlocked' });
    return false;
  }, [saver, setBanner]);

  const restored = useCallback(
    (version: RestoredVersion) => {
      setView(null);
      show(version.draft);
      listSaved(version.saved);
    },
    [listSaved, show],
  );

  // Another draft opened: its versions are not these. Restoring keeps the same draft open.
  // biome-ignore lint/correctness/useExhaustiveDependencies: openId is the trigger: another draft opened closes this one's versions panel.
  useEffect(() => closePanel(), [closePanel, openId]);
  // Leaving a version's view, the writer is back in the editor (which was hidden while it showed).
  useEffect(() => {
    if (view === null) editor.focus();
  }, [editor, view]);

  return { panelToken, view, openPanel, closePanel, setView, closeView, showError, saveFirst, restored };
}
