/**
 * The regional presets (core/bengali/presets.ts): under `kolkata` or `dhaka` either region's spelling
 * of a name or a common word is right alone, a mix in one article is flagged on the rarer spelling,
 * a misspelling is still one, and a style file or `--style` starts from a preset. The sentences are
 * written for these tests.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sanitizeSettings } from '../../../core/api/settings';
import type { Result } from '../../../core/api/result';
import { DEFAULT_HOUSE_STYLE, parseHouseStyle, type HouseStyle } from '../../../core/bengali/house-style';
import { PRESET_NAMES, presetStyle, REGIONAL_NAMES, REGIONAL_WORDS, regionOf } from '../../../core/bengali/presets';
import { foldForMatch } from '../../../core/bengali/fold';
import { createChecker, splitParagraphs } from '../../../core/checks/engine';
import type { Finding, RuleId } from '../../../core/checks/types';
import { runCli } from '../../../core/cli/main';
import { bundledGlossary } from '../../../core/glossary/bundled';
import { buildGlossaryIndex } from '../../../core/glossary/index';
import { fakeIo } from '../cli/fake-io';

const glossary = bundledGlossary();
const checkers = new Map<HouseStyle, ReturnType<typeof createChecker>>();

function check(text: string, style: HouseStyle): Finding[] {
  let checker = checkers.get(style);
  if (!checker) checkers.set(style, (checker = createChecker({ glossary, style })));
  return checker.checkText(splitParagraphs(text)).findings;
}

/** The rule's findings as `text → first suggestion`. */
function flagged(text: string, style: HouseStyle, ...rules: RuleId[]): string[] {
  return check(text, style)
    .filter((f) => rules.includes(f.rule))
    .map((f) => `${f.text} → ${f.suggestions[0]}`);
}

const KOLKATA = presetStyle('kolkata');
const DHAKA = presetStyle('dhaka');
const NAME_RULES: RuleId[] = ['entity/variant', 'entity/inconsistent'];

function value<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(`expected ok, got ${result.error.code}: ${result.error.message.en}`);
  return result.value;
}

describe('regional spellings of names', () => {
  test('every regional spelling is the bundled glossary’s, of the entry the table means', () => {
    const index = buildGlossaryIndex(glossary);
    for (const name of REGIONAL_NAMES) {
      const spellings = [...name.dhaka, ...name.kolkata].map((s) => foldForMatch(s.normalize('NFC')));
      const entries = spellings.map((s) => index.forms.get(s)?.entry);
      assert.ok(entries[0] !== undefined, `${name.dhaka[0]} is in the glossary`);
      assert.deepEqual(new Set(entries), new Set([entries[0]]), `${spellings.join(' / ')}: one entry`);
      assert.equal(regionOf(index.entries[entries[0]!]!.bn, spellings[0]!), 'dhaka');
      assert.equal(regionOf(index.entries[entries[0]!]!.bn, spellings.at(-1)!), 'kolkata');
    }
  });

  test('each preset accepts its own region’s spelling and the other’s, alone, in any inflection and short form', () => {
    const kolkataCopy = 'নরেন্দ্র মোদীর সফরে মুম্বইয়ে বৈঠক। চিনের দূত ও ইজরায়েলের মন্ত্রী এলেন। পরে মোদী বলেন, উত্তরপ্রদেশে ভোট।';
    const dhakaCopy = 'নরেন্দ্র মোদির সফরে মুম্বাইয়ে বৈঠক। চীনের দূত ও ইসরায়েলের মন্ত্রী এলেন। পরে মোদি বলেন, উত্তর প্রদেশে ভোট।';
    for (const style of [KOLKATA, DHAKA]) {
      assert.deepEqual(flagged(kolkataCopy, style, ...NAME_RULES), [], `${style.preset}: Kolkata copy`);
      assert.deepEqual(flagged(dhakaCopy, style, ...NAME_RULES), [], `${style.preset}: Dhaka copy`);
    }
  });

  test('without a preset the glossary’s spelling is the only one, as before presets', () => {
    assert.deepEqual(flagged('নরেন্দ্র মোদীর সফর।', DEFAULT_HOUSE_STYLE, ...NAME_RULES), ['নরেন্দ্র মোদীর → নরেন্দ্র মোদির']);
  });

  test('a mix in one article: the rarer spelling is flagged with the majority’s, inflected as written, both ways', () => {
    const moreKolkata = 'মোদী আজ এলেন। মোদীর সফর শেষে মোদির দল ফিরল।';
    const moreDhaka = 'মোদি আজ এলেন। মোদির সফর শেষে মোদীকে ঘিরে ভিড়।';
    for (const style of [KOLKATA, DHAKA]) {
      assert.deepEqual(flagged(moreKolkata, style, ...NAME_RULES), ['মোদির → মোদীর'], `${style.preset}: Kolkata majority`);
      assert.deepEqual(flagged(moreDhaka, style, ...NAME_RULES), ['মোদীকে → মোদিকে'], `${style.preset}: Dhaka majority`);
    }
    const finding = check(moreKolkata, DHAKA).find((f) => f.rule === 'entity/inconsistent')!;
    assert.match(finding.message.bn, /কলকাতার বানান “মোদী”/);
    assert.match(finding.message.en, /Dhaka and the Kolkata spelling/);
  });

  test('on a tie the preset’s spelling stays; a full name and a short form count as one name', () => {
    const tie = 'চিনের দূত এলেন। পরে চীনের মন্ত্রী এলেন।';
    assert.deepEqual(flagged(tie, KOLKATA, ...NAME_RULES), ['চীনের → চিনের']);
    assert.deepEqual(flagged(tie, DHAKA, ...NAME_RULES), ['চিনের → চীনের']);
    const fullAndShort = 'নরেন্দ্র মোদী বলেন। মোদী আরও বলেন। মোদি শেষে বলেন।';
    assert.deepEqual(flagged(fullAndShort, DHAKA, ...NAME_RULES), ['মোদি → মোদী']);
    const placeAsOneWord = 'উত্তরপ্রদেশে ভোট। উত্তরপ্রদেশের ফল। উত্তর প্রদেশে জয়।';
    assert.deepEqual(flagged(placeAsOneWord, DHAKA, ...NAME_RULES), ['উত্তর প্রদেশে → উত্তরপ্রদেশে']);
  });

  test('a misspelling is still one, and the preset’s spelling is suggested', () => {
    assert.deepEqual(flagged('রাহুল গান্ধির সভা।', KOLKATA, 'entity/variant'), ['রাহুল গান্ধির → রাহুল গাঁধীর']);
    assert.deepEqual(flagged('রাহুল গান্ধির সভা।', DHAKA, 'entity/variant'), ['রাহুল গান্ধির → রাহুল গান্ধীর']);
    assert.deepEqual(flagged('জেলেনস্কীর দফতর।', KOLKATA, 'entity/variant'), ['জেলেনস্কীর → জেলেনস্কির']);
    const [finding] = check('রাহুল গান্ধির সভা।', KOLKATA).filter((f) => f.rule === 'entity/variant');
    assert.match(finding!.message.bn, /কলকাতার বানানরীতিতে “রাহুল গাঁধী”/);
    assert.match(finding!.message.en, /The Kolkata standard spells this name “রাহুল গাঁধী”/);
  });

  test('a short form both regions share is neither region’s', () => {
    const entry = glossary.find((e) => e.en === 'Benjamin Netanyahu')!;
    assert.equal(regionOf(entry.bn, foldForMatch('নেতানিয়াহু')), null);
    assert.deepEqual(flagged('বেঞ্জামিন নেতানিয়াহু এলেন। নেতানিয়াহু বলেন। নেতানিয়াহুর দল।', DHAKA, ...NAME_RULES), []);
  });
});

