import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, splitParagraphs } from '../../../core/checks/engine';
import type { Finding, RuleId } from '../../../core/checks/types';
import { foldForMatch } from '../../../core/bengali/fold';
import { bundledGlossary } from '../../../core/glossary/bundled';
import { buildGlossaryIndex } from '../../../core/glossary/index';

// The checker with the glossary that ships with the app, not the test fixture: DESIGN's examples must
// hold with the real data.
const index = buildGlossaryIndex(bundledGlossary());
const checker = createChecker({ glossary: index });

function check(text: string) {
  return checker.checkText(splitParagraphs(text));
}

function only(text: string, rule: RuleId): Finding[] {
  return check(text).findings.filter((f) => f.rule === rule);
}

describe('bundled glossary: short forms of foreign names', () => {
  test('জেলেনস্কীর → জেলেনস্কির (DESIGN’s entity/variant example)', () => {
    const [f, ...rest] = only('জেলেনস্কীর সফর', 'entity/variant');
    assert.equal(f?.text, 'জেলেনস্কীর');
    assert.deepEqual(f?.suggestions, ['জেলেনস্কির']);
    assert.deepEqual(rest, []);
  });

  test('ট্র্যাম্প after a glossed ডোনাল্ড ট্রাম্প is flagged and repaired to ট্রাম্প', () => {
    const text = 'ডোনাল্ড ট্রাম্প (Donald Trump) বলেন। পরে ট্র্যাম্পের দল জানায়।';
    const flagged = check(text).findings.filter((f) => f.rule.startsWith('entity/'));
    assert.equal(flagged.length, 1, JSON.stringify(flagged));
    assert.equal(flagged[0]!.text, 'ট্র্যাম্পের');
    assert.deepEqual(flagged[0]!.suggestions, ['ট্রাম্পের']);
    assert.equal(text.slice(flagged[0]!.offset, flagged[0]!.offset + flagged[0]!.length), 'ট্র্যাম্পের');
  });

  test('other leaders’ short forms, each repaired to the short form: পুটিন, নেতানইয়াহু, এরদোগান, মোদী', () => {
    const cases: [string, string][] = [
      ['পুটিনের বক্তব্য', 'পুতিনের'],
      ['নেতানইয়াহু বলেন', 'নেতানিয়াহু'],
      ['এরদোগানের দল', 'এরদোয়ানের'],
      ['মোদীকে চিঠি', 'মোদিকে'],
    ];
    for (const [text, suggestion] of cases) {
      assert.deepEqual(
        only(text, 'entity/variant').map((f) => f.suggestions),
        [[suggestion]],
        text,
      );
    }
  });

  test('a foreign place misspelt with ী for ি, or ষ for স', () => {
    assert.deepEqual(only('জার্মানীর চ্যান্সেলর', 'entity/variant')[0]?.suggestions, ['জার্মানির']);
    assert.deepEqual(only('অষ্ট্রেলিয়ায় নির্বাচন', 'entity/variant')[0]?.suggestions, ['অস্ট্রেলিয়ায়']);
  });

  test('canonical short forms are not flagged', () => {
    const text = 'জেলেনস্কির সফর। ট্রাম্প বলেন। পুতিনের জবাব। নেতানিয়াহু ও এরদোয়ান। মাখোঁ এলেন। জার্মানির মন্ত্রী।';
    assert.deepEqual(
      check(text).findings.filter((f) => f.rule.startsWith('entity/')),
      [],
    );
  });

  test('every one-word variant of a person’s full name is repaired to the short form, not the full name', () => {
    const wrong: string[] = [];
    for (const entry of bundledGlossary()) {
      const words = entry.bn.split(' ');
      if (entry.type !== 'person' || words.length < 2) continue;
      for (const v of entry.variants.filter((s) => !s.includes(' '))) {
        const suggestions = only(`${v} বলেন।`, 'entity/variant').map((f) => f.suggestions);
        if (JSON.stringify(suggestions) !== JSON.stringify([[words[words.length - 1]]])) wrong.push(`${v}: ${JSON.stringify(suggestions)}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  test('every variant reaches its own entry: none is shadowed by another entry’s spelling', () => {
    const entries = bundledGlossary();
    const shadowed: string[] = [];
    entries.forEach((entry, i) => {
      for (const v of entry.variants) {
        const form = index.forms.get(foldForMatch(v.normalize('NFC')).trim().replace(/\s+/g, ' '));
        if (!form || form.entry !== i || form.kind !== 'variant') shadowed.push(`${entry.en}: ${v}`);
      }
    });
    assert.deepEqual(shadowed, []);
  });
});

describe('bundled glossary: Bengali personal names', () => {
  test('a Bengali name written two ways (রহিম / রহীম) is not an entity variant', () => {
    const text = 'আবদুর রহিম বলেন, কাজ চলছে। পরে রহীম আবার বলেন।';
    assert.deepEqual(only(text, 'entity/variant'), []);
    assert.deepEqual(only(text, 'entity/inconsistent'), []);
  });

  test('উদ্দিন alone names no glossary entity; the full name still does', () => {
    assert.deepEqual(check('উদ্দিন বলেন, আলোচনা চলবে।').entities, []);
    assert.equal(index.forms.has(foldForMatch('উদ্দিন')), false);
    const full = check('এ এম এম নাসির উদ্দিন বলেন, আলোচনা চলবে।').entities;
    assert.deepEqual(
      full.map((e) => e.en),
      ['A. M. M. Nasir Uddin'],
    );
  });

  test('surnames that are everyday words are not short forms (রায় is a verdict)', () => {
    assert.deepEqual(check('আদালতের রায় ঘোষণা হয়েছে। পরিস্থিতি শান্ত।').entities, []);
  });

  test('an uncommon foreign surname is still a short form of its one entry', () => {
    assert.deepEqual(
      check('জিনপিং বলেন।').entities.map((e) => e.en),
      ['Xi Jinping'],
    );
  });
});

describe('bundled glossary: names with two standard spellings', () => {
  test('মিসর and মিশর are both in print in Dhaka copy: neither is flagged, both name Egypt', () => {
    const result = check('মিসরের প্রেসিডেন্ট সফরে আসছেন। মিশর সরকার জানিয়েছে, মিশরীয় ও মিসরীয় প্রতিনিধিরা থাকবেন।');
    assert.deepEqual(
      result.findings.filter((f) => f.rule.startsWith('entity/')),
      [],
    );
    assert.deepEqual(
      result.entities.map((e) => [e.en, e.mentions.length]),
      [['Egypt', 4]],
    );
  });
});
