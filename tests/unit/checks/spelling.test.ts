import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dictionaryOf, type Dictionary } from '../../../core/bengali/dictionary';
import { DEFAULT_HOUSE_STYLE, parseHouseStyle, type HouseStyle } from '../../../core/bengali/house-style';
import { soundAlikeRespellings } from '../../../core/bengali/sound-alike';
import { createChecker, splitParagraphs } from '../../../core/checks/engine';
import type { Finding } from '../../../core/checks/types';
import { FIXTURE_GLOSSARY } from './fixture-glossary';

/** A small dictionary written for these tests: the words the fixtures use, spelt right. */
const WORDS = dictionaryOf(
  (
    'আমি আমরা তিনি আজ কাল গেলাম গেছেন যান ছাত্র ছাত্রী বন্ধ খোলা কাজ কথা বলেন বললেন এবং ও সঙ্গে পরে ' +
    'বিশ্ববিদ্যালয় সাবধানে চলুন সরকার দেশ মানুষ দূত এলেন বৈঠক হয় হয়েছে শহর নদী বেশী খবর নতুন ' +
    'সংস্কার পরিণত দণ্ড ভবিষ্যৎ নির্বাচন বিতর্ক আন্দোলন হাসপাতাল স্বাস্থ্য'
  ).split(' '),
);

function spellingFindings(text: string, options: { style?: Partial<HouseStyle>; dictionary?: Dictionary } = {}): Finding[] {
  const checker = createChecker({
    glossary: FIXTURE_GLOSSARY,
    style: { ...DEFAULT_HOUSE_STYLE, ...options.style },
    dictionary: options.dictionary ?? WORDS,
  });
  return checker.checkText(splitParagraphs(text)).findings.filter((f) => f.rule === 'spelling/unknown');
}

const asWarning = { style: { spellingSeverity: 'warning' as const } };

describe('spelling/unknown: the article proves the slip', () => {
  test('a word written once against a dictionary word the article uses more, inflected as written', () => {
    const text = 'বিশ্ববিদ্যালয়ের ছাত্র এলেন। বিশ্ববিদ্যালয়ে বৈঠক হয়। আজ বিশ্ববিদ্যালই বন্ধ।';
    const [f, ...rest] = spellingFindings(text);
    assert.deepEqual(rest, []);
    assert.ok(f);
    assert.equal(f.text, 'বিশ্ববিদ্যালই');
    assert.equal(text.slice(f.offset, f.offset + f.length), f.text);
    assert.equal(f.suggestions[0], 'বিশ্ববিদ্যালয়'.normalize('NFC'));
    assert.equal(f.severity, 'info');
    assert.match(f.message.en, /mostly spells it/);
    assert.equal(f.key, 'spell:বিশ্ববিদ্যালই');
  });

  test('the article’s own spelling wins when the dictionary does not know the word either', () => {
    const none = dictionaryOf(['আজ']);
    const text = 'বিশ্ববিদ্যালয়ের ছাত্র। বিশ্ববিদ্যালয়ে বৈঠক। বিশ্ববিদ্যালয় বন্ধ। কাল বিশ্ববিদ্যালইয়ের কাজ।';
    const found = spellingFindings(text, { dictionary: none });
    assert.deepEqual(
      found.map((f) => [f.text, f.suggestions[0]]),
      [['বিশ্ববিদ্যালইয়ের', 'বিশ্ববিদ্যালয়ের'.normalize('NFC')]],
    );
  });

  test('a swapped pair of letters (সাধবানে) against the article’s সাবধানে', () => {
    const text = 'সাবধানে চলুন। আবার সাবধানে চলুন। সাধবানে চলুন।';
    assert.deepEqual(
      spellingFindings(text).map((f) => [f.text, f.suggestions[0]]),
      [['সাধবানে', 'সাবধানে']],
    );
  });

  test('a slip that as often makes another word is caught where the article uses the word: a হসন্ত, a য-ফলা', () => {
    const text =
      'বিতর্ক হয়। বিতর্ক হয়েছে। বিত্র্ক হয়। আন্দোলন হয়। আন্দোলন হয়েছে। আনদোলন হয়। ' +
      'হাসপাতাল খোলা। হাসপাতাল বন্ধ। হাসপাত্যালে কাজ। স্বাস্থ্য খবর। স্বাস্থ্য কথা। স্বাস্থ খবর।';
    assert.deepEqual(
      spellingFindings(text).map((f) => [f.text, f.suggestions[0]]),
      [
        ['বিত্র্ক', 'বিতর্ক'],
        ['আনদোলন', 'আন্দোলন'],
        ['হাসপাত্যালে', 'হাসপাতালে'],
        ['স্বাস্থ', 'স্বাস্থ্য'],
      ].map(([w, s]) => [w!.normalize('NFC'), s!.normalize('NFC')]),
    );
  });

  test('not flagged: a spelling the writer repeats, or one the article never contradicts', () => {
    assert.deepEqual(spellingFindings('বিশ্ববিদ্যালয়ে বৈঠক। বিশ্ববিদ্যালয়ের ছাত্র। বিশ্ববিদ্যালই বন্ধ, বিশ্ববিদ্যালই খোলা।'), []);
    assert.deepEqual(spellingFindings('আজ বিশ্ববিদ্যালই বন্ধ।'), [], 'the dictionary alone is not enough at info');
  });
});

