/**
 * Suggested changes (review-format.md): insertions and deletions are marks in the document, so they map
 * through every edit like any other mark. Deleted text stays in the document under a `deletion` mark
 * until the suggestion is accepted.
 *
 * Two things live here, both over plain nodes and transforms so the editor, export and the command line
 * share them: resolving suggestions (accept or reject one, some or all) and tracking an edit (turning
 * what a transaction changed into a suggestion instead).
 */
import { Fragment, Mark, type MarkType, Node as PMNode, type Slice } from 'prosemirror-model';
import { ReplaceStep, Transform } from 'prosemirror-transform';
import { schema, type BreakSuggestion, type DocJSON, type SuggestionAttrs } from './schema';
import { suggestionIds } from './review-summary';

export type SuggestionKind = 'insertion' | 'deletion';

/** Who suggests or comments: the name and colour from the settings. */
export interface ReviewAuthor {
  name: string;
  /** `#rrggbb`. */
  color: string;
}

/** One suggestion as the review panel lists it: every mark of one id, in document order. */
export interface SuggestionSummary {
  id: string;
  author: string;
  color: string;
  time: string;
  /** Document positions from the first to the last character of the suggestion. */
  from: number;
  to: number;
  inserted: string;
  deleted: string;
  /** Authors of the suggested insertions this deletion strikes (text they suggested that this author would take out). */
  struck: string[];
  /** Paragraph breaks the suggestion adds (a new paragraph) and takes away (two paragraphs joined). */
  breaksInserted: number;
  breaksDeleted: number;
}

/** The suggested break before a text block, if any (only body text blocks can carry one). */
export function breakOf(block: PMNode): BreakSuggestion | null {
  return (block.attrs.break ?? null) as BreakSuggestion | null;
}

/**
 * Where the paragraph break before the text block at `blockPos` begins: the end of the text block just
 * before it, when nothing but the blocks' edges stands between them (no rule, no front matter). Null
 * when the block starts no break a suggestion can hold: the first body block, or one after a rule.
 */
export function breakStart(doc: PMNode, blockPos: number): number | null {
  let pos = blockPos;
  while (pos > 0) {
    const $pos = doc.resolve(pos);
    const before = $pos.nodeBefore;
    if (!before) {
      if ($pos.depth === 0) return null;
      pos = $pos.before();
    } else if (before.isTextblock) return canHoldBreak(before) ? pos - 1 : null;
    else if (before.isLeaf) return null;
    else pos -= 1;
  }
  return null;
}

function canHoldBreak(block: PMNode): boolean {
  return block.isTextblock && block.type.spec.attrs !== undefined && 'break' in block.type.spec.attrs;
}

/** A suggestion mark's own attributes: what a deletion keeps of the insertion it covers. */
function suggestionAttrsOf(mark: Mark): SuggestionAttrs {
  const { id, author, color, time } = mark.attrs as SuggestionAttrs;
  return { id, author, color, time };
}

function isSuggestion(mark: Mark): boolean {
  return mark.type === schema.marks.insertion || mark.type === schema.marks.deletion;
}

/** A short random id, safe in an attribute and a CSS selector (REVIEW_ID_PATTERN). */
export function newReviewId(random: () => number = Math.random): string {
  let id = '';
  for (let i = 0; i < 10; i++) id += Math.floor(random() * 36).toString(36);
  return id;
}

