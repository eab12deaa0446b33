import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bijoyToUnicode, looksLikeBijoy } from '../../../core/input/bijoy';

const projectRoot = join(__dirname, '..', '..', '..');
const peerFile = join(projectRoot, '..', 'shared', 'peer-tests', 'bijoy.json');
const peerAbsent = !existsSync(peerFile);
if (peerAbsent) console.log(`skipping the Bijoy peer pairs: ${peerFile} is absent`);
const corpusDir = join(projectRoot, '..', 'shared', 'corpus');
const corpusAbsent = !existsSync(corpusDir);
if (corpusAbsent) console.log(`skipping the corpus false-positive check: ${corpusDir} is absent`);

const nfc = (text: string) => text.normalize('NFC');

// Bijoy (SutonnyMJ) fixtures written for these tests, with the Unicode each one means.
const SENTENCES: [bijoy: string, unicode: string][] = [
  ['cÖavbgš¿x e„n¯úwZevi mKv‡j XvKvq wd‡i‡Qb|', 'প্রধানমন্ত্রী বৃহস্পতিবার সকালে ঢাকায় ফিরেছেন।'],
  ['wbe©vPb Kwgk‡bi Kg©KZ©viv e‡j‡Qb, †fvUMÖnY kvwšÍc~Y© n‡q‡Q|', 'নির্বাচন কমিশনের কর্মকর্তারা বলেছেন, ভোটগ্রহণ শান্তিপূর্ণ হয়েছে।'],
  ['wek¦we`¨vj‡qi wkÿv_©xiv †gŠwjK AwaKv‡ii `vwe‡Z wgwQj K‡i|', 'বিশ্ববিদ্যালয়ের শিক্ষার্থীরা মৌলিক অধিকারের দাবিতে মিছিল করে।'],
  ['msev` m‡¤§j‡b wZwb e‡jb, eb¨vq ÿwZMÖ¯Í‡`i cv‡k `vuov‡Z n‡e|', 'সংবাদ সম্মেলনে তিনি বলেন, বন্যায় ক্ষতিগ্রস্তদের পাশে দাঁড়াতে হবে।'],
  ['Avw_©K cÖwZ‡e`‡b c~e©eZ©x eQ‡ii Zyjbvq 25 kZvsk cÖe…w× †`Lv †M‡Q|', 'আর্থিক প্রতিবেদনে পূর্ববর্তী বছরের তুলনায় ২৫ শতাংশ প্রবৃদ্ধি দেখা গেছে।'],
];

const WORDS: [bijoy: string, unicode: string][] = [
  ['†KŠkj', 'কৌশল'], // ৌ drawn as ে + consonant + ৗ
  ['ˆPÎ', 'চৈত্র'], // pre-base ৈ before a conjunct glyph
  ['†KvU©', 'কোর্ট'], // ো split around the consonant, reph after the whole
  ['el©v', 'বর্ষা'],
  ['ag©xq', 'ধর্মীয়'],
  ['`yb©xwZ', 'দুর্নীতি'], // reph after a consonant that carries a post-base sign before it
  ['¯¿x', 'স্ত্রী'], // half form + tail form
  ['D¾¡j', 'উজ্জ্বল'],
  ['ivóªcwZ', 'রাষ্ট্রপতি'],
  ['mvÿvrKvi', 'সাক্ষাৎকার'],
  ['Pvu`', 'চাঁদ'],
  ['Acivnè', 'অপরাহ্ণ'], // è is the ণ-ফলা
  ['Zxÿè', 'তীক্ষ্ণ'],
  ['Puv`', 'চাঁদ'], // chandrabindu typed before the আ-কার
  ['Av‡jvPbv', 'আলোচনা'], // ‡ (the other ে glyph) and অ + া = আ
  ['Òbv,Ó wZwb ej‡jb', '“না,” তিনি বললেন'],
  ['¯‘c', 'স্তুপ'], // ‘ after a glyph is the ্তু tail form
  ['evsjv — †mvbvi', 'বাংলা — সোনার'], // a dash after a space is a dash, not the ্ত tail form
];

