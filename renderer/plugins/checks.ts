/**
 * The checker's findings in the editor, as underline decorations.
 *
 * The decorations are the plugin's record of where each finding is: they are mapped through every
 * transaction, and only the text blocks a transaction touched are checked again on the keystroke
 * path (the checker caches paragraphs by text). The document pass (repeated and late glosses, two
 * spellings of one name, ...) needs the whole article, so it runs when typing pauses: in the checker
 * worker when the editor has one (a `DocumentChecker`), whose answer comes back as a transaction and
 * is mapped through the edits made meanwhile; otherwise inside the refresh transaction. During an
 * input-method composition nothing is re-checked: the changed ranges wait until it ends.
 *
 * Every inline node of the schema is text, so a text block's text offset `i` is position
 * `blockStart + 1 + i`.
 */
import { Plugin, PluginKey, TextSelection } from 'prosemirror-state';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { EditorView } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import { Mapping, type StepMap } from 'prosemirror-transform';
import { keydownHandler } from 'prosemirror-keymap';
import type { Checker } from '../../core/checks/engine';
import type { Finding } from '../../core/checks/types';
import type { IgnoredFinding } from '../../core/document/draft';
import { blockText, checkerInput, ignoredIds, isIgnored, spansInBlock, type CheckerBlock } from '../../core/document/checker-input';
import { documentPass, resetAnswer, type DocumentAnswer, type DocumentChecker } from '../workers/document-pass';

/** A finding where it stands in the document: ProseMirror positions. */
export interface PlacedFinding {
  finding: Finding;
  from: number;
  to: number;
}

/** The findings as a panel shows them: all of them, and the one the selection is exactly on. */
export interface FindingsView {
  findings: PlacedFinding[];
  current: PlacedFinding | null;
}

/** What the pointer rests on in the text: the findings there, and where to show their card (viewport). */
export interface HoverTarget {
  findings: PlacedFinding[];
  anchor: { left: number; top: number };
}

interface Range {
  from: number;
  to: number;
}

export interface ChecksState {
  decorations: DecorationSet;
  ignored: readonly IgnoredFinding[];
  /** Ranges changed while checking waited (a composition, a large paste); checked by the next refresh. */
  pending: readonly Range[];
  /** The document pass has not seen the latest text. */
  stale: boolean;
  /** Document passes asked of the document checker and not answered yet, oldest first. */
  asked: readonly AskedPass[];
}

/**
 * A document pass under way: its number, the article it reads, the edits made since (its answer is
 * mapped through them), and whether its answer must stand alone (the underlines were rebuilt).
 */
interface AskedPass {
  id: number;
  doc: PMNode;
  maps: readonly StepMap[];
  reset: boolean;
}

type ChecksMeta = { ignored: readonly IgnoredFinding[] } | { refresh: true } | { answer: number; result: DocumentAnswer };

/** What the plugin checks with: the paragraph pass here, the document pass here or in the document checker. */
interface Checking {
  checker: Checker;
  documentChecker: DocumentChecker | null;
}

/** Decoration spec: findings carry their finding; a name the glossary confirms carries none. */
interface MarkSpec {
  pass: 'paragraph' | 'document';
  finding?: Finding;
  /** A document pass item's number (`PassItem.n`). */
  n?: number;
}

export const checksKey = new PluginKey<ChecksState>('checks');

/** How long typing must pause before the document pass runs. */
export const IDLE_MS = 300;

/** A transaction touching more text blocks than this (a large paste) is checked at the next pause instead. */
const MAX_BLOCKS_PER_KEYSTROKE = 40;

/** A refresh checks waiting blocks for about this long, then leaves the rest for the next one. */
const REFRESH_BUDGET_MS = 12;

function underline(range: Range, spec: MarkSpec): Decoration {
  const finding = spec.finding!;
  const spelling = finding.rule === 'spelling/unknown' ? ' finding-spelling' : '';
  return Decoration.inline(
    range.from,
    range.to,
    { class: `finding finding-${finding.severity}${spelling}`, 'data-finding': finding.rule },
    spec,
  );
}