/** Every suggestion in document order. */
export function suggestionsOf(doc: PMNode): SuggestionSummary[] {
  const byId = new Map<string, SuggestionSummary>();
  const entryOf = ({ id, author, color, time }: SuggestionAttrs, from: number): SuggestionSummary => {
    let entry = byId.get(id);
    if (!entry) {
      entry = { id, author, color, time, from, to: from, inserted: '', deleted: '', struck: [], breaksInserted: 0, breaksDeleted: 0 };
      byId.set(id, entry);
    }
    return entry;
  };
  doc.descendants((node, pos) => {
    if (!node.isText) {
      const suggested = node.isTextblock ? breakOf(node) : null;
      if (suggested) {
        // The break runs from the end of the block before to the start of this one.
        const entry = entryOf(suggested, breakStart(doc, pos) ?? pos);
        entry.to = pos + 1;
        if (suggested.kind === 'insert') entry.breaksInserted += 1;
        else entry.breaksDeleted += 1;
      }
      return true;
    }
    for (const mark of node.marks) {
      if (!isSuggestion(mark)) continue;
      const entry = entryOf(mark.attrs as SuggestionAttrs, pos);
      entry.to = pos + node.nodeSize;
      if (mark.type === schema.marks.insertion) entry.inserted += node.text;
      else entry.deleted += node.text;
      const covered = (mark.attrs.insertion ?? null) as SuggestionAttrs | null;
      if (covered && !entry.struck.includes(covered.author)) entry.struck.push(covered.author);
    }
    return false;
  });
  return [...byId.values()];
}

/** How many suggestions are pending: distinct ids of insertion and deletion marks and suggested breaks. */
export function countSuggestions(doc: PMNode | DocJSON): number {
  if (!(doc instanceof PMNode)) return suggestionIds(doc).size;
  const ids = new Set<string>();
  doc.descendants((node) => {
    if (node.isTextblock) {
      const suggested = breakOf(node);
      if (suggested) ids.add(suggested.id);
    }
    for (const mark of node.marks) if (isSuggestion(mark)) ids.add(mark.attrs.id as string);
    return !node.isText;
  });
  return ids.size;
}

type Which = ReadonlySet<string> | null;

/** Text that resolving leaves as it is. */
const UNCHANGED = { drop: null, node: null } as const;

/**
 * What resolving does to one text node: `drop` is the id of the suggestion whose resolving removes it;
 * otherwise `node` is the text as it stays (null when it does not change).
 *
 * A deletion covering another author's insertion (its `insertion` attribute) answers to both ids:
 * accepting the deletion drops the text; rejecting it gives the text back as that insertion; accepting
 * the insertion leaves a plain deletion; rejecting the insertion drops the text, deleted or not.
 */
function resolveText(child: PMNode, mode: 'accept' | 'reject', which: Which): { drop: string } | { drop: null; node: PMNode | null } {
  // Most text carries no suggestion: answered without a look at its marks.
  if (child.marks.length === 0) return UNCHANGED;
  const { insertion, deletion } = schema.marks;
  const has = (id: string) => which === null || which.has(id);
  const inserted = insertion.isInSet(child.marks);
  const deleted = deletion.isInSet(child.marks);
  const covered = (deleted?.attrs.insertion ?? null) as SuggestionAttrs | null;
  if (mode === 'accept') {
    if (deleted && has(deleted.attrs.id as string)) return { drop: deleted.attrs.id as string };
    if (inserted && has(inserted.attrs.id as string)) return { drop: null, node: child.mark(inserted.removeFromSet(child.marks)) };
    if (deleted && covered && has(covered.id))
      return { drop: null, node: child.mark(deletion.create({ ...deleted.attrs, insertion: null }).addToSet(child.marks)) };
    return UNCHANGED;
  }
  if (inserted && has(inserted.attrs.id as string)) return { drop: inserted.attrs.id as string };
  if (covered && has(covered.id)) return { drop: covered.id };
  if (deleted && has(deleted.attrs.id as string)) {
    const marks = deleted.removeFromSet(child.marks);
    return { drop: null, node: child.mark(covered ? insertion.create(covered).addToSet(marks) : marks) };
  }
  return UNCHANGED;
}

/**
 * What resolving does to a suggested paragraph break: `join` the block to the one before (an inserted
 * break rejected, a deleted one accepted), `clear` the suggestion and keep the break (the other two),
 * or nothing when `which` leaves it pending.
 */
