import { cldrCountries } from './cldr';
import { mergeGlossaries } from './merge';
import { STARTER_GLOSSARY } from './starter-data';
import type { GlossaryEntry } from './types';

let bundled: GlossaryEntry[] | undefined;

/** The glossary that ships with the app: the starter list, then CLDR's country names. Built once. */
export function bundledGlossary(): GlossaryEntry[] {
  bundled ??= mergeGlossaries(STARTER_GLOSSARY, cldrCountries());
  return bundled;
}

/** The bundled glossary with a newsroom's own entries merged last, so they win. */
export function glossaryWith(newsroom: GlossaryEntry[]): GlossaryEntry[] {
  return newsroom.length === 0 ? bundledGlossary() : mergeGlossaries(bundledGlossary(), newsroom);
}