/** The paragraph pass's underlines for one text block at `pos`. */
function paragraphDecorations(checker: Checker, block: PMNode, pos: number, ignored: ReadonlySet<string>): Decoration[] {
  const { text, skips } = blockText(block);
  if (text.trim() === '') return [];
  const out: Decoration[] = [];
  for (const finding of checker.paragraph(text).findings) {
    if (isIgnored(ignored, finding)) continue;
    for (const range of spansInBlock(pos + 1, text.length, finding.offset, finding.length, skips))
      out.push(underline(range, { pass: 'paragraph', finding }));
  }
  return out;
}

/** The article as the checker reads it, once per document (the view sends it, the answer is placed by it). */
const inputs = new WeakMap<PMNode, CheckerBlock[]>();
function blocksOf(doc: PMNode): CheckerBlock[] {
  let blocks = inputs.get(doc);
  if (!blocks) inputs.set(doc, (blocks = checkerInput(doc)));
  return blocks;
}

/** The underlines and known-name marks of a document pass's items, placed in the article the pass read. */
function itemDecorations(doc: PMNode, answer: DocumentAnswer, ignored: ReadonlySet<string>): Decoration[] {
  const blocks = blocksOf(doc);
  const out: Decoration[] = [];
  for (const { n, block: index, offset, length, finding } of answer.added) {
    const block = blocks[index];
    if (!block || (finding && isIgnored(ignored, finding))) continue;
    // Deleted text (a pending suggestion) is not in the text the pass read: a span across it is cut around it.
    for (const range of spansInBlock(block.pos, block.text.length, offset, length, block.skips)) {
      if (finding) out.push(underline(range, { pass: 'document', finding, n }));
      else out.push(Decoration.inline(range.from, range.to, { class: 'entity-known' }, { pass: 'document', n } satisfies MarkSpec));
    }
  }
  return out;
}

/** What makes two document-pass decorations the same to the eye (and to the next answer: the item number). */
function sameness(d: Decoration): string {
  const { finding, n } = d.spec as MarkSpec;
  if (!finding) return `${n} ${d.from} ${d.to}`;
  const { rule, severity, key, text, message, suggestions } = finding;
  return `${n} ${d.from} ${d.to} ${rule} ${severity} ${key} ${text} ${message.en} ${message.bn} ${suggestions.join('\u0000')}`;
}

/**
 * Puts an answer's decorations in place. A reset replaces every document-pass decoration, but one
 * that is the same as one already there is left as it was, so the view redraws only the paragraphs
 * whose underlines changed; otherwise the answer's removed items go and its added ones come.
 */
function applyAnswer(set: DecorationSet, doc: PMNode, answer: DocumentAnswer, fresh: Decoration[]): DecorationSet {
  if (!answer.reset) {
    const gone = new Set(answer.removed);
    const removed =
      gone.size === 0 ? [] : set.find(undefined, undefined, (spec: MarkSpec) => spec.pass === 'document' && gone.has(spec.n!));
    return removed.length === 0 && fresh.length === 0 ? set : set.remove(removed).add(doc, fresh);
  }
  const old = new Map<string, Decoration[]>();
  for (const d of set.find(undefined, undefined, (spec: MarkSpec) => spec.pass === 'document')) {
    const key = sameness(d);
    const list = old.get(key);
    if (list) list.push(d);
    else old.set(key, [d]);
  }
  const added: Decoration[] = [];
  for (const d of fresh) if (!old.get(sameness(d))?.pop()) added.push(d);
  const removed: Decoration[] = [];
  for (const list of old.values()) for (const d of list) removed.push(d);
  return removed.length === 0 && added.length === 0 ? set : set.remove(removed).add(doc, added);
}

/** The document pass run here and now, as an answer that stands alone. */
function passHere(checker: Checker, doc: PMNode): DocumentAnswer {
  const blocks = blocksOf(doc);
  return resetAnswer(documentPass(checker, blocks), blocks);
}

/**
 * The underlines of an article checked afresh. With a document checker the document pass is asked
 * for, and the document pass's underlines of `previous` (mapped to `doc`) stay meanwhile, less any
 * now ignored.
 */