function resolveBreak(suggested: BreakSuggestion | null, mode: 'accept' | 'reject', which: Which): 'join' | 'clear' | null {
  if (suggested === null || (which !== null && !which.has(suggested.id))) return null;
  return (suggested.kind === 'insert') === (mode === 'reject') ? 'join' : 'clear';
}

/**
 * Resolves suggestions on a transform: accepting drops deletion-marked text and unmarks insertions;
 * rejecting drops insertion-marked text and unmarks deletions (giving back an insertion a deletion
 * covered: resolveText). `which` null means every suggestion. Suggested paragraph breaks resolve with
 * them (resolveBreak): a break that goes joins its block to the one before, as Backspace would.
 *
 * Two structural consequences follow the text: a body block whose every character goes goes with it
 * (so accepting a deleted paragraph leaves no empty one, and its break needs no join), and two
 * neighbouring blocks whose dropped text of one suggestion meets at the break between them are joined
 * (how a draft of format 2, which had no suggested breaks, marked a deletion across a break).
 *
 * Each text block that changes is one step (its content replaced), not each suggestion: accepting 500
 * suggestions is a hundred-odd steps for the editor's plugins to map, not a thousand.
 */
export function resolveSuggestions(tr: Transform, mode: 'accept' | 'reject', which: Which = null): Transform {
  /** Done from the last position to the first, so no position needs mapping. */
  const ops: (
    | { kind: 'content'; from: number; to: number; content: Fragment }
    | { kind: 'remove'; from: number; to: number }
    | { kind: 'join'; from: number; to: number }
    | { kind: 'clear'; at: number }
  )[] = [];
  const doc = tr.doc;
  /** The id of dropped text that ends the previous text block, and where that block ends. */
  let openEnd: { id: string; after: number } | null = null;
  /** The previous text block, while nothing but block edges stand between it and the next. */
  let previous: { end: number; removed: boolean } | null = null;

  doc.descendants((block, blockPos, parent) => {
    if (!block.isTextblock) {
      if (block.isLeaf) previous = null;
      return true;
    }
    const kept: PMNode[] = [];
    let dropped = 0;
    let changed = false;
    let firstDropId: string | null = null;
    let lastDropId: string | null = null;
    block.forEach((child, _offset, index) => {
      const resolved = resolveText(child, mode, which);
      if (resolved.drop !== null) {
        changed = true;
        dropped += child.nodeSize;
        if (index === 0) firstDropId = resolved.drop;
        if (index === block.childCount - 1) lastDropId = resolved.drop;
        return;
      }
      if (resolved.node) changed = true;
      kept.push(resolved.node ?? child);
    });
    const whole = dropped > 0 && dropped === block.content.size;
    const removable = whole && parent !== null && parent.childCount > 1 && block.type.spec.group === 'block';
    const breakGoes = resolveBreak(breakOf(block), mode, which);
    const before = previous as { end: number; removed: boolean } | null;
    // The break before this block goes: with the block before, when that is removed; otherwise the two join.
    const joinsDropped = openEnd !== null && firstDropId !== null && firstDropId === openEnd.id && openEnd.after === blockPos;
    const joins = !removable && before !== null && !before.removed && (joinsDropped || breakGoes === 'join');
    // In position order: the join at the block's start comes before its content.
    if (joins) ops.push({ kind: 'join', from: before.end, to: blockPos + 1 });
    else if (!removable && breakGoes !== null) ops.push({ kind: 'clear', at: blockPos });
    if (removable) ops.push({ kind: 'remove', from: blockPos, to: blockPos + block.nodeSize });
    else if (changed)
      ops.push({ kind: 'content', from: blockPos + 1, to: blockPos + 1 + block.content.size, content: Fragment.fromArray(kept) });
    openEnd = !removable && lastDropId !== null ? { id: lastDropId, after: blockPos + block.nodeSize } : null;
    previous = canHoldBreak(block) ? { end: blockPos + 1 + block.content.size, removed: removable } : null;
    return false;
  });

  for (let i = ops.length - 1; i >= 0; i--) {
    const op = ops[i]!;
    if (op.kind === 'content') tr.replaceWith(op.from, op.to, op.content);
    else if (op.kind === 'remove') tr.delete(op.from, op.to);
    else if (op.kind === 'clear') tr.setNodeAttribute(op.at, 'break', null);
    // From the end of one block's text to the start of the next's, as Backspace joins them.
    else tr.delete(op.from, op.to);
  }
  return tr;
}

