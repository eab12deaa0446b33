/** ৷ (U+09F7, a currency numerator) typed for the danda ৷ in Kolkata copy: punctuation, not a word's last letter. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, wordRanges, WORD_PATTERN } from '../../../core/bengali/words';

test('৷ ends the word before it and starts none, for the scan and for WORD_PATTERN alike', () => {
  const text = 'তিনি কথা শোনেন না৷ পরে ১২৷৷ আবার৷এল';
  const words = ['তিনি', 'কথা', 'শোনেন', 'না', 'পরে', '১২', 'আবার', 'এল'];
  assert.deepEqual(
    wordRanges(text).map((w) => w.word),
    words,
  );
  assert.deepEqual(
    [...text.matchAll(WORD_PATTERN)].map((m) => m[0]),
    words,
  );
  assert.equal(countWords('৷'), 0);
  // The other Bengali currency signs and numerals are still word parts.
  assert.deepEqual(
    wordRanges('৳৫০ ৴৵').map((w) => w.word),
    ['৫০', '৴৵'],
  );
});