describe('regional spellings of common words', () => {
  test('each preset accepts either region’s word alone', () => {
    for (const style of [KOLKATA, DHAKA]) {
      assert.deepEqual(flagged('ইতিমধ্যে কোনও খবর নেই, এখনও না।', style, 'style/variant'), [], style.preset!);
      assert.deepEqual(flagged('ইতোমধ্যে কোনো খবর নেই, এখনো না।', style, 'style/variant'), [], style.preset!);
    }
  });

  test('a mix: the rarer spelling is flagged with the majority’s, both ways, the preset’s kept on a tie', () => {
    const moreKolkata = 'কোনও খবর নেই। কোনও চিঠিও নেই। কোনো ফোন আসেনি।';
    assert.deepEqual(flagged(moreKolkata, DHAKA, 'style/variant'), ['কোনো → কোনও']);
    assert.deepEqual(flagged(moreKolkata, KOLKATA, 'style/variant'), ['কোনো → কোনও']);
    const moreDhaka = 'কোনো খবর নেই। কোনো চিঠিও নেই। কোনও ফোন আসেনি।';
    assert.deepEqual(flagged(moreDhaka, KOLKATA, 'style/variant'), ['কোনও → কোনো']);
    const tie = 'ইতিমধ্যে সভা শেষ। ইতোমধ্যে সবাই ফিরেছেন।';
    assert.deepEqual(flagged(tie, KOLKATA, 'style/variant'), ['ইতোমধ্যে → ইতিমধ্যে']);
    assert.deepEqual(flagged(tie, DHAKA, 'style/variant'), ['ইতিমধ্যে → ইতোমধ্যে']);
  });

  test('কোন ("which") is not কোনো ("any"): never a pair', () => {
    assert.ok(!REGIONAL_WORDS.some((w) => w.dhaka === 'কোন' || w.kolkata === 'কোন'));
    assert.deepEqual(flagged('কোন দল জিতবে? কোনো খবর নেই।', DHAKA, 'style/variant'), []);
  });

  test('a house pair keeps its direction under a preset: the variant is flagged however often it is used', () => {
    const text = 'সরকারী দপ্তর। সরকারী চিঠি। সরকারি নির্দেশ।';
    assert.deepEqual(flagged(text, KOLKATA, 'style/variant'), ['সরকারী → সরকারি', 'সরকারী → সরকারি']);
  });

  test('a newsroom’s own pair wins over its preset’s regional word', () => {
    const own: HouseStyle = { ...KOLKATA, preferredSpellings: { ইতিমধ্যে: 'ইতোমধ্যে' } };
    assert.deepEqual(flagged('ইতিমধ্যে সভা শেষ। ইতিমধ্যে সবাই ফেরেন। ইতোমধ্যে রাত।', own, 'style/variant'), [
      'ইতিমধ্যে → ইতোমধ্যে',
      'ইতিমধ্যে → ইতোমধ্যে',
    ]);
  });
});