function resolveDoc<T extends PMNode | DocJSON>(doc: T, mode: 'accept' | 'reject', which: Which): T {
  const node = doc instanceof PMNode ? doc : schema.nodeFromJSON(doc);
  const out = resolveSuggestions(new Transform(node), mode, which).doc;
  return (doc instanceof PMNode ? out : out.toJSON()) as T;
}

/** The document with every suggestion accepted: deleted text gone, insertions kept as plain text. */
export function acceptAll<T extends PMNode | DocJSON>(doc: T): T {
  return resolveDoc(doc, 'accept', null);
}

/** The document with every suggestion rejected: inserted text gone, deletions kept as plain text. */
export function rejectAll<T extends PMNode | DocJSON>(doc: T): T {
  return resolveDoc(doc, 'reject', null);
}

/** Accepts one suggestion. */
export function accept<T extends PMNode | DocJSON>(doc: T, id: string): T {
  return resolveDoc(doc, 'accept', new Set([id]));
}

/** Rejects one suggestion. */
export function reject<T extends PMNode | DocJSON>(doc: T, id: string): T {
  return resolveDoc(doc, 'reject', new Set([id]));
}

/** One range a transaction replaced: `from..to` in the old document, and what now stands there. */
interface Change {
  from: number;
  to: number;
  slice: Slice;
}

/**
 * What a transform changed, as ranges of the old document with their new content, in document order:
 * the ranges its steps replaced, overlapping ones merged. Taken from the steps, not from comparing the
 * documents: typing a space before a space is then the one the cursor was at, not the one after it.
 */
function changesOf(tr: Transform): Change[] {
  const ranges: { fromA: number; toA: number; fromB: number; toB: number }[] = [];
  const { maps } = tr.mapping;
  // Mapping.slice(...).invert() inverts every map, not the slice's: positions go back one map at a time.
  const back = (pos: number, i: number, assoc: number) => {
    for (let j = i - 1; j >= 0; j--) pos = maps[j]!.invert().map(pos, assoc);
    return pos;
  };
  maps.forEach((map, i) => {
    const on = tr.mapping.slice(i + 1);
    map.forEach((oldStart, oldEnd, newStart, newEnd) => {
      ranges.push({ fromA: back(oldStart, i, -1), toA: back(oldEnd, i, 1), fromB: on.map(newStart, -1), toB: on.map(newEnd, 1) });
    });
  });
  ranges.sort((a, b) => a.fromA - b.fromA);
  const merged: typeof ranges = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.fromA <= last.toA) {
      last.toA = Math.max(last.toA, range.toA);
      last.fromB = Math.min(last.fromB, range.fromB);
      last.toB = Math.max(last.toB, range.toB);
    } else merged.push({ ...range });
  }
  return merged.map(({ fromA, toA, fromB, toB }) => ({ from: fromA, to: toA, slice: tr.doc.slice(fromB, toB) }));
}

/**
 * `tr` with its one typed insertion moved to end at the caret. Typing reaches ProseMirror as a change
 * to the DOM, and where the typed text matches the text just before it (a space typed before a space)
 * the change could stand at either place; ProseMirror picks by its selection from before the key, which
 * still holds the old selection when the key follows a caret move before the browser has reported it.
 * The text comes out the same, but a suggestion marks the wrong character and the cursor lands after it.
 * The caret `tr` carries is read from the DOM with the change, so it says where the writer typed.
 */
