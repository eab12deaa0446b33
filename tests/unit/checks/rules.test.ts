import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, splitParagraphs } from '../../../core/checks/engine';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../../../core/bengali/house-style';
import { RULE_IDS, type Finding, type RuleId } from '../../../core/checks/types';
import { SEVERITY } from '../../../core/checks/catalogue';
import { bundledGlossary } from '../../../core/glossary/bundled';
import { buildGlossaryIndex } from '../../../core/glossary/index';
import { FIXTURE_GLOSSARY } from './fixture-glossary';

function check(text: string, style: HouseStyle = DEFAULT_HOUSE_STYLE): Finding[] {
  return createChecker({ glossary: FIXTURE_GLOSSARY, style }).checkText(splitParagraphs(text)).findings;
}

function only(text: string, rule: RuleId, style?: HouseStyle): Finding[] {
  return check(text, style).filter((f) => f.rule === rule);
}

function flagged(text: string, rule: RuleId, style?: HouseStyle): string[] {
  return only(text, rule, style).map((f) => f.text);
}

describe('the catalogue', () => {
  test('every rule has a severity, and findings carry both languages', () => {
    for (const id of RULE_IDS) assert.ok(['error', 'warning', 'info'].includes(SEVERITY[id]));
    const [f] = only('চিনের (China) দূত এলেন। পরে চিনের (China) মন্ত্রী।', 'gloss/repeated');
    assert.ok(f && /[\u0980-\u09FF]/.test(f.message.bn) && /[A-Za-z]/.test(f.message.en));
  });
});

describe('gloss/repeated', () => {
  test('a second gloss of the same entity, in another inflection and paragraph', () => {
    const text = 'চিনের (China) দূত এলেন।\nপরে চিনে (China) বৈঠক হয়।';
    const [f] = only(text, 'gloss/repeated');
    assert.ok(f);
    assert.equal(f.text, ' (China)');
    assert.equal(text.slice(f.offset, f.offset + f.length), f.text);
    assert.deepEqual(f.suggestions, ['']);
    assert.equal(f.key, 'g:চিন');
  });
  test('a gloss followed by a hyphenated suffix: removing it joins the suffix', () => {
    const text = 'ইরান (Iran)-এ হামলা। পরে ইরান (Iran)-এ আবার হামলা।';
    const [f] = only(text, 'gloss/repeated');
    assert.equal(f?.text, ' (Iran)-এ');
    assert.deepEqual(f?.suggestions, ['ে']);
    const emphatic = 'ইরান (Iran)-এ হামলা। পরে ইরান (Iran)-এরই নেতা বলেন, ইরান (Iran)-এও বিক্ষোভ।';
    assert.deepEqual(
      only(emphatic, 'gloss/repeated').map((r) => r.suggestions[0]),
      ['েরই', 'েও'],
      'ইরানেরই, ইরানেও: the ending joined as written apart',
    );
  });
  test('not flagged: one gloss only, or the house style allows repeats', () => {
    assert.deepEqual(flagged('চিনের (China) দূত এলেন। পরে চিনে বৈঠক হয়।', 'gloss/repeated'), []);
    const lenient = { ...DEFAULT_HOUSE_STYLE, glossPolicy: { ...DEFAULT_HOUSE_STYLE.glossPolicy, firstMentionOnly: false } };
    assert.deepEqual(flagged('চিনের (China) দূত। চিনে (China) বৈঠক।', 'gloss/repeated', lenient), []);
  });
});

