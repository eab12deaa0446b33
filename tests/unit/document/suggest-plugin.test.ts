import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { history, undo, redo } from 'prosemirror-history';
import { createChecker } from '../../../core/checks/engine';
import { bundledGlossary } from '../../../core/glossary/bundled';
import { schema } from '../../../core/document/schema';
import { countSuggestions, suggestionsOf } from '../../../core/document/suggestions';
import { checksPlugin, findingsOf } from '../../../renderer/plugins/checks';
import { applySuggestion } from '../../../renderer/editor/apply-finding';
import {
  acceptAllSuggestions,
  acceptSuggestion,
  rejectSuggestion,
  suggestPlugin,
  suggestTransaction,
  toggleSuggest,
} from '../../../renderer/plugins/suggest';
import { doc, p, t } from './fixtures';

const checker = createChecker({ glossary: bundledGlossary() });
// A known variant spelling of a glossary name: the checker offers the glossary's spelling.
const VARIANT = 'জেলেনস্কীর';
const TEXT = `ইউক্রেনের প্রেসিডেন্ট ${VARIANT} দপ্তর থেকে বিবৃতি এসেছে।`;

/** An editor's state with checks and suggest mode on; `run` dispatches as the editor does, through suggest mode. */
function editor() {
  let state = EditorState.create({
    doc: schema.nodeFromJSON(doc('শিরোনাম', p(t(TEXT)))),
    plugins: [history(), checksPlugin({ checker }), suggestPlugin({ author: { name: 'সম্পাদক', color: '#aa3300' } })],
  });
  const dispatch = (tr: Transaction) => {
    state = state.apply(suggestTransaction(state, tr));
  };
  const run = (command: (s: EditorState, d: (tr: Transaction) => void) => boolean) => command(state, dispatch);
  return {
    run,
    get state() {
      return state;
    },
  };
}

describe('suggest mode in the editor', () => {
  test('a checker fix becomes a suggestion; the checks read the accepted text and underline nothing deleted', () => {
    const e = editor();
    assert.ok(e.run(toggleSuggest));
    const finding = findingsOf(e.state).find((f) => f.finding.text.startsWith('জেলেনস্কী'));
    assert.ok(finding, 'the variant spelling is flagged');
    const fixed = finding.finding.suggestions[0]!;
    assert.ok(e.run(applySuggestion(finding, fixed)));
    const [s] = suggestionsOf(e.state.doc);
    assert.equal(countSuggestions(e.state.doc), 1);
    assert.ok(s && s.deleted.length > 0 && s.inserted.length > 0);
    // The fix is the letter that differs: ী deleted (still in the document), ি inserted after it.
    assert.deepEqual([s.deleted, s.inserted], ['ী', 'ি']);
    assert.ok(e.state.doc.textContent.includes('জেলেনস্কীির'));
    const deletedFrom = s.from;
    const deletedTo = s.from + s.deleted.length;
    for (const placed of findingsOf(e.state)) {
      assert.ok(placed.to <= deletedFrom || placed.from >= deletedTo, `no underline inside the deleted text: ${placed.finding.rule}`);
    }
    assert.equal(
      findingsOf(e.state).filter((f) => f.finding.rule === finding.finding.rule && f.finding.text === finding.finding.text).length,
      0,
    );
  });

  test('accept and reject are one undo step each, and are not themselves tracked', () => {
    const e = editor();
    e.run(toggleSuggest);
    const tr = e.state.tr.insertText('আজ ', e.state.doc.child(0).nodeSize + 1);
    e.run((_s, d) => {
      d(tr);
      return true;
    });
    const [s] = suggestionsOf(e.state.doc);
    assert.ok(s);
    const before = e.state.doc;
    assert.ok(e.run(acceptSuggestion(s.id)));
    assert.equal(countSuggestions(e.state.doc), 0);
    assert.ok(e.state.doc.textContent.includes('আজ ইউক্রেনের'));
    assert.ok(e.run(undo));
    assert.ok(e.state.doc.eq(before), 'undo brings the suggestion back');
    assert.ok(e.run(redo));
    assert.equal(countSuggestions(e.state.doc), 0);
    assert.ok(e.run(undo));
    assert.ok(e.run(rejectSuggestion(s.id)));
    assert.equal(e.state.doc.textContent.includes('আজ'), false);
    assert.equal(e.run(acceptAllSuggestions), false, 'nothing left to accept');
  });

  test('with suggest mode off, edits are made as they are', () => {
    const e = editor();
    const tr = e.state.tr.insertText('আজ ', e.state.doc.child(0).nodeSize + 1);
    e.run((_s, d) => {
      d(tr);
      return true;
    });
    assert.equal(countSuggestions(e.state.doc), 0);
  });

  test('a space typed before a space is the one at the caret, even when the editor has not yet seen the caret move', () => {
    const e = editor();
    e.run(toggleSuggest);
    const body = e.state.doc.child(0).nodeSize + 1;
    const word = TEXT.indexOf(' দপ্তর');
    const afterWord = body + word;
    // The editor still holds the selection of the word; the browser has moved the caret after it and
    // typed a space there. Read from the DOM, the change is ambiguous and comes as an insertion after the
    // space already there, with the caret read from the DOM right after the typed space.
    e.run((state, d) => {
      d(state.tr.setSelection(TextSelection.create(state.doc, afterWord - VARIANT.length, afterWord)));
      return true;
    });
    e.run((state, d) => {
      const tr = state.tr.insertText(' ', afterWord + 1, afterWord + 1);
      d(tr.setSelection(TextSelection.create(tr.doc, afterWord + 1)));
      return true;
    });
    const [typed] = suggestionsOf(e.state.doc);
    assert.deepEqual([typed?.from, typed?.inserted], [afterWord, ' ']);
    assert.equal(e.state.selection.head, afterWord + 1, 'the cursor stays right after the typed space');
    e.run((state, d) => {
      d(state.tr.insertText('এর', state.selection.head));
      return true;
    });
    assert.ok(e.state.doc.textContent.includes(`${VARIANT} এর দপ্তর`), e.state.doc.textContent);
    assert.deepEqual(
      suggestionsOf(e.state.doc).map((s) => s.inserted),
      [' এর'],
    );
  });
});
