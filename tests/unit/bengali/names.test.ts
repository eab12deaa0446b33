import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { foldForMatch } from '../../../core/bengali/fold';
import { editDistance, phoneticKey, sameName } from '../../../core/bengali/phonetic';
import { bengaliSkeleton, englishSkeleton, spelledLetters } from '../../../core/bengali/romanize';
import { stemCandidates } from '../../../core/bengali/suffix';

const f = (s: string) => foldForMatch(s.normalize('NFC'));

describe('case suffixes', () => {
  const stems: [string, string][] = [
    ['মোদির', 'মোদি'],
    ['মোদিকে', 'মোদি'],
    ['দিল্লিতে', 'দিল্লি'],
    ['ঢাকায়', 'ঢাকা'],
    ['চিনের', 'চিন'],
    ['ইজরায়েলের', 'ইজরায়েল'],
    ['নেতাদেরকে', 'নেতা'],
    ['ভারতেরও', 'ভারত'],
    ['মোদিই', 'মোদি'],
    ['ইরান-এ', 'ইরান'],
    ['SIR-র', 'SIR'],
  ];
  for (const [word, stem] of stems) {
    test(`${word} has the stem ${stem}`, () => assert.ok(stemCandidates(f(word)).includes(f(stem)), stemCandidates(f(word)).join(',')));
  }
  test('the word itself comes first, so a name that ends like a suffix still matches whole', () => {
    assert.equal(stemCandidates(f('কাতার'))[0], f('কাতার'));
  });
  test('-তে follows only a vowel: চিনতে ("to recognise") is not চিন + -তে', () => {
    assert.ok(!stemCandidates(f('চিনতে')).includes(f('চিন')));
  });
  test('names ending in -াহ take the genitive -র: নাসরুল্লাহর, আল্লাহর, হিজবুল্লাহর', () => {
    for (const [word, stem] of [
      ['নাসরুল্লাহর', 'নাসরুল্লাহ'],
      ['আল্লাহর', 'আল্লাহ'],
      ['হিজবুল্লাহর', 'হিজবুল্লাহ'],
      ['বাদশাহরই', 'বাদশাহ'],
    ]) {
      assert.ok(stemCandidates(f(word!)).includes(f(stem!)), `${word}: ${stemCandidates(f(word!)).join(',')}`);
    }
  });
  test('a হ + র that is part of the word is not a genitive: শহর, জওহর, মোহর keep their র', () => {
    for (const [word, stem] of [
      ['শহর', 'শহ'],
      ['জওহর', 'জওহ'],
      ['মোহর', 'মোহ'],
    ])
      assert.ok(!stemCandidates(f(word!)).includes(f(stem!)), word);
  });
});

describe('phonetic key: the same name spelt differently', () => {
  const same: [string, string][] = [
    ['ট্রাম্প', 'ট্র্যাম্প'],
    ['নেতানিয়াহু', 'নেতানইয়াহু'],
    ['জেলেনস্কি', 'জেলেনস্কী'],
    ['শরিফ', 'শরীফ'],
    ['কারণ', 'কারন'],
    ['বড\u09BC', 'ব\u09DC'],
  ];
  for (const [a, b] of same) test(`${a} ~ ${b}`, () => assert.ok(sameName(phoneticKey(f(a)), phoneticKey(f(b)))));
  test('different names stay apart', () => {
    assert.ok(!sameName(phoneticKey(f('দিন')), phoneticKey(f('দান'))));
    assert.ok(!sameName(phoneticKey(f('ইরান')), phoneticKey(f('ইরাক'))));
  });
});

test('a key of any length: a very long "word" is keyed whole, and a short one after it', () => {
  const long = phoneticKey('কখগ'.repeat(10_000));
  assert.equal(long.length, 40_000);
  assert.equal(long.slice(0, 8), 'kkhgkkhg');
  assert.equal(phoneticKey(f('রবার্টসন')), 'rbartsn');
  assert.equal(phoneticKey(''), '');
});

test('edit distance, with its early stop, on short and long strings alike', () => {
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('zelensky', 'zelenskyy', 1), 1);
  assert.equal(editDistance('kitten', 'sitting', 1), 2, 'past the limit it answers limit + 1');
  assert.equal(editDistance('ab', 'abcdef', 2), 3, 'lengths too far apart stop at once');
  // Longer than the rows it keeps between calls, and then a short one again.
  const long = 'ab'.repeat(80);
  assert.equal(editDistance(long, `${long}c`), 1);
  assert.equal(editDistance(long.slice(1), long), 1);
  assert.equal(editDistance('নেতানিয়াহু', 'নেতানইয়াহু'), 1, 'ি for ই');
});

describe('romanisation against English', () => {
  const pairs: [string, string][] = [
    ['ভলোদিমির', 'Volodymyr'],
    ['জেলেনস্কি', 'Zelensky'],
    ['ইরান', 'Iran'],
    ['চিন', 'China'],
    ['নিভোলুম্যাব', 'Nivolumab'],
  ];
  for (const [bn, en] of pairs) test(`${bn} ~ ${en}`, () => assert.equal(bengaliSkeleton(f(bn)), englishSkeleton(en)));
  test('different names give different skeletons', () => assert.notEqual(bengaliSkeleton(f('জার্মানি')), englishSkeleton('France')));
  test('a skeleton is built in one pass however long the word (a 600,000-letter one took minutes)', { timeout: 60_000 }, () => {
    assert.equal(bengaliSkeleton('সত'.repeat(300_000)), 'ST'.repeat(300_000));
    assert.equal(englishSkeleton('st'.repeat(300_000)), 'ST'.repeat(300_000));
  });
  test('spelt-out acronyms', () => {
    assert.equal(spelledLetters(f('এফআইআর')), 'FIR');
    assert.equal(spelledLetters(f('সিসিটিভি')), 'CCTV');
    assert.equal(spelledLetters(f('ডিএসএ')), 'DSA');
    assert.equal(spelledLetters(f('সরকার')), null);
  });
});