describe('gloss/late', () => {
  test('first mention unglossed, a later one glossed', () => {
    assert.deepEqual(flagged('জার্মানি আজ জানায়। পরে জার্মানির (Germany) মন্ত্রী বলেন।', 'gloss/late'), [' (Germany)']);
  });
  test('not flagged when the first mention carries the gloss, or the earlier mention is the headline', () => {
    assert.deepEqual(flagged('জার্মানির (Germany) মন্ত্রী বলেন। জার্মানি রাজি।', 'gloss/late'), []);
    const checker = createChecker({ glossary: FIXTURE_GLOSSARY });
    const r = checker.checkText([
      { text: 'জার্মানির নতুন সিদ্ধান্ত', offset: 0, headline: true },
      { text: 'জার্মানির (Germany) মন্ত্রী বলেন।', offset: 30 },
    ]);
    assert.deepEqual(
      r.findings.filter((f) => f.rule === 'gloss/late'),
      [],
    );
  });
});

describe('gloss/inconsistent', () => {
  test('a glossary entity glossed unlike the glossary', () => {
    const [f] = only('শি জিনপিং (Xi Jin Ping) এলেন।', 'gloss/inconsistent');
    assert.equal(f?.text, 'Xi Jin Ping');
    assert.deepEqual(f?.suggestions, ['Xi Jinping']);
  });
  test('an unknown name glossed two ways in one article', () => {
    const text = 'খামেইনি (Ali Khamenei) বলেন। পরে খামেইনি (Ali Khamenai) আবার বলেন।';
    const [f] = only(text, 'gloss/inconsistent');
    assert.equal(f?.text, 'Ali Khamenai');
    assert.deepEqual(f?.suggestions, ['Ali Khamenei']);
  });
  test('not flagged: the glossary English, a shorter form of it, or the acronym', () => {
    assert.deepEqual(flagged('শি জিনপিং (Xi Jinping) এলেন।', 'gloss/inconsistent'), []);
    assert.deepEqual(flagged('খামেইনি (Ali Khamenei) বলেন। পরে খামেইনি (Khamenei) বলেন।', 'gloss/inconsistent'), []);
  });
});

describe('gloss/conflict', () => {
  test('one English gloss on two Bengali spellings', () => {
    const [f] = only('নেতানিয়াহু (Netanyahu) বলেন। পরে নেতানইয়াহু (Netanyahu) বলেন।', 'gloss/conflict');
    assert.equal(f?.text, 'নেতানইয়াহু');
    assert.deepEqual(f?.suggestions, ['নেতানিয়াহু']);
    assert.equal(f?.severity, 'error');
  });
  test('not flagged for two inflections of one spelling', () => {
    assert.deepEqual(flagged('ইরানের (Iran) নেতা। পরে ইরান (Iran)-এ হামলা।', 'gloss/conflict'), []);
  });
});

describe('gloss/mismatch', () => {
  test('a gloss that names another glossary entity', () => {
    const [f] = only('জার্মানির (France) চ্যান্সেলর এলেন।', 'gloss/mismatch');
    assert.equal(f?.text, 'France');
    assert.deepEqual(f?.suggestions, ['Germany']);
  });
  test('not flagged for the right gloss or a descriptive one', () => {
    assert.deepEqual(flagged('জার্মানির (Germany) চ্যান্সেলর এলেন।', 'gloss/mismatch'), []);
    assert.deepEqual(flagged('ইউক্রেনের প্রেসিডেন্ট ভলোদিমির জেলেনস্কি (Ukrainian President Volodymyr Zelensky) বলেন।', 'gloss/mismatch'), []);
  });
});

describe('gloss/format', () => {
  test('space inside the bracket, no space before it, a lower-case name, an unclosed bracket', () => {
    assert.deepEqual(only('ইউক্রেন ( Ukraine) যুদ্ধ।', 'gloss/format')[0]?.suggestions, ['(Ukraine)']);
    assert.deepEqual(only('চিন(China) বলেছে।', 'gloss/format')[0]?.suggestions, ['চিন (China)']);
    assert.deepEqual(only('জেলেনস্কি (volodymyr zelensky) বলেন।', 'gloss/format')[0]?.suggestions, ['Volodymyr Zelensky']);
    assert.equal(only('জেলেনস্কি (Volodymyr Zelensky বলেন।', 'gloss/format')[0]?.text, '(');
  });
  test('not flagged for a well-formed gloss or mixed-case forms like e-KYC', () => {
    assert.deepEqual(flagged('ইউক্রেন (Ukraine) যুদ্ধ। ই-কেওয়াইসি (e-KYC) করুন।', 'gloss/format'), []);
  });
});

