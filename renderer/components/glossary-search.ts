import { foldForMatch } from '../../core/bengali/fold';
import type { GlossaryEntry } from '../../core/glossary/types';

/** Bengali folded as the checker compares spellings (either nukta encoding, no joiners); English without case. */
const searchForm = (text: string) => foldForMatch(text.normalize('NFC')).toLocaleLowerCase('en');

/**
 * Whether an entry matches what was typed in the manager's search: a part of any of its spellings,
 * Bengali or English, in whichever encoding the writer's keyboard produces.
 */
export function matchesGlossarySearch(entry: GlossaryEntry, query: string): boolean {
  const wanted = searchForm(query.trim());
  if (wanted === '') return true;
  return [entry.bn, entry.en, ...entry.variants, ...(entry.aliases ?? [])].some((spelling) => searchForm(spelling).includes(wanted));
}

/** The spellings as the form shows them: comma-separated; the form's text back to a list, blanks dropped. */
export const spellingsText = (spellings: readonly string[]) => spellings.join(', ');
export const spellingsOf = (text: string) =>
  text
    .split(/[,،]/)
    .map((s) => s.trim().normalize('NFC'))
    .filter((s) => s !== '');
