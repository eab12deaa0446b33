import { useCallback, useEffect, useRef, useState } from 'react';
import type { EditorController } from '../editor/controller';

export type Manager = 'glossary' | 'settings';

/**
 * What opens over or beside the text on request: the find bar, the link dialog, and the glossary
 * manager or the settings dialog. Every action is stable, so the editor can be given them once.
 */
export function useOverlays() {
  /** Bumped to open (or focus again) the find bar; 0 when it is closed. */
  const [findToken, setFindToken] = useState(0);
  const [link, setLink] = useState<{ initial: string | null } | null>(null);
  /** The glossary manager or the settings dialog, when one is open. */
  const [managing, setManaging] = useState<Manager | null>(null);
  return {
    findToken,
    openFind: useCallback(() => setFindToken((n) => n + 1), []),
    closeFind: useCallback(() => setFindToken(0), []),
    link,
    openLink: useCallback((initial: string | null) => setLink({ initial }), []),
    closeLink: useCallback(() => setLink(null), []),
    managing,
    openManager: useCallback((manager: Manager) => setManaging(manager), []),
    closeManager: useCallback(() => setManaging(null), []),
  };
}

/** Focus goes back to the text once a modal dialog is gone: while one is open the page is inert. */
export function useFocusAfterDialog(editor: EditorController, open: boolean) {
  const wasOpen = useRef(false);
  useEffect(() => {
    if (!open && wasOpen.current) editor.focus();
    wasOpen.current = open;
  }, [editor, open]);
}
