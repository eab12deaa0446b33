import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, splitParagraphs } from '../../../core/checks/engine';
import type { GlossaryEntry } from '../../../core/glossary/types';
import type { Finding, RuleId } from '../../../core/checks/types';
import { FIXTURE_GLOSSARY } from './fixture-glossary';

// Names glossed in full whose later mentions respell the surname, and a variant that ends in a
// consonant where the canonical spelling ends in a vowel.
const GLOSSARY: GlossaryEntry[] = [
  ...FIXTURE_GLOSSARY,
  { bn: 'নির্মলা সীতারামন', variants: [], en: 'Nirmala Sitharaman', type: 'person' },
  { bn: 'শেখ হাসিনা', variants: [], en: 'Sheikh Hasina', type: 'person' },
  { bn: 'মালদ্বীপি', variants: ['মালদ্বীপ'], en: 'Maldivian', type: 'place' },
];
const checker = createChecker({ glossary: GLOSSARY });

/** The text after one suggestion of `f` is applied. */
function applied(text: string, f: Finding, suggestion = 0): string {
  return text.slice(0, f.offset) + f.suggestions[suggestion]! + text.slice(f.offset + f.length);
}

function only(text: string, rule: RuleId): Finding[] {
  return checker.checkText(splitParagraphs(text)).findings.filter((f) => f.rule === rule);
}

describe('a one-click fix replaces exactly the flagged words', () => {
  test('gloss/conflict on a respelt surname puts in the surname, not the whole name', () => {
    const cases: [string, string][] = [
      [
        'অর্থমন্ত্রী নির্মলা সীতারামন (Nirmala Sitharaman) বাজেট পেশ করেন। পরে নির্মলা সীতারামণ (Nirmala Sitharaman) বলেন।',
        'অর্থমন্ত্রী নির্মলা সীতারামন (Nirmala Sitharaman) বাজেট পেশ করেন। পরে নির্মলা সীতারামন (Nirmala Sitharaman) বলেন।',
      ],
      [
        'প্রধানমন্ত্রী শেখ হাসিনা (Sheikh Hasina) বলেন। পরে শেখ হাসীনা (Sheikh Hasina) জানান।',
        'প্রধানমন্ত্রী শেখ হাসিনা (Sheikh Hasina) বলেন। পরে শেখ হাসিনা (Sheikh Hasina) জানান।',
      ],
      [
        'প্রধানমন্ত্রী শেখ হাসিনা (Sheikh Hasina) বলেন। পরে শেখ হাসীনার (Sheikh Hasina) দল জানায়।',
        'প্রধানমন্ত্রী শেখ হাসিনা (Sheikh Hasina) বলেন। পরে শেখ হাসিনার (Sheikh Hasina) দল জানায়।',
      ],
    ];
    for (const [text, fixed] of cases) {
      const [f] = only(text, 'gloss/conflict');
      assert.ok(f, text);
      assert.equal(applied(text, f), fixed);
      assert.deepEqual(only(fixed, 'gloss/conflict'), []);
    }
  });

  test('a variant repaired to a stem that ends in a vowel takes the ending that follows a vowel', () => {
    const text = 'মালদ্বীপের নেতা এলেন।';
    const [f] = only(text, 'entity/variant');
    assert.ok(f);
    assert.deepEqual(f.suggestions, ['মালদ্বীপির']);
    assert.doesNotMatch(applied(text, f), /[\u09BE-\u09CC][\u09BE-\u09CC]/);
  });
});
