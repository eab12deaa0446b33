/**
 * Suggest mode: while it is on, every edit the writer makes (typing, deleting, pasting, a checker fix,
 * an IME composition) is turned into a suggestion in the writer's name and colour before it is applied
 * (`trackChange`, core/document/suggestions.ts). The plugin holds the mode and the author; the editor's
 * dispatch passes each transaction through `suggestTransaction`, the one place edits are rewritten.
 *
 * Accepting and rejecting are one transaction each (one undo step), never themselves tracked. A
 * suggested paragraph break shows as a ¶ in its author's colour (struck through for a join), a widget the
 * plugin keeps in its state and finds again only when a transaction may have moved a break.
 */
import { Plugin, PluginKey, TextSelection } from 'prosemirror-state';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { AddMarkStep, RemoveMarkStep, ReplaceStep, type Step } from 'prosemirror-transform';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { keydownHandler } from 'prosemirror-keymap';
import { closeHistory } from 'prosemirror-history';
import {
  breakOf,
  breakStart,
  clearCopiedBreaks,
  insertionAtCaret,
  resolveSuggestions,
  trackChange,
  type ReviewAuthor,
} from '../../core/document/suggestions';
import { AUTHOR_COLOR_PATTERN, type BreakSuggestion } from '../../core/document/schema';

export interface SuggestState {
  enabled: boolean;
  author: ReviewAuthor;
  /** A ¶ in the author's colour at each suggested paragraph break (breakMarkers). */
  markers: DecorationSet;
}

type SuggestMeta = { enabled: boolean } | { author: ReviewAuthor } | { resolved: true };

export const suggestKey = new PluginKey<SuggestState>('suggest');

/** Until the settings carry a name and colour (DESK's userName/userColor), a writer is "আমি" in this colour. */
export const DEFAULT_REVIEW_AUTHOR: ReviewAuthor = { name: 'আমি', color: '#b3261e' };

/** The author from the settings, whatever of it is there; the default for what is missing or malformed. */
export function reviewAuthorOf(settings: object): ReviewAuthor {
  const { userName, userColor } = settings as { userName?: unknown; userColor?: unknown };
  return {
    name: typeof userName === 'string' && userName.trim() !== '' ? userName.trim() : DEFAULT_REVIEW_AUTHOR.name,
    color: typeof userColor === 'string' && AUTHOR_COLOR_PATTERN.test(userColor) ? userColor : DEFAULT_REVIEW_AUTHOR.color,
  };
}

/** The transaction metas kept when a transaction is rewritten: composition, paste, input type, plugin metas. */
function copyMeta(from: Transaction, to: Transaction): void {
  const meta = (from as unknown as { meta: Record<string, unknown> }).meta;
  for (const [key, value] of Object.entries(meta)) to.setMeta(key, value);
}

/** Undo and redo replay history: what they bring back was tracked when it was first done. */
function isHistory(tr: Transaction): boolean {
  return tr.getMeta('history$') !== undefined;
}

/**
 * The transaction to apply: `tr` itself, or in suggest mode the same edit as a suggestion. Transactions
 * that do not change text (selection, formatting, comment anchors), undo/redo, and accepting or
 * rejecting pass unchanged.
 */
export function suggestTransaction(state: EditorState, tr: Transaction): Transaction {
  const suggest = suggestKey.getState(state);
  if (!tr.docChanged || isHistory(tr) || tr.getMeta(suggestKey) !== undefined) return tr;
  // An edit made as it is never copies a suggested break onto a block it makes.
  if (!suggest?.enabled) return clearCopiedBreaks(tr) as Transaction;
  const backward = tr.selection.head < state.selection.head;
  const edit = tr.selection.empty ? insertionAtCaret(state.doc, tr, tr.selection.head) : tr;
  const result = trackChange(state.doc, edit, { author: suggest.author, time: new Date().toISOString() }, backward);
  if (result === null) return clearCopiedBreaks(tr) as Transaction;
  const out = state.tr;
  for (const step of result.tracked.steps) out.step(step);
  copyMeta(tr, out);
  out.setSelection(TextSelection.near(out.doc.resolve(Math.min(result.cursor, out.doc.content.size)), backward ? -1 : 1));
  if (tr.scrolledIntoView) out.scrollIntoView();
  return out;
}

export const toggleSuggest: Command = (state, dispatch) => {
  const suggest = suggestKey.getState(state);
  if (!suggest) return false;
  if (dispatch) dispatch(state.tr.setMeta(suggestKey, { enabled: !suggest.enabled } satisfies SuggestMeta).setMeta('addToHistory', false));
  return true;
};

export function suggestEnabled(state: EditorState): boolean {
  return suggestKey.getState(state)?.enabled ?? false;
}

