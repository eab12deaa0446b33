import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldForMatch } from '../../../core/bengali/fold';
import { keyStart, phoneticKey } from '../../../core/bengali/phonetic';
import { countWords, scanWords, wordRanges, WORD_PATTERN } from '../../../core/bengali/words';
import { mixtures } from '../mixtures';

const corpus = join(__dirname, '..', '..', '..', '..', 'shared', 'corpus');
const absent = !existsSync(corpus);
if (absent) console.log(`skipping corpus comparisons: ${corpus} is absent`);

function scanned(text: string): [number, number][] {
  const out: [number, number][] = [];
  scanWords(text, (from, to) => out.push([from, to]));
  return out;
}

function matched(text: string): [number, number][] {
  return [...text.matchAll(WORD_PATTERN)].map((m) => [m.index!, m.index! + m[0].length]);
}

const WORD_CHARACTERS = [
  'ক',
  'া',
  '্',
  'ে',
  'ড়',
  'ড',
  '়',
  '\u200C',
  '\u200D',
  '\u200B',
  '\u00AD',
  ' ',
  '-',
  "'",
  '’',
  '.',
  'a',
  'Z',
  '7',
  '১',
  '।',
  '(',
  ',',
  '\n',
  'é',
  'e\u0301',
  '中',
  '😀',
  '𝐀',
  '\uD800',
  '\uDC00',
];

describe('scanWords finds exactly the words WORD_PATTERN matches', () => {
  test('Bengali with marks, joiners, hyphens, apostrophes, digits and Latin', () => {
    const text = 'র‍্যাবের ক্‌ষমতা ভারত-বাংলাদেশ O’Brien-এর ১৩.২ শতাংশ, e-KYC ডিএসএ-এর (Iran)-এ ছাত্র\u200Bছাত্রী';
    assert.deepEqual(scanned(text), matched(text));
    assert.equal(scanned(text).length, 12, 'the zero-width space splits ছাত্র\u200Bছাত্রী in two');
  });

  test('characters outside the Basic Multilingual Plane and lone surrogates', () => {
    for (const text of ['𝐀𝐁 ক', 'ক😀খ', '\uD800ক', 'ক\uDC00', 'a-𝐀', "ক-'"])
      assert.deepEqual(scanned(text), matched(text), JSON.stringify(text));
  });

  test('any mixture of the characters the rules turn on', () => {
    for (const text of mixtures(20000, WORD_CHARACTERS, 24)) assert.deepEqual(scanned(text), matched(text), JSON.stringify(text));
  });

  test('the shared corpus', { skip: absent && 'corpus absent' }, () => {
    for (const dir of ['bd-articles', 'kolkata-snippets']) {
      for (const file of readdirSync(join(corpus, dir)).filter((f) => f.endsWith('.txt'))) {
        const text = readFileSync(join(corpus, dir, file), 'utf8');
        assert.deepEqual(scanned(text), matched(text), file);
      }
    }
  });
});

test('scanWords hands each word the FNV-1a hash of its code units', () => {
  const fnv = (word: string) => {
    let hash = 0x811c9dc5 | 0;
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
    return hash;
  };
  let words = 0;
  for (const text of mixtures(3000, WORD_CHARACTERS, 16)) {
    scanWords(text, (from, to, hash) => {
      words++;
      assert.equal(hash, fnv(text.slice(from, to)), JSON.stringify(text.slice(from, to)));
    });
  }
  assert.ok(words > 3000);
});

describe('foldForMatch', () => {
  test('folds nukta letters, split vowel signs and invisible characters', () => {
    assert.equal(foldForMatch('বাড়ি'), 'বাড\u09BCি');
    assert.equal(foldForMatch('ক\u09C7\u09BEন ক\u09C7\u09D7শল'), 'কোন কৌশল');
    assert.equal(foldForMatch('র\u200D্যাব বাং\u200Bলা\u00AD\u2060\uFEFF'), 'র্যাব বাংলা');
  });

  test('a word with nothing to fold comes back as it is', () => {
    assert.equal(foldForMatch('বাংলাদেশ'), 'বাংলাদেশ');
    assert.equal(foldForMatch(''), '');
  });

  test('folding word by word gives the text folded whole', () => {
    const alphabet = ['ক', 'া', 'ে', 'ৗ', '\u09DC', '\u09DF', '\u200C', '\u200B', ' ', 'a'];
    for (const text of mixtures(5000, alphabet, 16)) {
      let piecewise = '';
      let at = 0;
      scanWords(text, (from, to) => {
        piecewise += foldForMatch(text.slice(at, from)) + foldForMatch(text.slice(from, to));
        at = to;
      });
      assert.equal(piecewise + foldForMatch(text.slice(at)), foldForMatch(text), JSON.stringify(text));
    }
  });
});

describe('keyStart', () => {
  test('is the start of the phonetic key, at least as long as asked', () => {
    const alphabet = ['ক', 'খ', 'া', 'ি', '্', 'য', 'ব', 'ড', '়', 'ঋ', 'ঃ', 'a', 'İ', '১'];
    for (const text of mixtures(5000, alphabet, 12)) {
      const key = phoneticKey(text);
      for (const letters of [1, 2, 4]) {
        const start = keyStart(text, letters);
        assert.ok(key.startsWith(start), JSON.stringify(text));
        assert.ok(start.length >= Math.min(letters, key.length), JSON.stringify(text));
      }
    }
  });
});

test('countWords and wordRanges count what WORD_PATTERN matches, and a word of millions of letters is one word', () => {
  for (const text of ['কৃষ্ণ র‍্যাব দিল্লিতে গেলেন।', "O'Brien-এর ভারত-বাংলাদেশ 5G", '', ' । ', ...mixtures(500, WORD_CHARACTERS, 24)]) {
    assert.equal(countWords(text), [...text.matchAll(WORD_PATTERN)].length, text);
    assert.deepEqual(
      wordRanges(text).map((w) => [w.from, w.to]),
      matched(text),
      text,
    );
    assert.deepEqual(
      wordRanges(text).map((w) => w.word),
      [...text.matchAll(WORD_PATTERN)].map((m) => m[0]),
      text,
    );
  }
  // The regex's backtracking stack overflows on one long word; the scan does not.
  const long = 'ক'.repeat(8_000_000);
  assert.equal(countWords(`${long} শেষ`), 2);
  assert.deepEqual(
    wordRanges(`আগে ${long}`).map((w) => w.to),
    [3, 4 + long.length],
  );
});
