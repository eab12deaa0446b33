import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { damagedWords, decomposeNukta, needsRepair, normalizeText, precomposeNukta } from '../../../core/bengali/normalize';
import { mixtures } from '../mixtures';

const nfc = { unicodeForm: 'nfc' } as const;
const pre = { unicodeForm: 'nukta-precomposed' } as const;
const cps = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join(' ');

describe('normalizeText: each repair of the Bengali text facts', () => {
  const cases: [string, string, string][] = [
    ['split o-kar (ে + া)', 'আর\u09C7\u09BEো', 'আর\u09CBো'],
    ['split ou-kar (ে + ৗ)', 'প\u09C7\u09D7ঁছে', 'প\u09CCঁছে'],
    ['ৄ typed for ৃ', 'সংস্ক\u09C4তি', 'সংস্ক\u09C3তি'],
    ['doubled vowel sign', 'দু\u09C1ই', 'দুই'],
    ['stray virama after a vowel sign', 'চু\u09CDক্তি', 'চুক্তি'],
    ['stray virama after an independent vowel', 'এ\u09CDতে', 'এতে'],
    ['stray virama before an independent vowel', 'নেট\u09CDওয়ার্ক', 'নেটওয়ার্ক'],
    ['legacy khanda ta (ত + ্ + ZWJ)', 'উ\u09A4\u09CD\u200Dস', 'উ\u09CEস'],
    ['| typed for the danda', 'সে এল|', 'সে এল।'],
    ['zero-width space inside a word', 'বাং\u200Bলাদেশ', 'বাংলাদেশ'],
    ['soft hyphen and word joiner inside a word', 'বাং\u00ADলা\u2060দেশ', 'বাংলাদেশ'],
    ['nukta typed after the vowel sign', 'র\u09AF\u09C7\u09BCছে', 'র\u09AF\u09BC\u09C7ছে'],
    ['nukta on a letter that takes none', 'জ\u09BCন্য', 'জন্য'],
    ['vowel sign after an independent vowel', 'উ\u09C1লু', 'উলু'],
    ['conjunct tail typed twice', 'ন্দ্ব্ব্ব', 'ন্দ্ব'],
  ];
  for (const [name, input, expected] of cases) {
    test(name, () => {
      assert.equal(cps(normalizeText(input, nfc)), cps(expected.normalize('NFC')));
      assert.ok(needsRepair(input), 'the screen must see the damage');
    });
  }

  test('keeps the meaningful ZWJ of র‍্য and the ZWNJ after a virama', () => {
    const rya = 'র\u200D\u09CD\u09AFাব';
    const halant = 'ক\u09CD\u200Cষ';
    assert.equal(normalizeText(rya, nfc), rya);
    assert.equal(normalizeText(halant, nfc), halant);
  });

  test('keeps the য-ফলা on অ and a reph over ৎ', () => {
    assert.equal(normalizeText('অ্যাপ', nfc), 'অ্যাপ');
    assert.equal(normalizeText('ভর্ৎসনা', nfc), 'ভর্ৎসনা');
  });

  test('house form: NFC gives letter + nukta, the other form one code point', () => {
    const mixed = 'ঢাকা\u09DF বড\u09BC';
    assert.equal(normalizeText(mixed, nfc), 'ঢাকা\u09AF\u09BC বড\u09BC');
    assert.equal(normalizeText(mixed, pre), 'ঢাকা\u09DF ব\u09DC');
    assert.equal(precomposeNukta(decomposeNukta('\u09DC\u09DD\u09DF')), '\u09DC\u09DD\u09DF');
  });

  test('is idempotent, leaves clean text and Latin alone, and handles empty text', () => {
    const clean = 'প্রধানমন্ত্রী (Prime Minister) আজ ঢাকায় এলেন। Price: 12|13';
    const once = normalizeText(clean, nfc);
    assert.equal(normalizeText(once, nfc), once);
    assert.ok(once.endsWith('Price: 12|13'), 'a | between digits is not a danda');
    assert.equal(normalizeText('', nfc), '');
    assert.equal(needsRepair('প্রধানমন্ত্রী আজ এলেন'), false);
  });
});

