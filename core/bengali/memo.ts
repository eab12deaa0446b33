/**
 * A pure function of a string, remembered. The checks ask the same questions of the same English
 * words and glosses across an article and every re-check of it; the map is bounded (emptied when
 * full), so a long editing session does not grow it without end.
 */
export function memoByString<T>(compute: (text: string) => T, limit = 10_000): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined) {
      if (memo.size >= limit) memo.clear();
      value = compute(text);
      memo.set(text, value);
    }
    return value;
  };
}
