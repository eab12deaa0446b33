import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, splitParagraphs } from '../../../core/checks/engine';
import { DEFAULT_HOUSE_STYLE, parseHouseStyle } from '../../../core/bengali/house-style';
import { damagedWords, decomposeNukta, normalizeText } from '../../../core/bengali/normalize';
import { FIXTURE_GLOSSARY } from './fixture-glossary';
import { mixtures } from '../mixtures';

describe('the engine', () => {
  test('the paragraph pass is cached by text and its offsets are paragraph-relative', () => {
    const checker = createChecker({ glossary: FIXTURE_GLOSSARY });
    const a = checker.paragraph('জেলেনস্কীর দফতর জানায়।');
    assert.equal(checker.paragraph('জেলেনস্কীর দফতর জানায়।'), a, 'same text, same result object');
    assert.equal(a.findings[0]?.offset, 0);
    assert.notEqual(checker.paragraph('জেলেনস্কীর দফতর জানায়। '), a);
  });

  test('checkText places findings at document offsets (UTF-16), for every paragraph split', () => {
    const text = 'প্রথম অনুচ্ছেদ।\n\nপরে জেলেনস্কীর দফতর জানায়।\nশেষ লাইন  এখানে।';
    const paragraphs = splitParagraphs(text);
    assert.equal(paragraphs.length, 3);
    const { findings } = createChecker({ glossary: FIXTURE_GLOSSARY }).checkText(paragraphs);
    for (const f of findings) assert.equal(text.slice(f.offset, f.offset + f.length), f.text, f.rule);
    assert.deepEqual(
      findings.map((f) => f.rule),
      ['entity/variant', 'punctuation/spacing'],
    );
  });

  test('the document pass works from paragraph results and offsets alone', () => {
    const checker = createChecker({ glossary: FIXTURE_GLOSSARY });
    const first = checker.paragraph('চিনের (China) দূত এলেন।');
    const second = checker.paragraph('চিনের (China) মন্ত্রী বলেন।');
    const { findings, entities } = checker.document([
      { result: first, offset: 0 },
      { result: second, offset: 100 },
    ]);
    assert.equal(findings[0]?.rule, 'gloss/repeated');
    assert.equal(findings[0]?.offset, 105);
    const china = entities.find((e) => e.id === 'g:চিন');
    assert.equal(china?.en, 'China');
    assert.deepEqual(
      china?.mentions.map((m) => m.offset),
      [0, 100],
    );
    assert.equal(china?.glosses.length, 2);
  });

  test('keys do not depend on position, so an ignore survives edits', () => {
    const checker = createChecker({ glossary: FIXTURE_GLOSSARY });
    const k1 = checker.checkText(splitParagraphs('জেলেনস্কীর দফতর।')).findings[0]?.key;
    const k2 = checker.checkText(splitParagraphs('আজ সকালে জেলেনস্কীর দফতর।')).findings[0]?.key;
    assert.equal(k1, k2);
  });

  test('mixed encodings of the same name are one entity', () => {
    const checker = createChecker({ glossary: FIXTURE_GLOSSARY });
    const r = checker.checkText(splitParagraphs('ইজরা\u09DFেলের (Israel) সেনা। ইজরা\u09AF\u09BCেলের মন্ত্রী।'));
    const israel = r.entities.filter((e) => e.en === 'Israel');
    assert.equal(israel.length, 1);
    assert.equal(israel[0]!.mentions.length, 2);
    assert.ok(r.findings.some((f) => f.rule === 'unicode/mixed-encoding'));
    assert.ok(!r.findings.some((f) => f.rule === 'entity/variant' || f.rule === 'gloss/late'));
  });

  test('empty input gives nothing', () => {
    const r = createChecker({ glossary: FIXTURE_GLOSSARY }).checkText(splitParagraphs(''));
    assert.deepEqual(r.findings, []);
    assert.deepEqual(r.entities, []);
    assert.deepEqual(createChecker({ glossary: [] }).checkText([{ text: '   ', offset: 0 }]).findings, []);
  });

  test('a 10 MB input is checked paragraph by paragraph, with offsets intact', () => {
    const paragraph = 'চিনের (China) দূত আজ ঢাকায় এলেন এবং জেলেনস্কীর দফতর জানায় সে এল| আবার এল। ';
    const unit = `${paragraph}\n\n`;
    const text = unit.repeat(Math.ceil((10 * 1024 * 1024) / (unit.length * 2)));
    assert.ok(text.length * 2 >= 10 * 1024 * 1024);
    const r = createChecker({ glossary: FIXTURE_GLOSSARY }).checkText(splitParagraphs(text));
    const last = r.findings[r.findings.length - 1]!;
    assert.equal(text.slice(last.offset, last.offset + last.length), last.text);
    const repeated = r.findings.filter((f) => f.rule === 'gloss/repeated').length;
    assert.equal(repeated, splitParagraphs(text).length - 1);
  });

  // A key held down or pasted data: each respelling of a word is as long as the word, with one for
  // nearly every letter, so trying them was quadratic (10,000 letters took 3 s; 5 MB ran out of memory),
  // and so was the consonant skeleton a gloss compares with its English (200,000 letters, 40 s). The
  // timeout only keeps a regression from running for hours; the check takes well under a second.
  test('a run of letters far longer than any word is no word to respell; the words after it are still checked', {
    timeout: 120_000,
  }, () => {
    const run = 'সত'.repeat(150_000);
    const text = `ঢাকায় ${run} (Dhaka) বৈঠক। পরে ${run}ের কথা, আর ${'সত'.repeat(149_999)}স্ত দেখা গেল। বিশ্ববিদ্যালই আর বিশ্ববিদ্যালয় ও বিশ্ববিদ্যালয়ে।`;
    const r = createChecker({ glossary: FIXTURE_GLOSSARY }).checkText(splitParagraphs(text));
    assert.deepEqual(
      r.findings.map((f) => [f.rule, f.offset, f.text, f.suggestions]),
      [['spelling/unknown', text.indexOf('বিশ্ববিদ্যালই'), 'বিশ্ববিদ্যালই', ['বিশ্ববিদ্যালয়']]],
    );
  });
});

