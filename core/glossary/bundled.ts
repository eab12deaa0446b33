import { foldForMatch, hasBengali } from '../bengali/fold';
import { cldrCountries } from './cldr';
import { normalizeEnglish } from './index';
import { mergeGlossaries } from './merge';
import { STARTER_GLOSSARY } from './starter-data';
import type { GlossaryEntry } from './types';

let bundled: GlossaryEntry[] | undefined;

/**
 * The glossary that ships with the app: the starter list, then the CLDR countries it does not name.
 * Built once.
 */
export function bundledGlossary(): GlossaryEntry[] {
  bundled ??= mergeGlossaries(STARTER_GLOSSARY, unlisted(cldrCountries(), STARTER_GLOSSARY));
  return bundled;
}

const withNewsroom = new WeakMap<readonly GlossaryEntry[], GlossaryEntry[]>();

/**
 * The bundled glossary with a newsroom's own entries merged last, so they win. The same entries (the
 * same array) give the same glossary, so its index is not built again (see `buildGlossaryIndex`).
 */
export function glossaryWith(newsroom: readonly GlossaryEntry[]): GlossaryEntry[] {
  if (newsroom.length === 0) return bundledGlossary();
  let merged = withNewsroom.get(newsroom);
  if (!merged) {
    merged = mergeGlossaries(bundledGlossary(), newsroom);
    withNewsroom.set(newsroom, merged);
  }
  return merged;
}

function names(entry: GlossaryEntry): string[] {
  return [entry.bn, entry.en, ...entry.variants, ...(entry.aliases ?? [])];
}

function nameKey(name: string): string {
  return hasBengali(name) ? foldForMatch(name).trim().replace(/\s+/g, ' ') : normalizeEnglish(name);
}

/**
 * The entries of `source` that share no spelling, English name or alias with `curated`. The curated
 * list is the Dhaka newsroom's choice: CLDR merged over it would replace its English (Turkey →
 * Türkiye), drop its notes, and turn its variants (ইজরায়েল for ইসরায়েল) into second canonical entries.
 */
function unlisted(source: readonly GlossaryEntry[], curated: readonly GlossaryEntry[]): GlossaryEntry[] {
  const known = new Set(curated.flatMap(names).map(nameKey));
  return source.filter((entry) => !names(entry).some((name) => known.has(nameKey(name))));
}
