import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { foldForMatch } from '../../../core/bengali/fold';
import { phoneticKey } from '../../../core/bengali/phonetic';
import { isSoundAlikeEdit, khandaTaAlternation, soundAlikeRespellings } from '../../../core/bengali/sound-alike';

const f = (s: string) => foldForMatch(s.normalize('NFC'));

describe('the sound-alike edit', () => {
  const oneEdit: [string, string, string][] = [
    ['বাংলাদেশ', 'বাংলাদেস', 'শ/স'],
    ['পাকিস্তান', 'পাকীস্তান', 'ি/ী'],
    ['মুম্বই', 'মূম্বই', 'ু/ূ'],
    ['নির্বাচন', 'নির্বাচণ', 'ন/ণ'],
    ['জামান', 'যামান', 'জ/য'],
    ['টেরেসা', 'তেরেসা', 'ত/ট'],
    ['পরা', 'পড়া', 'র/ড়'],
    ['আস্তে', 'আসতে', 'হসন্ত dropped'],
    ['আল্লাহ', 'আলাহ', 'a consonant undoubled'],
    ['ট্রাম্প', 'ট্র্যাম্প', 'য-ফলা'],
    ['সৎ', 'সত', 'ৎ/ত at the end'],
  ];
  for (const [a, b, what] of oneEdit) {
    test(`${a} / ${b}: ${what}`, () => {
      assert.ok(isSoundAlikeEdit(f(a), f(b)));
      assert.ok(isSoundAlikeEdit(f(b), f(a)), 'both ways');
      assert.equal(phoneticKey(f(a)), phoneticKey(f(b)), 'one sound: one key');
    });
  }
  test('not one edit: the same spelling, two edits, another sound, ৎ starting a word or before a vowel sign', () => {
    assert.equal(isSoundAlikeEdit(f('ঢাকা'), f('ঢাকা')), false);
    assert.equal(isSoundAlikeEdit(f('মিশ্র'), f('মিসর')), false);
    assert.equal(isSoundAlikeEdit(f('ঢাকা'), f('ঢাকী')), false);
    assert.equal(isSoundAlikeEdit(f('তারেক'), f('ৎারেক')), false);
    assert.equal(isSoundAlikeEdit(f('ভারতে'), f('ভারৎে')), false);
  });
  test('the respellings: each one edit back, one key, never the word, in a fixed order', () => {
    for (const word of ['বাংলাদেশের', 'পাকিস্তানের', 'ঢাকায়', 'বিশ্ববিদ্যালয়', 'ট্রাম্পের', 'আল্লাহর', 'ইসরায়েল', 'সাবধানে']) {
      const respellings = soundAlikeRespellings(f(word));
      assert.ok(respellings.length > 0, word);
      assert.ok(!respellings.includes(f(word)));
      assert.equal(new Set(respellings).size, respellings.length, 'each once');
      for (const r of respellings) {
        assert.ok(isSoundAlikeEdit(r, f(word)), `${r} back to ${word}`);
        assert.equal(phoneticKey(r), phoneticKey(f(word)), `${r} keeps the key of ${word}`);
      }
      assert.deepEqual(soundAlikeRespellings(f(word)), respellings);
    }
    assert.ok(soundAlikeRespellings(f('বাংলাদেশ')).includes(f('বাংলাদেস')));
    assert.ok(soundAlikeRespellings(f('ট্রাম্প')).includes(f('ট্র্যাম্প')));
  });
  test('ত for ৎ before an ending is the inflection (বিদ্যুতের), not a misspelling; ৎ for ত is one', () => {
    assert.ok(khandaTaAlternation(f('বিদ্যুত'), f('বিদ্যুৎ')));
    assert.equal(khandaTaAlternation(f('ভারৎ'), f('ভারত')), false);
  });
});
