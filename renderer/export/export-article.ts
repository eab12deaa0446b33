/**
 * What leaves the editor for the website: the page a file is written with, the clipboard's two
 * flavours, and the findings that should stop an export. Pure functions over the editor's document.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { closeHistory } from 'prosemirror-history';
import type { Command } from 'prosemirror-state';
import { htmlFileName } from '../../core/api/newsroom-api';
import { normalizeText } from '../../core/bengali/normalize';
import type { Checker } from '../../core/checks/engine';
import type { HouseStyle } from '../../core/bengali/house-style';
import { checkerInput, ignoredIds, isIgnored, spansInBlock } from '../../core/document/checker-input';
import { headlineOf, type IgnoredFinding } from '../../core/document/draft';
import { exportHtml, markLatin, type DropCode } from '../../core/document/export-html';
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
    const spans = spansInBlock(block.pos, block.text.length, finding.offset - block.offset, finding.length, block.skips);
    if (spans.length > 0) placed.push({ finding, from: spans[0]!.from, to: spans[spans.length - 1]!.to });
  }
  return placed;
}

/** What export would write differently from the editor: digits put in the house digits, words put in the house Unicode form. */
export interface HouseFormChanges {
  digits: number;
  forms: number;
  /** The text nodes that change, with their text in the house form. */
  edits: { from: number; to: number; text: string }[];
}

const UNESCAPE: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/**
 * A text node's text as export writes it: normalised, then house digits outside English runs. Taken
 * from export's own `markLatin`, which escapes alike with and without house digits and changes digits
 * one for one, so the two renderings differ exactly at the digits export changes.
 */
function houseFormOf(text: string, style: HouseStyle): { text: string; digits: number; forms: number } {
  const normalized = normalizeText(text, style);
  const plain = markLatin(normalized, 'any');
  const housed = markLatin(normalized, style.digits);
  let digits = 0;
  for (let i = 0; i < plain.length; i++) if (plain[i] !== housed[i]) digits++;
  const words = text.split(/\s+/);
  const normalizedWords = normalized.split(/\s+/);
  const forms =
    words.length === normalizedWords.length ? words.filter((w, i) => w !== normalizedWords[i]).length : normalized === text ? 0 : 1;
  const out = housed.replace(/<span lang="en">|<\/span>/g, '').replace(/&(?:amp|lt|gt);/g, (entity) => UNESCAPE[entity] ?? entity);
  return { text: out, digits, forms };
}

/** The digits and word forms export would change, counted over the article's text. */
export function houseFormChanges(doc: PMNode, style: HouseStyle): HouseFormChanges {
  const changes: HouseFormChanges = { digits: 0, forms: 0, edits: [] };
  doc.descendants((node, pos) => {
    if (!node.isText || !node.text) return;
    const housed = houseFormOf(node.text, style);
    if (housed.text === node.text) return;
    changes.digits += housed.digits;
    changes.forms += housed.forms;
    changes.edits.push({ from: pos, to: pos + node.nodeSize, text: housed.text });
  });
  return changes;
}

/** Writes the house form into the editor's text, as one undoable step. */
export function applyHouseForm(style: HouseStyle): Command {
  return (state, dispatch) => {
    const { edits } = houseFormChanges(state.doc, style);
    if (edits.length === 0) return false;
    if (dispatch) {
      const tr = state.tr;
      for (const edit of edits.reverse()) {
        const node = state.doc.nodeAt(edit.from);
        if (node) tr.replaceWith(edit.from, edit.to, state.schema.text(edit.text, node.marks));
      }
      // Its own undo step, never joined to the typing just before it.
      dispatch(closeHistory(tr).scrollIntoView());
    }
    return true;
  };
}