export function insertionAtCaret(before: PMNode, tr: Transform, caret: number): Transform {
  const step = tr.steps.length === 1 ? tr.steps[0] : undefined;
  if (!(step instanceof ReplaceStep) || step.from !== step.to) return tr;
  const { slice } = step;
  const typed = slice.content.childCount === 1 && slice.openStart === 0 && slice.openEnd === 0 ? slice.content.firstChild : null;
  if (!typed?.isText || typed.text === undefined) return tr;
  let text = typed.text;
  let at = step.from;
  const start = before.resolve(at).start();
  while (at + text.length > caret && at > start) {
    const previous = before.resolve(at).nodeBefore;
    const last = text[text.length - 1]!;
    if (!previous?.isText || !previous.text!.endsWith(last) || !Mark.sameSet(previous.marks, typed.marks)) break;
    text = last + text.slice(0, -1);
    at -= 1;
  }
  if (at === step.from || at + text.length !== caret) return tr;
  const moved = new Transform(before);
  moved.insert(at, schema.text(text, typed.marks));
  return moved;
}

export interface TrackOptions {
  author: ReviewAuthor;
  /** ISO 8601. */
  time: string;
  newId?: () => string;
}

/** Whether a transaction only adds or removes marks (formatting, comment anchors): those pass as they are. */
function onlyMarks(tr: Transform): boolean {
  return tr.steps.every((step) => {
    const json = step.toJSON() as { stepType?: string };
    return json.stepType === 'addMark' || json.stepType === 'removeMark';
  });
}

/**
 * The suggestion of this author right at `pos` (before or after it), so consecutive typing stays one
 * suggestion: its id and time, which the new marks take so they join the old ones. A suggested break of
 * the same kind at `pos` counts too (`pos` at the start of its block, or at the end of the block before
 * it), so a new paragraph and the words typed into it, or a join and the Backspaces after it, are one.
 */
function neighbour(doc: PMNode, pos: number, type: MarkType, author: string): Joined | null {
  const $pos = doc.resolve(pos);
  for (const node of [$pos.nodeBefore, $pos.nodeAfter]) {
    const mark = node?.marks.find((m) => m.type === type && m.attrs.author === author);
    if (mark) return { id: mark.attrs.id as string, time: mark.attrs.time as string };
  }
  if (!$pos.parent.isTextblock || $pos.depth === 0) return null;
  const kind = type === schema.marks.insertion ? 'insert' : 'delete';
  const atStart = $pos.parentOffset === 0 ? $pos.parent : null;
  const atEnd = $pos.parentOffset === $pos.parent.content.size ? $pos.node(-1).maybeChild($pos.index(-1) + 1) : null;
  for (const block of [atStart, atEnd]) {
    const suggested = block ? breakOf(block) : null;
    if (suggested?.kind === kind && suggested.author === author) return { id: suggested.id, time: suggested.time };
  }
  return null;
}

/** The suggestion an edit joins: one id and one time for all its marks. */
interface Joined {
  id: string;
  time: string;
}

/**
 * Re-does what `tr` did to `before` as suggestions, on a fresh transform of `before`: text it removed
 * stays under a deletion mark (text that was this author's own suggested insertion really goes; another
 * author's insertion is marked deleted, the insertion kept on the mark), and what it
 * inserted is marked as an insertion. A transaction that only changes marks is not a text change and is
 * returned as null (the caller applies it as it is), as is one that changed neither text nor a
 * paragraph break.
 *
 * Each separate range the transaction replaced is one suggestion (a paste, a checker fix, an input rule;
 * a "fix all" gives one per fix). Paragraph breaks are suggestions too: a break the edit made (Enter, a
 * pasted paragraph) is marked inserted on the block it starts, and one it took away (Backspace at a
 * paragraph's start, a deletion across blocks) stays, marked deleted; the author's own suggested break
 * really goes.
 *
 * Returns the transform and where the cursor belongs: after an insertion, or before the deleted text
 * when deleting backwards, so repeated Backspace walks on through text already marked deleted.
 */