describe('gloss/missing (house-style option)', () => {
  const strict = { ...DEFAULT_HOUSE_STYLE, glossPolicy: { firstMentionOnly: true, requireGlossOnFirstMention: true } };
  test('a foreign entity never glossed', () => {
    const [f] = only('জার্মানি আজ জানায়।', 'gloss/missing', strict);
    assert.deepEqual(f?.suggestions, ['জার্মানি (Germany)']);
  });
  test('not flagged when off, when glossed, or for a local name', () => {
    assert.deepEqual(flagged('জার্মানি আজ জানায়।', 'gloss/missing'), []);
    assert.deepEqual(flagged('জার্মানি (Germany) আজ জানায়।', 'gloss/missing', strict), []);
    assert.deepEqual(flagged('ঢাকায় বৈঠক।', 'gloss/missing', strict), []);
  });
});

describe('entity/variant', () => {
  test('a glossary variant in any inflection, short form repaired to the short form', () => {
    const [f] = only('জেলেনস্কীর দফতর জানায়।', 'entity/variant');
    assert.deepEqual(f?.suggestions, ['জেলেনস্কির']);
    assert.deepEqual(only('নরেন্দ্র মোদীর সফর।', 'entity/variant')[0]?.suggestions, ['নরেন্দ্র মোদির']);
    assert.deepEqual(only('চীনের দূত।', 'entity/variant')[0]?.suggestions, ['চিনের']);
  });
  test('adjective and short forms are the same entity, not variants', () => {
    assert.deepEqual(flagged('ইউক্রেনীয় সেনা। মোদি এলেন। মোদিকে ধন্যবাদ। ইজরায়েলি দূত।', 'entity/variant'), []);
  });
});

describe('entity/inconsistent', () => {
  test('two spellings of one glossed name, no glossary needed', () => {
    const [f] = only('ট্রাম্প (Trump) বলেন। পরে ট্র্যাম্পের দল জানায়।', 'entity/inconsistent');
    assert.equal(f?.text, 'ট্র্যাম্পের');
    assert.deepEqual(f?.suggestions, ['ট্রাম্পের']);
  });
  test('not flagged for the same spelling in other inflections', () => {
    assert.deepEqual(flagged('ট্রাম্প (Trump) বলেন। পরে ট্রাম্পের দল জানায়।', 'entity/inconsistent'), []);
  });
});

describe('entity/unknown-near', () => {
  test('an unknown word one letter from a glossary name', () => {
    assert.deepEqual(only('ইসলামবাদে বৈঠক।', 'entity/unknown-near')[0]?.suggestions, ['ইসলামাবাদে']);
  });
  test('not flagged for the name itself or short common words', () => {
    assert.deepEqual(flagged('ইসলামাবাদে বৈঠক। আমরা করেছি।', 'entity/unknown-near'), []);
  });
  test('the name suggested is the one the house preset spells, inflected as written', () => {
    const glossary = buildGlossaryIndex(bundledGlossary());
    const near = (preset: HouseStyle['preset']) =>
      createChecker({ glossary, style: { ...DEFAULT_HOUSE_STYLE, preset } })
        .checkText(splitParagraphs('তেলেঙ্গনায় ভোট হয়।'))
        .findings.filter((f) => f.rule === 'entity/unknown-near')
        .map((f) => [f.suggestions[0], f.message.en]);
    assert.deepEqual(near(null), [['তেলেঙ্গানায়', 'Did you mean “তেলেঙ্গানা” (Telangana)?']]);
    assert.deepEqual(near('kolkata'), [['তেলঙ্গানায়', 'Did you mean “তেলঙ্গানা” (Telangana)?']]);
  });
});

