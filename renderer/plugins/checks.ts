/**
 * The checker's findings in the editor, as underline decorations.
 *
 * The decorations are the plugin's record of where each finding is: they are mapped through every
 * transaction, and only the text blocks a transaction touched are checked again on the keystroke
 * path (the checker caches paragraphs by text). The document pass (repeated and late glosses, two
 * spellings of one name, ...) needs the whole article, so it runs when typing pauses. During an
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
import { keydownHandler } from 'prosemirror-keymap';
import type { Checker } from '../../core/checks/engine';
import type { PlacedParagraph } from '../../core/checks/document';
import type { Finding } from '../../core/checks/types';
import type { IgnoredFinding } from '../../core/document/draft';
import { blockAt, checkerInput, ignoredIds, isIgnored, spanInBlock, type CheckerBlock } from '../../core/document/checker-input';

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
}

type ChecksMeta = { ignored: readonly IgnoredFinding[] } | { refresh: true };

/** Decoration spec: findings carry their finding; a name the glossary confirms carries none. */
interface MarkSpec {
  pass: 'paragraph' | 'document';
  finding?: Finding;
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
  const text = block.textContent;
  if (text.trim() === '') return [];
  const out: Decoration[] = [];
  for (const finding of checker.paragraph(text).findings) {
    if (isIgnored(ignored, finding)) continue;
    const range = spanInBlock(pos + 1, text.length, finding.offset, finding.length);
    if (range) out.push(underline(range, { pass: 'paragraph', finding }));
  }
  return out;
}

/** The article as the checker reads it (headline marked), each block with its paragraph result. */
function placeBlocks(checker: Checker, doc: PMNode): { blocks: CheckerBlock[]; paragraphs: PlacedParagraph[] } {
  const blocks = checkerInput(doc);
  const paragraphs = blocks.map(
    (b): PlacedParagraph =>
      b.headline
        ? { result: checker.paragraph(b.text), offset: b.offset, headline: true }
        : { result: checker.paragraph(b.text), offset: b.offset },
  );
  return { blocks, paragraphs };
}

/** The document pass's underlines, and a quiet mark on each glossary name spelt as the glossary has it. */
function documentDecorations(checker: Checker, doc: PMNode, ignored: ReadonlySet<string>): Decoration[] {
  const { blocks, paragraphs } = placeBlocks(checker, doc);
  if (paragraphs.length === 0) return [];
  const result = checker.document(paragraphs);
  const place = (offset: number, length: number): Range | null => {
    const block = blocks[blockAt(blocks, offset)]!;
    return spanInBlock(block.pos, block.text.length, offset - block.offset, length);
  };
  const out: Decoration[] = [];
  for (const finding of result.findings) {
    if (isIgnored(ignored, finding)) continue;
    const range = place(finding.offset, finding.length);
    if (range) out.push(underline(range, { pass: 'document', finding }));
  }
  const flagged = new Set(result.findings.map((f) => f.offset));
  for (const entity of result.entities) {
    if (!entity.id.startsWith('g:')) continue;
    for (const mention of entity.mentions) {
      if (flagged.has(mention.offset)) continue;
      const range = place(mention.offset, mention.length);
      if (range) out.push(Decoration.inline(range.from, range.to, { class: 'entity-known' }, { pass: 'document' } satisfies MarkSpec));
    }
  }
  return out;
}

function build(checker: Checker, doc: PMNode, ignored: readonly IgnoredFinding[]): ChecksState {
  const ids = ignoredIds(ignored);
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    decorations.push(...paragraphDecorations(checker, node, pos, ids));
    return false;
  });
  // A loop, not a spread: an article can carry more findings than a call has room for arguments.
  for (const d of documentDecorations(checker, doc, ids)) decorations.push(d);
  return { decorations: DecorationSet.create(doc, decorations), ignored, pending: [], stale: false };
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

/** Replaces the paragraph pass's underlines in the given blocks, in one removal and one addition. */
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
    old.push(...decorations.find(pos, pos + node.nodeSize, (spec: MarkSpec) => spec.pass === 'paragraph'));
    fresh.push(...paragraphDecorations(checker, node, pos, ignored));
  }
  return decorations.remove(old).add(doc, fresh);
}

function mapRanges(ranges: readonly Range[], tr: Transaction): Range[] {
  return ranges.map((r) => ({ from: tr.mapping.map(r.from, -1), to: tr.mapping.map(r.to, 1) }));
}

