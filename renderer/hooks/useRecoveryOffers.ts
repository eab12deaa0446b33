import { useCallback, useState } from 'react';
import type { NewsroomApi, RecoveryOffer } from '../../core/api/newsroom-api';
import type { Take } from './useBanner';
import type { DraftSession } from './useDraftSession';

/** Unsaved text from before the app last stopped, offered one draft at a time. */
export function useRecoveryOffers({ api, take, session }: { api: NewsroomApi; take: Take; session: DraftSession }) {
  const [offers, setOffers] = useState<RecoveryOffer[]>([]);
  const { editor, leaveOpenDraft, show, refreshDrafts } = session;

  const load = useCallback(
    async (alive: () => boolean) => {
      const pending = take(await api.pendingRecoveries());
      if (alive() && pending) setOffers(pending);
    },
    [api, take],
  );

  const close = useCallback(
    (id: string) => {
      setOffers((list) => list.filter((offer) => offer.id !== id));
      editor.focus();
    },
    [editor],
  );

  const openRecovered = useCallback(
    async (id: string) => {
      if (!(await leaveOpenDraft())) return;
      const restored = take(await api.acceptRecovery(id));
      if (!restored) return;
      close(id);
      show(restored);
      await refreshDrafts();
    },
    [api, close, leaveOpenDraft, refreshDrafts, show, take],
  );

  const keepSaved = useCallback(
    async (id: string) => {
      if (take(await api.declineRecovery(id)) !== null) close(id);
    },
    [api, close, take],
  );

  /** Asked again at the next start. */
  const later = useCallback(() => {
    setOffers([]);
    editor.focus();
  }, [editor]);

  return { offer: offers[0] ?? null, load, openRecovered, keepSaved, later };
}
