import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Node as PMNode } from 'prosemirror-model';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { history, undo } from 'prosemirror-history';
import { Transform } from 'prosemirror-transform';
import { splitBlock } from 'prosemirror-commands';
import { schema, type BreakSuggestion, type DocJSON } from '../../../core/document/schema';
import {
  accept,
  acceptAll,
  countSuggestions,
  reject,
  rejectAll,
  suggestionsOf,
  trackChange,
  type TrackOptions,
} from '../../../core/document/suggestions';
import { reviewCounts } from '../../../core/document/review-summary';
import { compareDocs } from '../../../core/document/compare';
import { newDraft } from '../../../core/document/draft';
import { parseDraft } from '../../../core/document/draft-file';
import {
  acceptAllSuggestions,
  rejectSuggestion,
  suggestKey,
  suggestPlugin,
  suggestTransaction,
  toggleSuggest,
} from '../../../renderer/plugins/suggest';
import { doc, li, p, t, ul } from './fixtures';
import { EDITOR, node, REPORTER, tracker } from './review-fixtures';

/** Applies an edit to `before` as a suggestion; the tracked document and where the caret goes. */
function suggest(before: PMNode, edit: (tr: Transform) => void, options: TrackOptions = tracker(), backward = false) {
  const tr = new Transform(before);
  edit(tr);
  const out = trackChange(before, tr, options, backward);
  assert.ok(out, 'the edit is a suggestion');
  out.tracked.doc.check();
  return { doc: out.tracked.doc, cursor: out.cursor };
}

/** Body text blocks' texts, list items' paragraphs included. */
function blocks(d: PMNode): string[] {
  const out: string[] = [];
  d.descendants((n) => {
    if (!n.isTextblock) return true;
    if (n.type.name !== 'headline') out.push(n.textContent);
    return false;
  });
  return out;
}

/** The suggested breaks of the body's text blocks, in order (null where none). */
function breaks(d: PMNode): (BreakSuggestion['kind'] | null)[] {
  const out: (BreakSuggestion['kind'] | null)[] = [];
  d.descendants((n) => {
    if (!n.isTextblock) return true;
    if (n.type.name !== 'headline') out.push((n.attrs.break as BreakSuggestion | null)?.kind ?? null);
    return false;
  });
  return out;
}

function at(d: PMNode, text: string): number {
  let found = -1;
  d.descendants((n, pos) => {
    if (found >= 0) return false;
    if (n.isText && n.text!.includes(text)) found = pos + n.text!.indexOf(text);
    return true;
  });
  assert.ok(found >= 0, `"${text}" is in the document`);
  return found;
}

/** Where the body's `index`th top-level block starts, and its text begins one after. */
function blockPos(d: PMNode, index: number): number {
  let pos = 0;
  for (let i = 0; i < index + 1; i++) pos += d.child(i).nodeSize;
  return pos;
}

const ARTICLE = doc('শিরোনাম', p(t('ঢাকায় বৃষ্টি হয়েছে।')), p(t('কাল আবার হবে।')));

