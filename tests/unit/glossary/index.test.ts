import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledGlossary, glossaryWith } from '../../../core/glossary/bundled';
import { foldForMatch } from '../../../core/bengali/fold';
import { phoneticKey } from '../../../core/bengali/phonetic';
import { stemCandidates } from '../../../core/bengali/suffix';
import {
  buildGlossaryIndex,
  mayEndNearMiss,
  mayStartNearMiss,
  nearEntries,
  normalizeEnglish,
  spellingsStarting,
  TRIE_PHRASE_START,
  TRIE_WORD,
} from '../../../core/glossary/index';

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

test('a word none of whose stems has a near miss is told apart by its own key (mayEndNearMiss)', () => {
  const letters = ['ক', 'র', 'ল', 'ন', 'স', 'া', 'ি', 'ে', 'ো', '্', 'য়', 'ং'];
  const endings = ['', 'র', 'ের', 'কে', 'তে', 'য়', 'য়ের', '-এর', 'ই', 'ও', 'দের', 'েরা'];
  let seed = 17;
  const pick = <T>(list: readonly T[]) => list[(seed = (seed * 1103515245 + 12345) % 2147483648) % list.length]!;
  let near = 0;
  for (const list of index.nearKeys.values()) {
    for (const { entry } of list) {
      const bn = foldForMatch(index.entries[entry]!.bn.normalize('NFC'));
      for (let k = 0; k < 12; k++) {
        const at = 1 + (k % (bn.length - 1));
        const changed =
          k % 3 === 0 ? bn.slice(0, at) + bn.slice(at + 1) : k % 3 === 1 ? bn.slice(0, at) + pick(letters) + bn.slice(at) : bn;
        const word = foldForMatch((changed + pick(endings)).normalize('NFC'));
        const key = phoneticKey(word);
        for (const stem of stemCandidates(word)) {
          assert.ok(key.startsWith(phoneticKey(stem)), `${stem} of ${word}`);
          if (nearEntries(index, phoneticKey(stem)).length === 0) continue;
          near++;
          assert.ok(mayEndNearMiss(index, key), word);
        }
      }
    }
  }
  assert.ok(near > 200, `only ${near} stems with a near miss`);
});

test('spellingsStarting and phraseStarts tell exactly which spellings a word starts with', () => {
  const spellings = [...index.forms.keys()];
  const oneWord = spellings.filter((f) => !f.includes(' '));
  const phrases = spellings.filter((f) => f.includes(' ')).map((f) => f.split(' '));
  const firstWords = new Set(phrases.map((words) => words[0]!));
  const words = [...oneWord, ...firstWords].flatMap((f) => [f, `${f}ের`, f.slice(0, -1), f.slice(1), `ক${f}`]);
  let starting = 0;
  for (const word of words) {
    const found = spellingsStarting(index, word);
    const expectWord = oneWord.some((f) => word.startsWith(f));
    assert.equal((found & TRIE_WORD) !== 0, expectWord, word);
    assert.equal((found & TRIE_PHRASE_START) !== 0, firstWords.has(word), word);
    const lengths = [...new Set(phrases.filter((p) => p[0] === word).map((p) => p.length))].sort((a, b) => b - a);
    assert.deepEqual(index.phraseStarts.get(word), lengths.length > 0 ? lengths : undefined, word);
    if (expectWord) starting++;
  }
  assert.ok(starting > oneWord.length, `only ${starting}`);
  assert.ok(firstWords.size > 50, `only ${firstWords.size} first words`);
  assert.equal(index.phraseStarts.get(''), undefined);
});

test('phraseWords holds the later words of several-word spellings, not their first', () => {
  assert.ok(index.forms.has('হোয়াইট হাউস'.normalize('NFC')));
  assert.ok(index.phraseWords.has('হাউস'));
});

test('phrases of three and four words: every later word is a phrase word, and the longest sets how far a match looks', () => {
  const own = buildGlossaryIndex([{ bn: 'কাল্পনিক মধ্য নদী বন্দর', variants: ['কাল্পনিক নদী বন্দর'], en: 'Imaginary River Port', type: 'place' }]);
  assert.equal(own.maxWords, 4);
  for (const word of ['মধ্য', 'নদী', 'বন্দর']) assert.ok(own.phraseWords.has(word), word);
  assert.ok(!own.phraseWords.has('কাল্পনিক'));
  assert.deepEqual(own.phraseStarts.get('কাল্পনিক'), [4, 3]);
});

test('English is compared in one form: NFC, straight apostrophes, single spaces, trimmed, lower case', () => {
  assert.equal(normalizeEnglish('Sheikh Hasina'), 'sheikh hasina');
  assert.equal(normalizeEnglish('  Sheikh \t Hasina '), 'sheikh hasina');
  assert.equal(normalizeEnglish('O’Brien'), "o'brien");
  assert.equal(normalizeEnglish('Ca\u0301diz'), 'c\u00e1diz');
  const english = buildGlossaryIndex([{ bn: 'কাল্পনিক শহর', variants: [], en: ' Imaginary  Town', type: 'place' }]).english;
  assert.deepEqual(english.get('imaginary town'), [0]);
});

