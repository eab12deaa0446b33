import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { Slice, Fragment, type Node as PMNode } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { schema, type DocJSON } from '../../../core/document/schema';
import { accept, acceptAll, countSuggestions, reject, rejectAll, suggestionsOf, trackChange } from '../../../core/document/suggestions';
import { exportHtml } from '../../../core/document/export-html';
import { checkerInput, spansInBlock } from '../../../core/document/checker-input';
import { doc, p, t } from './fixtures';
import { EDITOR, node, tracker } from './review-fixtures';

/** Types `text` over `from..to`, as the editor's insertText does. */
function ins(tr: Transform, text: string, from: number, to = from): Transform {
  return tr.replaceWith(from, to, schema.text(text));
}

/** Applies an edit (given as a function on a plain transform) to `before` as a suggestion. */
function suggest(before: PMNode, edit: (tr: Transform) => void, options = tracker(), backward = false): PMNode {
  const tr = new Transform(before);
  edit(tr);
  const out = trackChange(before, tr, options, backward);
  assert.ok(out, 'the edit is a suggestion');
  out.tracked.doc.check();
  return out.tracked.doc;
}

/** Body text blocks' texts: what a reader sees, `accepted` or as the original `rejected` would read. */
function blocks(d: PMNode): string[] {
  const out: string[] = [];
  d.forEach((child) => {
    if (child.type.name !== 'headline') out.push(child.textContent);
  });
  return out;
}

const ARTICLE = doc('শিরোনাম', p(t('ঢাকায় বৃষ্টি হয়েছে।')), p(t('কাল আবার হবে।')));
/** Position of the first occurrence of `text` in the document. */
function at(d: PMNode, text: string): number {
  let found = -1;
  d.descendants((n, pos) => {
    if (found >= 0) return false;
    if (n.isText) {
      const i = n.text!.indexOf(text);
      if (i >= 0) found = pos + i;
    }
    return true;
  });
  assert.ok(found >= 0, `"${text}" is in the document`);
  return found;
}

