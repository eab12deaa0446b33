import { foldForMatch } from '../bengali/fold';
import type { GlossaryEntry } from './types';

/**
 * Merges glossary sources in order (starter, CLDR, the newsroom's own): an entry with the same
 * Bengali spelling as an earlier one overrides it in place (English, type, note), so the newsroom
 * always has the last word. Variants and aliases accumulate: a source that does not list the
 * spellings another one knows (CLDR knows none) must not erase them.
 */
export function mergeGlossaries(...sources: (readonly GlossaryEntry[])[]): GlossaryEntry[] {
  const all = ([] as GlossaryEntry[]).concat(...sources);
  const keys = all.map((entry) => foldForMatch(entry.bn.trim()));
  // Where each spelling first comes: set from the last entry back, one step an entry. When no
  // spelling comes twice, the usual case, the merge is the sources one after another.
  const first = new Map<string, number>();
  for (let i = all.length - 1; i >= 0; i--) first.set(keys[i]!, i);
  if (first.size === all.length) return all;
  const out: GlossaryEntry[] = [];
  // Where in `out` the entry first at i went.
  const slot = new Int32Array(all.length);
  for (let i = 0; i < all.length; i++) {
    const entry = all[i]!;
    const at = first.get(keys[i]!)!;
    if (at === i) {
      slot[i] = out.length;
      out.push(entry);
      continue;
    }
    const earlier = out[slot[at]!]!;
    const merged: GlossaryEntry = { ...entry, variants: union(earlier.variants, entry.variants) };
    const aliases = union(earlier.aliases ?? [], entry.aliases ?? []);
    if (aliases.length > 0) merged.aliases = aliases;
    out[slot[at]!] = merged;
  }
  return out;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}
