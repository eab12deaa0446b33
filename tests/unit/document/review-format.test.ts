import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Node as PMNode } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { schema, type DocJSON } from '../../../core/document/schema';
import { DRAFT_FORMAT, newDraft } from '../../../core/document/draft';
import { NEWER_FORMAT_MESSAGE, parseDraft } from '../../../core/document/draft-file';
import {
  anchorComment,
  commentAnchors,
  newThread,
  replyTo,
  setResolved,
  threadsInOrder,
  openThreads,
} from '../../../core/document/comments';
import { GOLDEN_CASES, doc, hostileDraftDoc, longArticle, p, richArticle, t } from './fixtures';

/** A draft as an app of format 1 wrote it: no comments, no author. */
function formatOneDraft(body: DocJSON, id = 'd-fixture01'): Record<string, unknown> {
  const { format: _format, review: _review, ...rest } = newDraft(new Date('2026-11-01T10:00:00Z'), id);
  return { format: 1, ...rest, doc: body, review: { ignored: [{ rule: 'gloss/repeated', key: 'চিন' }] } };
}

/** A draft as an app of format 2 wrote it: comments, no suggested breaks. */
function formatTwoDraft(body: DocJSON, id = 'd-fixture02'): Record<string, unknown> {
  const { format: _format, ...rest } = newDraft(new Date('2026-11-20T10:00:00Z'), id);
  return { format: 2, ...rest, doc: body, review: { ignored: [{ rule: 'gloss/repeated', key: 'চিন' }], comments: [] } };
}

describe('draft format 3', () => {
  const fixtures: [string, DocJSON][] = [
    ['rich article', richArticle()],
    ['long article', longArticle(2_000)],
    ...GOLDEN_CASES.map((c): [string, DocJSON] => [`golden ${c.name}`, c.doc]),
  ];
  for (const [name, body] of fixtures) {
    for (const [from, write] of [
      [1, formatOneDraft],
      [2, formatTwoDraft],
    ] as const) {
      test(`a format-${from} draft opens unchanged as format ${DRAFT_FORMAT}: ${name}`, () => {
        const old = write(body);
        const before = JSON.stringify(old);
        const parsed = parseDraft(old);
        assert.equal(JSON.stringify(old), before, 'the value read is not changed');
        assert.ok(parsed.ok, parsed.ok ? '' : parsed.reason);
        assert.equal(parsed.draft.format, 3);
        assert.deepEqual(parsed.draft.doc, body);
        assert.deepEqual(parsed.draft.meta, old.meta);
        assert.deepEqual(parsed.draft.review, { ignored: [{ rule: 'gloss/repeated', key: 'চিন' }], comments: [] });
        // Written as 3 and read again: the same draft, and the editor's document of it the same whether
        // or not its blocks say they have no suggested break.
        const again = parseDraft(JSON.parse(JSON.stringify(parsed.draft)));
        assert.ok(again.ok);
        assert.deepEqual(again.draft, parsed.draft);
        const edited = parseDraft(JSON.parse(JSON.stringify({ ...parsed.draft, doc: schema.nodeFromJSON(parsed.draft.doc).toJSON() })));
        assert.ok(edited.ok);
        assert.ok(schema.nodeFromJSON(edited.draft.doc).eq(schema.nodeFromJSON(body)));
      });
    }
  }

  test('a suggested paragraph break round-trips; a malformed one is refused', () => {
    const draft = newDraft(new Date('2026-12-01T00:00:00Z'), 'd-breaks001');
    const suggested = { kind: 'insert', id: 'brk00001', author: 'সম্পাদক', color: '#aa3300', time: '2026-12-01T01:00:00Z' };
    draft.doc = doc('শিরোনাম', p(t('ঢাকায় বৃষ্টি।')), { type: 'paragraph', attrs: { break: suggested }, content: [t('কাল আবার।')] });
    const parsed = parseDraft(JSON.parse(JSON.stringify(draft)));
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.reason);
    assert.deepEqual(parsed.draft.doc.content?.[2]?.attrs, { break: suggested });
    for (const bad of [{ ...suggested, kind: 'move' }, { ...suggested, color: 'red' }, { ...suggested, id: '../x' }, 'insert']) {
      draft.doc = doc('শিরোনাম', p(t('ঢাকায়')), { type: 'paragraph', attrs: { break: bad }, content: [t('কাল')] });
      assert.equal(parseDraft(JSON.parse(JSON.stringify(draft))).ok, false, JSON.stringify(bad));
    }
  });

  test('a format-1 draft whose document breaks the schema is refused for that, as before', () => {
    const parsed = parseDraft(formatOneDraft(hostileDraftDoc()));
    assert.equal(parsed.ok, false);
    assert.match(parsed.ok ? '' : parsed.reason, /^doc: /);
    assert.equal(!parsed.ok && parsed.newer, undefined);
  });

  test('a draft with suggestions, comments and an author round-trips', () => {
    const draft = newDraft(new Date('2026-12-01T00:00:00Z'), 'd-review001');
    const mark = { type: 'insertion', attrs: { id: 'abcd1234', author: 'সম্পাদক', color: '#aa3300', time: '2026-12-01T01:00:00Z' } };
    draft.doc = doc('শিরোনাম', p(t('ঢাকায় '), t('ভারী ', mark), t('বৃষ্টি', { type: 'comment', attrs: { id: 'c0001abc' } })));
    draft.meta.author = 'প্রতিবেদক';
    draft.review.comments = [
      { ...newThread('c0001abc', { name: 'সম্পাদক', color: '#aa3300' }, '2026-12-01T01:00:00Z', 'সূত্র কে?'), replies: [] },
    ];
    const parsed = parseDraft(JSON.parse(JSON.stringify(draft)));
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.reason);
    assert.deepEqual(parsed.draft, draft);
  });

  test('a suggestion mark with a colour that is not #rrggbb is refused (it lands in a style attribute)', () => {
    const draft = newDraft(new Date('2026-12-01T00:00:00Z'), 'd-review002');
    const mark = { type: 'deletion', attrs: { id: 'abcd1234', author: 'x', color: 'red;background:url(x)', time: '' } };
    draft.doc = doc('শিরোনাম', p(t('ঢাকায়', mark)));
    assert.equal(parseDraft(draft).ok, false);
  });

  test('a draft of a newer format is refused with the two-language message, and marked as newer', () => {
    const draft = { ...newDraft(new Date('2026-12-01T00:00:00Z'), 'd-newer0001'), format: DRAFT_FORMAT + 1, future: { anything: true } };
    const parsed = parseDraft(draft);
    assert.equal(parsed.ok, false);
    if (parsed.ok) return;
    assert.equal(parsed.newer, true);
    assert.deepEqual(parsed.message, NEWER_FORMAT_MESSAGE);
    assert.match(parsed.message.bn, /নতুন সংস্করণে/);
    // A damaged draft is not "newer".
    const broken = parseDraft({ format: 2, id: 'nope' });
    assert.equal(broken.ok, false);
    assert.equal(!broken.ok && broken.newer, undefined);
  });
});

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