describe('tracking an edit as a suggestion', () => {
  test('typing becomes one insertion; accepted it stays, rejected it goes', () => {
    const before = node(ARTICLE);
    const pos = at(before, 'বৃষ্টি');
    const after = suggest(before, (tr) => ins(tr, 'ভারী ', pos));
    assert.deepEqual(blocks(after), ['ঢাকায় ভারী বৃষ্টি হয়েছে।', 'কাল আবার হবে।']);
    const [s] = suggestionsOf(after);
    assert.equal(s?.inserted, 'ভারী ');
    assert.equal(s?.author, 'সম্পাদক');
    assert.deepEqual(blocks(acceptAll(after)), ['ঢাকায় ভারী বৃষ্টি হয়েছে।', 'কাল আবার হবে।']);
    assert.equal(countSuggestions(acceptAll(after)), 0);
    assert.ok(rejectAll(after).eq(before));
  });

  test('deleting keeps the text under a deletion mark; accepted it goes, rejected it is back unmarked', () => {
    const before = node(ARTICLE);
    const from = at(before, 'বৃষ্টি');
    const after = suggest(before, (tr) => tr.delete(from, from + 'বৃষ্টি '.length));
    assert.deepEqual(blocks(after), blocks(before), 'the text is still there');
    assert.equal(suggestionsOf(after)[0]?.deleted, 'বৃষ্টি ');
    assert.deepEqual(blocks(acceptAll(after)), ['ঢাকায় হয়েছে।', 'কাল আবার হবে।']);
    assert.ok(rejectAll(after).eq(before));
  });

  test('replacing a word is one suggestion: deletion then insertion, one id', () => {
    const before = node(ARTICLE);
    const from = at(before, 'বৃষ্টি');
    const after = suggest(before, (tr) => ins(tr, 'ঝড়', from, from + 'বৃষ্টি'.length));
    const list = suggestionsOf(after);
    assert.equal(list.length, 1);
    assert.equal(list[0]?.deleted, 'বৃষ্টি');
    assert.equal(list[0]?.inserted, 'ঝড়');
    assert.deepEqual(blocks(after), ['ঢাকায় বৃষ্টিঝড় হয়েছে।', 'কাল আবার হবে।']);
    assert.deepEqual(blocks(accept(after, list[0]!.id)), ['ঢাকায় ঝড় হয়েছে।', 'কাল আবার হবে।']);
    assert.ok(reject(after, list[0]!.id).eq(before));
  });

  test('insert inside a deletion: the new text is an insertion between two deleted parts', () => {
    const before = node(ARTICLE);
    const from = at(before, 'বৃষ্টি হয়েছে');
    const deleted = suggest(before, (tr) => tr.delete(from, from + 'বৃষ্টি হয়েছে'.length));
    const inside = from + 'বৃষ্টি '.length;
    const after = suggest(deleted, (tr) => ins(tr, 'নতুন ', inside));
    assert.equal(countSuggestions(after), 2);
    assert.deepEqual(blocks(acceptAll(after)), ['ঢাকায় নতুন ।', 'কাল আবার হবে।']);
    assert.ok(rejectAll(after).eq(before));
  });

  test("deleting one's own suggested insertion removes it outright", () => {
    const before = node(ARTICLE);
    const pos = at(before, 'বৃষ্টি');
    const inserted = suggest(before, (tr) => ins(tr, 'ভারী ', pos));
    const after = suggest(inserted, (tr) => tr.delete(pos, pos + 'ভারী '.length));
    assert.ok(after.eq(before));
  });

  test('delete across a paragraph break: the text on both sides is marked, accepting joins the paragraphs', () => {
    const before = node(ARTICLE);
    const from = at(before, 'হয়েছে।');
    const to = at(before, 'আবার');
    const after = suggest(before, (tr) => tr.delete(from, to));
    assert.deepEqual(blocks(after), blocks(before), 'nothing is gone until accepted');
    assert.equal(countSuggestions(after), 1);
    assert.deepEqual(blocks(acceptAll(after)), ['ঢাকায় বৃষ্টি আবার হবে।']);
    assert.ok(rejectAll(after).eq(before));
  });

  test('a deleted whole paragraph goes with its text when accepted', () => {
    const before = node(ARTICLE);
    const second = at(before, 'কাল');
    const after = suggest(before, (tr) => tr.delete(second, second + 'কাল আবার হবে।'.length));
    assert.deepEqual(blocks(acceptAll(after)), ['ঢাকায় বৃষ্টি হয়েছে।']);
  });

  test('paste over a suggestion: a slice of two paragraphs replacing text that holds an insertion', () => {
    const before = node(ARTICLE);
    const pos = at(before, 'বৃষ্টি');
    const inserted = suggest(before, (tr) => ins(tr, 'ভারী ', pos));
    const from = at(inserted, 'ঢাকায়');
    const to = at(inserted, ' হয়েছে');
    const pasted = new Slice(
      Fragment.from([schema.node('paragraph', null, [schema.text('রাজধানীতে')]), schema.node('paragraph', null, [schema.text('ঝড়')])]),
      1,
      1,
    );
    const paster = tracker({ author: { name: 'প্রতিবেদক', color: '#0055aa' }, time: '2026-12-02T09:00:00.000Z' });
    const after = suggest(inserted, (tr) => tr.replace(from, to, pasted), paster);
    const struck = suggestionsOf(after).find((s) => s.deleted.includes('ভারী'));
    assert.equal(struck?.author, 'প্রতিবেদক', "the editor's insertion pasted over is struck by the paster, not gone");
    assert.deepEqual(blocks(acceptAll(after)), ['রাজধানীতে', 'ঝড় হয়েছে।', 'কাল আবার হবে।']);
    assert.ok(rejectAll(after).eq(before), 'rejected, the pasted paragraph break goes too');
  });

  test("deleting another author's suggested insertion is a deletion by whoever deletes it; resolving either side reads right", () => {
    const before = node(ARTICLE);
    const pos = at(before, 'বৃষ্টি');
    const reporter = tracker({ author: { name: 'প্রতিবেদক', color: '#0055aa' }, time: '2026-12-02T07:00:00.000Z' });
    const inserted = suggest(before, (tr) => ins(tr, 'ভারী ', pos), reporter);
    const [insertion] = suggestionsOf(inserted);
    // The editor backspaces over "ভারী " and on over "ঢাকায় ": one deletion, in the editor's name.
    const word = at(inserted, 'ঢাকায়');
    let d = suggest(inserted, (tr) => tr.delete(pos, pos + 'ভারী '.length), tracker(), true);
    d = suggest(d, (tr) => tr.delete(word, word + 'ঢাকায় '.length), tracker(), true);
    assert.equal(d.textContent.includes('ভারী'), true, 'the text stays until the deletion is resolved');
    const listed = suggestionsOf(d);
    assert.deepEqual(
      listed.map((s) => [s.author, s.inserted, s.deleted, s.struck]),
      [['সম্পাদক', '', 'ঢাকায় ভারী ', ['প্রতিবেদক']]],
    );
    const deletion = listed[0]!;
    // The draft file keeps the insertion under the deletion.
    assert.ok(schema.nodeFromJSON(d.toJSON()).eq(d));

    assert.deepEqual(blocks(accept(d, deletion.id)), ['বৃষ্টি হয়েছে।', 'কাল আবার হবে।']);
    // Rejecting the deletion gives the reporter's insertion back as the reporter's suggestion.
    const restored = reject(d, deletion.id);
    assert.ok(restored.eq(inserted));
    // The reporter's own side: accepting the insertion leaves the editor's deletion of it standing;
    // rejecting it takes the text out whatever the deletion.
    const kept = accept(d, insertion!.id);
    assert.deepEqual(
      suggestionsOf(kept).map((s) => [s.author, s.deleted]),
      [['সম্পাদক', 'ঢাকায় ভারী ']],
    );
    assert.deepEqual(blocks(reject(kept, deletion.id)), ['ঢাকায় ভারী বৃষ্টি হয়েছে।', 'কাল আবার হবে।']);
    assert.deepEqual(blocks(accept(kept, deletion.id)), ['বৃষ্টি হয়েছে।', 'কাল আবার হবে।']);
    const dropped = reject(d, insertion!.id);
    assert.deepEqual(blocks(acceptAll(dropped)), ['বৃষ্টি হয়েছে।', 'কাল আবার হবে।']);
    assert.ok(rejectAll(dropped).eq(before));
    assert.ok(rejectAll(d).eq(before));
    assert.deepEqual(blocks(acceptAll(d)), ['বৃষ্টি হয়েছে।', 'কাল আবার হবে।']);
  });

  test('accept after edits around it: plain edits before and after a suggestion leave it intact', () => {
    const before = node(ARTICLE);
    const pos = at(before, 'বৃষ্টি');
    let d = suggest(before, (tr) => ins(tr, 'ভারী ', pos));
    const [s] = suggestionsOf(d);
    // Edits made outside suggest mode: before it, after it, and in another paragraph.
    d = ins(new Transform(d), 'আজ ', at(d, 'ঢাকায়')).doc;
    d = ins(new Transform(d), ' সারাদিন', at(d, ' হয়েছে')).doc;
    d = new Transform(d).delete(at(d, 'আবার '), at(d, 'আবার ') + 'আবার '.length).doc;
    assert.deepEqual(blocks(accept(d, s!.id)), ['আজ ঢাকায় ভারী বৃষ্টি সারাদিন হয়েছে।', 'কাল হবে।']);
    assert.deepEqual(blocks(reject(d, s!.id)), ['আজ ঢাকায় বৃষ্টি সারাদিন হয়েছে।', 'কাল হবে।']);
  });

  test('consecutive typing by one author stays one suggestion; another author makes another', () => {
    let d = node(ARTICLE);
    const options = tracker();
    let pos = at(d, 'বৃষ্টি');
    for (const ch of ['ভা', 'রী', ' ']) {
      d = suggest(d, (tr) => ins(tr, ch, pos), options);
      pos += ch.length;
    }
    assert.equal(countSuggestions(d), 1);
    d = suggest(d, (tr) => ins(tr, 'খুব ', at(d, 'ভারী')), tracker({ author: { name: 'অন্য', color: '#00aa00' }, time: EDITOR.time }));
    assert.equal(countSuggestions(d), 2);
  });

  test('a transaction replacing two places apart (the checker fixing all) makes one suggestion each', () => {
    const before = node(ARTICLE);
    const first = at(before, 'বৃষ্টি');
    const second = at(before, 'আবার');
    const after = suggest(before, (tr) => {
      ins(tr, 'তুমুল', second, second + 'আবার'.length);
      ins(tr, 'ঝড়', first, first + 'বৃষ্টি'.length);
    });
    const list = suggestionsOf(after);
    assert.deepEqual(
      list.map((s) => [s.deleted, s.inserted]),
      [
        ['বৃষ্টি', 'ঝড়'],
        ['আবার', 'তুমুল'],
      ],
    );
    assert.deepEqual(blocks(accept(after, list[1]!.id)), ['ঢাকায় বৃষ্টিঝড় হয়েছে।', 'কাল তুমুল হবে।']);
    assert.ok(rejectAll(after).eq(before));
  });

  test('a change of marks only (bold, a comment anchor) is not a suggestion', () => {
    const before = node(ARTICLE);
    const tr = new Transform(before).addMark(3, 6, schema.marks.strong.create());
    assert.equal(trackChange(before, tr, tracker()), null);
  });

  test('backspacing over text already deleted moves on instead of sticking', () => {
    const before = node(ARTICLE);
    const end = at(before, ' হয়েছে');
    const first = new Transform(before).delete(end - 1, end);
    const once = trackChange(before, first, tracker(), true);
    assert.equal(once?.cursor, end - 1);
  });

  test('headline and standfirst take suggestions too', () => {
    const before = node(ARTICLE);
    const after = suggest(before, (tr) => ins(tr, 'নতুন ', 1));
    assert.equal(suggestionsOf(after)[0]?.inserted, 'নতুন ');
  });

  test('export writes the accepted text: deleted text out, inserted text in, no review marks', () => {
    const before = node(ARTICLE);
    const from = at(before, 'বৃষ্টি');
    const after = suggest(before, (tr) => ins(tr, 'ঝড়', from, from + 'বৃষ্টি'.length));
    const { html, dropped } = exportHtml(after);
    assert.match(html, /<p>ঢাকায় ঝড় হয়েছে।<\/p>/);
    assert.doesNotMatch(html, /বৃষ্টি|<ins|<del|suggest/);
    assert.deepEqual(dropped, []);
    assert.equal(exportHtml(acceptAll(after)).html, html);
  });

  test('acceptAll and rejectAll work on JSON too', () => {
    const before = node(ARTICLE);
    const from = at(before, 'বৃষ্টি');
    const after = suggest(before, (tr) => ins(tr, 'ঝড়', from, from + 'বৃষ্টি'.length)).toJSON() as DocJSON;
    assert.equal(countSuggestions(after), 1);
    assert.deepEqual(rejectAll(after), before.toJSON());
    assert.equal(countSuggestions(acceptAll(after)), 0);
  });
});

