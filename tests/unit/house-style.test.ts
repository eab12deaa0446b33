/**
 * The one house-style and settings schema: the CLI's `--style` file (parseHouseStyle), the settings
 * dialog (parseSettingsPatch, in the page) and the main-process service (updateSettings) check with it.
 * The "stricter rule" tests pin the choices made where the two validators before it disagreed.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, FONT_SIZE_RANGE, parseSettingsPatch, sanitizeSettings, type Settings } from '../../core/api/settings';
import type { Result } from '../../core/api/result';
import { DEFAULT_HOUSE_STYLE, MAX_PREFERRED_SPELLINGS, parseHouseStyle, type HouseStyle } from '../../core/bengali/house-style';
import { createNewsroomService, memorySettingsStore } from '../../electron/services/newsroom-service';

const dataDir = mkdtempSync(join(tmpdir(), 'house-style-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

// Written for these tests. য় typed as one code point (U+09DF, as Avro types it) and as য + nukta (what NFC gives).
const PRECOMPOSED = 'বিজ্ঞাপনদাতা\u09DF';
const DECOMPOSED = 'বিজ্ঞাপনদাতা\u09AF\u09BC';

function value<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(`expected ok, got ${result.error.code}: ${result.error.message.en}`);
  return result.value;
}

/** A refusal whose message, in both languages, names `field`. */
function refusedNaming(result: Result<unknown>, field: string, what: string): void {
  assert.ok(!result.ok, `${what} should be refused`);
  assert.equal(result.error.code, 'invalid-argument');
  assert.ok(result.error.message.en.includes(field), `${what}: "${result.error.message.en}" names ${field}`);
  assert.ok(result.error.message.bn.includes(field), `${what}: "${result.error.message.bn}" names ${field}`);
  assert.match(result.error.message.bn, /[\u0980-\u09FF]{3}/, `${what}: the Bengali message is Bengali`);
}

function settingsService(initial?: Partial<Settings>) {
  const backing = memorySettingsStore(initial);
  return { backing, service: createNewsroomService({ dataDir, settings: backing }) };
}

describe('house-style file (the CLI --style path)', () => {
  test('an empty file is the default style, and a file says only what differs', () => {
    assert.deepEqual(value(parseHouseStyle({})), DEFAULT_HOUSE_STYLE);
    const style = value(parseHouseStyle(JSON.parse('{ "digits": "ascii", "glossPolicy": { "requireGlossOnFirstMention": true } }')));
    assert.deepEqual(style, {
      ...DEFAULT_HOUSE_STYLE,
      digits: 'ascii',
      glossPolicy: { firstMentionOnly: true, requireGlossOnFirstMention: true },
    });
  });

  test('a preferred-spellings list replaces the default list whole; glossPolicy is merged key by key', () => {
    const style = value(parseHouseStyle({ preferredSpellings: { কর্মচারী: 'কর্মী' }, glossPolicy: { firstMentionOnly: false } }));
    assert.deepEqual(style.preferredSpellings, { কর্মচারী: 'কর্মী' });
    assert.deepEqual(style.glossPolicy, { firstMentionOnly: false, requireGlossOnFirstMention: false });
  });

  test('the file is read over the style it starts from (where a preset will plug in)', () => {
    const base: HouseStyle = { ...DEFAULT_HOUSE_STYLE, unicodeForm: 'nukta-precomposed', preferredSpellings: { কর্মচারী: 'কর্মী' } };
    assert.deepEqual(value(parseHouseStyle({ digits: 'any' }, base)), { ...base, digits: 'any' });
    // The base is not changed by reading over it.
    assert.deepEqual(base.preferredSpellings, { কর্মচারী: 'কর্মী' });
  });

  test('a field of the wrong type refuses the whole file, naming the field in both languages', () => {
    const cases: [unknown, string][] = [
      [{ unicodeForm: 'nfd' }, 'unicodeForm'],
      [{ digits: 3 }, 'digits'],
      [{ digits: 'ascii', preferredSpellings: ['সরকারী', 'সরকারি'] }, 'preferredSpellings'],
      [{ preferredSpellings: { সরকারী: 1 } }, 'preferredSpellings["সরকারী"]'],
      [{ glossPolicy: { firstMentionOnly: 'yes' } }, 'glossPolicy.firstMentionOnly'],
      [{ glossPolicy: true }, 'glossPolicy'],
    ];
    for (const [file, field] of cases) refusedNaming(parseHouseStyle(file), field, JSON.stringify(file));
    const two = parseHouseStyle({ unicodeForm: 'nfd', digits: 'roman' });
    refusedNaming(two, 'unicodeForm', 'two wrong fields');
    assert.ok(!two.ok && two.error.detail?.includes('digits'), 'the log detail lists every problem');
    for (const file of [null, [], 'nfc', 7]) {
      const result = parseHouseStyle(file);
      assert.ok(!result.ok, JSON.stringify(file));
      assert.match(result.error.message.en, /^The house style is not valid: must be an object/);
      assert.match(result.error.message.bn, /^হাউস স্টাইল ঠিক নেই: /);
    }
  });
});