describe('suggested paragraph breaks', () => {
  test('Enter splits and marks the new break inserted; accepted the split stays, rejected the paragraphs join', () => {
    const before = node(ARTICLE);
    const split = at(before, 'বৃষ্টি');
    const { doc: after, cursor } = suggest(before, (tr) => tr.split(split));
    assert.deepEqual(blocks(after), ['ঢাকায় ', 'বৃষ্টি হয়েছে।', 'কাল আবার হবে।']);
    assert.deepEqual(breaks(after), [null, 'insert', null]);
    assert.equal(cursor, split + 2, 'the caret starts the new paragraph');
    assert.equal(countSuggestions(after), 1);
    assert.equal(countSuggestions(after.toJSON() as DocJSON), 1);
    const [s] = suggestionsOf(after);
    assert.deepEqual([s?.breaksInserted, s?.breaksDeleted, s?.inserted, s?.deleted], [1, 0, '', '']);
    assert.equal(s?.from, split, 'listed from the end of the text before the break');
    const accepted = accept(after, s!.id);
    assert.deepEqual(blocks(accepted), blocks(after));
    assert.deepEqual(breaks(accepted), [null, null, null]);
    assert.ok(reject(after, s!.id).eq(before));
  });

  test('Backspace at a paragraph start marks the break deleted and moves the caret on; accepted they join, rejected nothing changed', () => {
    const before = node(ARTICLE);
    const second = blockPos(before, 1);
    const { doc: after, cursor } = suggest(before, (tr) => tr.join(second), tracker(), true);
    assert.deepEqual(blocks(after), blocks(before), 'nothing is joined until accepted');
    assert.deepEqual(breaks(after), [null, 'delete']);
    assert.equal(cursor, second - 1, 'the caret is at the end of the paragraph before');
    assert.equal(suggestionsOf(after)[0]?.breaksDeleted, 1);
    assert.deepEqual(blocks(acceptAll(after)), ['ঢাকায় বৃষ্টি হয়েছে।কাল আবার হবে।']);
    assert.ok(rejectAll(after).eq(before));
    // Delete at the end of the first paragraph: the same suggestion, the caret on at the next paragraph.
    const forward = suggest(before, (tr) => tr.join(second));
    assert.deepEqual(breaks(forward.doc), [null, 'delete']);
    assert.equal(forward.cursor, second + 1);
    // Backspace again over the break already deleted changes nothing but is not applied as a join.
    const again = suggest(after, (tr) => tr.join(second), tracker(), true);
    assert.ok(again.doc.eq(after));
    assert.equal(again.cursor, second - 1);
  });

  test("joining over one's own suggested break really joins; another author's is left to them", () => {
    const before = node(ARTICLE);
    const split = at(before, 'বৃষ্টি');
    const { doc: after } = suggest(before, (tr) => tr.split(split));
    const own = suggest(after, (tr) => tr.join(split + 1), tracker(), true);
    assert.ok(own.doc.eq(before), 'taking back one’s own new paragraph leaves the text as it was');
    assert.equal(own.cursor, split);
    const other = suggest(after, (tr) => tr.join(split + 1), tracker(REPORTER), true);
    assert.ok(other.doc.eq(after), "another author's new paragraph stays suggested");
  });

  test('a new paragraph and the words typed into it are one suggestion; so are a join and the Backspaces after it', () => {
    const before = node(ARTICLE);
    const end = at(before, 'কাল') - 2;
    const { doc: split, cursor } = suggest(before, (tr) => tr.split(end));
    const typed = suggest(split, (tr) => tr.insert(cursor, schema.text('নতুন কথা'))).doc;
    assert.equal(countSuggestions(typed), 1);
    assert.deepEqual(
      suggestionsOf(typed).map((s) => [s.inserted, s.breaksInserted]),
      [['নতুন কথা', 1]],
    );
    assert.ok(rejectAll(typed).eq(before));

    const second = blockPos(before, 1);
    const joined = suggest(before, (tr) => tr.join(second), tracker(), true).doc;
    const backspaced = suggest(joined, (tr) => tr.delete(second - 2, second - 1), tracker(), true).doc;
    assert.equal(countSuggestions(backspaced), 1);
    assert.deepEqual(blocks(acceptAll(backspaced)), ['ঢাকায় বৃষ্টি হয়েছেকাল আবার হবে।']);
  });

  test('a range deletion that spans only breaks marks each of them, as one suggestion', () => {
    const before = node(doc('শিরোনাম', p(t('এক')), p(), p(t('দুই'))));
    const from = blockPos(before, 0) + 1 + 'এক'.length;
    const to = blockPos(before, 2) + 1;
    const { doc: after } = suggest(before, (tr) => tr.delete(from, to));
    assert.deepEqual(breaks(after), [null, 'delete', 'delete']);
    assert.equal(countSuggestions(after), 1);
    assert.deepEqual(blocks(acceptAll(after)), ['একদুই']);
    assert.ok(rejectAll(after).eq(before));
  });

  test('a deletion across text and a break: accepted, the text goes and the paragraphs join, even with no text deleted before the break', () => {
    const before = node(ARTICLE);
    const from = blockPos(before, 0) + 1 + 'ঢাকায় বৃষ্টি হয়েছে।'.length;
    const to = at(before, 'আবার');
    const { doc: after } = suggest(before, (tr) => tr.delete(from, to));
    assert.equal(countSuggestions(after), 1);
    assert.deepEqual(
      suggestionsOf(after).map((s) => [s.deleted, s.breaksDeleted]),
      [['কাল ', 1]],
    );
    assert.deepEqual(blocks(acceptAll(after)), ['ঢাকায় বৃষ্টি হয়েছে।আবার হবে।']);
    assert.ok(rejectAll(after).eq(before));
  });

  test('accept all and reject all settle breaks and text together', () => {
    const before = node(doc('শিরোনাম', p(t('এক দুই')), p(t('তিন')), p(t('চার'))));
    let d = suggest(before, (tr) => tr.split(at(before, 'দুই'))).doc;
    d = suggest(d, (tr) => tr.join(blockPos(d, 3)), tracker(), true).doc; // চার joins তিন
    d = suggest(d, (tr) => tr.insert(at(d, 'তিন'), schema.text('পাঁচ'))).doc;
    assert.equal(countSuggestions(d), 3);
    assert.deepEqual(breaks(d), [null, 'insert', null, 'delete']);
    assert.deepEqual(blocks(acceptAll(d)), ['এক ', 'দুই', 'পাঁচতিনচার']);
    assert.ok(rejectAll(d).eq(before));
    assert.equal(countSuggestions(acceptAll(d)), 0);
    // The JSON path, as the command line's export reads a draft.
    assert.deepEqual(blocks(node(acceptAll(d.toJSON() as DocJSON))), ['এক ', 'দুই', 'পাঁচতিনচার']);
    assert.deepEqual(reviewCounts({ doc: d.toJSON() as DocJSON }).suggestions, 3);
  });

  test('a new item in a list is a break too: rejected, the items join again', () => {
    const before = node(doc('শিরোনাম', p(t('তালিকা:')), ul(li(p(t('আলু পটল'))))));
    const { doc: after } = suggest(before, (tr) => tr.split(at(before, 'পটল'), 2));
    assert.deepEqual(blocks(after), ['তালিকা:', 'আলু ', 'পটল']);
    assert.deepEqual(breaks(after), [null, null, 'insert']);
    assert.ok(rejectAll(after).eq(before));
    assert.deepEqual(blocks(acceptAll(after)), ['তালিকা:', 'আলু ', 'পটল']);
  });

  test('the first body paragraph, after the headline, starts no break a suggestion can hold', () => {
    const before = node(ARTICLE);
    const first = blockPos(before, 0);
    const tr = new Transform(before).join(first);
    assert.equal(trackChange(before, tr, tracker(), true), null, 'a join into the headline is not suggested here');
  });

  test('a draft keeps its suggested breaks through the file, and versions compare as accepted', () => {
    const before = node(ARTICLE);
    const after = suggest(before, (tr) => tr.split(at(before, 'বৃষ্টি'))).doc;
    const draft = { ...newDraft(new Date('2026-12-02T00:00:00Z'), 'd-breaks002'), doc: after.toJSON() as DocJSON };
    const parsed = parseDraft(JSON.parse(JSON.stringify(draft)));
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.reason);
    assert.ok(node(parsed.draft.doc).eq(after));
    // Compared with the plain text it came from, the pending new paragraph reads as accepted.
    const compared = compareDocs(before.toJSON() as DocJSON, draft.doc);
    assert.deepEqual(
      compared.map((b) => b.parts.map((part) => `${part.op}:${part.text}`).join('|')),
      compareDocs(before.toJSON() as DocJSON, acceptAll(draft.doc)).map((b) => b.parts.map((part) => `${part.op}:${part.text}`).join('|')),
    );
    assert.equal(compared.length, 4, 'headline and three paragraphs');
    // A block with no suggested break is the same block whether its JSON says so or not (format 2).
    assert.ok(compareDocs(ARTICLE, before.toJSON() as DocJSON).every((b) => b.kind === 'same'));
  });
});