describe('the checker reads the text as accepted', () => {
  test('deleted text is left out of a block, and spans are mapped and cut around it', () => {
    const before = node(doc('শিরোনাম', p(t('ঢাকায় বৃষ্টি হয়েছে।'))));
    const from = at(before, 'বৃষ্টি ');
    const after = suggest(before, (tr) => tr.delete(from, from + 'বৃষ্টি '.length));
    const [headline, block] = checkerInput(after);
    assert.equal(headline?.headline, true);
    assert.equal(block?.text, 'ঢাকায় হয়েছে।');
    assert.deepEqual(block?.skips, [{ at: 'ঢাকায় '.length, size: 'বৃষ্টি '.length }]);
    // "হয়েছে" in the accepted text sits after the deleted words in the document.
    const offset = block!.text.indexOf('হয়েছে');
    assert.deepEqual(spansInBlock(block!.pos, block!.text.length, offset, 'হয়েছে'.length, block!.skips), [
      { from: at(after, 'হয়েছে'), to: at(after, 'হয়েছে') + 'হয়েছে'.length },
    ]);
    // A span across the deleted words underlines the text on both sides, nothing deleted.
    const across = spansInBlock(block!.pos, block!.text.length, 0, block!.text.length, block!.skips);
    assert.deepEqual(across, [
      { from: block!.pos, to: from },
      { from: from + 'বৃষ্টি '.length, to: block!.pos + after.child(1).content.size },
    ]);
    // A span ending right where deleted text starts does not reach into it.
    assert.deepEqual(spansInBlock(block!.pos, block!.text.length, 0, 'ঢাকায় '.length, block!.skips), [{ from: block!.pos, to: from }]);
  });

  test('a block with no suggestions reads as before, no skips', () => {
    const [, block] = checkerInput(node(ARTICLE));
    assert.equal(block?.skips, undefined);
    assert.equal(block?.text, 'ঢাকায় বৃষ্টি হয়েছে।');
  });
});