describe('bijoyToUnicode', () => {
  test('the public Bijoy pairs: every one converts', { skip: peerAbsent && 'peer tests absent' }, () => {
    const { pairs } = JSON.parse(readFileSync(peerFile, 'utf8')) as { pairs: [string, string][] };
    assert.ok(pairs.length > 0);
    for (const [bijoy, unicode] of pairs) assert.equal(bijoyToUnicode(bijoy), nfc(unicode), bijoy);
  });

  test('sentences: reph and pre-base vowel signs in logical order, conjuncts, digits, danda', () => {
    for (const [bijoy, unicode] of SENTENCES) assert.equal(bijoyToUnicode(bijoy), nfc(unicode), bijoy);
  });

  test('words that exercise each reordering', () => {
    for (const [bijoy, unicode] of WORDS) assert.equal(bijoyToUnicode(bijoy), nfc(unicode), bijoy);
  });

  test('text decoded as Latin-1 (C1 controls where Windows-1252 has glyphs) converts the same', () => {
    const latin1 = 'Avgvi \u0086mvbvi evsjv'; // † is 0x86 in Windows-1252
    assert.equal(bijoyToUnicode(latin1), 'আমার সোনার বাংলা');
  });

  test('Unicode Bengali inside the text is left as it is', () => {
    assert.equal(bijoyToUnicode('কিছু evsjv কথা'), 'কিছু বাংলা কথা');
    assert.equal(bijoyToUnicode('দেশের'), 'দেশের');
  });

  test('the output is NFC, the house form', () => {
    const out = bijoyToUnicode('cvov‡bv, Av‡qvRb');
    assert.equal(out, 'পাড়ানো, আয়োজন'.normalize('NFC'));
    assert.ok(!/[\u09DC\u09DD\u09DF]/.test(out));
  });

  test('empty input', () => {
    assert.equal(bijoyToUnicode(''), '');
  });
});

const ENGLISH = [
  'Ukrainian President Volodymyr Zelensky met Prime Minister Narendra Modi in Kyiv on Friday, officials said.',
  'The company’s revenue rose 12% to £5.2bn — its best quarter since 2019 — while costs fell.',
  '“We will not negotiate,” said José García, adding that talks in São Paulo and Gdańsk had stalled…',
  'Temperatures reached 45°C; the 2½-hour march covered 3 km² near Øresund and Tel Aviv.',
  'Müller, Tomáš Kašpar and François Hollande attended; the Microsoft® event ran on Windows™.',
  'BREAKING: MARTÍNEZ WINS IN MÁLAGA',
  'iPhone, eBay, YouTube, WhatsApp and LinkedIn were blocked for six hours.',
  'Lviv',
  'OK',
];

const BENGALI = [
  'ইউক্রেনের প্রেসিডেন্ট ভলোদিমির জেলেনস্কি (Ukrainian President Volodymyr Zelensky) শুক্রবার কিয়েভে পৌঁছান।',
  'ঢাকায় আজ বৃষ্টি হয়েছে।',
  'মোদি (Narendra Modi)-র সঙ্গে বৈঠক',
];

const BIJOY = [...SENTENCES.map(([bijoy]) => bijoy), 'Avgvi †mvbvi evsjv', 'wK Ki‡Qb?', 'Ges c‡i Zviv Av‡jvPbv K‡i‡Q'];

describe('looksLikeBijoy', () => {
  test('Bijoy passages are recognised', () => {
    for (const text of BIJOY) assert.equal(looksLikeBijoy(text), true, text);
  });

  test('English prose is not Bijoy, accented names, symbols, dashes and quotes included', () => {
    for (const text of ENGLISH) assert.equal(looksLikeBijoy(text), false, text);
  });

  test('Unicode Bengali, with or without English glosses, is not Bijoy', () => {
    for (const text of BENGALI) assert.equal(looksLikeBijoy(text), false, text);
  });

  test('no paragraph of the real Bengali news corpus is taken for Bijoy', { skip: corpusAbsent && 'corpus absent' }, () => {
    let paragraphs = 0;
    const flagged: string[] = [];
    for (const folder of ['bd-articles', 'kolkata-snippets']) {
      const dir = join(corpusDir, folder);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
        for (const paragraph of readFileSync(join(dir, name), 'utf8')
          .split(/\n+/)
          .filter((p) => p.trim() !== '')) {
          paragraphs++;
          if (looksLikeBijoy(paragraph)) flagged.push(`${folder}/${name}: ${paragraph.slice(0, 60)}`);
        }
      }
    }
    console.log(`looksLikeBijoy on the corpus: ${flagged.length} of ${paragraphs} paragraphs flagged`);
    assert.ok(paragraphs > 0);
    assert.deepEqual(flagged, []);
  });

  test('empty text, digits and punctuation are not Bijoy', () => {
    for (const text of ['', '   ', '2024', '...', '—']) assert.equal(looksLikeBijoy(text), false, JSON.stringify(text));
  });
});
