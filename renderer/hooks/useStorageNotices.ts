import { useCallback, useState } from 'react';
import type { NewsroomApi, StorageNotices } from '../../core/api/newsroom-api';
import type { Take } from './useBanner';

/** What the drafts folder had to do on its own: files moved aside, old trash purged. */
export function useStorageNotices({ api, take }: { api: NewsroomApi; take: Take }) {
  const [notices, setNotices] = useState<StorageNotices | null>(null);

  /** After the drafts list is read, so the files it moved aside are among the notices. */
  const load = useCallback(
    async (alive: () => boolean) => {
      const found = take(await api.takeNotices());
      if (alive() && found && (found.movedAside.length > 0 || found.purged > 0)) setNotices(found);
    },
    [api, take],
  );

  const dismiss = useCallback(() => setNotices(null), []);
  return { notices, load, dismiss };
}