describe('the stricter rule where the file reader and the settings validator disagreed', () => {
  test('a field the schema does not know is refused (the file reader ignored it, so a misspelt field went unapplied)', () => {
    refusedNaming(parseHouseStyle({ digit: 'ascii' }), 'digit', 'top-level typo');
    refusedNaming(parseHouseStyle({ glossPolicy: { firstMention: false } }), 'firstMention', 'glossPolicy typo');
  });

  test('a spelling pair is two Bengali words (the file reader took any non-empty text)', () => {
    refusedNaming(parseHouseStyle({ preferredSpellings: { colour: 'color' } }), 'colour', 'Latin words');
    refusedNaming(parseHouseStyle({ preferredSpellings: { 'সরকারী দপ্তর': 'সরকারি দপ্তর' } }), 'সরকারী দপ্তর', 'two words');
    refusedNaming(parseHouseStyle({ preferredSpellings: { সরকারী: 'সরকারি!' } }), 'সরকারী', 'punctuation');
    refusedNaming(parseHouseStyle({ preferredSpellings: { সরকারী: 'স'.repeat(61) } }), 'সরকারী', 'a word over 60 letters');
    // ZWNJ and ZWJ are part of Bengali spelling (র‍্য), so they are letters of a word here.
    assert.ok(parseHouseStyle({ preferredSpellings: { র‍্যাব: 'র্যাব' } }).ok);
  });

  test('the spaces round a word are dropped (the file reader kept them, so the pair never matched)', () => {
    assert.deepEqual(value(parseHouseStyle({ preferredSpellings: { ' সরকারী ': 'সরকারি ' } })).preferredSpellings, { সরকারী: 'সরকারি' });
  });

  test('a word cannot be its own variant, in either encoding of য় (the file reader allowed it; the service compared code points)', () => {
    refusedNaming(parseHouseStyle({ preferredSpellings: { সরকারি: 'সরকারি' } }), 'preferredSpellings', 'the same word');
    refusedNaming(parseHouseStyle({ preferredSpellings: { [PRECOMPOSED]: DECOMPOSED } }), 'preferredSpellings', 'two encodings');
    refusedNaming(
      parseSettingsPatch({ houseStyle: { ...DEFAULT_HOUSE_STYLE, preferredSpellings: { [PRECOMPOSED]: DECOMPOSED } } }),
      'houseStyle.preferredSpellings',
      'two encodings in a patch',
    );
  });

  test(`at most ${MAX_PREFERRED_SPELLINGS} pairs (the file reader had no limit)`, () => {
    const letters = [...'কখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ'];
    const pairs: Record<string, string> = {};
    for (const a of letters) for (const b of letters) pairs[`${a}${b}ী`] = `${a}${b}ি`;
    assert.ok(Object.keys(pairs).length > MAX_PREFERRED_SPELLINGS);
    refusedNaming(parseHouseStyle({ preferredSpellings: pairs }), 'preferredSpellings', 'too many pairs');
    const allowed = Object.fromEntries(Object.entries(pairs).slice(0, MAX_PREFERRED_SPELLINGS));
    assert.equal(Object.keys(value(parseHouseStyle({ preferredSpellings: allowed })).preferredSpellings).length, MAX_PREFERRED_SPELLINGS);
  });

  test(`the text size is ${FONT_SIZE_RANGE.min} to ${FONT_SIZE_RANGE.max} (the service took 12 and 13, which the dialog and the zoom never reach)`, async () => {
    const { backing, service } = settingsService();
    for (const fontSize of [12, 13, 33]) refusedNaming(await service.updateSettings({ fontSize }), 'fontSize', `fontSize ${fontSize}`);
    assert.deepEqual(backing.get(), DEFAULT_SETTINGS);
    assert.equal(value(await service.updateSettings({ fontSize: FONT_SIZE_RANGE.min })).fontSize, FONT_SIZE_RANGE.min);
    // A size stored by the older, laxer rule falls back to the default.
    assert.equal(sanitizeSettings({ fontSize: 12 }).fontSize, DEFAULT_SETTINGS.fontSize);
  });

  test('the service says which setting it refused, in both languages (it said only "not valid")', async () => {
    const { service } = settingsService();
    const result = await service.updateSettings({ autosaveDelayMs: 5000 });
    refusedNaming(result, 'autosaveDelayMs', 'a long delay');
    assert.ok(!result.ok);
    assert.match(result.error.message.en, /must be at most 1000/);
    assert.match(result.error.message.bn, /১০০০-এর বেশি/);
  });
});

