/**
 * One-click fixes. A suggestion replaces only the characters that differ (জেলেনস্কীর → জেলেনস্কির
 * rewrites one vowel sign), so bold, italics and links around and inside the span stay as they were.
 * A fix, or a whole "fix all", is one transaction with its own undo step.
 */
import { closeHistory } from 'prosemirror-history';
import type { Command, Transaction } from 'prosemirror-state';
import type { PlacedFinding } from '../plugins/checks';

/** The differing middle of `before` → `after`: offsets into `before` and the text that replaces them. */
export function minimalEdit(before: string, after: string): { start: number; end: number; text: string } {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}

/** Whether the finding's span still holds the text it was found in (a document-pass span may be stale). */
function stillThere(tr: Transaction, placed: PlacedFinding): boolean {
  return placed.to <= tr.doc.content.size && tr.doc.textBetween(placed.from, placed.to) === placed.finding.text;
}

/**
 * Rewrites one finding's span to `suggestion` in `tr`. New characters take the marks of the flagged
 * character they sit beside, so a fix inside a bold or linked name stays bold or linked.
 */
function rewrite(tr: Transaction, placed: PlacedFinding, suggestion: string): void {
  const edit = minimalEdit(placed.finding.text, suggestion);
  const from = placed.from + edit.start;
  const to = placed.from + edit.end;
  if (edit.text === '') {
    if (from < to) tr.delete(from, to);
    return;
  }
  const $from = tr.doc.resolve(from);
  const beside = from < to ? $from.nodeAfter : from > placed.from ? $from.nodeBefore : $from.nodeAfter;
  tr.replaceWith(from, to, tr.doc.type.schema.text(edit.text, beside?.marks ?? []));
}

/** Applies one suggestion; refuses when the span no longer holds the flagged text. */
export function applySuggestion(placed: PlacedFinding, suggestion: string): Command {
  return (state, dispatch) => {
    const tr = state.tr;
    if (!stillThere(tr, placed) || suggestion === placed.finding.text) return false;
    if (dispatch) {
      rewrite(closeHistory(tr), placed, suggestion);
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/**
 * Applies each finding's first suggestion, from the end of the document backwards so earlier
 * positions stay valid; overlapping spans after the first are left for the next round.
 */
export function fixAll(findings: readonly PlacedFinding[]): Command {
  return (state, dispatch) => {
    const tr = state.tr;
    const fixable = findings
      .filter((p) => p.finding.suggestions.length > 0 && p.finding.suggestions[0] !== p.finding.text && stillThere(tr, p))
      .sort((a, b) => b.from - a.from || b.to - a.to);
    if (fixable.length === 0) return false;
    if (dispatch) {
      closeHistory(tr);
      let limit = Infinity;
      for (const placed of fixable) {
        const [fix] = placed.finding.suggestions;
        if (fix === undefined || placed.to > limit) continue;
        rewrite(tr, placed, fix);
        limit = placed.from;
      }
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Findings of the same kind as `finding` ("fix all of this kind"): the same rule. */
export function sameKind(findings: readonly PlacedFinding[], like: PlacedFinding): PlacedFinding[] {
  return findings.filter((p) => p.finding.rule === like.finding.rule);
}
