/**
 * Comment threads in the editor. The anchors are `comment` marks in the document (they move with the
 * text); the threads themselves (text, replies, resolved) are this plugin's state, which the draft
 * keeps in `review.comments`. Changing a thread is a transaction with a meta, not an undo step;
 * anchoring a new thread is one undo step.
 *
 * Alt-Down / Alt-Up select the next / previous comment's text; Mod-Alt-M asks the app to comment on
 * the selection.
 */
import { Plugin, PluginKey, TextSelection } from 'prosemirror-state';
import type { Command, EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { keydownHandler } from 'prosemirror-keymap';
import type { CommentReply, CommentThread } from '../../core/document/draft';
import {
  anchorComment,
  commentAnchors,
  deleteThread,
  newThread,
  replyTo,
  setResolved,
  threadsInOrder,
  unanchorComment,
  type PlacedThread,
} from '../../core/document/comments';
import { newReviewId, type ReviewAuthor } from '../../core/document/suggestions';

export interface CommentsState {
  threads: readonly CommentThread[];
}

type CommentsMeta = { threads: readonly CommentThread[] };

export const commentsKey = new PluginKey<CommentsState>('comments');

export function threadsOf(state: EditorState): readonly CommentThread[] {
  return commentsKey.getState(state)?.threads ?? [];
}

/** The threads in document order, each with where its text is now. */
export function placedThreads(state: EditorState): PlacedThread[] {
  return threadsInOrder(state.doc, threadsOf(state));
}

function withThreads(state: EditorState, threads: readonly CommentThread[]) {
  return state.tr.setMeta(commentsKey, { threads } satisfies CommentsMeta);
}

/** Replaces the threads (a draft was opened). Not an undo step. */
export const setThreads =
  (threads: readonly CommentThread[]): Command =>
  (state, dispatch) => {
    if (dispatch) dispatch(withThreads(state, threads).setMeta('addToHistory', false));
    return true;
  };

/** Comments on the selected text: anchors a new thread there. One undo step (the anchor). */
export function addComment(text: string, author: ReviewAuthor, id: string = newReviewId()): Command {
  return (state, dispatch) => {
    const { from, to, empty } = state.selection;
    if (empty || text.trim() === '') return false;
    if (dispatch) {
      const thread = newThread(id, author, new Date().toISOString(), text.trim());
      const tr = withThreads(state, [...threadsOf(state), thread]);
      anchorComment(tr, from, to, id);
      dispatch(tr);
    }
    return true;
  };
}

export function replyToComment(id: string, text: string, author: ReviewAuthor): Command {
  return (state, dispatch) => {
    if (text.trim() === '' || !threadsOf(state).some((t) => t.id === id)) return false;
    const reply: CommentReply = {
      id: newReviewId(),
      author: author.name,
      color: author.color,
      time: new Date().toISOString(),
      text: text.trim(),
    };
    if (dispatch) dispatch(withThreads(state, replyTo(threadsOf(state), id, reply)).setMeta('addToHistory', false));
    return true;
  };
}

export function resolveComment(id: string, resolved: boolean): Command {
  return (state, dispatch) => {
    const thread = threadsOf(state).find((t) => t.id === id);
    if (!thread || thread.resolved === resolved) return false;
    if (dispatch) dispatch(withThreads(state, setResolved(threadsOf(state), id, resolved)).setMeta('addToHistory', false));
    return true;
  };
}

/** Deletes a thread and its anchor (one undo step for the anchor). */
export function deleteComment(id: string): Command {
  return (state, dispatch) => {
    if (!threadsOf(state).some((t) => t.id === id)) return false;
    if (dispatch) dispatch(unanchorComment(withThreads(state, deleteThread(threadsOf(state), id)), id) as typeof state.tr);
    return true;
  };
}

/** Selects a thread's text and scrolls to it. */
export function selectComment(id: string): Command {
  return (state, dispatch) => {
    const anchor = commentAnchors(state.doc).get(id);
    if (!anchor) return false;
    if (dispatch) dispatch(state.tr.setSelection(TextSelection.create(state.doc, anchor.from, anchor.to)).scrollIntoView());
    return true;
  };
}

function step(direction: 1 | -1): Command {
  return (state, dispatch) => {
    const anchored = placedThreads(state).filter((p) => p.anchor !== null && !p.thread.resolved);
    if (anchored.length === 0) return false;
    const { from } = state.selection;
    const target =
      direction === 1
        ? (anchored.find((p) => p.anchor!.from > from) ?? anchored[0]!)
        : ([...anchored].reverse().find((p) => p.anchor!.from < from) ?? anchored[anchored.length - 1]!);
    return selectComment(target.thread.id)(state, dispatch);
  };
}

export const nextComment: Command = step(1);
export const prevComment: Command = step(-1);

export interface CommentsOptions {
  threads?: readonly CommentThread[];
  /** Mod-Alt-M: the app opens its comment box for the selection. */
  requestComment(): void;
}

export function commentsPlugin({ threads = [], requestComment }: CommentsOptions): Plugin<CommentsState> {
  const keys = keydownHandler({
    'Alt-ArrowDown': nextComment,
    'Alt-ArrowUp': prevComment,
    'Mod-Alt-m': (state) => {
      if (state.selection.empty) return false;
      requestComment();
      return true;
    },
  });
  return new Plugin<CommentsState>({
    key: commentsKey,
    state: {
      init: () => ({ threads }),
      apply: (tr, prev) => {
        const meta = tr.getMeta(commentsKey) as CommentsMeta | undefined;
        return meta ? { threads: meta.threads } : prev;
      },
    },
    props: {
      handleKeyDown: keys,
      // A resolved thread's text is no longer highlighted.
      decorations: (state) => {
        const resolved = threadsOf(state).filter((t) => t.resolved);
        if (resolved.length === 0) return null;
        const anchors = commentAnchors(state.doc);
        const decorations: Decoration[] = [];
        for (const thread of resolved) {
          const anchor = anchors.get(thread.id);
          if (anchor) decorations.push(Decoration.inline(anchor.from, anchor.to, { class: 'comment-resolved' }));
        }
        return DecorationSet.create(state.doc, decorations);
      },
    },
  });
}
