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
  return spellingsOfEntry(entry).some((spelling) => searchForm(spelling).includes(wanted));
}

const spellingsOfEntry = (entry: GlossaryEntry) => [entry.bn, entry.en, ...entry.variants, ...(entry.aliases ?? [])];

/**
 * A search over a long list (the bundled glossary, over a thousand entries): each entry's spellings are
 * folded once, so a keystroke in the search box compares strings and folds only the query.
 */
export function glossarySearcher(entries: readonly GlossaryEntry[]): (query: string) => GlossaryEntry[] {
  const forms = entries.map((entry) => ({ entry, forms: spellingsOfEntry(entry).map(searchForm) }));
  return (query) => {
    const wanted = searchForm(query.trim());
    if (wanted === '') return [...entries];
    return forms.filter(({ forms }) => forms.some((form) => form.includes(wanted))).map(({ entry }) => entry);
  };
}

/** The spellings as the form shows them: comma-separated; the form's text back to a list, blanks dropped. */
export const spellingsText = (spellings: readonly string[]) => spellings.join(', ');
export const spellingsOf = (text: string) =>
  text
    .split(/[,،]/)
    .map((s) => s.trim().normalize('NFC'))
    .filter((s) => s !== '');
