import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledGlossary } from '../../../core/glossary/bundled';
import { buildGlossaryIndex, mayStartNearMiss, nearEntries } from '../../../core/glossary/index';

const index = buildGlossaryIndex(bundledGlossary());

/** Every key one letter added, dropped or changed from `key`. */
function oneEditFrom(key: string): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const out: string[] = [];
  for (let i = 0; i <= key.length; i++) {
    if (i < key.length) out.push(key.slice(0, i) + key.slice(i + 1));
    for (const c of letters) {
      out.push(key.slice(0, i) + c + key.slice(i));
      if (i < key.length) out.push(key.slice(0, i) + c + key.slice(i + 1));
    }
  }
  return out;
}

test('a key with a near miss in the glossary starts as mayStartNearMiss says', () => {
  let checked = 0;
  for (const list of index.nearKeys.values()) {
    for (const { key } of list) {
      for (const near of oneEditFrom(key)) {
        if (nearEntries(index, near).length === 0) continue;
        checked++;
        assert.ok(mayStartNearMiss(index, near), `${near} (near ${key})`);
      }
    }
  }
  assert.ok(checked > 1000, `only ${checked} near keys`);
});

test('phraseWords holds the later words of several-word spellings, not their first', () => {
  assert.ok(index.forms.has('হোয়াইট হাউস'.normalize('NFC')));
  assert.ok(index.phraseWords.has('হাউস'));
});

test('ids are the entity id of each entry', () => {
  const i = index.entries.findIndex((e) => e.en === 'China');
  assert.equal(index.ids[i], 'g:চীন');
});