function build(checking: Checking, doc: PMNode, ignored: readonly IgnoredFinding[], previous: DecorationSet | null): ChecksState {
  const ids = ignoredIds(ignored);
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    for (const d of paragraphDecorations(checking.checker, node, pos, ids)) decorations.push(d);
    return false;
  });
  if (checking.documentChecker) {
    const kept = previous?.find(
      undefined,
      undefined,
      (spec: MarkSpec) => spec.pass === 'document' && !(spec.finding && isIgnored(ids, spec.finding)),
    );
    for (const d of kept ?? []) decorations.push(d);
    return { decorations: DecorationSet.create(doc, decorations), ignored, pending: [], stale: true, asked: [ask(doc, true)] };
  }
  // A loop, not a spread: an article can carry more findings than a call has room for arguments.
  for (const d of itemDecorations(doc, passHere(checking.checker, doc), ids)) decorations.push(d);
  return { decorations: DecorationSet.create(doc, decorations), ignored, pending: [], stale: false, asked: [] };
}

let lastAsked = 0;
function ask(doc: PMNode, reset: boolean): AskedPass {
  return { id: ++lastAsked, doc, maps: [], reset };
}

/** The ranges of the new document that a transaction's steps wrote (deletions as empty ranges). */
function changedRanges(tr: Transaction): Range[] {
  const out: Range[] = [];
  tr.mapping.maps.forEach((map, i) => {
    const later = tr.mapping.slice(i + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      out.push({ from: later.map(newStart, -1), to: later.map(newEnd, 1) });
    });
  });
  return out;
}

/** The text blocks that overlap or contain any of the ranges, each once, with their positions. */
function blocksIn(doc: PMNode, ranges: readonly Range[]): { node: PMNode; pos: number }[] {
  const seen = new Set<number>();
  const out: { node: PMNode; pos: number }[] = [];
  for (const { from, to } of ranges) {
    doc.nodesBetween(Math.max(0, from), Math.min(doc.content.size, to), (node, pos) => {
      if (!node.isTextblock) return true;
      if (!seen.has(pos)) {
        seen.add(pos);
        out.push({ node, pos });
      }
      return false;
    });
  }
  return out;
}

/**
 * Past this many, a block's old underlines are not removed one by one: ProseMirror's `remove` matches
 * each against every underline of its block, so a paragraph with thousands of findings (pasted text
 * with `|` for every danda) took seconds a keystroke (5,000: 0.8 s; 20,000: 12 s). The set is built
 * anew instead, in time linear in its size.
 */
const REMOVE_ONE_BY_ONE = 200;

/** Replaces the paragraph pass's underlines in the given blocks. */
function recheckBlocks(
  checker: Checker,
  decorations: DecorationSet,
  doc: PMNode,
  blocks: { node: PMNode; pos: number }[],
  ignored: ReadonlySet<string>,
): DecorationSet {
  const old: Decoration[] = [];
  const fresh: Decoration[] = [];
  for (const { node, pos } of blocks) {
    for (const d of decorations.find(pos, pos + node.nodeSize, (spec: MarkSpec) => spec.pass === 'paragraph')) old.push(d);
    for (const d of paragraphDecorations(checker, node, pos, ignored)) fresh.push(d);
  }
  if (old.length <= REMOVE_ONE_BY_ONE) return decorations.remove(old).add(doc, fresh);
  // An underline lies inside one text block; the block is the parent of its start.
  const rechecked = new Set(blocks.map((b) => b.pos));
  const kept = decorations.find().filter((d) => (d.spec as MarkSpec).pass !== 'paragraph' || !rechecked.has(doc.resolve(d.from).before()));
  for (const d of fresh) kept.push(d);
  return DecorationSet.create(doc, kept);
}

function mapRanges(ranges: readonly Range[], tr: Transaction): Range[] {
  return ranges.map((r) => ({ from: tr.mapping.map(r.from, -1), to: tr.mapping.map(r.to, 1) }));
}

