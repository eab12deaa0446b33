/**
 * Runs the operations on one key (a draft id) one after another, in the order they were asked for;
 * operations on different keys run side by side. Two saves of one draft (autosave, then save on blur)
 * could otherwise finish in the wrong order and leave the older text on disk.
 */
export function perKeyQueue(): <T>(key: unknown, body: () => Promise<T>) => Promise<T> {
  const tails = new Map<unknown, Promise<unknown>>();
  return (key, body) => {
    const next = (tails.get(key) ?? Promise.resolve()).then(body, body);
    tails.set(key, next);
    const forget = () => {
      if (tails.get(key) === next) tails.delete(key);
    };
    next.then(forget, forget);
    return next;
  };
}