export function trackChange(
  before: PMNode,
  tr: Transform,
  options: TrackOptions,
  backward = false,
): { tracked: Transform; cursor: number } | null {
  if (!tr.docChanged || onlyMarks(tr)) return null;
  const changes = changesOf(tr);
  const out = new Transform(before);
  let cursor = -1;
  let tracked = false;
  // From the last to the first, so the positions of those before stay as they were.
  for (let i = changes.length - 1; i >= 0; i--) {
    const result = trackOne(out, changes[i]!, options, backward);
    tracked ||= result.tracked;
    if (cursor < 0) cursor = result.cursor;
    else cursor = out.mapping.slice(result.steps).map(cursor);
  }
  return tracked ? { tracked: out, cursor } : null;
}

/** A paragraph break inside a deleted range: from the end of one block's text to the start of the next's. */
interface CoveredBreak {
  from: number;
  to: number;
  /** The block the break starts. */
  blockPos: number;
  suggested: BreakSuggestion | null;
}

function trackOne(
  out: Transform,
  change: Change,
  options: TrackOptions,
  backward: boolean,
): { cursor: number; tracked: boolean; steps: number } {
  const steps = out.steps.length;
  const doc = out.doc;
  const { author, time } = options;
  const newId = options.newId ?? newReviewId;
  const { insertion, deletion } = schema.marks;
  let joined: Joined | null = null;
  const fresh = (): Joined => ({ id: newId(), time });

  // Deletion: mark what stays, remove what was only ever this author's suggestion. Another author's
  // suggested insertion is not theirs to take back: it is marked deleted by this author, keeping the
  // insertion on the mark, so its author sees who struck it and rejecting the deletion brings it back.
  // Breaks likewise; another author's suggested new paragraph is left to them (the caret moves on).
  const toRemove: { from: number; to: number }[] = [];
  const toMark: { from: number; to: number; covers: SuggestionAttrs | null }[] = [];
  const breaksToMark: CoveredBreak[] = [];
  let breaksCovered = 0;
  doc.nodesBetween(change.from, change.to, (node, pos) => {
    if (!node.isText) {
      if (node.isTextblock && pos + 1 > change.from && pos + 1 <= change.to) {
        const from = breakStart(doc, pos);
        if (from !== null && from >= change.from) {
          breaksCovered += 1;
          const suggested = breakOf(node);
          if (suggested?.kind === 'insert' && suggested.author === author.name) {
            joined ??= { id: suggested.id, time: suggested.time };
            toRemove.push({ from, to: pos + 1 });
          } else if (suggested === null) breaksToMark.push({ from, to: pos + 1, blockPos: pos, suggested });
        }
      }
      return true;
    }
    const from = Math.max(pos, change.from);
    const to = Math.min(pos + node.nodeSize, change.to);
    if (from >= to) return false;
    const inserted = node.marks.find((m) => m.type === insertion);
    if (inserted?.attrs.author === author.name) {
      joined ??= { id: inserted.attrs.id as string, time: inserted.attrs.time as string };
      toRemove.push({ from, to });
    } else if (inserted) toMark.push({ from, to, covers: suggestionAttrsOf(inserted) });
    else if (!node.marks.some((m) => m.type === deletion)) toMark.push({ from, to, covers: null });
    return false;
  });
  if (toMark.length > 0 || breaksToMark.length > 0) {
    joined ??= neighbour(doc, change.from, deletion, author.name) ?? neighbour(doc, change.to, deletion, author.name) ?? fresh();
    const attrs = { ...joined, author: author.name, color: author.color };
    for (const { from, to, covers } of toMark) out.addMark(from, to, deletion.create({ ...attrs, insertion: covers }));
    for (const { blockPos } of breaksToMark)
      out.setNodeAttribute(blockPos, 'break', { kind: 'delete', ...attrs } satisfies BreakSuggestion);
  }
  // In document order already (nodesBetween); removed from the last, so earlier positions hold.
  for (let i = toRemove.length - 1; i >= 0; i--) out.delete(toRemove[i]!.from, toRemove[i]!.to);
  const here = out.mapping.slice(steps);
  const afterDeleted = here.map(change.to, -1);
  const beforeDeleted = here.map(change.from, -1);

  // Insertion: after the deleted text, so a replacement reads "old, then new".
  const { slice } = change;
  let cursor = backward ? beforeDeleted : afterDeleted;
  let tracked = toMark.length > 0 || toRemove.length > 0 || breaksCovered > 0;
  if (slice.size > 0) {
    const at = afterDeleted;
    const before = out.steps.length;
    out.replace(at, at, slice);
    const map = out.mapping.slice(before);
    const end = map.map(at, 1);
    const start = map.map(at, -1);
    cursor = end;
    const hasText = sliceHasText(slice.content);
    const newBreaks = insertedBreaks(out.doc, start, end);
    if (hasText || newBreaks.some((b) => b.from !== null)) {
      tracked = true;
      joined ??= neighbour(out.doc, start, insertion, author.name) ?? neighbour(out.doc, end, insertion, author.name) ?? fresh();
    }
    const attrs = joined && { ...joined, author: author.name, color: author.color };
    if (hasText && attrs) {
      out.removeMark(start, end, deletion);
      out.addMark(start, end, insertion.create(attrs));
    }
    // Every block the insertion begins starts a new break; one that can hold no suggestion keeps none
    // (a block split off another copies its attributes).
    for (const { blockPos, from } of newBreaks)
      out.setNodeAttribute(blockPos, 'break', from !== null && attrs ? ({ kind: 'insert', ...attrs } satisfies BreakSuggestion) : null);
  } else if (!tracked && change.to > change.from) {
    // Nothing but structure went (a list item lifted): applied as it is, not a suggestion.
    out.delete(change.from, change.to);
    cursor = out.mapping.slice(steps).map(change.from);
  }
  return { cursor, tracked, steps };
}

