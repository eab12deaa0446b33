import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { foldForMatch, hasBengali } from '../../../core/bengali/fold';
import { createChecker } from '../../../core/checks/engine';
import { bundledGlossary } from '../../../core/glossary/bundled';
import { cldrCountries } from '../../../core/glossary/cldr';
import { normalizeEnglish } from '../../../core/glossary/index';
import { STARTER_GLOSSARY } from '../../../core/glossary/starter-data';
import type { GlossaryEntry } from '../../../core/glossary/types';

const bundled = bundledGlossary();
const withEn = (en: string) => bundled.filter((e) => e.en === en);
const starter = (en: string) => STARTER_GLOSSARY.find((e) => e.en === en)!;

function englishNames(entry: GlossaryEntry): string[] {
  return [...new Set([entry.en, ...(entry.aliases ?? []).filter((a) => !hasBengali(a))].map(normalizeEnglish))];
}

describe('bundled glossary: the starter list wins over CLDR', () => {
  test('one entry for Israel, with the starter’s spelling and variants', () => {
    const israel = withEn('Israel');
    assert.equal(israel.length, 1);
    assert.equal(israel[0]!.bn, 'ইসরায়েল');
    assert.ok(israel[0]!.variants.includes('ইজরায়েল'));
    assert.equal(bundled.filter((e) => foldForMatch(e.bn) === foldForMatch('ইজরায়েল')).length, 0, 'ইজরায়েল is a variant, not an entry');
  });

  test('curated English names and notes are kept', () => {
    assert.equal(withEn('Turkey').length, 1);
    assert.equal(withEn('Türkiye').length, 0);
    assert.equal(withEn('Bosnia and Herzegovina').length, 1);
    assert.equal(withEn('Bosnia & Herzegovina').length, 0);
    assert.equal(withEn('Georgia')[0]?.note, starter('Georgia').note);
    assert.equal(withEn('Singapore')[0]?.note, starter('Singapore').note);
  });

  test('no English name or English alias names two entries', () => {
    const owners = new Map<string, string[]>();
    for (const entry of bundled) for (const en of englishNames(entry)) owners.set(en, [...(owners.get(en) ?? []), entry.bn]);
    assert.deepEqual(
      [...owners].filter(([, bns]) => bns.length > 1),
      [],
    );
  });

  test('every starter entry is there unchanged, and CLDR adds the territories it lacks', () => {
    for (const entry of STARTER_GLOSSARY)
      assert.deepEqual(
        bundled.find((e) => e.bn === entry.bn),
        entry,
      );
    const added = bundled.slice(STARTER_GLOSSARY.length);
    assert.ok(added.length >= 30, `only ${added.length} CLDR entries added`);
    const cldrBn = new Set(cldrCountries().map((e) => e.bn));
    for (const entry of added) assert.ok(cldrBn.has(entry.bn), entry.bn);
    assert.ok(added.some((e) => e.en === 'Gibraltar'));
  });
});

describe('bundled glossary: spellings on professional copy', () => {
  const checker = createChecker({ glossary: bundled });
  const rules = (text: string) => checker.checkText([{ text, offset: 0 }]).findings.filter((f) => f.rule.startsWith('entity/'));

  test('ইজরায়েল is flagged as a variant of ইসরায়েল', () => {
    const found = rules('ইজরায়েলের সেনা সীমান্তে পৌঁছেছে।');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.rule, 'entity/variant');
    assert.deepEqual(found[0]!.suggestions, ['ইসরায়েলের']);
  });

  test('ওড়িশা is the canonical spelling, ওডিশা its variant', () => {
    assert.deepEqual(rules('ওড়িশার মুখ্যমন্ত্রী বৈঠকে বসেন।'), []);
    const found = rules('ওডিশার মুখ্যমন্ত্রী বৈঠকে বসেন।');
    assert.equal(found[0]?.rule, 'entity/variant');
    assert.deepEqual(found[0]?.suggestions, ['ওড়িশার']);
  });

  test('নিউ ইয়র্ক and নিউইয়র্ক are both accepted', () => {
    assert.deepEqual(rules('নিউ ইয়র্কে জাতিসংঘের বৈঠক।'), []);
    assert.deepEqual(rules('নিউইয়র্কে জাতিসংঘের বৈঠক।'), []);
  });
});