describe('settings patches: one schema in the dialog and in the service', () => {
  const patches: unknown[] = [
    {},
    { fontSize: 22 },
    { fontSize: 18.5 },
    { fontSize: '20' },
    { uiLanguage: 'fr' },
    { theme: 'dark', autosaveDelayMs: 400 },
    { autosaveDelayMs: 199 },
    { houseStyle: { ...DEFAULT_HOUSE_STYLE, digits: 'ascii' } },
    { houseStyle: { unicodeForm: 'nfc' } },
    { houseStyle: { ...DEFAULT_HOUSE_STYLE, glossPolicy: { firstMentionOnly: true } } },
    { houseStyle: { ...DEFAULT_HOUSE_STYLE, preferredSpellings: { নলকূপ: '' } } },
    { sharedGlossaryPath: '/mnt/desk/glossary.csv' },
    { pipeToDanda: false, colour: 'red' },
    [],
    null,
  ];

  test('the dialog and the service accept and refuse the same patches, with the same message', async () => {
    for (const patch of patches) {
      const { service } = settingsService();
      const inPage = parseSettingsPatch(patch);
      const inMain = await service.updateSettings(patch as Partial<Settings>);
      assert.equal(inMain.ok, inPage.ok, JSON.stringify(patch));
      if (!inPage.ok && !inMain.ok) assert.deepEqual(inMain.error, inPage.error);
    }
  });

  test('a whole house style is needed in a patch (it replaces the stored one); a file may give part of one', () => {
    refusedNaming(parseSettingsPatch({ houseStyle: { digits: 'ascii' } }), 'houseStyle.unicodeForm', 'part of a style');
    assert.ok(parseHouseStyle({ digits: 'ascii' }).ok);
  });

  test('the shared glossary path is never part of a patch', async () => {
    const { backing, service } = settingsService();
    refusedNaming(await service.updateSettings({ sharedGlossaryPath: '/etc/passwd' }), 'sharedGlossaryPath', 'the shared path');
    assert.equal(backing.get().sharedGlossaryPath, null);
  });

  test('a half-typed pair, as the dialog would send it, is refused naming the pair', () => {
    const result = parseSettingsPatch({ houseStyle: { ...DEFAULT_HOUSE_STYLE, preferredSpellings: { নলকূপ: '' } } });
    refusedNaming(result, 'houseStyle.preferredSpellings["নলকূপ"]', 'half a pair');
    assert.ok(!result.ok);
    assert.match(result.error.message.en, /must not be empty/);
  });

  test('a patch the service stores is the patch as parsed: words trimmed, other settings kept', async () => {
    const { backing, service } = settingsService({ theme: 'dark' });
    const stored = value(
      await service.updateSettings({ houseStyle: { ...DEFAULT_HOUSE_STYLE, preferredSpellings: { ' নলকূপ': 'টিউবওয়েল ' } } }),
    );
    assert.deepEqual(stored.houseStyle.preferredSpellings, { নলকূপ: 'টিউবওয়েল' });
    assert.equal(stored.theme, 'dark');
    assert.deepEqual(backing.get(), stored);
  });
});