describe('spelling/unknown as a warning: the dictionary is trusted', () => {
  test('a word one slip from a dictionary word is flagged with it, ranked after the article’s', () => {
    const found = spellingFindings('সাধবানে চলুন। সরকাড় নতুন খবর দিল। মানুসের কথা।', asWarning);
    assert.deepEqual(
      found.map((f) => [f.text, f.suggestions[0], f.severity]),
      [
        ['সাধবানে', 'সাবধানে', 'warning'],
        ['সরকাড়', 'সরকার', 'warning'],
        ['মানুসের', 'মানুষের', 'warning'],
      ],
    );
  });

  test('ৎ and the ত it becomes before an ending, ন/ণ, ষ/স', () => {
    const found = spellingFindings('পরিনত হয়। সংষ্কারের কথা। দন্ড হয়।', asWarning);
    assert.deepEqual(
      found.map((f) => f.suggestions[0]),
      ['পরিণত', 'সংস্কারের', 'দণ্ড'],
    );
    assert.deepEqual(spellingFindings('ভবিষ্যতের কথা। ভবিষ্যতে দেখা হবে।', asWarning), [], 'ভবিষ্যৎ inflected');
  });

  test('never: a word with no respelling, a short word, a word the reformed spelling writes with ি, a run of unknown words', () => {
    assert.deepEqual(spellingFindings('রবিউল আজ এলেন।', asWarning), [], 'no respelling: a name or a rare word');
    assert.deepEqual(spellingFindings('শব আজ এলেন।', asWarning), [], 'too short to tell a slip');
    assert.deepEqual(spellingFindings('বেশি খবর।', asWarning), [], 'বেশি for the list’s বেশী');
    assert.deepEqual(spellingFindings('তামজিদ সরকাড় এলেন।', asWarning), [], 'beside an unknown name: a name');
    assert.deepEqual(
      spellingFindings('আনদোলন হয়। হাসপাত্যালে কাজ।', asWarning),
      [],
      'a হসন্ত between consonants or a য-ফলা before া: as often a loanword or another word, without the article’s word',
    );
  });
});

describe('spelling/unknown leaves alone', () => {
  test('glossary names and their variants, the article’s glossed names, Latin, digits, compounds', () => {
    const text = 'রবার্টসন (Robertson) এলেন। পরে রবার্টসন বলেন। জেলেনস্কীর দূত এলেন। Roberts ১২জন ভারত-বাংলাদেশ।';
    assert.deepEqual(spellingFindings(text, asWarning), []);
  });

  test('a word another rule flags (a glossary variant) is not flagged again', () => {
    const dictionary = dictionaryOf(['চিন', 'দূত', 'এলেন']);
    const found = createChecker({ glossary: FIXTURE_GLOSSARY, dictionary, style: { ...DEFAULT_HOUSE_STYLE, spellingSeverity: 'warning' } })
      .checkText(splitParagraphs('চীনের দূত এলেন।'))
      .findings.map((f) => f.rule);
    assert.deepEqual(found, ['entity/variant']);
  });

  test('the house style turns it off', () => {
    const text = 'সাবধানে চলুন। আবার সাবধানে চলুন। সাধবানে চলুন।';
    assert.deepEqual(spellingFindings(text, { style: { spellingSeverity: 'off' } }), []);
  });
});

