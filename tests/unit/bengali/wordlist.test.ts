import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dictionaryOf, shippedDictionary } from '../../../core/bengali/dictionary';
import { foldForMatch } from '../../../core/bengali/fold';
import { ENDINGS_NEVER_WORDS } from '../../../core/bengali/suffix';
import { buildWordList } from '../../../core/bengali/wordlist';

import { conjugate, verbForms } from '../../../core/bengali/wordlist/verbs';
import { bundledGlossary } from '../../../core/glossary/bundled';

const { nouns, forms } = buildWordList();
const WORD_LIST = [...new Set([...nouns, ...forms])];

const BENGALI_WORD = /^[\u0980-\u09FF\u200C\u200D]+$/u;

test('every entry of the word list is one NFC word of Bengali letters (ZWJ/ZWNJ allowed), listed once', () => {
  assert.ok(WORD_LIST.length > 20_000, `only ${WORD_LIST.length} words`);
  const bad = WORD_LIST.filter((w) => w !== w.normalize('NFC') || !BENGALI_WORD.test(w) || !/[\u0985-\u09B9\u09DC-\u09DF]/u.test(w));
  assert.deepEqual(bad.slice(0, 20), []);
  const seen = new Map<string, string>();
  const twice: string[] = [];
  for (const w of WORD_LIST) {
    const folded = foldForMatch(w);
    const first = seen.get(folded);
    if (first !== undefined) twice.push(`${first} / ${w}`);
    else seen.set(folded, w);
  }
  assert.deepEqual(twice.slice(0, 20), []);
});

test('the shipped dictionary holds every listed word folded, and no entry as written with a ZWNJ or ZWJ folding takes out', () => {
  const dictionary = shippedDictionary();
  const unfolded = WORD_LIST.filter((w) => foldForMatch(w) !== w);
  assert.ok(unfolded.length > 0, 'the list has words with something to fold');
  for (const w of WORD_LIST) assert.ok(dictionary.hasForm(foldForMatch(w)), w);
  for (const w of unfolded) assert.ok(!dictionary.hasForm(w), w);
});

test('no entry is a case ending that is never a word on its own (a detached ending stays a finding)', () => {
  const words = new Set(WORD_LIST.map(foldForMatch));
  assert.deepEqual(
    [...ENDINGS_NEVER_WORDS].filter((e) => words.has(e)),
    [],
  );
});

test('no entry, nor a noun with an ending, is the canonical spelling of a bundled glossary name', () => {
  const dict = shippedDictionary();
  const clashes = bundledGlossary()
    .filter((e) => e.type !== 'other')
    .map((e) => foldForMatch(e.bn.normalize('NFC')))
    .filter((bn) => dict.hasForm(bn));
  assert.deepEqual(clashes, []);
});

test('a listed noun is known with a classifier, the plural -রা after a consonant and -য়ে after a vowel letter; other words are not', () => {
  const dict = shippedDictionary();
  for (const w of ['দলটি', 'দলটা', 'দলগুলো', 'দলগুলি', 'দলসমূহ', 'পরিবারসহ', 'চিকিৎসকরা', 'লড়াইয়ে', 'লড়াইয়ের', 'মিটিংয়ে'])
    assert.ok(dict.hasForm(foldForMatch(w.normalize('NFC'))), w);
  // -য়ে, -য়ের after a consonant are no noun's form, and a verb form takes no classifier.
  for (const w of ['দলয়ে', 'সরকারয়ের', 'করেছেটি', 'বলেছেনগুলো']) assert.ok(!dict.hasForm(foldForMatch(w.normalize('NFC'))), w);
});

test('a glossary name the list leaves out is not known with a classifier either', () => {
  const dict = shippedDictionary();
  for (const w of ['বিহার', 'বিহারটি', 'ভোলা', 'ভোলাসহ']) assert.ok(!dict.hasForm(foldForMatch(w.normalize('NFC'))), w);
});