const peerFile = join(__dirname, '..', '..', '..', '..', 'shared', 'peer-tests', 'normalizer.json');
const peerAbsent = !existsSync(peerFile);
if (peerAbsent) console.log(`skipping the peer normalizer pairs: ${peerFile} is absent`);

test('peer normalizer pairs marked agreed pass after folding nukta forms', { skip: peerAbsent && 'shared/peer-tests is absent' }, () => {
  const { pairs } = JSON.parse(readFileSync(peerFile, 'utf8')) as { pairs: { in: string; out: string; agreed: boolean }[] };
  const agreed = pairs.filter((p) => p.agreed);
  assert.ok(agreed.length > 10);
  for (const p of agreed) {
    assert.equal(precomposeNukta(normalizeText(p.in, nfc)), precomposeNukta(p.out.normalize('NFC')), `pair ${p.in}`);
  }
});

test('a text with no repair site is repaired as a text with one would be', () => {
  // normalizeText skips its rewrites where no character is a repair site. A soft hyphen and a space
  // in front make them all run, and the soft hyphen goes, so the two must agree.
  const all = (text: string) => normalizeText(`\u00AD ${text}`, nfc).slice(1);
  const alphabet = [
    'ক',
    'র',
    'ড',
    'ঢ',
    'য',
    'ড়',
    'ঢ়',
    'য়',
    'ত',
    'অ',
    'আ',
    'া',
    'ি',
    'ে',
    'ৗ',
    'ৄ',
    '্',
    '়',
    'ৎ',
    'ং',
    'ঁ',
    '১',
    '\u200C',
    '\u200D',
    '\u200B',
    '|',
    ' ',
    'a',
  ];
  let clean = 0;
  for (const text of mixtures(30000, alphabet, 9, 7)) {
    if (!needsRepair(text)) clean++;
    assert.equal(normalizeText(text, nfc), all(text), JSON.stringify(text));
  }
  assert.ok(clean > 3000);
});

describe('damagedWords: the words a repair would change, found from the characters it acts on', () => {
  // What it must equal: every run of letters, marks, digits and joiners that some screen flags.
  const reference = (text: string) =>
    [...text.matchAll(/[\p{L}\p{M}\p{N}\u200B-\u200D\u2060\u00AD\uFEFF]+/gu)]
      .filter((m) => needsRepair(m[0]))
      .map((m) => ({ from: m.index!, to: m.index! + m[0].length }));

  test('finds exactly the damaged words, whatever surrounds them', () => {
    const alphabet = [
      'ক',
      'র',
      'ড',
      'য',
      'ত',
      'অ',
      'আ',
      'া',
      'ি',
      'ে',
      'ৗ',
      'ৄ',
      '্',
      '়',
      'ৎ',
      'ং',
      'ঁ',
      '১',
      '৳',
      '।',
      '\u200C',
      '\u200D',
      '\u200B',
      '|',
      ' ',
      '-',
      'a',
      '😀',
    ];
    for (const text of mixtures(30000, alphabet, 10, 5)) {
      assert.deepEqual(damagedWords(text), reference(text), JSON.stringify(text));
    }
  });

  test('undamaged text has none, and a damaged word is found whole', () => {
    assert.deepEqual(damagedWords('প্রধানমন্ত্রী আজ ঢাকায় এলেন। র\u200D্যাব জানায়, ক্\u200Cষ | এল'), []);
    const text = 'আজ বাং\u200Bলাদেশ দল, স\u09C7\u09BEনা।';
    assert.deepEqual(
      damagedWords(text).map(({ from, to }) => text.slice(from, to)),
      ['বাং\u200Bলাদেশ', 'স\u09C7\u09BEনা'],
    );
  });
});
