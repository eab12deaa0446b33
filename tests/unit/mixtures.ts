/**
 * Deterministic strings over a small alphabet, for tests that check a fast path against its
 * definition on every mixture of the characters the rule turns on. Seeded, so a failure repeats.
 */
export function* mixtures(count: number, alphabet: readonly string[], maxLength: number, seed = 11): Generator<string> {
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let k = 0; k < count; k++) {
    let text = '';
    const length = Math.floor(next() * maxLength);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
    yield text;
  }
}
