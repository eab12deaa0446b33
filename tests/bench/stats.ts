/** How the benches read their repeated timings. */

/** The value below which `p` percent of `values` lie (nearest rank). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The middle value (the upper of the two middles for an even count): a run slowed by the machine moves it least. */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  return [...values].sort((a, b) => a - b)[values.length >> 1]!;
}

/** A figure as the benches print it: three decimals at most. */
export function round(value: number, digits = 3): number {
  return Number(value.toFixed(digits));
}
