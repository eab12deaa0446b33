import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldForMatch, MAY_FOLD } from '../../../core/bengali/fold';

test('MAY_FOLD matches exactly the texts foldForMatch changes', () => {
  const samples: string[] = [];
  for (let code = 0x0980; code <= 0x09ff; code++) samples.push(`ক${String.fromCharCode(code)}`);
  for (const code of [0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x0020, 0x0041]) samples.push(`ক${String.fromCharCode(code)}ল`);
  // ে with each second half, and with a letter after it (which stays).
  for (const next of [0x09be, 0x09d7, 0x0995, 0x09bf]) samples.push(`ক\u09C7${String.fromCharCode(next)}`);
  let changed = 0;
  for (const text of samples) {
    const folds = foldForMatch(text) !== text;
    if (folds) changed++;
    assert.equal(MAY_FOLD.test(text), folds, `${[...text].map((c) => c.codePointAt(0)!.toString(16)).join(' ')}`);
  }
  assert.equal(changed, 11, 'three nukta letters, six invisible characters and two split vowel signs fold');
});
