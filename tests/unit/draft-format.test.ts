import { test } from 'node:test';
import assert from 'node:assert/strict';
import { schema, safeHref } from '../../core/document/schema';
import { isDraftId, newDraft, newDraftId, slugify, wordCountOf } from '../../core/document/draft';
import { parseDraft } from '../../core/document/draft-file';
import { countWords, wordRanges } from '../../core/bengali/words';

test('draft ids never look like paths', () => {
  assert.ok(isDraftId(newDraftId()));
  for (const bad of ['../x', 'd-../../etc', 'd-abc/def', 'd-ABCDEF12', '..', '', 'd-12', 'x-abcdefgh', 'd-abcdef\u0000'] as const) {
    assert.equal(isDraftId(bad), false, bad);
  }
});

test('a new draft parses and holds an empty, valid document', () => {
  const draft = newDraft(new Date('2026-11-24T07:00:00Z'));
  const parsed = parseDraft(JSON.parse(JSON.stringify(draft)));
  assert.ok(parsed.ok);
  assert.equal(parsed.draft.meta.status, 'draft');
  assert.equal(parsed.draft.meta.createdAt, '2026-11-24T07:00:00.000Z');
});

test('a draft whose document breaks the schema is refused with a reason', () => {
  const draft = newDraft();
  draft.doc = { type: 'doc', content: [{ type: 'paragraph' }] }; // no headline
  const parsed = parseDraft(draft);
  assert.equal(parsed.ok, false);
  if (!parsed.ok) assert.match(parsed.reason, /doc/);
  assert.equal(parseDraft({ ...newDraft(), format: 3 }).ok, false);
  assert.equal(parseDraft({ ...newDraft(), id: '../evil' }).ok, false);
});

test('links keep only http, https and mailto', () => {
  assert.equal(safeHref('https://example.com/a'), 'https://example.com/a');
  assert.equal(safeHref('mailto:desk@example.com'), 'mailto:desk@example.com');
  for (const bad of [
    'javascript:alert(1)',
    ' JAVASCRIPT:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    '/relative',
    'file:///etc/passwd',
  ]) {
    assert.equal(safeHref(bad), null, bad);
  }
  assert.throws(() => schema.marks.link.create({ href: 'javascript:alert(1)' }));
});

test('Bengali words are counted whole: vowel signs, virama and ZWJ do not split them', () => {
  // কৃষ্ণ has a vowel sign and a virama conjunct; র‍্যাব has ZWJ inside; দিল্লিতে is one inflected word.
  assert.equal(countWords('কৃষ্ণ র‍্যাব দিল্লিতে গেলেন।'), 4);
  assert.deepEqual(
    wordRanges('মোদির (Modi) সফর').map((w) => w.word),
    ['মোদির', 'Modi', 'সফর'],
  );
  assert.equal(countWords(''), 0);
  const doc = schema.nodeFromJSON({
    type: 'doc',
    content: [
      { type: 'headline', content: [{ type: 'text', text: 'ঢাকায় বৃষ্টি' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'আজ সকালে' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'শহরজুড়ে' }] },
    ],
  });
  assert.equal(wordCountOf(doc), 5);
});

test('slugs keep Bengali letters and drop punctuation', () => {
  assert.equal(slugify('ঢাকায় বৃষ্টি, জলাবদ্ধতা!'), 'ঢাকায়-বৃষ্টি-জলাবদ্ধতা');
});