/**
 * Checks what waited, a slice at a time so that a large paste never freezes the editor: blocks left
 * when the time budget runs out stay pending for the next refresh. The document pass runs once
 * nothing waits.
 */
function refresh(checker: Checker, prev: ChecksState, doc: PMNode): ChecksState {
  const ignored = ignoredIds(prev.ignored);
  const blocks = blocksIn(doc, prev.pending);
  const deadline = performance.now() + REFRESH_BUDGET_MS;
  let done = 0;
  // The paragraph results are cached, so recheckBlocks below only looks them up again.
  while (done < blocks.length && (done === 0 || performance.now() < deadline)) checker.paragraph(blocks[done++]!.node.textContent);
  let set = recheckBlocks(checker, prev.decorations, doc, blocks.slice(0, done), ignored);
  if (done < blocks.length) {
    const pending = blocks.slice(done).map(({ node, pos }) => ({ from: pos, to: pos + node.nodeSize }));
    return { decorations: set, ignored: prev.ignored, pending, stale: true };
  }
  const oldDocument = set.find(undefined, undefined, (spec: MarkSpec) => spec.pass === 'document');
  set = set.remove(oldDocument).add(doc, documentDecorations(checker, doc, ignored));
  return { decorations: set, ignored: prev.ignored, pending: [], stale: false };
}

function applyChecks(checker: Checker, tr: Transaction, prev: ChecksState, state: EditorState): ChecksState {
  const meta = tr.getMeta(checksKey) as ChecksMeta | undefined;
  if (meta && 'ignored' in meta) return build(checker, state.doc, meta.ignored);
  let next = prev;
  if (tr.docChanged) {
    const decorations = prev.decorations.map(tr.mapping, tr.doc);
    const pending = mapRanges(prev.pending, tr);
    const changed = changedRanges(tr);
    const blocks = tr.getMeta('composition') === undefined ? blocksIn(tr.doc, changed) : null;
    if (blocks && blocks.length <= MAX_BLOCKS_PER_KEYSTROKE) {
      next = {
        decorations: recheckBlocks(checker, decorations, tr.doc, blocks, ignoredIds(prev.ignored)),
        ignored: prev.ignored,
        pending,
        stale: true,
      };
    } else {
      next = { decorations, ignored: prev.ignored, pending: [...pending, ...changed], stale: true };
    }
  }
  return meta ? refresh(checker, next, state.doc) : next;
}

/**
 * Waits for a pause in typing, then asks for a refresh. A composition in progress is never
 * interrupted: the refresh waits for compositionend.
 */
class IdleRefresh {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly onCompositionEnd = () => this.schedule();

  constructor(private readonly view: EditorView) {
    view.dom.addEventListener('compositionend', this.onCompositionEnd);
  }

  update(view: EditorView, prevState: EditorState): void {
    const checks = checksKey.getState(view.state)!;
    if (checks === checksKey.getState(prevState) || !(checks.stale || checks.pending.length > 0)) return;
    // Typing restarts the wait; a refresh that left work behind continues at the next free moment.
    this.schedule(view.state.doc === prevState.doc ? 0 : IDLE_MS);
  }

  destroy(): void {
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
    const checks = checksKey.getState(this.view.state)!;
    if (checks.stale || checks.pending.length > 0) this.view.dispatch(refreshChecks(this.view.state.tr));
  }
}

export interface ChecksOptions {
  checker: Checker;
  /** Findings the draft says to ignore (`review.ignored`). */
  ignored?: readonly IgnoredFinding[];
}

export function checksPlugin({ checker, ignored = [] }: ChecksOptions): Plugin<ChecksState> {
  const keys = keydownHandler({ F8: nextFinding, 'Shift-F8': prevFinding, 'Mod-.': nextFinding, 'Shift-Mod-.': prevFinding });
  return new Plugin<ChecksState>({
    key: checksKey,
    state: {
      init: (_config, state) => build(checker, state.doc, ignored),
      apply: (tr, prev, _old, state) => applyChecks(checker, tr, prev, state),
    },
    view: (view) => new IdleRefresh(view),
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
  return checks.decorations
    .find(undefined, undefined, (spec: MarkSpec) => spec.finding !== undefined)
    .map((d) => ({ finding: (d.spec as MarkSpec).finding!, from: d.from, to: d.to }))
    .sort((a, b) => a.from - b.from || a.to - b.to || a.finding.rule.localeCompare(b.finding.rule));
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