describe('spelling/unknown on real copy: compounds, given names, counters, the ৷ danda', () => {
  test('a solid compound of a known word with a tail is known; a slip inside it is put right whole', () => {
    const text = 'সংস্কারসহ কথা হয়। দেশজুড়ে খবর। সরকারবিরোধীদের মিছিল। আন্দোলনভিত্তিক দল।';
    assert.deepEqual(spellingFindings(text, asWarning), []);
    assert.deepEqual(
      spellingFindings('সংষ্কারসহ কথা হয়।', asWarning).map((f) => [f.text, f.suggestions[0]]),
      [['সংষ্কারসহ', 'সংস্কারসহ']],
    );
  });

  test('a solid compound of a glossary name is the name’s, never a slip', () => {
    // ইরানজুড়ে is one slip (ন/ণ) from ইরাণজুড়ে, were the dictionary to list that.
    const dictionary = dictionaryOf(['ইরাণ', 'খবর', 'কথা']);
    assert.deepEqual(spellingFindings('ইরানজুড়ে খবর। ঢাকাভিত্তিক কথা।', { ...asWarning, dictionary }), []);
    assert.equal(spellingFindings('ইরানখবর কথা।', { ...asWarning, dictionary: dictionaryOf(['ইরাণখবর', 'কথা']) }).length, 1);
  });

  test('a given name before a surname is its bearer’s spelling, not a slip of the dictionary word', () => {
    // হাসান is a word too ("makes laugh"), as in the shipped list: no unknown word beside it makes a name of the pair.
    const dictionary = dictionaryOf(['মেহেদি', 'হাসান', 'বলেন', 'দিয়ে', 'হাত', 'রাঙানো', 'গণতান্ত্রিক', 'সরকার']);
    const opts = { ...asWarning, dictionary };
    assert.deepEqual(spellingFindings('মেহেদী হাসান বলেন।', opts), []);
    assert.deepEqual(spellingFindings('বলেন মেহেদী হাসানের দিয়ে।', opts), [], 'the surname inflected');
    assert.deepEqual(
      spellingFindings('মেহেদী দিয়ে হাত রাঙানো।', opts).map((f) => f.suggestions[0]),
      ['মেহেদি'],
      'the word, no surname after it',
    );
    assert.deepEqual(
      spellingFindings('গনতান্ত্রিক সরকার।', opts).map((f) => f.suggestions[0]),
      ['গণতান্ত্রিক'],
      'সরকার is a surname as often as "government"',
    );
  });

  test('a counter written apart from its number is a spacing matter, not a misspelt word', () => {
    const dictionary = dictionaryOf(['টাই', 'ভোর', 'বৈঠক', 'লাল', 'দাগ']);
    const opts = { ...asWarning, dictionary };
    assert.deepEqual(spellingFindings('ভোর ৬ টায় বৈঠক।', opts), []);
    assert.deepEqual(spellingFindings('ভোর 6 টায় বৈঠক।', opts), []);
    assert.equal(spellingFindings('লাল টায় দাগ।', opts).length, 1, 'no number before it: a slip of টাই');
  });

  test('৷ typed for the danda ends the word before it', () => {
    const dictionary = dictionaryOf(['সাবধানে', 'চলুন']);
    const text = 'সাবধানে চলুন৷ আবার সাবধানে চলুন৷ চলুন সাধবানে৷';
    assert.deepEqual(
      spellingFindings(text, { dictionary }).map((f) => [f.text, f.suggestions[0]]),
      [['সাধবানে', 'সাবধানে']],
    );
  });
});

describe('the house option', () => {
  test('a style file may set spellingSeverity, and nothing else is accepted for it', () => {
    const parsed = parseHouseStyle({ spellingSeverity: 'warning' });
    assert.ok(parsed.ok);
    assert.equal(parsed.value.spellingSeverity, 'warning');
    assert.equal(DEFAULT_HOUSE_STYLE.spellingSeverity, 'info');
    assert.equal(parseHouseStyle({ spellingSeverity: 'loud' }).ok, false);
  });
});

describe("the spelling check's respellings: the wide sound-alike edits", () => {
  test('one sound-alike slip each', () => {
    const of = (word: string) => new Set(soundAlikeRespellings(word.normalize('NFC'), { wide: true }));
    assert.ok(of('নিতি').has('নীতি'));
    assert.ok(of('মানুস').has('মানুষ'));
    assert.ok(of('পরিনত').has('পরিণত'));
    assert.ok(of('যখন').has('জখন'));
    assert.ok(of('সরকাড়'.normalize('NFC')).has('সরকার'));
    assert.ok(of('সাধবানে').has('সাবধানে'));
    assert.ok(of('বিশ্ববিদ্যালই').has('বিশ্ববিদ্যালয়'.normalize('NFC')));
    assert.ok(of('আসন্ন').has('আসন'), 'a doubled consonant dropped');
    assert.ok(of('ব্যবসা').has('ববসা'), 'a য-ফলা dropped');
    assert.ok(of('যাবত').has('যাবৎ'));
    assert.ok(!of('মানুস').has('মানুস'), 'never the word itself');
    assert.ok(of('বিতর্ক').has('বিত্র্ক'.normalize('NFC')), 'a হসন্ত added between two consonants');
    assert.ok(of('আনদোলন').has('আন্দোলন'), 'a হসন্ত dropped between two consonants');
    assert.ok(of('এঈ').has('এই'), 'ই/ঈ');
    assert.ok(!of('মানুস').has('মানুস'), 'never the word itself');
    assert.ok(!of('কলম').has('খলম'), 'ক/খ is not a sound-alike slip');
  });
  test("wider than the name checks' edits, which keep the phonetic key", () => {
    assert.ok(!soundAlikeRespellings('সাধবানে'.normalize('NFC')).includes('সাবধানে'.normalize('NFC')));
    assert.ok(!soundAlikeRespellings('বিশ্ববিদ্যালই'.normalize('NFC')).includes('বিশ্ববিদ্যালয়'.normalize('NFC')));
  });
});