describe('grammar/detached-suffix', () => {
  test('a case ending written apart', () => {
    assert.deepEqual(only('তিনি অফিস এ বসে আছেন।', 'grammar/detached-suffix')[0]?.suggestions, ['অফিসে']);
    assert.deepEqual(only('হোয়াইট হাউস এর মুখপাত্র।', 'grammar/detached-suffix')[0]?.suggestions, ['হাউসের']);
    assert.deepEqual(only('ডিএসএ এর মামলা।', 'grammar/detached-suffix')[0]?.suggestions, ['ডিএসএ-এর']);
    assert.deepEqual(only('বিএলডিপি (BLDP) এর নেতা।', 'grammar/detached-suffix')[0]?.suggestions, [')-এর']);
  });
  test('not flagged: the demonstrative এ, এর for "of this", initials', () => {
    assert.deepEqual(flagged('ভারতের এ সিদ্ধান্ত। এর ফলে দাম বাড়ে। সিইসি এ এম নাসির।', 'grammar/detached-suffix'), []);
  });
});

describe('unicode/mixed-encoding and unicode/invisible', () => {
  test('one letter in two encodings in one document: one finding, on a word not in the house form', () => {
    const [f, ...rest] = only('ঢাকা\u09DF বৈঠক। বড\u09BC খবর।', 'unicode/mixed-encoding');
    assert.equal(rest.length, 0);
    assert.equal(f?.text, 'ঢাকা\u09DF');
    assert.match(f!.message.bn, /\(১টি শব্দে এক রকম, ১টিতে অন্য রকম\)/, 'counts in Bengali digits');
  });
  test('split vowel signs: one finding for the article, on the first, counting them all', () => {
    const found = only('আর\u09C7\u09BE একটি খবর।\nক\u09C7\u09BEন এল?', 'unicode/mixed-encoding');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]?.suggestions, ['আর\u09CB']);
    assert.match(found[0]!.message.en, /^2 word/);
    assert.match(found[0]!.message.bn, /^২টি শব্দে/);
  });
  test('a stray mark is flagged on its word, with the repaired word', () => {
    const [f] = only('দুই দেশের চু\u09CDক্তি হয়।', 'unicode/mixed-encoding');
    assert.equal(f?.text, 'চু\u09CDক্তি');
    assert.deepEqual(f?.suggestions, ['চুক্তি']);
  });
  test('an invisible character inside a word', () => {
    const [f] = only('বাং\u200Bলাদেশ দল।', 'unicode/invisible');
    assert.deepEqual(f?.suggestions, ['বাংলাদেশ']);
  });
  test('not flagged: one encoding throughout, meaningful ZWJ', () => {
    assert.deepEqual(
      check('বড\u09BC খবর। ঢাকা\u09AF\u09BC বৈঠক। র\u200D\u09CD\u09AFাব।').filter((f) => f.rule.startsWith('unicode/')),
      [],
    );
  });
});

describe('punctuation', () => {
  test('danda: | for ।, space before, none after', () => {
    assert.deepEqual(flagged('সে এল| আবার এল ।তারপর গেল।', 'punctuation/danda'), ['|', ' ।', '।']);
  });
  test('hyphen-spacing', () => {
    assert.deepEqual(flagged('মোদি -শাহ জুটি। ভারত- বাংলাদেশ।', 'punctuation/hyphen-spacing'), [' -', '- ']);
    assert.deepEqual(flagged('ভারত-বাংলাদেশ। তিনি বলেন - না।', 'punctuation/hyphen-spacing'), []);
  });
  test('spacing', () => {
    assert.deepEqual(flagged('সে  এল , তারপর গেল।', 'punctuation/spacing'), ['  ', ' ']);
    assert.deepEqual(flagged('সে এল, তারপর গেল।', 'punctuation/spacing'), []);
  });
});

