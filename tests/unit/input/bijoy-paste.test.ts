import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { Fragment, Slice, type Node as PMNode } from 'prosemirror-model';
import { history, undo } from 'prosemirror-history';
import { schema } from '../../../core/document/schema';
import {
  bijoyPasteOffer,
  bijoyPastePlugin,
  convertBijoyPaste,
  dismissBijoyBanner,
  offerBijoyConversion,
} from '../../../renderer/plugins/bijoy-paste';

function editor(paragraph = '', headline = 'শিরোনাম') {
  const doc = schema.node('doc', null, [
    schema.node('headline', null, [schema.text(headline)]),
    schema.node('paragraph', null, paragraph ? [schema.text(paragraph)] : []),
  ]);
  const initial = EditorState.create({ doc, plugins: [bijoyPastePlugin(), history()] });
  const view = {
    state: initial.apply(initial.tr.setSelection(TextSelection.atEnd(initial.doc))),
    dispatch(tr: Transaction) {
      view.state = view.state.apply(tr);
    },
  };
  return view;
}

/** What ProseMirror's view dispatches for a paste: the slice replaces the selection, tagged as a paste. */
function paste(view: ReturnType<typeof editor>, slice: Slice) {
  view.dispatch(view.state.tr.replaceSelection(slice).setMeta('paste', true).setMeta('uiEvent', 'paste'));
}

const inline = (...nodes: PMNode[]) => new Slice(Fragment.from(nodes), 0, 0);
const paragraphs = (...texts: string[]) =>
  new Slice(Fragment.from(texts.map((t) => schema.node('paragraph', null, [schema.text(t)]))), 1, 1);
const body = (view: ReturnType<typeof editor>) =>
  view.state.doc.textBetween(view.state.doc.firstChild!.nodeSize, view.state.doc.content.size, '\n');

describe('Bijoy paste plugin', () => {
  test('a Bijoy paste is offered for conversion with its range and original text', () => {
    const view = editor('আগে ');
    const before = view.state.selection.from;
    paste(view, inline(schema.text('Avgvi †mvbvi evsjv')));
    const offer = bijoyPasteOffer(view.state);
    assert.ok(offer);
    assert.equal(offer.original, 'Avgvi †mvbvi evsjv');
    assert.deepEqual(offer.range, { from: before, to: before + 'Avgvi †mvbvi evsjv'.length });
  });

  test('converting replaces exactly the pasted passage, as one undo step', () => {
    const view = editor('আগে ');
    paste(view, inline(schema.text('Kg©KZ©viv e‡jb')));
    view.dispatch(view.state.tr.insertText(' পরে'));
    assert.ok(convertBijoyPaste(view.state, view.dispatch));
    assert.equal(body(view), 'আগে কর্মকর্তারা বলেন পরে');
    assert.equal(bijoyPasteOffer(view.state), null);
    assert.ok(undo(view.state, view.dispatch));
    assert.equal(body(view), 'আগে Kg©KZ©viv e‡jb পরে');
  });

  test('several pasted paragraphs convert together, keeping their marks', () => {
    const view = editor();
    const bold = schema.marks.strong.create();
    paste(
      view,
      new Slice(
        Fragment.from([
          schema.node('paragraph', null, [schema.text('cÖavbgš¿x ', [bold]), schema.text('e‡j‡Qb')]),
          schema.node('paragraph', null, [schema.text('wbe©vPb n‡e|')]),
        ]),
        1,
        1,
      ),
    );
    assert.ok(bijoyPasteOffer(view.state));
    assert.ok(convertBijoyPaste(view.state, view.dispatch));
    assert.equal(body(view), 'প্রধানমন্ত্রী বলেছেন\nনির্বাচন হবে।');
    const first = view.state.doc.child(1);
    assert.equal(first.firstChild!.text, 'প্রধানমন্ত্রী ');
    assert.ok(schema.marks.strong.isInSet(first.firstChild!.marks));
    assert.ok(!schema.marks.strong.isInSet(first.lastChild!.marks));
  });

  test('English and Unicode Bengali pastes are not offered', () => {
    const english = editor();
    paste(english, paragraphs('The minister said on Friday that the talks had stalled.'));
    assert.equal(bijoyPasteOffer(english.state), null);

    const bengali = editor();
    paste(bengali, inline(schema.text('আমার সোনার বাংলা (My Golden Bengal)')));
    assert.equal(bijoyPasteOffer(bengali.state), null);
  });

  test('the offer follows edits before it and disappears when the passage is deleted', () => {
    const view = editor();
    paste(view, inline(schema.text('†gvt b~iæj')));
    const { from, to } = bijoyPasteOffer(view.state)!.range;
    view.dispatch(view.state.tr.insertText('নতুন ', 1));
    assert.deepEqual(bijoyPasteOffer(view.state)!.range, { from: from + 5, to: to + 5 });
    assert.ok(convertBijoyPaste(view.state, view.dispatch));
    assert.equal(body(view), 'মোঃ নূরুল');
    assert.equal(view.state.doc.firstChild!.textContent, 'নতুন শিরোনাম');

    const gone = editor();
    paste(gone, inline(schema.text('†gvt b~iæj')));
    const offer = bijoyPasteOffer(gone.state)!;
    gone.dispatch(gone.state.tr.delete(offer.range.from, offer.range.to));
    assert.equal(bijoyPasteOffer(gone.state), null);
  });

  test('dismissing leaves the text; both commands refuse when nothing is offered', () => {
    const view = editor();
    assert.equal(convertBijoyPaste(view.state, view.dispatch), false);
    assert.equal(dismissBijoyBanner(view.state, view.dispatch), false);
    paste(view, inline(schema.text('wek¦we`¨vjq')));
    assert.ok(dismissBijoyBanner(view.state), 'answers without dispatching');
    assert.ok(dismissBijoyBanner(view.state, view.dispatch));
    assert.equal(bijoyPasteOffer(view.state), null);
    assert.equal(body(view), 'wek¦we`¨vjq');
  });

  test('an imported document in Bijoy is offered whole; one in Unicode is not', () => {
    const imported = editor('XvKvi iv¯Ívq hvbRU', 'bZzb wbe©vPb');
    assert.ok(offerBijoyConversion(imported.state, imported.dispatch));
    assert.ok(convertBijoyPaste(imported.state, imported.dispatch));
    assert.equal(imported.state.doc.firstChild!.textContent, 'নতুন নির্বাচন');
    assert.equal(body(imported), 'ঢাকার রাস্তায় যানজট');

    const unicode = editor('ঢাকার রাস্তায় যানজট');
    assert.equal(offerBijoyConversion(unicode.state, unicode.dispatch), false);
    assert.equal(bijoyPasteOffer(unicode.state), null);
  });
});
