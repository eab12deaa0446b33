import { Node as PMNode } from 'prosemirror-model';
import type { DocJSON } from './schema';

/** A first line longer than this is a paragraph that happens to open the piece, not a headline. */
export const HEADLINE_MAX_LENGTH = 120;

// A sentence ends in a full stop (the danda or a dot) or, as a lead-in, a colon; closing quotes and
// brackets after it do not hide it. A question or exclamation mark does not count: question headlines are
// common in Bengali news (BBC Bangla: "…শেষ হলো না কেন?").
const ENDS_IN_STOP = /[।॥.:][\s"'’”»)\]]*$/;

function isHeadlineLine(line: string): boolean {
  return line !== '' && line.length <= HEADLINE_MAX_LENGTH && !ENDS_IN_STOP.test(line);
}

/**
 * The headline `textToDoc` makes of this text, or '' when it makes none: read from the first non-blank
 * line alone, for a reader (the `newsroom` command) that needs the headline but not the document.
 */
export function plainTextHeadline(input: string): string {
  for (const match of input.matchAll(/[^\r\n\u2028\u2029]+/g)) {
    const line = match[0].trim();
    if (line !== '') return isHeadlineLine(line) ? line : '';
  }
  return '';
}

function textblock(type: string, value: string): DocJSON {
  return value === '' ? { type } : { type, content: [{ type: 'text', text: value }] };
}

/**
 * Plain text → article: every non-blank line is a paragraph (reporters' files use a single line break
 * as often as a blank line). A short first line that does not end in a full stop is the headline;
 * otherwise the piece has none.
 */
export function textToDoc(input: string): DocJSON {
  const lines = input
    .replace(/^\uFEFF/, '')
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const first = lines[0] ?? '';
  const isHeadline = isHeadlineLine(first);
  const body = isHeadline ? lines.slice(1) : lines;
  const content: DocJSON[] = [textblock('headline', isHeadline ? first : '')];
  for (const line of body) content.push(textblock('paragraph', line));
  if (body.length === 0) content.push({ type: 'paragraph' });
  return { type: 'doc', content };
}

/** The article as plain text: its text blocks, blank ones left out, separated by a blank line. */
export function docToPlainText(doc: DocJSON | PMNode): string {
  const blocks: string[] = [];
  const walk = (node: DocJSON): void => {
    const children = node.content ?? [];
    if (children.length > 0 && children.every((child) => child.type === 'text')) {
      const value = children.map((child) => child.text ?? '').join('');
      if (value.trim() !== '') blocks.push(value);
      return;
    }
    children.forEach(walk);
  };
  walk(doc instanceof PMNode ? (doc.toJSON() as DocJSON) : doc);
  return blocks.join('\n\n');
}
