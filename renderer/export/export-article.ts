/**
 * What leaves the editor for the website: the page a file is written with, the clipboard's two
 * flavours, and the findings that should stop an export. Pure functions over the editor's document.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { htmlFileName } from '../../core/api/newsroom-api';
import { normalizeText } from '../../core/bengali/normalize';
import type { Checker } from '../../core/checks/engine';
import type { HouseStyle } from '../../core/bengali/house-style';
import { checkerInput, ignoredIds, isIgnored, spanInBlock } from '../../core/document/checker-input';
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

/** The error-severity findings of the whole article, with their places in the document, leaving out those the desk chose to ignore. */
export function blockingFindings(doc: PMNode, checker: Checker, ignored: readonly IgnoredFinding[]): PlacedFinding[] {
  const blocks = checkerInput(doc);
  const skip = ignoredIds(ignored);
  const placed: PlacedFinding[] = [];
  let i = 0;
  for (const finding of checker.checkText(blocks).findings) {
    if (finding.severity !== 'error' || isIgnored(skip, finding)) continue;
    // Findings come in order of offset, so the block holding one is found by walking forward.
    while (i + 1 < blocks.length && blocks[i + 1]!.offset <= finding.offset) i++;
    const block = blocks[i]!;
    const span = spanInBlock(block.pos, block.text.length, finding.offset - block.offset, finding.length);
    if (span) placed.push({ finding, ...span });
  }
  return placed;
}
