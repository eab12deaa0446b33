/**
 * The shipped list's derived forms (-তা nouns, -ভাবে adverbs) and the words added after reading the
 * spelling check's findings on real copy (docs/checks.md, "The spelling check on real copy").
 * Fixtures are written for the project.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shippedDictionary } from '../../../core/bengali/dictionary';
import { DEFAULT_HOUSE_STYLE } from '../../../core/bengali/house-style';
import { createChecker, splitParagraphs } from '../../../core/checks/engine';
import { bundledGlossary } from '../../../core/glossary/bundled';
import { comparativeForms, isDerivedForm } from '../../../core/bengali/wordlist/derived';

const nfc = (words: string[]) => words.map((w) => w.normalize('NFC'));

test('the -তা noun and the -ভাবে adverb of a listed adjective are known by its ending', () => {
  const listed = new Set(nfc(['পরিপূর্ণ', 'আদর্শহীন', 'আধুনিক', 'স্বার্থপর', 'দেশীয়', 'ব্যক্তিগত', 'কার্যকর', 'কাজ', 'দল', 'পর', 'হীন']));
  const known = (w: string) => isDerivedForm(w.normalize('NFC'), (base) => listed.has(base));
  for (const w of ['পরিপূর্ণতা', 'আদর্শহীনতা', 'আধুনিকতা', 'স্বার্থপরতা', 'দেশীয়ভাবে', 'পরিপূর্ণভাবে', 'আধুনিকভাবে', 'কার্যকরভাবে']) assert.ok(known(w), w);
  // -গত and -কর adjectives take -ভাবে only: ব্যক্তিগততা is no word.
  for (const w of ['ব্যক্তিগততা', 'কার্যকরতা']) assert.ok(!known(w), w);
  // Nouns take neither, and an ending alone is no adjective: পর "other" gives no পরতা.
  for (const w of ['কাজতা', 'দলভাবে', 'পরতা', 'হীনতা']) assert.ok(!known(w), w);
  // The adjective must be listed.
  assert.ok(!known('অচেনাপূর্ণতা'));
});

test('the comparatives and superlatives of the adjectives that take them, ৎ joined as ত্ত', () => {
  const forms = new Set(comparativeForms());
  for (const w of nfc(['দীর্ঘতর', 'দীর্ঘতম', 'প্রিয়তম', 'বৃহত্তর', 'মহত্তম'])) assert.ok(forms.has(w), w);
  assert.ok(!forms.has('বৃহৎতর'.normalize('NFC')));
  assert.ok(!forms.has('কাজতর'.normalize('NFC')));
});

test('the shipped list knows the derived forms inflected, and still not a noun with তা for its classifier টা', () => {
  const dict = shippedDictionary();
  for (const w of ['পরিপূর্ণতার', 'অপূর্ণতা', 'আদর্শহীনতায়', 'শীতলতা', 'অবরুদ্ধতা', 'বান্ধবতার', 'অর্থপূর্ণভাবে', 'দেশীয়ভাবে', 'সাংগঠনিকভাবে'])
    assert.ok(dict.has(w), w);
  for (const w of ['কাজতা', 'দলতার', 'বইতা']) assert.ok(!dict.has(w), w);
});

test('words real copy uses that the list lacked are known, inflected too', () => {
  const dict = shippedDictionary();
  for (const w of [
    'ভাবনার',
    'ব্যাপারটি',
    'মুক্ত',
    'প্রতিনিয়ত',
    'দ্বিপাক্ষিক',
    'প্রত্যন্ত',
    'সান্ত্বনা',
    'স্বীকৃত',
    'এখানকার',
    'কয়টা',
    'কয়জন',
    'পুরান',
    'শিল্পপ্রতিষ্ঠানে',
    'কার্যদিবসের',
    'অর্ডিন্যান্সের',
    'দীর্ঘতম',
    'আনিয়ে',
    'গর্জে',
    'ইনস্টাগ্রামে',
  ])
    assert.ok(dict.has(w), w);
});

test('on a fixture of our own, the -তা nouns raise no spelling finding and a real slip still does', () => {
  const checker = createChecker({
    glossary: bundledGlossary(),
    dictionary: shippedDictionary(),
    style: { ...DEFAULT_HOUSE_STYLE, spellingSeverity: 'warning' },
  });
  const text = 'শহরের শীতলতা আর গ্রামের পরিপূর্ণতা নিয়ে তিনি লিখেছেন। দলের আদর্শহীনতার কথাও বলেছেন। ' + 'বইটি শেষ পর্যন্ত একটি আন্দোলনে পরিনত হয়।';
  const found = checker
    .checkText(splitParagraphs(text))
    .findings.filter((f) => f.rule === 'spelling/unknown')
    .map((f) => [f.text, f.suggestions[0]]);
  assert.deepEqual(found, [['পরিনত', 'পরিণত'.normalize('NFC')]]);
});
