/**
 * What a file brings in: the article a finished HTML export or a plain-text file makes, and what was
 * left out on the way. Pure functions over the text the main process read.
 */
import type { ImportedFile } from '../../core/api/newsroom-api';
import { cleanText, sortDropped, type DropCode } from '../../core/document/export-html';
import { htmlToDoc } from '../../core/document/import-html';
import { textToDoc } from '../../core/document/plain-text';
import type { DocJSON } from '../../core/document/schema';

/**
 * An HTML page keeps its structure (headline, standfirst, byline, body blocks, marks, safe links); a text
 * file becomes one paragraph per line, a short first line its headline. Text is kept as the file has it,
 * not repaired to the house form: the checks show what needs repair, and Bijoy text must stay as typed
 * until the writer chooses to convert it.
 */
export function articleFromFile(file: Pick<ImportedFile, 'kind' | 'text'>): { doc: DocJSON; dropped: DropCode[] } {
  if (file.kind === 'html') return htmlToDoc(file.text);
  const dropped = new Set<DropCode>();
  // Line ends of every platform first, so a carriage return counts as a line break, not a control character.
  const doc = textToDoc(cleanText(file.text.replace(/\r\n?/g, '\n'), dropped));
  return { doc, dropped: sortDropped(dropped) };
}
