import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanWords } from '../../../core/bengali/words';
import { buildGlossaryIndex } from '../../../core/glossary/index';
import {
  Lexicon,
  WORD_ASCII_DIGITS,
  WORD_BENGALI,
  WORD_DECOMPOSED,
  WORD_ENDING,
  WORD_MAY_NEED_REPAIR,
  WORD_NAME,
  WORD_PRECOMPOSED,
  type WordFacts,
} from '../../../core/checks/lexicon';
import { FIXTURE_GLOSSARY } from './fixture-glossary';

const index = buildGlossaryIndex(FIXTURE_GLOSSARY);

/** Every word of `text` looked up in `lexicon`, as scanWords hands them over. */
function lookUp(lexicon: Lexicon, text: string): WordFacts[] {
  const out: WordFacts[] = [];
  scanWords(text, (from, to, hash) => {
    const id = lexicon.idOf(text, from, to, hash);
    assert.equal(lexicon.flags(id), lexicon.facts(id).flags);
    out.push(lexicon.facts(id));
  });
  return out;
}

test('one facts object per spelling, found again from any text it stands in', () => {
  const lexicon = new Lexicon(index);
  const [a, b, c] = lookUp(lexicon, 'চিনের দূত চিনের');
  assert.equal(a, c);
  assert.notEqual(a, b);
  assert.equal(a!.text, 'চিনের');
  assert.equal(lookUp(lexicon, 'আজ চিনের')[1], a, 'the same spelling at another offset');
});

test('spellings past the table and past the limit are still told apart', () => {
  // 5,000 spellings grow the table twice; a limit of 1,500 starts it afresh three times.
  const letters = [...'কখগঘচছজঝটঠডঢতথদধনপফবভমযরলশষসহ'];
  const words = Array.from(
    { length: 5000 },
    (_, i) => `শব্দ${letters[i % 30]}${letters[Math.floor(i / 30) % 30]}${letters[Math.floor(i / 900)]}`,
  );
  const text = words.join(' ');
  const grown = new Lexicon(index);
  const first = lookUp(grown, text);
  assert.deepEqual(
    first.map((w) => w.text),
    words,
  );
  const again = lookUp(grown, text);
  assert.ok(
    again.every((w, i) => w === first[i]),
    'every spelling found again, none made twice',
  );

  const limited = new Lexicon(index, new Map(), 1500);
  assert.deepEqual(
    lookUp(limited, text).map((w) => w.text),
    words,
  );
  const latest = lookUp(limited, words.slice(-400).join(' '));
  const recent = lookUp(limited, words.slice(-400).join(' '));
  assert.ok(
    recent.every((w, i) => w === latest[i] && w.text === words[4600 + i]),
    'after a fresh start the table still finds what it holds',
  );
});

test('the bits say what each spelling may be', () => {
  const lexicon = new Lexicon(index);
  const [china, ending, precomposed, decomposed, digits, damaged, latin] = lookUp(
    lexicon,
    'চিনের এর ঢাকা\u09DF বড\u09BC 12টি স\u09C7\u09BEনা Iran',
  );
  assert.equal(china!.flags & (WORD_BENGALI | WORD_NAME), WORD_BENGALI | WORD_NAME);
  assert.ok(ending!.flags & WORD_ENDING);
  assert.ok(precomposed!.flags & WORD_PRECOMPOSED);
  assert.ok(decomposed!.flags & WORD_DECOMPOSED);
  assert.ok(digits!.flags & WORD_ASCII_DIGITS);
  assert.ok(damaged!.flags & WORD_MAY_NEED_REPAIR);
  assert.equal(latin!.flags & (WORD_BENGALI | WORD_NAME | WORD_MAY_NEED_REPAIR), 0);
});