describe('style', () => {
  test('style/variant: both spellings of a house pair in one article', () => {
    const [f] = only('ইতিমধ্যে বৈঠক হয়েছে। ইতোমধ্যে সবাই জানে।', 'style/variant');
    assert.equal(f?.text, 'ইতিমধ্যে');
    assert.deepEqual(f?.suggestions, ['ইতোমধ্যে']);
    assert.deepEqual(flagged('ইতিমধ্যে বৈঠক হয়েছে।', 'style/variant'), []);
  });
  test('style/digits: ASCII digits in Bengali copy, not in glosses or Latin names', () => {
    assert.deepEqual(only('মোট 12 জন আহত।', 'style/digits')[0]?.suggestions, ['১২']);
    assert.deepEqual(flagged('আইন (RTE Act, 2009) অনুযায়ী। সি-১৩০ বিমান। COVID-19 টিকা।', 'style/digits'), []);
    const ascii = { ...DEFAULT_HOUSE_STYLE, digits: 'ascii' as const };
    assert.deepEqual(only('মোট ১২ জন।', 'style/digits', ascii)[0]?.suggestions, ['12']);
    assert.deepEqual(flagged('মোট 12 জন।', 'style/digits', { ...DEFAULT_HOUSE_STYLE, digits: 'any' }), []);
  });
  test('style/digits: each number is judged by the bracket it stands in, wherever the brackets are in the paragraph', () => {
    const text = 'আগে 1 জন, (Act 2) পরে 3 জন, (আইন 4) এবং (Rule 5, 6 তারিখে (Plan 7) শেষে 8 জন। তারপর 9 জন (Tax';
    // 2 and 7 stand in Latin brackets and 5 after a Latin word; 4 and 6 in brackets that hold Bengali.
    assert.deepEqual(flagged(text, 'style/digits'), ['1', '3', '4', '6', '8', '9']);
    const unclosed = 'শুরুতে (Act, 2020, 2021';
    assert.deepEqual(flagged(unclosed, 'style/digits'), []);
  });
});

describe('what is not a gloss', () => {
  test('Bengali parentheticals, quotes, URLs and list markers are not glosses', () => {
    const checker = createChecker({ glossary: FIXTURE_GLOSSARY });
    const r = checker.paragraph(
      'অ্যাসোসিয়েশনের (বিটিএমএ) নেতা বলেন (“We will not stop now. Never.”) এবং সাইট (https://example.com) ও ধারা ১৩.২ (ii) দেখুন।',
    );
    assert.deepEqual(r.glosses, []);
  });
  test('heads: glossary, romanisation, translated words, spelt-out and initial acronyms', () => {
    const checker = createChecker({ glossary: FIXTURE_GLOSSARY });
    const heads = (text: string) => checker.paragraph(text).glosses.map((g) => g.head && `${g.head.text}:${g.head.method}`);
    assert.deepEqual(heads('ইউক্রেনের প্রেসিডেন্ট ভলোদিমির জেলেনস্কি (Ukrainian President Volodymyr Zelensky) বলেন।'), [
      'ইউক্রেনের প্রেসিডেন্ট ভলোদিমির জেলেনস্কি:glossary',
    ]);
    assert.deepEqual(heads('খামেইনি (Ali Khamenei)-কে সরানো হয়।'), ['খামেইনি:romanised']);
    assert.deepEqual(heads('উত্তর কোরিয়া (North Korea) জানায়।'), ['উত্তর কোরিয়া:romanised']);
    assert.deepEqual(heads('থানায় এফআইআর (FIR) হয়।'), ['এফআইআর:spelled']);
    assert.deepEqual(heads('স্পেশাল ইনটেনসিভ রিভিশন (SIR) চলছে।'), ['স্পেশাল ইনটেনসিভ রিভিশন:initials']);
    assert.deepEqual(heads('পরীক্ষা বা ‘টেট’ (TET) পাস।'), ['টেট:romanised']);
    assert.deepEqual(heads('যাতায়াতের খরচ ও চাহিদা (Demand) বাড়ছে।'), ['চাহিদা:adjacent']);
  });
});