/** Sets who suggests from now on (the settings changed). Not an undo step. */
export function setReviewAuthor(tr: Transaction, author: ReviewAuthor): Transaction {
  return tr.setMeta(suggestKey, { author } satisfies SuggestMeta).setMeta('addToHistory', false);
}

function resolve(mode: 'accept' | 'reject', ids: readonly string[] | null): Command {
  return (state, dispatch) => {
    // Its own undo step, never merged with the typing just before it.
    const tr = closeHistory(state.tr);
    resolveSuggestions(tr, mode, ids === null ? null : new Set(ids));
    if (!tr.docChanged) return false;
    if (dispatch) dispatch(tr.setMeta(suggestKey, { resolved: true } satisfies SuggestMeta).scrollIntoView());
    return true;
  };
}

export const acceptSuggestion = (id: string): Command => resolve('accept', [id]);
export const rejectSuggestion = (id: string): Command => resolve('reject', [id]);
export const acceptAllSuggestions: Command = resolve('accept', null);
export const rejectAllSuggestions: Command = resolve('reject', null);

export interface SuggestOptions {
  enabled?: boolean;
  author?: ReviewAuthor;
}

/** The accessible names of the break markers (no tooltip: the panel lists the author and time). */
const BREAK_LABELS: Record<BreakSuggestion['kind'], string> = {
  insert: 'নতুন অনুচ্ছেদের প্রস্তাব',
  delete: 'অনুচ্ছেদ জোড়ার প্রস্তাব',
};

/** A break marker's accessible name, in the editor and in a version read from the list. */
export function breakMarkerLabel({ kind, author }: BreakSuggestion): string {
  return `${BREAK_LABELS[kind]}: ${author}`;
}

function breakMarker(suggested: BreakSuggestion, pos: number): Decoration {
  const { kind, id, author, color } = suggested;
  const toDOM = () => {
    const marker = document.createElement('span');
    marker.className = `break-marker break-marker-${kind}`;
    marker.dataset.suggestion = id;
    marker.style.setProperty('--author-color', color);
    marker.setAttribute('role', 'img');
    marker.setAttribute('aria-label', breakMarkerLabel(suggested));
    marker.contentEditable = 'false';
    // The ¶ itself is the stylesheet's (::before): no character of it is in the article's text.
    return marker;
  };
  // After the caret at the end of the paragraph, so typing there goes before the mark, as before a break.
  return Decoration.widget(pos, toDOM, { side: 1, key: `break-${kind}-${id}-${color}-${author}`, ignoreSelection: true });
}

/** A marker at the end of the text before each suggested break. */
function breakMarkers(doc: PMNode): DecorationSet {
  const found: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const suggested = breakOf(node);
    if (suggested) found.push(breakMarker(suggested, breakStart(doc, pos) ?? pos + 1));
    return false;
  });
  return found.length === 0 ? DecorationSet.empty : DecorationSet.create(doc, found);
}

/** Whether a step only changes text inside one block (typing, a mark): then no break came or went. */
function withinOneBlock(step: Step, doc: PMNode): boolean {
  if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return true;
  if (!(step instanceof ReplaceStep)) return false;
  const { slice, from, to } = step;
  if (slice.openStart !== 0 || slice.openEnd !== 0 || (slice.content.firstChild && !slice.content.firstChild.isInline)) return false;
  const $from = doc.resolve(from);
  return $from.parent.isTextblock && to <= $from.end();
}

/** The suggest mode's state and its shortcut, Mod-Shift-X (Mod-Shift-E, Word's, is the menu's Copy as HTML). */
export function suggestPlugin({ enabled = false, author = DEFAULT_REVIEW_AUTHOR }: SuggestOptions = {}): Plugin<SuggestState> {
  const keys = keydownHandler({ 'Shift-Mod-x': toggleSuggest, 'Shift-Mod-X': toggleSuggest });
  return new Plugin<SuggestState>({
    key: suggestKey,
    state: {
      init: (_config, state) => ({ enabled, author, markers: breakMarkers(state.doc) }),
      apply: (tr, prev) => {
        const meta = tr.getMeta(suggestKey) as SuggestMeta | undefined;
        let next = prev;
        if (meta && 'enabled' in meta) next = { ...prev, enabled: meta.enabled };
        if (meta && 'author' in meta) next = { ...prev, author: meta.author };
        if (!tr.docChanged) return next;
        // Typing maps the markers; anything that may add, take or move a break finds them again.
        const markers = tr.steps.every((step, i) => withinOneBlock(step, tr.docs[i]!))
          ? next.markers.map(tr.mapping, tr.doc)
          : breakMarkers(tr.doc);
        return { ...next, markers };
      },
    },
    props: {
      handleKeyDown: keys,
      decorations: (state) => suggestKey.getState(state)?.markers,
    },
  });
}