test('the paragraph pass flags exactly the damaged words of its text, whatever lies between the words', () => {
  // It looks only inside the words its spellings mark, unless a gap holds a mark or an invisible
  // character; either way it must find what a look at the whole text finds.
  const alphabet = [
    'ক',
    'র',
    'য',
    'ত',
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
    '১',
    '৳',
    '।',
    '\u200C',
    '\u200D',
    '\u200B',
    '\u00AD',
    '\u0301',
    '|',
    ' ',
    ' ',
    '-',
    ',',
    '(',
    'a',
    '😀',
  ];
  const checker = createChecker({ glossary: FIXTURE_GLOSSARY });
  for (const text of mixtures(20000, alphabet, 14, 9)) {
    const expected = damagedWords(text)
      .filter(
        ({ from, to }) => decomposeNukta(normalizeText(text.slice(from, to), DEFAULT_HOUSE_STYLE)) !== decomposeNukta(text.slice(from, to)),
      )
      .map(({ from }) => from);
    const result = checker.paragraph(text);
    const found = [
      ...result.splitVowels.map((w) => w.from),
      ...result.findings.filter((f) => f.key.startsWith('repair:')).map((f) => f.offset),
    ].sort((a, b) => a - b);
    assert.deepEqual(found, expected, JSON.stringify(text));
  }
});

describe('house style', () => {
  test('defaults, and a file that says only what differs', () => {
    assert.equal(DEFAULT_HOUSE_STYLE.unicodeForm, 'nfc');
    const r = parseHouseStyle({ unicodeForm: 'nukta-precomposed', glossPolicy: { requireGlossOnFirstMention: true } });
    assert.ok(r.ok);
    assert.equal(r.value.unicodeForm, 'nukta-precomposed');
    assert.equal(r.value.digits, 'bengali');
    assert.deepEqual(r.value.glossPolicy, { firstMentionOnly: true, requireGlossOnFirstMention: true });
  });
  test('a wrong field refuses the whole file with a message in both languages', () => {
    for (const bad of [
      null,
      [],
      { unicodeForm: 'nfd' },
      { digits: 3 },
      { preferredSpellings: { a: 1 } },
      { glossPolicy: { firstMentionOnly: 'yes' } },
    ]) {
      const r = parseHouseStyle(bad);
      assert.ok(!r.ok, JSON.stringify(bad));
      assert.match(r.error.message.bn, /[\u0980-\u09FF]/);
    }
  });
});
