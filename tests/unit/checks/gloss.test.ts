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