/**
 * Checks what waited, a slice at a time so that a large paste never freezes the editor: blocks left
 * when the time budget runs out stay pending for the next refresh. The document pass runs once
 * nothing waits.
 */
function refresh(checking: Checking, prev: ChecksState, doc: PMNode): ChecksState {
  const { checker } = checking;
  const ignored = ignoredIds(prev.ignored);
  const blocks = blocksIn(doc, prev.pending);
  const deadline = performance.now() + REFRESH_BUDGET_MS;
  let done = 0;
  // The paragraph results are cached, so recheckBlocks below only looks them up again.
  while (done < blocks.length && (done === 0 || performance.now() < deadline)) checker.paragraph(blockText(blocks[done++]!.node).text);
  let set = recheckBlocks(checker, prev.decorations, doc, blocks.slice(0, done), ignored);
  if (done < blocks.length) {
    const pending = blocks.slice(done).map(({ node, pos }) => ({ from: pos, to: pos + node.nodeSize }));
    return { decorations: set, ignored: prev.ignored, pending, stale: true, asked: prev.asked };
  }
  if (checking.documentChecker)
    return { decorations: set, ignored: prev.ignored, pending: [], stale: true, asked: [...prev.asked, ask(doc, false)] };
  const answer = passHere(checker, doc);
  set = applyAnswer(set, doc, answer, itemDecorations(doc, answer, ignored));
  return { decorations: set, ignored: prev.ignored, pending: [], stale: false, asked: [] };
}

/**
 * The document checker's answer to pass `id`: placed in the article that pass read, then mapped
 * through the edits made since. Passes asked before it were skipped for it. After such edits, or with
 * a newer pass under way, the underlines are still stale.
 */
function answer(prev: ChecksState, doc: PMNode, id: number, result: DocumentAnswer): ChecksState {
  const index = prev.asked.findIndex((a) => a.id === id);
  const asked = prev.asked[index];
  // An answer to a pass asked before the underlines were rebuilt: the rebuild's own answer stands alone.
  if (!asked) return prev;
  let fresh = itemDecorations(asked.doc, result, ignoredIds(prev.ignored));
  if (asked.maps.length > 0) fresh = DecorationSet.create(asked.doc, fresh).map(new Mapping(asked.maps), doc).find();
  const later = prev.asked.slice(index + 1);
  return {
    decorations: applyAnswer(prev.decorations, doc, result, fresh),
    ignored: prev.ignored,
    pending: prev.pending,
    stale: asked.maps.length > 0 || later.length > 0 || prev.pending.length > 0,
    asked: later,
  };
}

function applyChecks(checking: Checking, tr: Transaction, prev: ChecksState, state: EditorState): ChecksState {
  const meta = tr.getMeta(checksKey) as ChecksMeta | undefined;
  if (meta && 'ignored' in meta) return build(checking, state.doc, meta.ignored, prev.decorations.map(tr.mapping, tr.doc));
  let next = prev;
  if (tr.docChanged) {
    const decorations = prev.decorations.map(tr.mapping, tr.doc);
    const pending = mapRanges(prev.pending, tr);
    const asked = prev.asked.map((a) => ({ ...a, maps: [...a.maps, ...tr.mapping.maps] }));
    const changed = changedRanges(tr);
    const blocks = tr.getMeta('composition') === undefined ? blocksIn(tr.doc, changed) : null;
    if (blocks && blocks.length <= MAX_BLOCKS_PER_KEYSTROKE) {
      next = {
        decorations: recheckBlocks(checking.checker, decorations, tr.doc, blocks, ignoredIds(prev.ignored)),
        ignored: prev.ignored,
        pending,
        stale: true,
        asked,
      };
    } else {
      next = { decorations, ignored: prev.ignored, pending: [...pending, ...changed], stale: true, asked };
    }
  }
  if (!meta) return next;
  return 'answer' in meta ? answer(next, state.doc, meta.answer, meta.result) : refresh(checking, next, state.doc);
}

/** Whether a refresh has work: blocks waiting, or a stale document pass not yet asked for this text. */
function wantsRefresh(checks: ChecksState): boolean {
  return checks.pending.length > 0 || (checks.stale && checks.asked[checks.asked.length - 1]?.maps.length !== 0);
}

