import { setBlockType, toggleMark, wrapIn, lift } from 'prosemirror-commands';
import { wrapInList } from 'prosemirror-schema-list';
import { TextSelection } from 'prosemirror-state';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import type { MarkType, Node as PMNode, NodeType } from 'prosemirror-model';
import { schema, safeHref } from '../../core/document/schema';

/** Headline, standfirst and byline: the article's front matter, always the first children of the doc. */
const FRONT_MATTER = new Set(['headline', 'standfirst', 'byline']);

export const toggleBold: Command = toggleMark(schema.marks.strong);
export const toggleItalic: Command = toggleMark(schema.marks.em);
export const setParagraph: Command = setBlockType(schema.nodes.paragraph);
export const setSubhead = (level: 2 | 3): Command => setBlockType(schema.nodes.heading, { level });
export const wrapBulletList: Command = wrapInList(schema.nodes.bullet_list);
export const wrapOrderedList: Command = wrapInList(schema.nodes.ordered_list);

/** Quote on, or off when the selection is already inside a quote. */
export const toggleQuote: Command = (state, dispatch) => {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    if ($from.node(depth).type === schema.nodes.blockquote) return lift(state, dispatch);
  }
  return wrapIn(schema.nodes.blockquote)(state, dispatch);
};

function topLevelIndex(state: EditorState): number {
  return state.selection.$from.index(0);
}

/**
 * Enter in the headline, standfirst or byline does not split them (each exists once): it moves the
 * cursor to the start of the next block, which is where the reporter continues.
 */
export const leaveFrontMatter: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  if (!empty || $from.depth !== 1 || !FRONT_MATTER.has($from.parent.type.name)) return false;
  const index = topLevelIndex(state);
  if (index + 1 >= state.doc.childCount) return false;
  if (dispatch) {
    const nextStart = $from.after(1);
    const selection = TextSelection.near(state.doc.resolve(nextStart + 1));
    dispatch(state.tr.setSelection(selection).scrollIntoView());
  }
  return true;
};

/** Inserts an empty standfirst or byline in its fixed place if the article has none, and moves there. */
function insertFrontMatter(type: NodeType): Command {
  return (state, dispatch) => {
    const doc = state.doc;
    let pos = 0;
    let index = 0;
    for (; index < doc.childCount; index++) {
      const child = doc.child(index);
      if (child.type === type) {
        if (dispatch) dispatch(state.tr.setSelection(TextSelection.create(doc, pos + 1)).scrollIntoView());
        return true;
      }
      if (!FRONT_MATTER.has(child.type.name)) break;
      // The standfirst goes before the byline, so stop at the byline when inserting a standfirst.
      if (type === schema.nodes.standfirst && child.type === schema.nodes.byline) break;
      pos += child.nodeSize;
    }
    if (!doc.canReplaceWith(index, index, type)) return false;
    if (dispatch) {
      const tr = state.tr.insert(pos, type.create());
      dispatch(tr.setSelection(TextSelection.create(tr.doc, pos + 1)).scrollIntoView());
    }
    return true;
  };
}

export const addStandfirst: Command = insertFrontMatter(schema.nodes.standfirst);
export const addByline: Command = insertFrontMatter(schema.nodes.byline);

/** The href of the link at the cursor or over the selection, if any. */
export function linkAt(state: EditorState): string | null {
  const { from, to, empty, $from } = state.selection;
  const type = schema.marks.link;
  if (empty) return type.isInSet($from.marks())?.attrs.href ?? null;
  let href: string | null = null;
  state.doc.nodesBetween(from, to, (node) => {
    const mark = type.isInSet(node.marks);
    if (mark && href === null) href = mark.attrs.href as string;
  });
  return href;
}

export type LinkOutcome = 'applied' | 'removed' | 'invalid' | 'no-selection';

/**
 * Sets (or, given an empty address, removes) a link on the selection. Only http, https and mailto
 * pass: the schema would refuse anything else, and so does this, with a reason the UI can show.
 */
export function applyLink(state: EditorState, dispatch: (tr: Transaction) => void, address: string): LinkOutcome {
  const type = schema.marks.link;
  let { from, to } = state.selection;
  if (state.selection.empty) {
    const range = markRange(state.doc, from, type);
    if (!range) return address.trim() === '' ? 'removed' : 'no-selection';
    ({ from, to } = range);
  }
  if (address.trim() === '') {
    dispatch(state.tr.removeMark(from, to, type));
    return 'removed';
  }
  const href = safeHref(address);
  if (href === null) return 'invalid';
  dispatch(state.tr.removeMark(from, to, type).addMark(from, to, type.create({ href })));
  return 'applied';
}

/** The extent of the link around a cursor position, so Mod-K on a link edits the whole link. */
function markRange(doc: PMNode, pos: number, type: MarkType): { from: number; to: number } | null {
  const $pos = doc.resolve(pos);
  const parent = $pos.parent;
  let index = $pos.index();
  let mark = type.isInSet(parent.maybeChild(index)?.marks ?? []);
  if (!mark && $pos.textOffset === 0 && index > 0) {
    index--;
    mark = type.isInSet(parent.child(index).marks);
  }
  if (!mark) return null;
  let first = index;
  let last = index;
  while (first > 0 && mark.isInSet(parent.child(first - 1).marks)) first--;
  while (last + 1 < parent.childCount && mark.isInSet(parent.child(last + 1).marks)) last++;
  let from = $pos.start();
  for (let i = 0; i < first; i++) from += parent.child(i).nodeSize;
  let to = from;
  for (let i = first; i <= last; i++) to += parent.child(i).nodeSize;
  return { from, to };
}
