import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dictionaryOf } from '../../../core/bengali/dictionary';
import { NO_AFFIXES, parseAff, parseDic, parseWordList, wordsOfFile } from '../../../core/bengali/hunspell';

/** A Hunspell pair written for these tests: a suffix class, a prefix class that crosses with it, long flags. */
const AFF = [
  'SET UTF-8',
  'TRY কখগ',
  'SFX A Y 3',
  'SFX A 0 ের [^া]',
  'SFX A 0 র া',
  'SFX A া ায় া',
  'PFX B Y 1',
  'PFX B 0 অ .',
  'SFX C N 1',
  'SFX C 0 টি .',
].join('\n');

const DIC = ['4', 'শহর/A', 'ঢাকা/A', 'সুখ/AB\tpo:noun', 'বই/C', ''].join('\n');

describe('the Hunspell reader', () => {
  test('a .dic with its .aff: every stem with its suffixes and prefixes, crossed where both allow it', () => {
    const affixes = parseAff(AFF, 'fixture.aff');
    assert.ok(affixes.ok);
    const words = parseDic(DIC, affixes.value, 'fixture.dic');
    assert.ok(words.ok);
    assert.deepEqual(new Set(words.value), new Set(['শহর', 'শহরের', 'ঢাকা', 'ঢাকার', 'ঢাকায়', 'সুখ', 'সুখের', 'অসুখ', 'অসুখের', 'বই', 'বইটি']));
  });

  test('long flags, and an entry without flags; a .dic without its .aff is its stems', () => {
    const affixes = parseAff('FLAG long\nSFX Aa Y 1\nSFX Aa 0 ে .', 'long.aff');
    assert.ok(affixes.ok);
    const words = parseDic('2\nঘর/Aa\nমাঠ\n', affixes.value, 'long.dic');
    assert.deepEqual(words.ok && words.value, ['ঘর', 'ঘরে', 'মাঠ']);
    const bare = parseDic(DIC, NO_AFFIXES, 'fixture.dic');
    assert.deepEqual(bare.ok && bare.value, ['শহর', 'ঢাকা', 'সুখ', 'বই']);
  });

  test('a file that is not a dictionary is a message in both languages, never a throw', () => {
    const notDic = parseDic('শহর\nঢাকা\n', NO_AFFIXES, 'words.dic');
    assert.equal(notDic.ok, false);
    assert.ok(!notDic.ok && /প্রথম লাইনে/.test(notDic.error.message.bn) && /first line/.test(notDic.error.message.en));
    const badFlag = parseAff('FLAG wide\n', 'bad.aff');
    assert.equal(badFlag.ok, false);
    assert.equal(parseAff('SFX\n', 'bad.aff').ok, false);
  });

  test('a plain list: one word a line, comments and blank lines skipped; wordsOfFile picks the reader by name', () => {
    assert.deepEqual(parseWordList('\uFEFF# নিউজরুমের শব্দ\nশহর\n\n  ঢাকা  # রাজধানী\r\n'), ['শহর', 'ঢাকা']);
    assert.deepEqual(wordsOfFile('words.txt', 'শহর\n', null), { ok: true, value: ['শহর'] });
    assert.deepEqual(wordsOfFile('words.dic', '1\nশহর/A\n', AFF), { ok: true, value: ['শহর', 'শহরের'] });
  });
});

describe('LibreOffice bn_BD (read where it is installed, never shipped)', () => {
  const path = '/usr/share/hunspell/bn_BD.dic';
  test('its 110,000 words read, and known to a dictionary built from them', (t) => {
    if (!existsSync(path)) {
      t.skip(`${path} is absent (apt-get install hunspell-bn)`);
      console.log(`skipping: ${path} is absent`);
      return;
    }
    const aff = existsSync(path.replace(/\.dic$/, '.aff')) ? readFileSync(path.replace(/\.dic$/, '.aff'), 'utf8') : null;
    const words = wordsOfFile(path, readFileSync(path, 'utf8'), aff);
    assert.ok(words.ok);
    assert.ok(words.value.length > 100_000, `${words.value.length} words`);
    const dictionary = dictionaryOf(words.value);
    assert.ok(dictionary.has('সরকার'));
    assert.ok(dictionary.has('সরকারের'), 'a case ending taken off');
    assert.ok(!dictionary.has('সরকাড়'));
  });
});
