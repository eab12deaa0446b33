import { test } from 'node:test';
import assert from 'node:assert/strict';
import { schema, safeHref } from '../../core/document/schema';
import { DRAFT_FORMAT, isDraftId, newDraft, newDraftId, slugify, wordCountOf } from '../../core/document/draft';
import { MAX_META_CHARS, parseDraft } from '../../core/document/draft-file';
import { checkJsonLimits } from '../../core/document/json-limits';
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
  assert.equal(parseDraft({ ...newDraft(), format: DRAFT_FORMAT + 1 }).ok, false);
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

test('one walker measures a JSON value: depth, values and characters counted as a tree, plain data only', () => {
  const limits = { depth: 3, values: 20, chars: 30 };
  assert.deepEqual(checkJsonLimits({ a: [{ b: 'ক' }] }, limits), { kind: 'ok' });
  assert.deepEqual(checkJsonLimits({ a: [{ b: [] }] }, limits), { kind: 'depth' }, 'an array four levels down');
  assert.deepEqual(checkJsonLimits({ a: [[1, 2]] }, limits), { kind: 'ok' }, 'numbers at level four are inside the third');
  const shared = ['ক', 'খ', 'গ', 'ঘ', 'ঙ'];
  assert.deepEqual(checkJsonLimits([shared, shared, shared], limits), { kind: 'ok' });
  assert.deepEqual(
    checkJsonLimits([shared, shared, shared, shared], limits),
    { kind: 'size' },
    'one array reached four times is 24 values',
  );
  const ten = 'ক'.repeat(10);
  assert.deepEqual(checkJsonLimits([ten, ten, ten], limits), { kind: 'ok' });
  assert.deepEqual(checkJsonLimits([ten, ten, ten, 'খ'], limits), { kind: 'size' }, 'one string reached three times and one more');
  assert.deepEqual(checkJsonLimits({ ['ক'.repeat(31)]: 1 }, limits), { kind: 'size' }, 'property names count');
  assert.deepEqual(checkJsonLimits({ a: new Map() }, limits), { kind: 'not-json', what: 'Map' });
  assert.deepEqual(checkJsonLimits({ a: () => 1 }, limits), { kind: 'not-json', what: 'function' });
  const cycle: unknown[] = [];
  cycle.push(cycle);
  assert.deepEqual(checkJsonLimits(cycle, { depth: 1000, values: Infinity, chars: Infinity }), { kind: 'depth' }, 'a cycle ends');
});

test('a draft keeps only the fields a document node has, and says where a node breaks the shape', () => {
  const draft = newDraft(new Date('2026-11-24T07:00:00Z'), 'd-abcdefgh12');
  const doc = {
    type: 'doc',
    junk: 'x'.repeat(100),
    content: [
      { type: 'headline', content: [{ type: 'text', text: 'ঢাকা' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'বৃষ্টি', marks: [{ type: 'em', extra: 1 }] }] },
    ],
  };
  const parsed = parseDraft({ ...draft, doc });
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.reason);
  assert.deepEqual(parsed.draft.doc, {
    type: 'doc',
    content: [
      { type: 'headline', content: [{ type: 'text', text: 'ঢাকা' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'বৃষ্টি', marks: [{ type: 'em' }] }] },
    ],
  });
  const broken = parseDraft({ ...draft, doc: { type: 'doc', content: [{ type: 'headline' }, { type: 7 }] } });
  assert.ok(!broken.ok);
  assert.equal(broken.reason, 'doc.content.1.type: expected a string');
  assert.match(broken.message.en, /not well-formed/);
});

test('a headline longer than MAX_META_CHARS is refused, naming the headline in both languages', () => {
  const draft = newDraft(new Date('2026-11-24T07:00:00Z'), 'd-abcdefgh12');
  const long = parseDraft({ ...draft, meta: { ...draft.meta, headline: 'ক'.repeat(MAX_META_CHARS + 1) } });
  assert.ok(!long.ok);
  assert.match(long.message.en, /headline is longer than 5,000 characters/);
  assert.match(long.message.bn, /শিরোনাম ৫০০০ অক্ষরের চেয়ে লম্বা/);
  const tag = parseDraft({ ...draft, meta: { ...draft.meta, tags: ['খ'.repeat(MAX_META_CHARS + 1)] } });
  assert.ok(!tag.ok);
  assert.match(tag.message.en, /tag is longer/);
  assert.ok(parseDraft({ ...draft, meta: { ...draft.meta, headline: 'ক'.repeat(MAX_META_CHARS) } }).ok);
});
