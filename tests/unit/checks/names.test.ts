/**
 * The name checks of issue 13: a respelt glossary name (entity/variant), a name spelt two ways in one
 * article with or without a glossary (entity/inconsistent), compound glosses, and what is never a name.
 * Fixtures written for the project.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dictionaryOf, type Dictionary } from '../../../core/bengali/dictionary';
import { createChecker, splitParagraphs } from '../../../core/checks/engine';
import type { Finding, RuleId } from '../../../core/checks/types';
import { buildGlossaryIndex } from '../../../core/glossary/index';
import type { GlossaryEntry } from '../../../core/glossary/types';
import { FIXTURE_GLOSSARY } from './fixture-glossary';

const GLOSSARY: GlossaryEntry[] = [
  ...FIXTURE_GLOSSARY,
  { bn: 'রাশিয়া', variants: [], en: 'Russia', type: 'place' },
  { bn: 'মালি', variants: [], en: 'Mali', type: 'place' },
];

function check(text: string, dictionary?: Dictionary): Finding[] {
  const checker = createChecker(dictionary ? { glossary: GLOSSARY, dictionary } : { glossary: GLOSSARY });
  return checker.checkText(splitParagraphs(text)).findings;
}

function only(text: string, rule: RuleId, dictionary?: Dictionary): Finding[] {
  return check(text, dictionary).filter((f) => f.rule === rule);
}

describe('entity/variant: one sound-alike edit from a glossary spelling', () => {
  test('a respelt glossary name, inflected, is a warning with the glossary spelling inflected alike', () => {
    const [f] = only('ঈরানের মন্ত্রী এলেন। পরে জার্মানীতে বৈঠক।', 'entity/variant');
    assert.equal(f?.text, 'ঈরানের');
    assert.deepEqual(f?.suggestions, ['ইরানের']);
    assert.equal(f?.severity, 'warning');
    assert.equal(f?.key, 'g:ইরান');
    assert.deepEqual(
      only('ঈরানের মন্ত্রী এলেন। পরে জার্মানীতে বৈঠক।', 'entity/variant').map((x) => x.suggestions[0]),
      ['ইরানের', 'জার্মানিতে'],
    );
  });
  test('the respelt name is still the entity: its gloss is checked against the glossary', () => {
    const findings = check('জার্মানীর (France) চ্যান্সেলর এলেন।');
    assert.deepEqual(
      findings.map((f) => f.rule),
      ['entity/variant', 'gloss/mismatch'],
    );
    assert.deepEqual(
      check('জার্মানীর (Germany) চ্যান্সেলর এলেন।').map((f) => f.rule),
      ['entity/variant'],
      'the right English after a respelt name is no gloss finding',
    );
  });
  test('a respelt alias is put right as the alias, not as the name (চিণা, "Chinese", never চিন)', () => {
    const found = only('চিণা সেনা এলেন। চিণাদের দাবি। ইউক্রেণের মন্ত্রী।', 'entity/variant');
    assert.deepEqual(
      found.map((f) => [f.text, f.suggestions[0]]),
      [
        ['চিণা', 'চিনা'],
        ['চিণাদের', 'চিনাদের'],
        ['ইউক্রেণের', 'ইউক্রেনের'],
      ],
    );
    assert.match(found[0]!.message.en, /চিনা/);
  });
  test('not a variant: a dictionary word one edit from a name, the name itself, a looser near miss', () => {
    assert.equal(only('মালীর বাগান।', 'entity/variant').length, 1, 'without the word in the dictionary, মালীর is a respelt মালি');
    assert.deepEqual(only('মালীর বাগান।', 'entity/variant', dictionaryOf(['মালী'])), [], 'মালী (gardener) is a word');
    assert.deepEqual(only('মালির রাজধানী।', 'entity/variant'), []);
    assert.deepEqual(only('ইসলামবাদে বৈঠক।', 'entity/variant'), []);
    assert.equal(only('ইসলামবাদে বৈঠক।', 'entity/unknown-near').length, 1, 'a dropped letter stays entity/unknown-near');
  });
  test('checkers on one glossary index with different dictionaries each judge a spelling by their own', () => {
    const index = buildGlossaryIndex(GLOSSARY);
    const variants = (dictionary?: Dictionary) =>
      createChecker(dictionary ? { glossary: index, dictionary } : { glossary: index })
        .checkText(splitParagraphs('মালীর বাগান। মালীর কথা।'))
        .findings.filter((f) => f.rule === 'entity/variant').length;
    assert.equal(variants(), 2);
    assert.equal(variants(dictionaryOf(['মালী'])), 0, 'under a dictionary with মালী, মালীর is the word');
    assert.equal(variants(), 2, 'and the shipped dictionary still knows nothing of it');
  });
});

describe('entity/inconsistent: one name, two spellings', () => {
  test('an unglossed name set against the spelling of its sound the article uses more often', () => {
    const text = 'রহিমুল্লাহ বলেন। রহিমুল্লাহর দল জেতে। পরে রহীমুল্লাহকে ডাকা হয়।';
    const [f] = only(text, 'entity/inconsistent');
    assert.equal(f?.text, 'রহীমুল্লাহকে');
    assert.deepEqual(f?.suggestions, ['রহিমুল্লাহকে']);
    assert.equal(text.slice(f!.offset, f!.offset + f!.length), f!.text);
  });
  test('a tie proves nothing; an edit beyond one sound-alike is no finding', () => {
    assert.deepEqual(only('করিমুদ্দিন এলেন। করীমুদ্দিন গেলেন।', 'entity/inconsistent'), []);
    assert.deepEqual(only('রহিমুল্লাহ বলেন। রহিমুল্লাহর দল। রহমতুল্লাহ গেলেন।', 'entity/inconsistent'), []);
  });
  test('a short form of a glossary name the article uses is the reference, whatever the counts', () => {
    const [f] = only('ভলোদিমির জেলেনস্কি বলেন। পরে জেলেনষ্কির দফতর জানায়।', 'entity/inconsistent');
    assert.equal(f?.text, 'জেলেনষ্কির');
    assert.deepEqual(f?.suggestions, ['জেলেনস্কির']);
  });
  test('a glossed name is the reference for its other spellings', () => {
    const [f] = only('ট্রাম্প (Trump) বলেন। পরে ট্র্যাম্পের দল জানায়। ট্র্যাম্প আবার বলেন।', 'entity/inconsistent');
    assert.equal(f?.text, 'ট্র্যাম্পের');
    assert.equal(only('ট্রাম্প (Trump) বলেন। পরে ট্র্যাম্পের দল জানায়। ট্র্যাম্প আবার বলেন।', 'entity/inconsistent').length, 2);
  });
  test('never one name: two dictionary words, ত for ৎ before an ending, Latin, digits', () => {
    const words = dictionaryOf(['কি', 'কী', 'তার', 'তাঁর', 'হল', 'হলো']);
    assert.deepEqual(only('কী হবে? কী বলেন? কি জানি। তার কথা। তাঁর কথা। তাঁর বই।', 'entity/inconsistent', words), []);
    assert.deepEqual(only('বিদ্যুৎ নেই। বিদ্যুৎ আসে। বিদ্যুতের দাম বাড়ে।', 'entity/inconsistent'), []);
    assert.deepEqual(check('Zelensky met Zelensky and Zelenskyy. ১২৩৪ ১২৩৪ ১২৩৫.'), []);
  });
});

describe('compound glosses', () => {
  test('a pair glossed at once: a later gloss of one of them is its first, neither late nor repeated', () => {
    const text = 'চিন ও রাশিয়া (China and Russia) বৈঠক করে। পরে রাশিয়ার (Russia) মন্ত্রী বলেন।';
    assert.deepEqual(
      check(text).filter((f) => f.rule.startsWith('gloss/')),
      [],
    );
    assert.deepEqual(
      check('মোদি ও শাহ (Modi and Shah) এলেন। পরে শাহ (Amit Shah) বলেন।').filter((f) => f.rule.startsWith('gloss/')),
      [],
    );
    assert.deepEqual(
      check('মোদি-শাহ (Modi-Shah) জুটি এলেন। পরে মোদি (Narendra Modi) বলেন।').filter((f) => f.rule.startsWith('gloss/')),
      [],
    );
  });
  test('the other way: a name glossed on its own, then in a pair; a real repeat or late gloss is still flagged', () => {
    assert.deepEqual(
      check('রাশিয়া (Russia) বলেছে। পরে চিন ও রাশিয়া (China and Russia) বৈঠক করে।').filter((f) => f.rule.startsWith('gloss/')),
      [],
    );
    const repeat = 'চিন ও রাশিয়া (China and Russia) বৈঠক। পরে রাশিয়ার (Russia) মন্ত্রী। আবার রাশিয়া (Russia) বলে।';
    assert.deepEqual(
      only(repeat, 'gloss/repeated').map((f) => f.text),
      [' (Russia)'],
    );
    assert.equal(only(repeat, 'gloss/repeated')[0]!.offset, repeat.lastIndexOf(' (Russia)'));
    const late = 'রাশিয়া বলেছে। চিন ও রাশিয়া (China and Russia) বৈঠক। পরে রাশিয়ার (Russia) মন্ত্রী।';
    assert.equal(only(late, 'gloss/late').length, 1);
  });
});