/**
 * Waits for a pause in typing, then asks for a refresh; sends the document pass the refresh asks for
 * to the document checker, and dispatches its answer. A composition in progress is never
 * interrupted: the refresh, and an answer that arrives meanwhile, wait for compositionend.
 */
class IdleRefresh {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The last pass sent to the document checker. */
  private sent = 0;
  /** Answers that arrived during a composition. */
  private held: (() => void)[] = [];
  private destroyed = false;
  private readonly onCompositionEnd = () => {
    const held = this.held;
    this.held = [];
    for (const apply of held) apply();
    this.schedule();
  };

  constructor(
    private readonly view: EditorView,
    private readonly documentChecker: DocumentChecker | null,
  ) {
    view.dom.addEventListener('compositionend', this.onCompositionEnd);
    this.send();
  }

  update(view: EditorView, prevState: EditorState): void {
    const checks = checksKey.getState(view.state)!;
    if (checks === checksKey.getState(prevState)) return;
    this.send();
    if (!wantsRefresh(checks)) return;
    // Typing restarts the wait; a refresh that left work behind continues at the next free moment.
    if (view.state.doc !== prevState.doc) this.schedule(IDLE_MS);
    else if (this.timer === null) this.schedule(0);
  }

  destroy(): void {
    this.destroyed = true;
    if (this.timer) clearTimeout(this.timer);
    this.view.dom.removeEventListener('compositionend', this.onCompositionEnd);
  }

  private schedule(delay = IDLE_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), delay);
  }

  private run(): void {
    this.timer = null;
    if (this.view.composing) return;
    if (wantsRefresh(checksKey.getState(this.view.state)!)) this.view.dispatch(refreshChecks(this.view.state.tr));
  }

  private send(): void {
    const { documentChecker } = this;
    if (!documentChecker) return;
    for (const asked of checksKey.getState(this.view.state)!.asked) {
      if (asked.id <= this.sent) continue;
      this.sent = asked.id;
      documentChecker.check(blocksOf(asked.doc), asked.reset, (result) => {
        if (this.destroyed) return;
        const apply = () => this.view.dispatch(answerChecks(this.view.state.tr, asked.id, result));
        // Answers held during a composition are dispatched after it, in order.
        if (this.view.composing || this.held.length > 0) this.held.push(apply);
        else apply();
      });
    }
  }
}

export interface ChecksOptions {
  /** The paragraph pass at each keystroke, and the document pass when there is no document checker. */
  checker: Checker;
  /** Runs the document pass elsewhere (the checker worker); without one it runs in the refresh, on this thread. */
  documentChecker?: DocumentChecker;
  /** Findings the draft says to ignore (`review.ignored`). */
  ignored?: readonly IgnoredFinding[];
}

export function checksPlugin({ checker, documentChecker, ignored = [] }: ChecksOptions): Plugin<ChecksState> {
  const checking: Checking = { checker, documentChecker: documentChecker ?? null };
  const keys = keydownHandler({ F8: nextFinding, 'Shift-F8': prevFinding, 'Mod-.': nextFinding, 'Shift-Mod-.': prevFinding });
  return new Plugin<ChecksState>({
    key: checksKey,
    state: {
      init: (_config, state) => build(checking, state.doc, ignored, null),
      apply: (tr, prev, _old, state) => applyChecks(checking, tr, prev, state),
    },
    view: (view) => new IdleRefresh(view, checking.documentChecker),
    props: {
      decorations: (state) => checksKey.getState(state)!.decorations,
      handleKeyDown: keys,
    },
  });
}

/** Marks a transaction to re-check what waited and run the document pass. Not an undo step. */
export function refreshChecks(tr: Transaction): Transaction {
  return tr.setMeta(checksKey, { refresh: true } satisfies ChecksMeta).setMeta('addToHistory', false);
}

