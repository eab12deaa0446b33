/**
 * Comment threads (review-format.md): the threads live in the draft's `review.comments`, their anchors
 * in the document as `comment` marks with the thread's id, so an anchor moves with the text around it
 * like any mark. Everything here is a pure function: a new list of threads, or steps on a transform.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { Transform } from 'prosemirror-transform';
import type { CommentReply, CommentThread } from './draft';
import { schema } from './schema';
import type { ReviewAuthor } from './suggestions';

/** Where a thread is anchored: from its first to its last marked character, and the text under it. */
export interface CommentAnchor {
  from: number;
  to: number;
  text: string;
}

/** Every anchor in the document, by thread id, in document order. */
export function commentAnchors(doc: PMNode): Map<string, CommentAnchor> {
  const anchors = new Map<string, CommentAnchor>();
  const type = schema.marks.comment;
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (mark.type !== type) continue;
      const id = mark.attrs.id as string;
      const seen = anchors.get(id);
      if (seen) {
        seen.to = pos + node.nodeSize;
        seen.text += node.text;
      } else anchors.set(id, { from: pos, to: pos + node.nodeSize, text: node.text ?? '' });
    }
    return false;
  });
  return anchors;
}

/** A thread with where it stands; `anchor` null when all its text was deleted (the thread is kept). */
export interface PlacedThread {
  thread: CommentThread;
  anchor: CommentAnchor | null;
}

/** The threads in document order of their anchors; threads whose text is gone come last, oldest first. */
export function threadsInOrder(doc: PMNode, threads: readonly CommentThread[]): PlacedThread[] {
  const anchors = commentAnchors(doc);
  return threads
    .map((thread) => ({ thread, anchor: anchors.get(thread.id) ?? null }))
    .sort((a, b) => {
      if (a.anchor && b.anchor) return a.anchor.from - b.anchor.from || a.anchor.to - b.anchor.to;
      if (a.anchor || b.anchor) return a.anchor ? -1 : 1;
      return a.thread.time.localeCompare(b.thread.time);
    });
}

/** Anchors a new thread on `from..to` (a step on the transform, so one undo step with whatever else it does). */
export function anchorComment(tr: Transform, from: number, to: number, id: string): Transform {
  return tr.addMark(from, to, schema.marks.comment.create({ id }));
}

/** Removes a thread's anchor marks wherever they are. */
export function unanchorComment(tr: Transform, id: string): Transform {
  const type = schema.marks.comment;
  tr.doc.descendants((node, pos) => {
    if (!node.isText) return true;
    const mark = node.marks.find((m) => m.type === type && m.attrs.id === id);
    if (mark) tr.removeMark(pos, pos + node.nodeSize, mark);
    return false;
  });
  return tr;
}

export function newThread(id: string, author: ReviewAuthor, time: string, text: string): CommentThread {
  return { id, author: author.name, color: author.color, time, text, resolved: false, replies: [] };
}

function update(threads: readonly CommentThread[], id: string, change: (thread: CommentThread) => CommentThread): CommentThread[] {
  return threads.map((thread) => (thread.id === id ? change(thread) : thread));
}

export function replyTo(threads: readonly CommentThread[], id: string, reply: CommentReply): CommentThread[] {
  return update(threads, id, (thread) => ({ ...thread, replies: [...thread.replies, reply] }));
}

export function setResolved(threads: readonly CommentThread[], id: string, resolved: boolean): CommentThread[] {
  return update(threads, id, (thread) => ({ ...thread, resolved }));
}

export function deleteThread(threads: readonly CommentThread[], id: string): CommentThread[] {
  return threads.filter((thread) => thread.id !== id);
}

/** Threads not resolved: what the desk queue and the status bar count. */
export function openThreads(threads: readonly CommentThread[]): number {
  return threads.reduce((n, thread) => n + (thread.resolved ? 0 : 1), 0);
}