describe('suggested breaks in the editor', () => {
  function editor(json: DocJSON = ARTICLE) {
    let state = EditorState.create({ doc: node(json), plugins: [history(), suggestPlugin({ author: EDITOR.author })] });
    const dispatch = (tr: Transaction) => {
      state = state.apply(suggestTransaction(state, tr));
    };
    return {
      run: (command: (s: EditorState, d: (tr: Transaction) => void) => boolean) => command(state, dispatch),
      caret(pos: number) {
        dispatch(state.tr.setSelection(TextSelection.create(state.doc, pos)));
      },
      get state() {
        return state;
      },
    };
  }

  test('Enter in suggest mode is one undo step, shown by a marker; accept all and reject one are one step each', () => {
    const e = editor();
    e.run(toggleSuggest);
    const before = e.state.doc;
    e.caret(at(before, 'বৃষ্টি'));
    assert.ok(e.run(splitBlock));
    assert.deepEqual(breaks(e.state.doc), [null, 'insert', null]);
    const markers = suggestKey.getState(e.state)?.markers.find() ?? [];
    assert.equal(markers.length, 1, 'one ¶ marker');
    assert.equal(markers[0]?.from, at(before, 'বৃষ্টি'), 'at the end of the text before the break');
    assert.ok(e.run(undo));
    assert.ok(e.state.doc.eq(before));
    assert.equal(suggestKey.getState(e.state)?.markers.find().length, 0);
    e.caret(at(before, 'বৃষ্টি'));
    e.run(splitBlock);
    assert.deepEqual(breaks(e.state.doc), [null, 'insert', null]);
    const [s] = suggestionsOf(e.state.doc);
    assert.ok(e.run(rejectSuggestion(s!.id)));
    assert.ok(e.state.doc.eq(before));
    assert.ok(e.run(undo));
    assert.ok(e.run(acceptAllSuggestions));
    assert.deepEqual(breaks(e.state.doc), [null, null, null]);
    assert.ok(e.run(undo));
    assert.deepEqual(breaks(e.state.doc), [null, 'insert', null]);
  });

  test('with suggest mode off, splitting a block whose break is suggested does not copy the suggestion', () => {
    const e = editor();
    e.run(toggleSuggest);
    e.caret(at(e.state.doc, 'বৃষ্টি'));
    e.run(splitBlock);
    e.run(toggleSuggest);
    e.caret(at(e.state.doc, 'হয়েছে'));
    e.run(splitBlock);
    assert.deepEqual(blocks(e.state.doc), ['ঢাকায় ', 'বৃষ্টি ', 'হয়েছে।', 'কাল আবার হবে।']);
    assert.deepEqual(breaks(e.state.doc), [null, 'insert', null, null]);
    assert.equal(countSuggestions(e.state.doc), 1);
  });
});
