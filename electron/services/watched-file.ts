import { unwatchFile, watchFile, type Stats } from 'node:fs';

/**
 * Files the app re-reads when they change on disk (the newsroom's dictionary and glossary on a shared
 * drive), watched while anyone listens. fs.watchFile polls, because a network share sends no change
 * events; `persistent: false`, because the app's window, not a watch, keeps the process alive.
 */

/** How often a watched file is polled unless the store is told otherwise. */
export const DEFAULT_WATCH_INTERVAL_MS = 5_000;

export interface WatchedFilesOptions<T> {
  /** The files to watch now; asked again on every `update`. */
  paths(): readonly string[];
  /** Reads again whatever changed since the last read: what to tell the listeners, or null when nothing did. */
  readChanged(): Promise<T | null>;
  intervalMs?: number;
}

export interface WatchedFiles<T> {
  /** Adds a listener; the files are watched from the first listener to the last. Returns the unsubscribe. */
  listen(listener: (news: T) => void): () => void;
  /** Watches the files `paths` names now (a setting changed): new ones are watched, gone ones let go. */
  update(): void;
  /** Forgets every listener and stops every watch. */
  close(): void;
}

export function watchedFiles<T>(options: WatchedFilesOptions<T>): WatchedFiles<T> {
  const interval = options.intervalMs ?? DEFAULT_WATCH_INTERVAL_MS;
  const listeners = new Set<(news: T) => void>();
  const watched = new Set<string>();

  function readAndTell(): void {
    void options.readChanged().then((news) => {
      if (news !== null) for (const listener of listeners) listener(news);
    });
  }

  const onStat = (curr: Stats, prev: Stats) => {
    if (curr.mtimeMs !== prev.mtimeMs || curr.size !== prev.size) readAndTell();
  };

  function update(): void {
    const wanted = new Set(listeners.size > 0 ? options.paths() : []);
    for (const path of watched) {
      if (wanted.has(path)) continue;
      unwatchFile(path, onStat);
      watched.delete(path);
    }
    let added = false;
    for (const path of wanted) {
      if (watched.has(path)) continue;
      watchFile(path, { interval, persistent: false }, onStat);
      watched.add(path);
      added = true;
    }
    // watchFile compares with its own first look, taken a moment after it starts: a change made between
    // the last read and that look would never be told. One look of our own, against what was read, now.
    if (added) readAndTell();
  }

  return {
    listen: (listener) => {
      listeners.add(listener);
      update();
      return () => {
        listeners.delete(listener);
        update();
      };
    },
    update,
    close: () => {
      listeners.clear();
      update();
    },
  };
}
