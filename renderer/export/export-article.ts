/**
 * What leaves the editor for the website: the page a file is written with, the clipboard's two
 * flavours, and the findings that should stop an export. Pure functions over the editor's document.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { htmlFileName } from '../../core/api/newsroom-api';
import { normalizeText } from '../../core/bengali/normalize';
import type { Checker, ParagraphInput } from '../../core/checks/engine';
import type { HouseStyle } from '../../core/bengali/house-style';
import { headlineOf, type IgnoredFinding } from '../../core/document/draft';
import { exportHtml, type DropCode } from '../../core/document/export-html';
import { docToPlainText } from '../../core/document/plain-text';
import type { PlacedFinding } from '../plugins/checks';

function exportOptions(style: HouseStyle) {
  return { normalize: (text: string) => normalizeText(text, style), digits: style.digits };
}

/** The full page for a file, with a file name from the headline (Bengali kept). */
export function articlePage(doc: PMNode, style: HouseStyle): { html: string; dropped: DropCode[]; suggestedName: string } {
  const { html, dropped } = exportHtml(doc, { ...exportOptions(style), fullPage: true });
  return { html, dropped, suggestedName: htmlFileName(headlineOf(doc).trim()) };
}

/** The article fragment for a web editor's paste, and the same text plain, both in the house form. */
export function articleClipboard(doc: PMNode, style: HouseStyle): { html: string; text: string; dropped: DropCode[] } {
  const { html, dropped } = exportHtml(doc, exportOptions(style));
  return { html, text: normalizeText(docToPlainText(doc), style), dropped };
}

/**
 * The error-severity findings of the whole article, with their places in the document, leaving out
 * those the desk chose to ignore. The text blocks are laid end to end, blank ones left out, separated
 * by a blank line, the headline marked, as the command line's `check` reads a draft.
 */
export function blockingFindings(doc: PMNode, checker: Checker, ignored: readonly IgnoredFinding[]): PlacedFinding[] {
  const paragraphs: ParagraphInput[] = [];
  const starts: number[] = [];
  let offset = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const text = node.textContent;
    if (text.trim() !== '') {
      paragraphs.push(node.type.name === 'headline' ? { text, offset, headline: true } : { text, offset });
      starts.push(pos + 1);
      offset += text.length + 2;
    }
    return false;
  });
  const skip = new Set(ignored.map((i) => `${i.rule}\u0000${i.key}`));
  const placed: PlacedFinding[] = [];
  let block = 0;
  for (const finding of checker.checkText(paragraphs).findings) {
    if (finding.severity !== 'error' || skip.has(`${finding.rule}\u0000${finding.key}`)) continue;
    // Findings come in order of offset, so the block holding one is found by walking forward.
    while (block + 1 < paragraphs.length && paragraphs[block + 1]!.offset <= finding.offset) block++;
    const p = paragraphs[block]!;
    const from = starts[block]! + Math.min(finding.offset - p.offset, p.text.length);
    const to = starts[block]! + Math.min(finding.offset - p.offset + Math.max(finding.length, 1), p.text.length);
    placed.push({ finding, from, to });
  }
  return placed;
}