function assertForms(paradigm: Parameters<typeof conjugate>[0], root: string, has: string[], hasNot: string[]): void {
  const forms = new Set(conjugate(paradigm, root));
  for (const f of has) assert.ok(forms.has(f.normalize('NFC')), `${root} should give ${f}`);
  for (const f of hasNot) assert.ok(!forms.has(f.normalize('NFC')), `${root} should not give ${f}`);
}

test('consonant roots: the plain ones, the আ roots that raise to এ, and those with a high stem', () => {
  assertForms(
    'consonant',
    'করা',
    [
      'করি',
      'করো',
      'করে',
      'করেন',
      'করছে',
      'করেছেন',
      'করল',
      'করলো',
      'করলেন',
      'করত',
      'করতো',
      'করতেন',
      'করব',
      'করবো',
      'করবেন',
      'করুন',
      'করতে',
      'করলে',
      'করার',
      'করেনি',
      'করেননি',
      'করছিলেন',
      'করেছিলেন',
    ],
    ['করেচে', 'করিয়ে', 'কেরেছে'],
  );
  assertForms('consonant', 'জানা', ['জানি', 'জানে', 'জানছে', 'জেনেছে', 'জেনে', 'জানল', 'জানতে', 'জানবে'], ['জানেছে', 'জেনল']);
  assertForms('consonant', 'থাকা', ['থাকে', 'থেকে', 'থেকেছে', 'থাকবে', 'থাকতেন'], ['থাকেছে']);
  assertForms(
    'consonant',
    'লেখা:লিখ',
    ['লিখি', 'লেখো', 'লেখে', 'লেখেন', 'লিখছে', 'লিখেছেন', 'লিখে', 'লিখতে', 'লিখল', 'লিখবে', 'লেখা', 'লেখার'],
    ['লেখছে', 'লিখা', 'লেখেছে'],
  );
  assertForms('consonant', 'ওঠা:উঠ', ['উঠি', 'ওঠে', 'উঠছে', 'উঠেছে', 'উঠে', 'উঠল', 'উঠবে', 'ওঠা'], ['ওঠেছে', 'উঠা']);
});

test('-আ roots: খাওয়া takes ে in the past, চাওয়া takes -ই (and the Dhaka -চ্ছে)', () => {
  assertForms(
    'aa',
    'খাওয়া',
    ['খাই', 'খায়', 'খান', 'খাচ্ছে', 'খেয়েছে', 'খেয়ে', 'খেল', 'খেলেন', 'খেতে', 'খাবে', 'খাওয়ার', 'খায়নি'],
    ['খাইল', 'খাতে', 'খেবে'],
  );
  assertForms('aa', 'পাওয়া', ['পায়', 'পেয়েছেন', 'পেলেন', 'পেতে', 'পাবে'], ['পাইলেন']);
  assertForms('aai', 'চাওয়া', ['চাই', 'চায়', 'চাইছে', 'চাচ্ছে', 'চেয়েছেন', 'চেয়ে', 'চাইলেন', 'চাইতে', 'চাইবে'], ['চেলেন', 'চেতে', 'চাবে']);
});

test('vowel roots: দেওয়া and নেওয়া with both spellings of the noun and the Bangladesh future, হওয়া', () => {
  assertForms(
    'vowel',
    'দেওয়া/দেয়া:দি',
    ['দেওয়া', 'দেয়া', 'দেওয়ার', 'দিই', 'দাও', 'দেয়', 'দেন', 'দিচ্ছে', 'দিয়েছেন', 'দিল', 'দিলেন', 'দিতে', 'দেবে', 'দিবে', 'দিন', 'দিয়ে', 'দেয়নি'],
    ['দেও', 'দেচ্ছে', 'দেয়েছে'],
  );
  assertForms(
    'vowel',
    'হওয়া:হ',
    ['হই', 'হও', 'হয়', 'হন', 'হচ্ছে', 'হয়েছে', 'হল', 'হলো', 'হলেন', 'হত', 'হতো', 'হবে', 'হয়ে', 'হতে', 'হলে', 'হয়নি'],
    ['হাও', 'হিবে'],
  );
});

