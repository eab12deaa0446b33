import { useCallback, useEffect, useRef, useState } from 'react';
import type { Dispatch, SetStateAction } from 'react';
import type { DeskListing, NewsroomApi } from '../../core/api/newsroom-api';
import type { DraftStatus } from '../../core/document/draft';
import type { AppError } from '../../core/api/result';
import type { BannerMessage } from '../components/ErrorBanner';
import type { Take } from './useBanner';
import type { DraftSession } from './useDraftSession';

/**
 * How often the queue reads the desk folder again. Polled rather than watched: network drives and
 * synced folders do not deliver file-system events reliably, and a list of unchanged files costs only
 * their stats (the service caches each by mtime and size).
 */
export const DESK_POLL_MS = 3_000;

/** Told to the one whose save went through when someone else's, refused, was kept beside it. */
const OTHER_TEXT_KEPT = {
  code: 'conflict',
  message: {
    bn: 'আরেকজন একই সময়ে এই ডেস্ক খসড়াটি সংরক্ষণ করেছিলেন; আপনার লেখা রইল, তাঁর লেখা ডেস্ক ফোল্ডারে আলাদা কপি হিসেবে রাখা আছে।',
    en: 'Someone else saved this desk draft at the same time; your text stands, and theirs is kept as a conflict copy in the desk folder.',
  },
} as const;

/**
 * The desk queue: the folder's drafts, refreshed while the app runs; sending the open draft, opening a
 * desk draft in place, and writing back "return to reporter" or "ready".
 */
export function useDesk({
  api,
  take,
  setBanner,
  session,
  folder,
}: {
  api: NewsroomApi;
  take: Take;
  setBanner: Dispatch<SetStateAction<BannerMessage | null>>;
  session: DraftSession;
  folder: string | null;
}) {
  const [listing, setListing] = useState<DeskListing | null>(null);
  /** Why the folder cannot be read just now (a drive unplugged): shown in the queue, not in the banner every few seconds. */
  const [problem, setProblem] = useState<AppError | null>(null);
  /** The open draft's id when it was opened from the desk (its saves go there). */
  const fromDesk = session.openSource === 'desk' ? session.openId : null;

  const refresh = useCallback(async () => {
    const listed = await api.listDesk();
    // A folder gone for a moment (an unplugged drive) must not flood the banner every few seconds: the queue says it.
    setListing(listed.ok ? listed.value : null);
    setProblem(listed.ok ? null : listed.error);
    return listed;
  }, [api]);

  useEffect(() => {
    if (folder === null) {
      setListing(null);
      return;
    }
    void refresh();
    const timer = setInterval(() => void refresh(), DESK_POLL_MS);
    return () => clearInterval(timer);
  }, [folder, refresh]);

  // Saves of a desk draft come back as list entries; the drafts list is read again so it shows only local drafts.
  const { saver, refreshDrafts, conflict } = session;
  useEffect(
    () =>
      fromDesk === null
        ? undefined
        : saver.subscribe((state) => {
            if (state.kind === 'saved') void refreshDrafts();
          }),
    [fromDesk, saver, refreshDrafts],
  );

  // Both sides of two saves at once are told: the refused one by the conflict question, the other here.
  const conflictsSeen = useRef<number | null>(null);
  const openEntry = listing?.entries.find((entry) => entry.id === fromDesk);
  useEffect(() => {
    const count = openEntry?.conflicts ?? null;
    if (count !== null && conflictsSeen.current !== null && count > conflictsSeen.current && conflict === null)
      setBanner({ error: OTHER_TEXT_KEPT });
    conflictsSeen.current = count;
  }, [openEntry?.conflicts, conflict, setBanner]);

  const { openDraft } = session;
  const open = useCallback((id: string) => openDraft(id, 'desk'), [openDraft]);

  /** The open draft goes to the desk: a local one is sent, a desk one is saved in place with status review. */
  const send = useCallback(async () => {
    const id = session.draft.current?.id;
    if (!id) return;
    if (fromDesk === id) session.changeStatus('review');
    else {
      session.changeStatus('review');
      await session.saver.flush();
      take(await api.sendToDesk(id));
    }
    await refresh();
  }, [api, fromDesk, refresh, session, take]);

  /** "Return to reporter" (draft) or "ready": the open desk draft through its own save, any other written in the folder. */
  const setStatus = useCallback(
    async (id: string, status: DraftStatus) => {
      if (fromDesk === id && session.draft.current?.id === id) {
        session.changeStatus(status);
        await session.saver.flush();
      } else take(await api.setDeskStatus(id, status));
      await refresh();
    },
    [api, fromDesk, refresh, session, take],
  );

  return { listing, problem, fromDesk, refresh, open, send, setStatus };
}

export type DeskQueue = ReturnType<typeof useDesk>;
