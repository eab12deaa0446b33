import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cldrCountries } from '../../../core/glossary/cldr';

const countries = cldrCountries();
const byEn = (en: string) => countries.find((entry) => entry.en === en);

test('CLDR names Germany জার্মানি and China চীন', () => {
  assert.equal(byEn('Germany')?.bn, 'জার্মানি');
  assert.equal(byEn('China')?.bn, 'চীন');
  assert.equal(byEn('Bangladesh')?.bn, 'বাংলাদেশ');
});

test('covers the world: well over 190 countries and territories, each once', () => {
  assert.ok(countries.length >= 240, `only ${countries.length}`);
  assert.equal(new Set(countries.map((e) => e.bn)).size, countries.length);
  assert.equal(new Set(countries.map((e) => e.en)).size, countries.length);
});

test('returns only place entries with non-empty names and no bare region codes', () => {
  for (const entry of countries) {
    assert.equal(entry.type, 'place');
    assert.ok(entry.bn.trim().length > 0 && entry.en.trim().length > 0);
    assert.ok(!/^[A-Z]{2}$/.test(entry.en) && !/^[A-Z]{2}$/.test(entry.bn), `${entry.en} is a code`);
    assert.ok(/\p{Script=Bengali}/u.test(entry.bn), `${entry.bn} is not Bengali`);
    assert.deepEqual(entry.variants, []);
  }
});

test('Bengali names are NFC (ড় ঢ় য় as letter + nukta)', () => {
  for (const entry of countries) {
    assert.equal(entry.bn, entry.bn.normalize('NFC'));
    assert.ok(!/[\u09DC\u09DD\u09DF]/u.test(entry.bn), entry.bn);
    for (const alias of entry.aliases ?? []) assert.equal(alias, alias.normalize('NFC'));
  }
  assert.ok(byEn('Russia')?.bn.includes('\u09AF\u09BC'), 'রাশিয়া keeps য + nukta');
});

test('parenthesised names are split: the other name becomes an alias', () => {
  const myanmar = byEn('Myanmar');
  assert.ok(myanmar, 'Myanmar (Burma) is listed as Myanmar');
  assert.ok(!myanmar.bn.includes('('));
  assert.ok(myanmar.aliases?.includes('Burma'));
  for (const entry of countries) assert.ok(!/[()]/.test(entry.bn + entry.en), `${entry.en} keeps a parenthesis`);
});

test('short names become aliases (UK for United Kingdom)', () => {
  assert.ok(byEn('United Kingdom')?.aliases?.includes('UK'));
});

test('terse English names get a spelled-out alias', () => {
  assert.ok(byEn('St. Kitts & Nevis')?.aliases?.includes('Saint Kitts and Nevis'));
  assert.ok(byEn('Bosnia & Herzegovina')?.aliases?.includes('Bosnia and Herzegovina'));
  assert.ok(byEn('Côte d’Ivoire')?.aliases?.includes("Côte d'Ivoire"));
  assert.equal(byEn('Germany')?.aliases, undefined);
});

test('results are copies: changing one does not change the next call', () => {
  const [first] = cldrCountries();
  assert.ok(first);
  first.variants.push('x');
  first.bn = 'changed';
  const [second] = cldrCountries();
  assert.notEqual(second?.bn, 'changed');
  assert.deepEqual(second?.variants, []);
});
