import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanParentheticals } from '../../../core/checks/gloss';

test('parentheticals: innermost pairs in order, unmatched brackets by offset', () => {
  assert.deepEqual(scanParentheticals('কোনো বন্ধনী নেই'), { pairs: [], unbalanced: [] });
  const flat = scanParentheticals('চিন (China) ও ভারত (India)');
  assert.deepEqual(
    flat.pairs.map((p) => p.inner),
    ['China', 'India'],
  );
  // An outer pair holds an inner one: only the inner is a gloss candidate.
  const nested = scanParentheticals('ক (খ (Iran) গ) ঘ (Iraq)');
  assert.deepEqual(
    nested.pairs.map((p) => [p.open, p.inner]),
    [
      [5, 'Iran'],
      [17, 'Iraq'],
    ],
  );
  assert.deepEqual(nested.unbalanced, []);
  // A `)` nothing opened, and a `(` nothing closes, after it.
  const text = 'এল) তারপর (China) এবং (';
  const broken = scanParentheticals(text);
  assert.deepEqual(broken.unbalanced, [text.indexOf(')'), text.lastIndexOf('(')]);
  assert.deepEqual(
    broken.pairs.map((p) => p.inner),
    ['China'],
  );
});

test('200,000 brackets nothing closes are each reported (they were spread as arguments, past the stack)', () => {
  const text = `ঢাকা ${'('.repeat(200_000)} শহর`;
  const { pairs, unbalanced } = scanParentheticals(text);
  assert.equal(pairs.length, 0);
  assert.equal(unbalanced.length, 200_000);
  assert.equal(unbalanced[0], text.indexOf('('));
  assert.equal(unbalanced.at(-1), text.lastIndexOf('('));
});