describe('choosing a preset', () => {
  test('each preset is a whole house style of its name', () => {
    for (const name of PRESET_NAMES) {
      const style = presetStyle(name);
      assert.equal(style.preset, name);
      assert.deepEqual(value(parseHouseStyle({ extends: name })), style);
    }
    assert.equal(DEFAULT_HOUSE_STYLE.preset, null);
  });

  test('a style file extends a preset and changes what it names', () => {
    const style = value(parseHouseStyle({ extends: 'kolkata', digits: 'ascii', glossPolicy: { requireGlossOnFirstMention: true } }));
    assert.deepEqual(style, {
      ...presetStyle('kolkata'),
      digits: 'ascii',
      glossPolicy: { firstMentionOnly: true, requireGlossOnFirstMention: true },
    });
    assert.deepEqual(value(parseHouseStyle({ extends: 'dhaka', preferredSpellings: { কর্মচারী: 'কর্মী' } })).preferredSpellings, {
      কর্মচারী: 'কর্মী',
    });
  });

  test('an unknown preset is refused in both languages, naming the field and the presets there are', () => {
    for (const json of [{ extends: 'mumbai' }, { extends: 'Kolkata' }, { extends: 1 }]) {
      const result = parseHouseStyle(json);
      assert.ok(!result.ok, JSON.stringify(json));
      for (const message of [result.error.message.bn, result.error.message.en]) {
        assert.match(message, /extends/);
        assert.match(message, /"kolkata"/);
      }
      assert.match(result.error.message.bn, /হাউস স্টাইল ঠিক নেই/);
    }
    assert.ok(!parseHouseStyle({ preset: 'kolkata' }).ok, 'a file names its preset in extends only');
  });

  test('stored settings keep a preset, and an older style without one has none', () => {
    assert.equal(sanitizeSettings({ houseStyle: { ...DEFAULT_HOUSE_STYLE, preset: 'kolkata' } }).houseStyle.preset, 'kolkata');
    const { preset: _, ...older } = DEFAULT_HOUSE_STYLE;
    assert.equal(sanitizeSettings({ houseStyle: older }).houseStyle.preset, null);
    assert.equal(sanitizeSettings({ houseStyle: { ...DEFAULT_HOUSE_STYLE, preset: 'delhi' } }).houseStyle.preset, null);
  });
});

describe('newsroom --style', () => {
  const ARTICLE = 'নরেন্দ্র মোদীর সফর শেষ।\n';
  const variants = (out: string) =>
    (JSON.parse(out) as { files: { findings: { rule: string }[] }[] }).files[0]!.findings.filter((f) => f.rule === 'entity/variant').length;

  test('check --style kolkata (or dhaka) accepts the Kolkata spelling; the default flags it', async () => {
    for (const [args, expected] of [
      [['--style', 'kolkata'], 0],
      [['--style=dhaka'], 0],
      [[], 1],
    ] as const) {
      const { io, out } = fakeIo({ 'a.txt': ARTICLE });
      await runCli(['check', 'a.txt', '--format', 'json', ...args], io);
      assert.equal(variants(out()), expected, args.join(' '));
    }
  });

  test('a style file that extends a preset, and a file named like a preset given as a path', async () => {
    const file = JSON.stringify({ extends: 'kolkata', digits: 'ascii' });
    const { io, out } = fakeIo({ 'a.txt': ARTICLE, 'house.json': file, './kolkata': JSON.stringify({}) });
    await runCli(['check', 'a.txt', '--format', 'json', '--style', 'house.json'], io);
    assert.equal(variants(out()), 0);
    const fromPath = fakeIo({ 'a.txt': ARTICLE, './kolkata': JSON.stringify({}) });
    await runCli(['check', 'a.txt', '--format', 'json', '--style', './kolkata'], fromPath.io);
    assert.equal(variants(fromPath.out()), 1, 'the file, not the preset');
  });

  test('an unknown preset in a style file stops the command with a two-language message; the usage names the presets', async () => {
    const { io, err } = fakeIo({ 'a.txt': ARTICLE, 'bad.json': JSON.stringify({ extends: 'mumbai' }) });
    assert.equal(await runCli(['check', 'a.txt', '--style', 'bad.json'], io), 2);
    assert.match(err(), /হাউস স্টাইল ঠিক নেই: extends/);
    assert.match(err(), /The house style is not valid: extends/);
    const help = fakeIo({});
    await runCli(['check', '--help'], help.io);
    assert.match(help.out() + help.err(), /--style dhaka\|kolkata\|FILE/);
  });
});
