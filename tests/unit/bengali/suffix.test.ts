import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attachSuffix } from '../../../core/bengali/suffix';

test('attachSuffix joins a case ending as standard orthography writes it, emphatic -ই/-ও included', () => {
  const cases: [string, string, string][] = [
    ['ভারত', 'এর', 'ভারতের'],
    ['ভারত', 'এরই', 'ভারতেরই'],
    ['দিল্লি', 'এর', 'দিল্লির'],
    ['দিল্লি', 'এরই', 'দিল্লিরই'],
    ['ইরান', 'এ', 'ইরানে'],
    ['ইরান', 'এও', 'ইরানেও'],
    ['ঢাকা', 'এ', 'ঢাকায়'],
    ['ঢাকা', 'এও', 'ঢাকায়ও'],
    ['দিল্লি', 'এ', 'দিল্লিতে'],
    ['মোদি', 'কে', 'মোদিকে'],
  ];
  for (const [word, suffix, joined] of cases) assert.equal(attachSuffix(word, suffix), joined, `${word} + ${suffix}`);
});

test('attachSuffix keeps a hyphen after Latin letters, digits and spelt-out acronyms', () => {
  assert.equal(attachSuffix('ডিএসএ', 'এর'), 'ডিএসএ-এর');
  assert.equal(attachSuffix('BNP', 'এর'), 'BNP-এর');
  assert.equal(attachSuffix('১৯৭১', 'এর'), '১৯৭১-এর');
  assert.equal(attachSuffix(')', 'এর'), ')-এর');
});

test('attachSuffix re-fits an ending written on another stem, never two vowel signs in a row', () => {
  const cases: [string, string, string][] = [
    ['মালদ্বীপি', 'ের', 'মালদ্বীপির'],
    ['মালদ্বীপি', 'েরই', 'মালদ্বীপিরই'],
    ['মালদ্বীপি', 'ে', 'মালদ্বীপিতে'],
    ['ঢাকা', 'ে', 'ঢাকায়'],
    ['ইরান', 'র', 'ইরানের'],
    ['ইরান', 'য়', 'ইরানে'],
    ['ইরান', 'তেই', 'ইরানেই'],
    ['ইরান', 'য়ের', 'ইরানের'],
    ['দিল্লি', 'র', 'দিল্লির'],
    ['আল্লাহ', 'র', 'আল্লাহর'],
    ['ইরান', 'কে', 'ইরানকে'],
    ['ইরান', '-এ', 'ইরান-এ'],
    ['ইরান', '', 'ইরান'],
  ];
  for (const [word, suffix, joined] of cases) assert.equal(attachSuffix(word, suffix), joined.normalize('NFC'), `${word} + ${suffix}`);
  const vowelSigns = /[\u09BE-\u09CC\u09D7][\u09BE-\u09CC\u09D7]/;
  for (const word of ['দেশি', 'ঢাকা', 'মোদী', 'ইরান', 'বন্ধু'])
    for (const suffix of ['ের', 'েরা', 'েরকে', 'ে', 'েই', 'া', 'ি', 'ো', 'র', 'য়', 'তে'])
      assert.doesNotMatch(attachSuffix(word, suffix), vowelSigns, `${word} + ${suffix}`);
});
