import { foldForMatch } from '../bengali/fold';
import type { GlossaryEntry } from './types';

/** What makes two entries one: the same Bengali spelling, in any encoding. */
function spellingKey(entry: GlossaryEntry): string {
  return foldForMatch(entry.bn.trim());
}

/**
 * Where each spelling first comes in a glossary (by `spellingKey`), kept per array: a glossary is
 * replaced, never changed in place, so the bundled one's are worked out once, a file's are those its
 * reader worked out, and a merge's are kept from the merge itself.
 */
const positions = new WeakMap<readonly GlossaryEntry[], Map<string, number>>();

export function spellingPositions(entries: readonly GlossaryEntry[]): Map<string, number> {
  let first = positions.get(entries);
  if (!first) {
    // Set from the last entry back, one step an entry: each spelling is left with its first place.
    first = new Map();
    for (let i = entries.length - 1; i >= 0; i--) first.set(spellingKey(entries[i]!), i);
    positions.set(entries, first);
  }
  return first;
}

/** Two glossaries that each name every spelling once, and none the same: merged, they are joined. */
function disjoint(a: readonly GlossaryEntry[], b: readonly GlossaryEntry[]): boolean {
  const inA = spellingPositions(a);
  const inB = spellingPositions(b);
  if (inA.size !== a.length || inB.size !== b.length) return false;
  const [fewer, more] = inA.size < inB.size ? [inA, inB] : [inB, inA];
  for (const key of fewer.keys()) if (more.has(key)) return false;
  return true;
}

/**
 * Merges glossary sources in order (starter, CLDR, the newsroom's own): an entry with the same
 * Bengali spelling as an earlier one overrides it in place (English, type, note), so the newsroom
 * always has the last word. Variants and aliases accumulate: a source that does not list the
 * spellings another one knows (CLDR knows none) must not erase them.
 */
export function mergeGlossaries(...sources: (readonly GlossaryEntry[])[]): GlossaryEntry[] {
  const given = sources.filter((source) => source.length > 0);
  if (given.length === 2 && disjoint(given[0]!, given[1]!)) return given[0]!.concat(given[1]!);
  const all = given.length === 1 ? given[0]! : ([] as GlossaryEntry[]).concat(...given);
  const first = spellingPositions(all);
  // No spelling twice, the usual case: the merge is the sources one after another.
  if (first.size === all.length) {
    const out = all === given[0] ? all.slice() : (all as GlossaryEntry[]);
    positions.set(out, first);
    return out;
  }
  const out: GlossaryEntry[] = [];
  // Where in `out` the entry first at i went.
  const slot = new Int32Array(all.length);
  for (let i = 0; i < all.length; i++) {
    const entry = all[i]!;
    const at = first.get(spellingKey(entry))!;
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
