import { Plugin, PluginKey, TextSelection } from 'prosemirror-state';
import type { Command } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';

export interface FindMatch {
  from: number;
  to: number;
}

export interface FindState {
  query: string;
  matches: FindMatch[];
  /** Index into `matches` of the highlighted match, or -1. */
  current: number;
  decorations: DecorationSet;
}

type FindAction = { query: string; matches: FindMatch[] } | { move: 1 | -1 };

export const findKey = new PluginKey<FindState>('find');

const CLOSED: FindState = { query: '', matches: [], current: -1, decorations: DecorationSet.empty };

/**
 * Matches within each text block (never across blocks), case-insensitive for Latin glosses. Every
 * inline node of the schema is text, so a block's text offsets map one-to-one onto positions.
 */
export function findMatches(doc: PMNode, query: string): FindMatch[] {
  if (query === '') return [];
  const needle = query.toLowerCase();
  const out: FindMatch[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const text = node.textContent;
    const folded = text.toLowerCase();
    // Lower-casing can change a string's length (İ); fall back to exact matching for such a block.
    const [haystack, target] = folded.length === text.length ? [folded, needle] : [text, query];
    for (let at = haystack.indexOf(target); at !== -1; at = haystack.indexOf(target, at + target.length)) {
      out.push({ from: pos + 1 + at, to: pos + 1 + at + target.length });
    }
    return false;
  });
  return out;
}

function decorate(doc: PMNode, matches: FindMatch[], current: number): DecorationSet {
  if (matches.length === 0) return DecorationSet.empty;
  return DecorationSet.create(
    doc,
    matches.map((m, i) => Decoration.inline(m.from, m.to, { class: i === current ? 'find-match find-current' : 'find-match' })),
  );
}

/** The first match at or after `pos`, wrapping to the first one. */
function matchFrom(matches: FindMatch[], pos: number): number {
  if (matches.length === 0) return -1;
  const index = matches.findIndex((m) => m.from >= pos);
  return index === -1 ? 0 : index;
}

export function findPlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findKey,
    state: {
      init: () => CLOSED,
      apply(tr, prev, _old, state) {
        const action = tr.getMeta(findKey) as FindAction | undefined;
        if (action && 'query' in action) {
          if (action.query === '') return CLOSED;
          const current = matchFrom(action.matches, state.selection.from);
          return { query: action.query, matches: action.matches, current, decorations: decorate(state.doc, action.matches, current) };
        }
        if (action && 'move' in action) {
          if (prev.matches.length === 0) return prev;
          const current = (prev.current + action.move + prev.matches.length) % prev.matches.length;
          return { ...prev, current, decorations: decorate(state.doc, prev.matches, current) };
        }
        if (prev.query === '' || !tr.docChanged) return prev;
        const matches = findMatches(state.doc, prev.query);
        const current = matchFrom(matches, state.selection.from);
        return { query: prev.query, matches, current, decorations: decorate(state.doc, matches, current) };
      },
    },
    props: {
      decorations: (state) => findKey.getState(state)!.decorations,
    },
  });
}

/** Sets the search text (empty closes the search) and selects the first match after the cursor. */
export function setFindQuery(query: string): Command {
  return (state, dispatch) => {
    if (!dispatch) return true;
    const matches = findMatches(state.doc, query);
    const match = matches[matchFrom(matches, state.selection.from)];
    const tr = state.tr.setMeta(findKey, { query, matches }).setMeta('addToHistory', false);
    dispatch(match ? tr.setSelection(TextSelection.create(state.doc, match.from, match.to)).scrollIntoView() : tr);
    return true;
  };
}

/** Moves to the next (1) or previous (-1) match, wrapping around, and selects it. */
export function findStep(direction: 1 | -1): Command {
  return (state, dispatch) => {
    const find = findKey.getState(state)!;
    const count = find.matches.length;
    if (count === 0) return false;
    if (dispatch) {
      // count > 0 and the index is taken modulo count, so there is a match there.
      const match = find.matches[(find.current + direction + count) % count]!;
      const tr = state.tr.setMeta(findKey, { move: direction }).setMeta('addToHistory', false);
      dispatch(tr.setSelection(TextSelection.create(state.doc, match.from, match.to)).scrollIntoView());
    }
    return true;
  };
}
