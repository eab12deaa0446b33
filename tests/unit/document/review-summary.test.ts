import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reviewCounts, suggestionIds } from '../../../core/document/review-summary';
import type { DocJSON } from '../../../core/document/schema';

// Review format 2 written by hand: the desk counts what the file holds, whoever wrote it.
const who = { author: 'রফিক আহমেদ', color: '#b03a2e', time: '2026-12-01T09:00:00.000Z' };
const insertion = (id: string) => ({ type: 'insertion', attrs: { id, ...who } });
const deletion = (id: string) => ({ type: 'deletion', attrs: { id, ...who } });
const comment = (id: string) => ({ type: 'comment', attrs: { id } });

const doc: DocJSON = {
  type: 'doc',
  content: [
    { type: 'headline', content: [{ type: 'text', text: 'ঢাকায় ভারী বৃষ্টি', marks: [comment('c1')] }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'সকাল থেকে ' },
        // One suggestion (a replacement) is a deletion and an insertion sharing one id.
        { type: 'text', text: 'টানা', marks: [deletion('s1')] },
        { type: 'text', text: 'একটানা', marks: [insertion('s1'), comment('c2')] },
        { type: 'text', text: ' বৃষ্টি হচ্ছে।' },
      ],
    },
    {
      type: 'bullet_list',
      content: [
        {
          type: 'list_item',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'জলাবদ্ধতা', marks: [{ type: 'strong' }, insertion('s2')] }] }],
        },
      ],
    },
    { type: 'paragraph', content: [{ type: 'text', text: 'আরও পড়ুন', marks: [deletion('s3')] }] },
  ],
};

const thread = (id: string, resolved: boolean) => ({ id, ...who, text: 'সূত্র কে?', resolved, replies: [] });

test('suggestions are counted by id: a replacement is one, nested blocks count, comment and other marks do not', () => {
  assert.deepEqual([...suggestionIds(doc)].sort(), ['s1', 's2', 's3']);
  assert.deepEqual(reviewCounts({ doc, review: { comments: [thread('c1', false), thread('c2', true), thread('c3', false)] } }), {
    suggestions: 3,
    comments: 2,
  });
});

test('a format-1 draft (no comments, no suggestion marks) has nothing open', () => {
  const plain: DocJSON = { type: 'doc', content: [{ type: 'headline' }, { type: 'paragraph', content: [{ type: 'text', text: 'খবর' }] }] };
  assert.deepEqual(reviewCounts({ doc: plain, review: {} }), { suggestions: 0, comments: 0 });
  assert.deepEqual(reviewCounts({ doc: plain }), { suggestions: 0, comments: 0 });
});

test('a mark without a string id is not a suggestion, and a deep document does not overflow the stack', () => {
  let deep: DocJSON = { type: 'paragraph', content: [{ type: 'text', text: 'ক', marks: [{ type: 'insertion', attrs: { id: 'deep' } }] }] };
  for (let i = 0; i < 20_000; i++) deep = { type: 'blockquote', content: [deep] };
  const odd: DocJSON = {
    type: 'paragraph',
    content: [{ type: 'text', text: 'খ', marks: [{ type: 'deletion', attrs: { id: 7 } }, { type: 'insertion' }] }],
  };
  assert.equal(reviewCounts({ doc: { type: 'doc', content: [deep, odd] } }).suggestions, 1);
});
