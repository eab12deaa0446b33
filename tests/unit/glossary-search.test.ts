import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GlossaryEntry } from '../../core/glossary/types';
import { glossarySearcher, matchesGlossarySearch, spellingsOf } from '../../renderer/components/glossary-search';

// য় as one code point here; searched for with য + nukta, as another keyboard types it.
const NAYAPALTAN: GlossaryEntry = { bn: 'ন\u09DFাপল্টন', variants: ['নয়া পল্টন'], en: 'Naya Paltan', type: 'place', aliases: ['পল্টন মোড়'] };

test('the manager search finds Bengali in either nukta encoding, English without case, variants and aliases', () => {
  assert.ok(matchesGlossarySearch(NAYAPALTAN, 'ন\u09AF\u09BCাপ'));
  assert.ok(matchesGlossarySearch(NAYAPALTAN, 'নয়াপল্টন'));
  assert.ok(matchesGlossarySearch(NAYAPALTAN, 'naya'));
  assert.ok(matchesGlossarySearch(NAYAPALTAN, '  PALTAN '));
  assert.ok(matchesGlossarySearch(NAYAPALTAN, 'নয়া পল'));
  assert.ok(matchesGlossarySearch(NAYAPALTAN, 'মোড়'));
  assert.ok(matchesGlossarySearch(NAYAPALTAN, ''));
  assert.ok(!matchesGlossarySearch(NAYAPALTAN, 'খুলনা'));
  assert.ok(!matchesGlossarySearch(NAYAPALTAN, 'Dhaka'));
});

test('the form reads comma-separated spellings, blanks dropped, in NFC', () => {
  assert.deepEqual(spellingsOf(' জেলেনস্কী , ,জেলেনস্কি,'), ['জেলেনস্কী', 'জেলেনস্কি']);
  assert.deepEqual(spellingsOf(''), []);
});

test('a searcher over a long list finds by any spelling in either encoding, and gives the whole list for an empty query', () => {
  const search = glossarySearcher([NAYAPALTAN]);
  assert.deepEqual(search('ন\u09AF\u09BCাপ'), [NAYAPALTAN]);
  assert.deepEqual(search('  PALTAN '), [NAYAPALTAN]);
  assert.deepEqual(search(''), [NAYAPALTAN]);
  assert.deepEqual(search('খুলনা'), []);
});