test('-আনো roots: পাঠানো, and শেখানো with its high perfect stem', () => {
  assertForms(
    'ano',
    'পাঠানো',
    ['পাঠায়', 'পাঠান', 'পাঠাচ্ছে', 'পাঠিয়েছে', 'পাঠিয়ে', 'পাঠাল', 'পাঠালেন', 'পাঠাতে', 'পাঠাবে', 'পাঠানো', 'পাঠানোর'],
    ['পাঠায়েছে', 'পাঠেয়ে'],
  );
  assertForms('ano', 'শেখানো:শিখি', ['শেখায়', 'শেখাচ্ছেন', 'শিখিয়েছেন', 'শিখিয়ে', 'শেখাতে'], ['শেখিয়ে']);
  assertForms('ano', 'খাওয়ানো:খাই', ['খাওয়ায়', 'খাইয়ে', 'খাইয়েছে', 'খাওয়াতে'], ['খাওয়িয়ে']);
});

test('contracted -আনো forms: চমকানো also gives চমকে and চমকেছে, never on the -আ stem', () => {
  assertForms('contracted', 'চমকানো', ['চমকে', 'চমকেছে', 'চমকেছিলেন'], ['চমকাে', 'চমকিয়ে']);
  assertForms('contracted', 'বদলানো', ['বদলে', 'বদলেছে'], ['বদলাচ্ছে']);
});

test('the irregular verbs are listed as they are written', () => {
  const verbs = new Set(verbForms().map((v) => v.normalize('NFC')));
  for (const w of ['যায়', 'যাচ্ছে', 'গেছে', 'গিয়েছে', 'গেল', 'গেলেন', 'যেতে', 'যাবে', 'গিয়ে', 'এলেন', 'এসেছে', 'আছে', 'ছিলেন', 'নেই', 'রয়েছে'])
    assert.ok(verbs.has(w.normalize('NFC')), w);
  assert.ok(!verbs.has('যেলেন'.normalize('NFC')));
});

test('shippedDictionary knows inflected nouns and verbs through the stemmer, and not misspellings', () => {
  const dict = shippedDictionary();
  for (const w of [
    'সরকারের',
    'মন্ত্রীদের',
    'দেশে',
    'আদালতে',
    'হাসপাতালে',
    'নির্বাচনের',
    'শিক্ষার্থীরা',
    'দলটির',
    'দেশগুলোর',
    'প্রতিষ্ঠানটিকে',
    'পরিবারসহ',
    'করেছেন',
    'জানিয়েছেন',
    'বলেছেন',
    'দিয়েছেন',
    'নিয়েছে',
    'হয়েছে',
    'করতেই',
    'বলেও',
  ])
    assert.ok(dict.has(w), w);
  for (const w of ['বিশ্ববিদ্যালই', 'সাধবানে', 'সরকারর', 'প্রধানমন্ত্রি', 'নির্বাচোন', 'হাসপাতেল']) assert.ok(!dict.has(w), w);
});

test('the spellings the standard counts as errors are not in the list, inflected or not', () => {
  const dict = shippedDictionary();
  const errors = [
    'মুহুর্ত',
    'দূর্নীতি',
    'পুরষ্কার',
    'স্বত্ত্বেও',
    'কর্মকান্ড',
    'ব্যাক্তি',
    'ব্যাবহার',
    'মুখোমুখী',
    'আকর্ষনীয়',
    'উজ্জল',
    'সম্পুর্ণ',
    'কৌতুহল',
    'ভৌগলিক',
  ];
  for (const w of errors) {
    assert.ok(!dict.has(w), w);
    assert.ok(!dict.has(`${w}ের`), `${w}ের`);
  }
});

test('dictionaryOf matches across encodings: a precomposed য় finds the NFC entry', () => {
  const dict = dictionaryOf(['নিয়ম']);
  assert.ok(dict.has('নি\u09DFম'));
});