/**
 * The text blocks whose start lies inside `from..to` of `doc` (a range just inserted), each with where the
 * break before it starts (breakStart), null when it can hold no suggested break.
 */
function insertedBreaks(doc: PMNode, from: number, to: number): { blockPos: number; from: number | null }[] {
  const found: { blockPos: number; from: number | null }[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (node.isText) return false;
    if (node.isTextblock && pos + 1 > from && pos + 1 <= to && canHoldBreak(node))
      found.push({ blockPos: pos, from: breakStart(doc, pos) });
    return !node.isTextblock;
  });
  return found;
}

/**
 * Takes off the suggested breaks a plain edit (suggest mode off) copied: ProseMirror splits a block into
 * two of the same attributes, so splitting a block whose break is suggested would suggest a second
 * break nobody suggested; a block pasted or dropped in brings its own. Only blocks that begin inside a
 * range the transform inserted are looked at, and only when a step inserted blocks, so typing costs
 * nothing. Undo and redo bring back what was there, and must not pass through here.
 */
export function clearCopiedBreaks(tr: Transform): Transform {
  const ranges: { from: number; to: number }[] = [];
  tr.steps.forEach((step, i) => {
    const slice = (step as { slice?: Slice }).slice;
    if (!slice || (slice.openStart === 0 && slice.content.firstChild?.isInline !== false)) return;
    const on = tr.mapping.slice(i + 1);
    tr.mapping.maps[i]!.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      ranges.push({ from: on.map(newStart, -1), to: on.map(newEnd, 1) });
    });
  });
  const copied = new Set<number>();
  for (const { from, to } of ranges)
    for (const { blockPos } of insertedBreaks(tr.doc, from, to)) if (breakOf(tr.doc.nodeAt(blockPos)!)) copied.add(blockPos);
  for (const blockPos of copied) tr.setNodeAttribute(blockPos, 'break', null);
  return tr;
}

function sliceHasText(fragment: Fragment): boolean {
  let found = false;
  fragment.descendants((node) => {
    if (node.isText && node.text !== '') found = true;
    return !found;
  });
  return found;
}
