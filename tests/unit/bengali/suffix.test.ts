import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dictionaryOf } from '../../../core/bengali/dictionary';
import { foldForMatch } from '../../../core/bengali/fold';
import { attachSuffix, compoundHead } from '../../../core/bengali/suffix';

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

test('compoundHead takes a compound’s tail off (-সহ, -ভিত্তিক, -বিরোধী/-বিরোধিতা, -জুড়ে, -বৃন্দ, -গণ), not -প্রতি', () => {
  const head = (w: string) => compoundHead(foldForMatch(w.normalize('NFC')));
  const fold = (w: string) => foldForMatch(w.normalize('NFC'));
  const cases: [string, string][] = [
    ['ভারতসহ', 'ভারত'],
    ['কানাডাভিত্তিক', 'কানাডা'],
    ['ঢাকাকেন্দ্রিক', 'ঢাকা'],
    ['সরকারবিরোধী', 'সরকার'],
    ['সরকারবিরোধিতা', 'সরকার'],
    ['দেশজুড়ে', 'দেশ'],
    ['শিক্ষকবৃন্দ', 'শিক্ষক'],
    ['আহতগণ', 'আহত'],
  ];
  for (const [word, stem] of cases) assert.equal(head(word), fold(stem), word);
  assert.equal(head('মনপ্রতি'), null, '-প্রতি stays: মণপ্রতি is one word, মনপ্রতি its slip');
  assert.equal(head('সহ'), null);
  assert.equal(head('কগণ'), null, 'too short a head');
  assert.equal(head('সরকার'), null);
});

test('a dictionary knows the solid compounds of its words, case endings and all, and only of its words', () => {
  const dictionary = dictionaryOf(['সরকার', 'দেশ', 'আহত', 'মণ']);
  for (const w of ['সরকারবিরোধী', 'সরকারবিরোধীদের', 'দেশজুড়ে', 'আহতগণের', 'দেশসহ']) assert.ok(dictionary.has(w), w);
  for (const w of ['অচেনাসহ', 'মনপ্রতি', 'মণপ্রতি', 'সরকারপ্রতি']) assert.ok(!dictionary.has(w), w);
});