/** Carries the document checker's answer to pass `id` into the state. Not an undo step. */
export function answerChecks(tr: Transaction, id: number, result: DocumentAnswer): Transaction {
  return tr.setMeta(checksKey, { answer: id, result } satisfies ChecksMeta).setMeta('addToHistory', false);
}

/** Sets the ignore list (e.g. from a reopened draft); the underlines are rebuilt. Not an undo step. */
export function setIgnored(tr: Transaction, ignored: readonly IgnoredFinding[]): Transaction {
  return tr.setMeta(checksKey, { ignored } satisfies ChecksMeta).setMeta('addToHistory', false);
}

export function ignoredOf(state: EditorState): readonly IgnoredFinding[] {
  return checksKey.getState(state)?.ignored ?? [];
}

/** Ignores every finding of this rule about this entity or text, wherever it appears. */
export function ignoreFinding(state: EditorState, dispatch: ((tr: Transaction) => void) | undefined, finding: Finding): boolean {
  const ignored = ignoredOf(state);
  if (ignored.some((i) => i.rule === finding.rule && i.key === finding.key)) return false;
  if (dispatch) dispatch(setIgnored(state.tr, [...ignored, { rule: finding.rule, key: finding.key }]));
  return true;
}

/** Every finding in document order, with ProseMirror positions. */
export function findingsOf(state: EditorState): PlacedFinding[] {
  const checks = checksKey.getState(state);
  if (!checks) return [];
  // A finding cut around suggested deletions is several decorations of one finding: listed once.
  const byFinding = new Map<Finding, PlacedFinding>();
  for (const d of checks.decorations.find(undefined, undefined, (spec: MarkSpec) => spec.finding !== undefined)) {
    const finding = (d.spec as MarkSpec).finding!;
    const seen = byFinding.get(finding);
    if (seen) byFinding.set(finding, { finding, from: Math.min(seen.from, d.from), to: Math.max(seen.to, d.to) });
    else byFinding.set(finding, { finding, from: d.from, to: d.to });
  }
  return [...byFinding.values()].sort((a, b) => a.from - b.from || a.to - b.to || a.finding.rule.localeCompare(b.finding.rule));
}

export function sameFinding(a: PlacedFinding | null, b: PlacedFinding | null): boolean {
  return a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to && a.finding.rule === b.finding.rule);
}

/** The finding the selection is exactly on (after a click in the panel or F8), if any. */
export function currentFinding(state: EditorState): PlacedFinding | null {
  const { from, to } = state.selection;
  if (from === to) return null;
  return findingsAt(state, from).find((f) => f.from === from && f.to === to) ?? null;
}

/** The findings whose span contains `pos` (for the hover card). */
export function findingsAt(state: EditorState, pos: number): PlacedFinding[] {
  const checks = checksKey.getState(state);
  if (!checks) return [];
  return checks.decorations
    .find(pos, pos, (spec: MarkSpec) => spec.finding !== undefined)
    .filter((d) => d.from <= pos && pos < d.to)
    .map((d) => ({ finding: (d.spec as MarkSpec).finding!, from: d.from, to: d.to }));
}

/** Selects a finding's span and scrolls to it. */
export function selectFinding(placed: PlacedFinding): Command {
  return (state, dispatch) => {
    if (placed.to > state.doc.content.size) return false;
    if (dispatch) dispatch(state.tr.setSelection(TextSelection.create(state.doc, placed.from, placed.to)).scrollIntoView());
    return true;
  };
}

function step(direction: 1 | -1): Command {
  return (state, dispatch) => {
    const findings = findingsOf(state);
    if (findings.length === 0) return false;
    const { from, to } = state.selection;
    const target =
      direction === 1
        ? (findings.find((f) => f.from > from || (f.from === from && f.to > to)) ?? findings[0]!)
        : ([...findings].reverse().find((f) => f.from < from || (f.from === from && f.to < to)) ?? findings[findings.length - 1]!);
    return selectFinding(target)(state, dispatch);
  };
}

/** Selects the next finding after the selection, wrapping to the first. */
export const nextFinding: Command = step(1);
/** Selects the previous finding before the selection, wrapping to the last. */
export const prevFinding: Command = step(-1);
