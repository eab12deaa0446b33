import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkGlossaryEntry } from '../../../core/glossary/validate';
import type { GlossaryEntry } from '../../../core/glossary/types';

const entry = (): GlossaryEntry => ({ bn: 'ঢাকা', variants: ['ঢাকার'], en: 'Dhaka', type: 'place', aliases: ['Dacca'], note: 'রাজধানী' });

test('an entry already in its checked form is taken as it is, under either rules', () => {
  for (const rules of ['import', 'stored'] as const) {
    const raw = entry();
    const checked = checkGlossaryEntry(raw, rules);
    assert.ok(checked.ok);
    assert.equal(checked.entry, raw, rules);
  }
  const plain = { bn: 'খুলনা', variants: [], en: 'Khulna', type: 'place', foreign: false };
  const checked = checkGlossaryEntry(plain);
  assert.ok(checked.ok);
  assert.equal(checked.entry, plain);
  const noted = { bn: 'খুলনা', variants: [], en: 'Khulna', type: 'place', note: 'বিভাগ' };
  const taken = checkGlossaryEntry(noted, 'stored');
  assert.ok(taken.ok);
  assert.equal(taken.entry, noted);
});

test('anything else is built afresh: trimmed, empty items and empty fields dropped, fields in their order, unknown ones left out', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['untrimmed name', { ...entry(), bn: ' ঢাকা ' }],
    ['untrimmed variant', { ...entry(), variants: ['ঢাকার '] }],
    ['an empty variant', { ...entry(), variants: ['ঢাকার', ''] }],
    ['no variants', { bn: 'ঢাকা', en: 'Dhaka', type: 'place', aliases: ['Dacca'], note: 'রাজধানী' }],
    ['an empty alias list', { ...entry(), aliases: [], foreign: undefined }],
    ['fields in another order', { note: 'রাজধানী', aliases: ['Dacca'], type: 'place', en: 'Dhaka', variants: ['ঢাকার'], bn: 'ঢাকা' }],
    ['an empty note', { ...entry(), note: '' }],
    ['a null note', { ...entry(), note: null }],
    ['an untrimmed note', { ...entry(), note: ' রাজধানী ' }],
  ];
  for (const [what, raw] of cases) {
    const checked = checkGlossaryEntry(raw, 'stored');
    assert.ok(checked.ok, what);
    assert.notEqual(checked.entry, raw, what);
    const expected: Record<string, unknown> = { bn: 'ঢাকা', variants: ['ঢাকার'], en: 'Dhaka', type: 'place' };
    if (Array.isArray(raw.aliases) && raw.aliases.length > 0) expected.aliases = ['Dacca'];
    if (raw.note) expected.note = 'রাজধানী';
    if (!Array.isArray(raw.variants)) expected.variants = [];
    assert.equal(JSON.stringify(checked.entry), JSON.stringify(expected), what);
  }
  const later = checkGlossaryEntry({ ...entry(), pronunciation: 'dhaka' }, 'stored');
  assert.ok(later.ok);
  assert.deepEqual(later.entry, entry(), "a later version's field is left out of the app's entry");
  assert.equal(checkGlossaryEntry({ ...entry(), pronunciation: 'dhaka' }, 'import').ok, false, 'and refused from outside');
});

test('a list that is not all text is refused once, whatever else it holds', () => {
  const checked = checkGlossaryEntry({ ...entry(), variants: ['ঢাকার', 3, null] });
  assert.deepEqual(checked, {
    ok: false,
    problems: [{ bn: '"variants" বানানের তালিকা হতে হবে', en: '"variants" must be a list of spellings' }],
  });
});