describe('comment anchors', () => {
  test('an anchor follows its text through 1,000 random edits (seeded)', () => {
    const random = seeded(14);
    const words = ['ঢাকা', 'বৃষ্টি', 'সম্মেলন', ' ', 'নতুন', 'আজ ', '।'];
    const text = 'রাজধানী ঢাকায় সকাল থেকে বৃষ্টি হচ্ছে, জলাবদ্ধতায় দুর্ভোগে নগরবাসী।';
    let d: PMNode = schema.nodeFromJSON(doc('শিরোনাম', p(t(text))));
    const start = d.firstChild!.nodeSize + 1;
    // The model: every character of the paragraph and whether it is under the comment.
    let model = [...text].map((ch, i) => ({ ch, anchored: i >= 8 && i < 30 }));
    // Code units, since positions count UTF-16 units: Bengali letters are single units, so chars = units.
    d = anchorComment(new Transform(d), start + 8, start + 30, 'c0000001').doc;
    for (let i = 0; i < 1_000; i++) {
      const size = model.length;
      const from = Math.floor(random() * (size + 1));
      const kind = size > 0 && random() < 0.45 ? 'delete' : 'insert';
      const tr = new Transform(d);
      if (kind === 'delete') {
        const to = Math.min(size, from + 1 + Math.floor(random() * 4));
        tr.delete(start + from, start + to);
        model = [...model.slice(0, from), ...model.slice(to)];
      } else {
        const word = words[Math.floor(random() * words.length)]!;
        // Typing takes the marks where the cursor is: inside the anchor, the comment mark; at its edges, none.
        const marks = d.resolve(start + from).marks();
        tr.insert(start + from, schema.text(word, marks));
        const inside = (model[from - 1]?.anchored ?? false) && (model[from]?.anchored ?? false);
        model = [...model.slice(0, from), ...[...word].map((ch) => ({ ch, anchored: inside })), ...model.slice(from)];
      }
      d = tr.doc;
      d.check();
      assert.equal(d.lastChild!.textContent, model.map((c) => c.ch).join(''), `edit ${i}`);
      const anchor = commentAnchors(d).get('c0000001');
      const expected = model
        .filter((c) => c.anchored)
        .map((c) => c.ch)
        .join('');
      assert.equal(anchor?.text ?? '', expected, `edit ${i}: the anchored text`);
    }
  });

  test('threads: replies, resolve and reopen, listed in document order', () => {
    const author = { name: 'সম্পাদক', color: '#aa3300' };
    let d: PMNode = schema.nodeFromJSON(doc('শিরোনাম', p(t('প্রথম বাক্য। দ্বিতীয় বাক্য।'))));
    d = anchorComment(new Transform(d), 20, 26, 'c0000002').doc;
    d = anchorComment(new Transform(d), 10, 14, 'c0000001').doc;
    let threads = [
      newThread('c0000002', author, '2026-12-01T01:00:00Z', 'দ্বিতীয়'),
      newThread('c0000001', author, '2026-12-01T02:00:00Z', 'প্রথম'),
    ];
    threads = replyTo(threads, 'c0000002', {
      id: 'r1',
      author: 'প্রতিবেদক',
      color: '#0055aa',
      time: '2026-12-01T03:00:00Z',
      text: 'ঠিক আছে',
    });
    threads = setResolved(threads, 'c0000002', true);
    assert.equal(openThreads(threads), 1);
    assert.deepEqual(
      threadsInOrder(d, threads).map((x) => x.thread.id),
      ['c0000001', 'c0000002'],
    );
    assert.equal(threads.find((x) => x.id === 'c0000002')?.replies.length, 1);
    threads = setResolved(threads, 'c0000002', false);
    assert.equal(openThreads(threads), 2);
  });
});
