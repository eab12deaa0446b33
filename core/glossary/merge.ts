import { foldForMatch } from '../bengali/fold';
import type { GlossaryEntry } from './types';

/**
 * Merges glossary sources in order (starter, CLDR, the newsroom's own): an entry with the same
 * Bengali spelling as an earlier one overrides it in place (English, type, note), so the newsroom
 * always has the last word. Variants and aliases accumulate: a source that does not list the
 * spellings another one knows (CLDR knows none) must not erase them.
 */
export function mergeGlossaries(...sources: (readonly GlossaryEntry[])[]): GlossaryEntry[] {
  const position = new Map<string, number>();
  const out: GlossaryEntry[] = [];
  for (const source of sources) {
    for (const entry of source) {
      const key = foldForMatch(entry.bn.trim());
      const at = position.get(key);
      if (at === undefined) {
        position.set(key, out.length);
        out.push(entry);
      } else {
        const earlier = out[at]!;
        const merged: GlossaryEntry = { ...entry, variants: union(earlier.variants, entry.variants) };
        const aliases = union(earlier.aliases ?? [], entry.aliases ?? []);
        if (aliases.length > 0) merged.aliases = aliases;
        out[at] = merged;
      }
    }
  }
  return out;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}
