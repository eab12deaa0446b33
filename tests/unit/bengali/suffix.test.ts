import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attachSuffix } from '../../../core/bengali/suffix';

test('attachSuffix joins a case ending as standard orthography writes it, emphatic -ই/-ও included', () => {
  const cases: [string, string, string][] = [
    ['ভারত', 'এর', 'ভারতের'],
    ['ভারত', 'এরই', 'ভারতেরই'],
    ['দিল্লি', 'এর', 'দিল্লির'],
    ['দিল্লি', 'এরই', 'দিল্লিরই'],
    ['ইরান', 'এ', 'ইরানে'],
    ['ইরান', 'এও', 'ইরানেও'],
    ['ঢাকা', 'এ', 'ঢাকায়'],
    ['ঢাকা', 'এও', 'ঢাকায়ও'],
    ['দিল্লি', 'এ', 'দিল্লিতে'],
    ['মোদি', 'কে', 'মোদিকে'],
  ];
  for (const [word, suffix, joined] of cases) assert.equal(attachSuffix(word, suffix), joined, `${word} + ${suffix}`);
});

test('attachSuffix keeps a hyphen after Latin letters, digits and spelt-out acronyms', () => {
  assert.equal(attachSuffix('ডিএসএ', 'এর'), 'ডিএসএ-এর');
  assert.equal(attachSuffix('BNP', 'এর'), 'BNP-এর');
  assert.equal(attachSuffix('১৯৭১', 'এর'), '১৯৭১-এর');
  assert.equal(attachSuffix(')', 'এর'), ')-এর');
});
