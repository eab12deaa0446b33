/**
 * Bijoy (SutonnyMJ ANSI) text pasted into the editor: detected, offered for conversion, converted
 * in one undo step.
 *
 * API
 * - `bijoyPastePlugin()` — add it to the editor's plugins. A paste or drop whose text looks like
 *   Bijoy (`looksLikeBijoy` in core/input/bijoy.ts) is offered for conversion.
 * - `offerBijoyConversion` — a Command for a document that arrived by import: offers the whole
 *   document for conversion if its text looks like Bijoy; returns false if it does not.
 * - `bijoyPasteOffer(state)` — `{ range: { from, to }, original }` while a pasted Bijoy passage
 *   awaits the user's answer, else `null`. Show the banner while it is non-null; `original` is the
 *   pasted text as it arrived (e.g. for a preview).
 * - `convertBijoyPaste` — a Command: converts the passage to Unicode Bengali (NFC, reph and pre-base
 *   vowel signs in logical order), keeping marks, as one undo step; closes the banner.
 * - `dismissBijoyBanner` — a Command: closes the banner and leaves the text as it is.
 * Both commands return false when there is no offer. The offer follows edits (its range is mapped)
 * and disappears if the passage is deleted.
 */
import { Plugin, PluginKey, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { closeHistory } from 'prosemirror-history';
import { bijoyToUnicode, looksLikeBijoy } from '../../core/input/bijoy';

export interface BijoyOffer {
  range: { from: number; to: number };
  original: string;
}

export const bijoyPasteKey = new PluginKey<BijoyOffer | null>('bijoyPaste');

export function bijoyPasteOffer(state: EditorState): BijoyOffer | null {
  return bijoyPasteKey.getState(state) ?? null;
}

/** The span of the final document that a transaction's steps wrote. */
function insertedRange(tr: Transaction): { from: number; to: number } | null {
  let from = Infinity;
  let to = -Infinity;
  tr.mapping.maps.forEach((map, i) => {
    const later = tr.mapping.slice(i + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      from = Math.min(from, later.map(newStart, -1));
      to = Math.max(to, later.map(newEnd, 1));
    });
  });
  return from < to ? { from, to } : null;
}

function offerFor(tr: Transaction): BijoyOffer | null {
  const event = tr.getMeta('uiEvent');
  if ((event !== 'paste' && event !== 'drop') || !tr.docChanged) return null;
  const range = insertedRange(tr);
  if (!range) return null;
  const original = tr.doc.textBetween(range.from, range.to, '\n');
  return looksLikeBijoy(original) ? { range, original } : null;
}

function mapOffer(offer: BijoyOffer, tr: Transaction): BijoyOffer | null {
  const from = tr.mapping.map(offer.range.from, 1);
  const to = tr.mapping.map(offer.range.to, -1);
  return from < to ? { range: { from, to }, original: offer.original } : null;
}

export function bijoyPastePlugin(): Plugin<BijoyOffer | null> {
  return new Plugin<BijoyOffer | null>({
    key: bijoyPasteKey,
    state: {
      init: () => null,
      apply(tr, prev) {
        const action = tr.getMeta(bijoyPasteKey) as { offer: BijoyOffer | null } | undefined;
        if (action) return action.offer;
        const offer = offerFor(tr);
        if (offer) return offer;
        return prev && tr.docChanged ? mapOffer(prev, tr) : prev;
      },
    },
  });
}

export const offerBijoyConversion: Command = (state, dispatch) => {
  const range = { from: 0, to: state.doc.content.size };
  const original = state.doc.textBetween(range.from, range.to, '\n');
  if (!looksLikeBijoy(original)) return false;
  if (dispatch) dispatch(state.tr.setMeta(bijoyPasteKey, { offer: { range, original } }));
  return true;
};

export const convertBijoyPaste: Command = (state, dispatch) => {
  const offer = bijoyPasteOffer(state);
  if (!offer) return false;
  if (dispatch) {
    const { from, to } = offer.range;
    const pieces: { from: number; to: number; text: PMNode | null }[] = [];
    state.doc.nodesBetween(from, to, (node, pos) => {
      if (!node.isText) return true;
      const start = Math.max(from, pos);
      const end = Math.min(to, pos + node.nodeSize);
      const converted = bijoyToUnicode(node.text!.slice(start - pos, end - pos));
      pieces.push({ from: start, to: end, text: converted === '' ? null : state.schema.text(converted, node.marks) });
      return false;
    });
    // Back to front, so earlier positions stay valid; one transaction, so one undo step.
    const tr = closeHistory(state.tr);
    for (const piece of pieces.reverse()) {
      if (piece.text) tr.replaceWith(piece.from, piece.to, piece.text);
      else tr.delete(piece.from, piece.to);
    }
    dispatch(tr.setMeta(bijoyPasteKey, { offer: null }).scrollIntoView());
  }
  return true;
};

export const dismissBijoyBanner: Command = (state, dispatch) => {
  if (!bijoyPasteOffer(state)) return false;
  if (dispatch) dispatch(state.tr.setMeta(bijoyPasteKey, { offer: null }));
  return true;
};