test('an English name lists every entry that has it, in glossary order, each once', () => {
  const english = buildGlossaryIndex([
    { bn: 'কাল্পনিক নগর', variants: [], en: 'Twin Town', type: 'place', aliases: ['twin town', 'Old Town'] },
    { bn: 'কাল্পনিক শহর', variants: [], en: 'New Town', type: 'place' },
    { bn: 'কাল্পনিক পুর', variants: [], en: 'Old Town', type: 'place', aliases: ['Twin  Town'] },
    { bn: 'কাল্পনিক গ্রাম', variants: [], en: 'Twin Town', type: 'place' },
  ]).english;
  assert.deepEqual(english.get('twin town'), [0, 2, 3]);
  assert.deepEqual(english.get('old town'), [0, 2]);
  assert.deepEqual(english.get('new town'), [1]);
  assert.equal(english.size, 3);
});

test('ids are the entity id of each entry', () => {
  const i = index.entries.findIndex((e) => e.en === 'China');
  assert.equal(index.ids[i], 'g:চীন');
});

test('one glossary is indexed once: the same entries give the same merged glossary and the same index', () => {
  const own = [{ bn: 'তারাপদ গড়াই', variants: [], en: 'Tarapada Garai', type: 'person' as const }];
  const merged = glossaryWith(own);
  assert.equal(glossaryWith(own), merged, 'a house-style change makes a checker for the same entries');
  assert.equal(buildGlossaryIndex(merged), buildGlossaryIndex(merged));
  assert.equal(buildGlossaryIndex(glossaryWith([])), index, 'the bundled glossary is indexed once for every checker');
  assert.notEqual(glossaryWith([...own]), merged, 'new entries (a new array) are merged again');
});

test('a spelling several entries state belongs to the one naming it, else the one listing it as an alias, else the first variant', () => {
  const own = buildGlossaryIndex([
    { bn: 'কাল্পনিক পুর', variants: ['কাল্পনিক নগর', 'ছায়াপুর'], en: 'Imaginarypur', type: 'place', aliases: ['মায়াপুর'] },
    { bn: 'ছায়াপুর', variants: ['মায়াপুর', 'কাল্পনিক নগর'], en: 'Chhayapur', type: 'place' },
    { bn: 'মায়া নগর', variants: ['কাল্পনিক নগর'], en: 'Maya Nagar', type: 'place', aliases: ['ছায়াপুর', 'মায়াপুর'] },
  ]);
  const owner = (spelling: string) => own.forms.get(foldForMatch(spelling.normalize('NFC')));
  assert.deepEqual(owner('ছায়াপুর'), { entry: 1, kind: 'canonical' }, 'named by the second, a variant of the first, an alias of the third');
  assert.deepEqual(owner('মায়াপুর'), { entry: 0, kind: 'alias' }, 'an alias of the first and the third, a variant of the second');
  assert.deepEqual(owner('কাল্পনিক নগর'), { entry: 0, kind: 'variant' }, 'a variant of all three');
  assert.deepEqual(owner('নগর'), undefined, 'a later word is no spelling of its own');
  assert.deepEqual(own.phraseStarts.get(foldForMatch('কাল্পনিক')), [2]);
  assert.ok(own.phraseWords.has('নগর') && own.phraseWords.has('পুর'));
});

test('a derived short form never takes a spelling an entry states, and two entries deriving it leave it to neither', () => {
  const own = buildGlossaryIndex([
    { bn: 'তারাপদ গড়াই', variants: [], en: 'Tarapada Garai', type: 'person' },
    { bn: 'সুধাময় গড়াই', variants: [], en: 'Sudhamoy Garai', type: 'person' },
    { bn: 'কমলকান্ত দেবনাথ', variants: [], en: 'Kamalakanta Debnath', type: 'person' },
    { bn: 'দেবনাথপুর', variants: ['দেবনাথ'], en: 'Debnathpur', type: 'place' },
    { bn: 'মৃণালিনী ঘোষাল', variants: [], en: 'Mrinalini Ghoshal', type: 'person' },
  ]);
  const owner = (spelling: string) => own.forms.get(foldForMatch(spelling.normalize('NFC')));
  assert.equal(owner('গড়াই'), undefined, 'derived by two people');
  assert.deepEqual(owner('দেবনাথ'), { entry: 3, kind: 'variant' }, 'stated as a variant');
  assert.deepEqual(owner('ঘোষাল'), { entry: 4, kind: 'alias' });
  assert.equal(spellingsStarting(own, foldForMatch('ঘোষালের')) & TRIE_WORD, TRIE_WORD, 'the derived form is in the trie too');
});
