import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareDocs, type ComparedBlock } from '../../core/document/compare';
import type { DocJSON } from '../../core/document/schema';

const text = (t: string): DocJSON[] => (t ? [{ type: 'text', text: t }] : []);
const para = (t: string): DocJSON => ({ type: 'paragraph', content: text(t) });
const doc = (headline: string, ...body: DocJSON[]): DocJSON => ({
  type: 'doc',
  content: [{ type: 'headline', content: text(headline) }, ...body],
});

/** The older and newer texts a comparison describes, block by block. */
function sides(blocks: ComparedBlock[]): { older: string[]; newer: string[] } {
  const older: string[] = [];
  const newer: string[] = [];
  for (const b of blocks) {
    const of = (ops: string[]) =>
      b.parts
        .filter((p) => ops.includes(p.op))
        .map((p) => p.text)
        .join('');
    if (b.kind !== 'inserted') older.push(of(['equal', 'delete']));
    if (b.kind !== 'deleted') newer.push(of(['equal', 'insert']));
  }
  return { older, newer };
}

function texts(d: DocJSON): string[] {
  const out: string[] = [];
  const walk = (n: DocJSON) => {
    if (n.content?.some((c) => c.type === 'text') || (n.type !== 'doc' && !n.content?.length))
      out.push((n.content ?? []).map((c) => c.text ?? '').join(''));
    else n.content?.forEach(walk);
  };
  walk(d);
  return out;
}

const P1 = 'ঢাকায় সকাল থেকে টানা বৃষ্টি হচ্ছে।';
const P2 = 'নগরের বেশির ভাগ সড়কে হাঁটুজল জমেছে, যান চলাচল ধীর।';
const P3 = 'আবহাওয়া অফিস বলছে, আগামী দুই দিন বৃষ্টি চলবে।';

test('identical documents compare as all same, with the full text', () => {
  const d = doc('বৃষ্টি', para(P1), para(P2));
  const out = compareDocs(d, structuredClone(d));
  assert.deepEqual(
    out.map((b) => b.kind),
    ['same', 'same', 'same'],
  );
  assert.deepEqual(out[1], { kind: 'same', block: 'paragraph', parts: [{ op: 'equal', text: P1 }] });
  assert.equal(out[0]?.block, 'headline');
});

test('one changed word is a delete and an insert of whole Bengali words inside a changed paragraph', () => {
  const out = compareDocs(doc('সফর', para('প্রধানমন্ত্রী মোদির সফর নিয়ে আলোচনা।')), doc('সফর', para('প্রধানমন্ত্রী মোদিকে নিয়ে আলোচনা।')));
  assert.equal(out[1]?.kind, 'changed');
  assert.deepEqual(out[1]?.parts, [
    { op: 'equal', text: 'প্রধানমন্ত্রী ' },
    { op: 'delete', text: 'মোদির সফর' },
    { op: 'insert', text: 'মোদিকে' },
    { op: 'equal', text: ' নিয়ে আলোচনা।' },
  ]);
});

test('a replaced phrase is one deletion and one insertion, not chopped at every space', () => {
  const out = compareDocs(doc('', para('আজ রাতে ঝড় হতে পারে বলে জানানো হয়েছে।')), doc('', para('আজ বিকেলে বৃষ্টি নামতে পারে বলে জানানো হয়েছে।')));
  assert.deepEqual(out[1]?.parts, [
    { op: 'equal', text: 'আজ ' },
    { op: 'delete', text: 'রাতে ঝড় হতে' },
    { op: 'insert', text: 'বিকেলে বৃষ্টি নামতে' },
    { op: 'equal', text: ' পারে বলে জানানো হয়েছে।' },
  ]);
});

test('an inserted paragraph is inserted; the paragraphs around it stay the same', () => {
  const out = compareDocs(doc('বৃষ্টি', para(P1), para(P3)), doc('বৃষ্টি', para(P1), para(P2), para(P3)));
  assert.deepEqual(
    out.map((b) => b.kind),
    ['same', 'same', 'inserted', 'same'],
  );
  assert.deepEqual(out[2]?.parts, [{ op: 'insert', text: P2 }]);
});

test('a deleted paragraph next to an edited one: the edit pairs with its own paragraph', () => {
  const edited = P3.replace('দুই দিন', 'তিন দিন');
  const out = compareDocs(doc('বৃষ্টি', para(P1), para(P2), para(P3)), doc('বৃষ্টি', para(P1), para(edited)));
  assert.deepEqual(
    out.map((b) => b.kind),
    ['same', 'same', 'deleted', 'changed'],
  );
  assert.deepEqual(out[2]?.parts, [{ op: 'delete', text: P2 }]);
  assert.deepEqual(
    out[3]?.parts.filter((p) => p.op !== 'equal'),
    [
      { op: 'delete', text: 'দুই' },
      { op: 'insert', text: 'তিন' },
    ],
  );
});

test('a paragraph rewritten with nothing in common is deleted and inserted, not "changed"', () => {
  const out = compareDocs(doc('', para(P1)), doc('', para('সম্পূর্ণ ভিন্ন একটি বাক্য এখানে।')));
  assert.deepEqual(
    out.slice(1).map((b) => b.kind),
    ['deleted', 'inserted'],
  );
});

test('a heading whose level changed, and paragraphs inside quotes and lists, are compared as blocks', () => {
  const older = doc(
    '',
    { type: 'heading', attrs: { level: 2 }, content: text('পটভূমি') },
    { type: 'blockquote', content: [para(P1)] },
    { type: 'horizontal_rule' },
  );
  const newer = doc(
    '',
    { type: 'heading', attrs: { level: 3 }, content: text('পটভূমি') },
    { type: 'blockquote', content: [para(P1.replace('টানা', 'থেমে থেমে'))] },
    { type: 'horizontal_rule' },
    { type: 'bullet_list', content: [{ type: 'list_item', content: [para(P2)] }] },
  );
  const out = compareDocs(older, newer);
  assert.deepEqual(
    out.map((b) => [b.kind, b.block]),
    [
      ['same', 'headline'],
      ['changed', 'heading'],
      ['changed', 'paragraph'],
      ['same', 'horizontal_rule'],
      ['inserted', 'paragraph'],
    ],
  );
  assert.deepEqual(out[1]?.parts, [{ op: 'equal', text: 'পটভূমি' }]);
  assert.deepEqual(
    out[2]?.parts.filter((p) => p.op !== 'equal').map((p) => p.text),
    ['টানা', 'থেমে থেমে'],
  );
});

/** A deterministic generator, so a failing case can be replayed. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const WORDS = [
  'ঢাকা',
  'বৃষ্টি',
  'সরকার',
  'মন্ত্রী',
  'বলেন',
  'আজ',
  'নির্বাচন',
  'কমিশন',
  'জেলা',
  'সড়ক',
  'মানুষ',
  'দাম',
  'বাজার',
  'চাল',
  'ডাল',
  'পদ্মা',
  'সেতু',
  'রেল',
  'খেলা',
  'দল',
];

/** rand() is below 1, so the index is always inside WORDS. */
const randomWord = (rand: () => number): string => WORDS[Math.floor(rand() * WORDS.length)]!;

function randomParagraph(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(randomWord(rand) + (rand() < 0.1 ? ',' : ''));
  return `${out.join(' ')}।`;
}

function mutate(rand: () => number, paragraphs: string[], edits: number): string[] {
  const out = [...paragraphs];
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rand() * out.length);
    const r = rand();
    if (r < 0.2) out.splice(at, 1);
    else if (r < 0.4) out.splice(at, 0, randomParagraph(rand, 5 + Math.floor(rand() * 20)));
    else {
      const paragraph = out[at];
      if (paragraph === undefined) continue; // every paragraph was deleted
      const words = paragraph.split(' ');
      const w = Math.floor(rand() * words.length);
      if (rand() < 0.5) words.splice(w, 1 + Math.floor(rand() * 3));
      else words.splice(w, 0, randomWord(rand));
      out[at] = words.join(' ');
    }
  }
  return out;
}

test('every comparison reproduces both documents exactly (random edits)', () => {
  for (let seed = 1; seed <= 60; seed++) {
    const rand = lcg(seed);
    const before = Array.from({ length: 3 + Math.floor(rand() * 15) }, () => randomParagraph(rand, 3 + Math.floor(rand() * 30)));
    const after = mutate(rand, before, 1 + Math.floor(rand() * 6));
    const older = doc('শিরোনাম', ...before.map(para));
    const newer = doc('শিরোনাম', ...after.map(para));
    const out = compareDocs(older, newer);
    assert.deepEqual(sides(out), { older: texts(older), newer: texts(newer) }, `seed ${seed}`);
    for (const b of out) {
      if (b.kind === 'same') assert.ok(b.parts.every((p) => p.op === 'equal'));
      if (b.kind === 'inserted') assert.ok(b.parts.every((p) => p.op === 'insert'));
      if (b.kind === 'deleted') assert.ok(b.parts.every((p) => p.op === 'delete'));
    }
  }
});

test('a 10,000-word article with scattered edits: only the edited paragraphs are marked', () => {
  const rand = lcg(7);
  const before = Array.from({ length: 500 }, () => randomParagraph(rand, 20));
  const edited = [3, 77, 150, 151, 320, 499];
  const after = before.map((p, i) => (edited.includes(i) ? p.replace(/^\S+/, 'সংশোধিত') : p));
  const out = compareDocs(doc('দীর্ঘ প্রতিবেদন', ...before.map(para)), doc('দীর্ঘ প্রতিবেদন', ...after.map(para)));
  assert.equal(out.length, 501);
  assert.deepEqual(
    out.flatMap((b, i) => (b.kind === 'same' ? [] : [[i - 1, b.kind]])),
    edited.map((i) => [i, 'changed']),
  );
});

test('a rewrite with no paragraph in common still completes, as deletions and insertions', () => {
  const rand = lcg(11);
  const before = Array.from({ length: 600 }, () => randomParagraph(rand, 15));
  const after = before.map((p) => p.replace(/[^\s।,]+/gu, 'নতুন'));
  const older = doc('ক', ...before.map(para));
  const newer = doc('খ', ...after.map(para));
  const out = compareDocs(older, newer);
  assert.deepEqual(sides(out), { older: texts(older), newer: texts(newer) });
  assert.equal(out.filter((b) => b.kind === 'same').length, 0);
});

test('one huge paragraph changed throughout falls back to whole-paragraph parts, still exact', () => {
  const before: string[] = [];
  const after: string[] = [];
  for (let i = 0; i < 2400; i++) {
    const word = `${WORDS[i % WORDS.length]}${i}`;
    before.push(word);
    after.push(i % 2 ? word : `নতুন${i}`);
  }
  const older = doc('', para(before.join(' ')));
  const newer = doc('', para(after.join(' ')));
  const out = compareDocs(older, newer);
  assert.deepEqual(sides(out), { older: texts(older), newer: texts(newer) });
  assert.equal(out[1]?.kind, 'changed');
  assert.deepEqual(
    out[1]?.parts.map((p) => p.op),
    ['delete', 'insert'],
  );
});

test('a run of 200,000 punctuation marks is compared mark by mark (it was spread as arguments, past the stack)', () => {
  const older = doc('', para(`শুরু ${'।'.repeat(200_000)} শেষ`));
  const newer = doc('', para(`শুরু ${'।'.repeat(200_000)} শেষ হলো`));
  const out = compareDocs(older, newer);
  assert.deepEqual(sides(out), { older: texts(older), newer: texts(newer) });
  assert.deepEqual(
    out[1]?.parts.filter((p) => p.op !== 'equal').map((p) => [p.op, p.text]),
    [['insert', ' হলো']],
  );
});

test('a sentence added after another starts after its danda, not before it', () => {
  const older = doc('বৃষ্টি', para(P1));
  const added = ' দুপুরে আরও বাড়তে পারে।';
  const out = compareDocs(older, doc('বৃষ্টি', para(P1 + added)));
  assert.deepEqual(out[1], {
    kind: 'changed',
    block: 'paragraph',
    parts: [
      { op: 'equal', text: P1 },
      { op: 'insert', text: added },
    ],
  });
  // The same for a sentence removed.
  const back = compareDocs(doc('বৃষ্টি', para(P1 + added)), older);
  assert.deepEqual(back[1]?.parts, [
    { op: 'equal', text: P1 },
    { op: 'delete', text: added },
  ]);
});

test('a word added between two equal ones keeps both sides intact after the slide', () => {
  const older = doc('', para('কাল কাল ভোট হবে।'));
  const newer = doc('', para('কাল কাল কাল ভোট হবে।'));
  const out = compareDocs(older, newer);
  assert.deepEqual(sides(out), { older: texts(older), newer: texts(newer) });
  assert.deepEqual(
    out[1]?.parts.filter((p) => p.op !== 'equal'),
    [{ op: 'insert', text: 'কাল ' }],
  );
});

/** Text under a suggestion mark of one author. */
function suggested(kind: 'insertion' | 'deletion', t: string, id: string): DocJSON {
  return {
    type: 'text',
    text: t,
    marks: [{ type: kind, attrs: { id, author: 'সম্পাদক', color: '#aa3300', time: '2026-12-02T08:00:00.000Z' } }],
  };
}

test('versions holding suggestions are compared as they would read with them accepted', () => {
  // The older version: "টানা" suggested for replacement by "ভারী", not yet settled.
  const older = doc('বৃষ্টি', {
    type: 'paragraph',
    content: [
      { type: 'text', text: 'ঢাকায় সকাল থেকে ' },
      suggested('deletion', 'টানা', 'rep1'),
      suggested('insertion', 'ভারী', 'rep1'),
      { type: 'text', text: ' বৃষ্টি হচ্ছে।' },
    ],
  });
  // The newer: the replacement accepted, and a whole paragraph suggested for deletion.
  const newer = doc('বৃষ্টি', para('ঢাকায় সকাল থেকে ভারী বৃষ্টি হচ্ছে।'), { type: 'paragraph', content: [suggested('deletion', P2, 'del2')] });
  const out = compareDocs(older, newer);
  assert.deepEqual(
    out.map((b) => b.kind),
    ['same', 'same'],
    'the accepted replacement is no change, and the paragraph suggested for deletion is not there to compare',
  );
  assert.deepEqual(sides(out).older, ['বৃষ্টি', 'ঢাকায় সকাল থেকে ভারী বৃষ্টি হচ্ছে।']);

  // Against a plain older text, a pending insertion in the newer reads as inserted words.
  const plain = doc('বৃষ্টি', para('ঢাকায় বৃষ্টি হচ্ছে।'));
  const pending = doc('বৃষ্টি', {
    type: 'paragraph',
    content: [{ type: 'text', text: 'ঢাকায় ' }, suggested('insertion', 'ভারী ', 'ins3'), { type: 'text', text: 'বৃষ্টি হচ্ছে।' }],
  });
  assert.deepEqual(compareDocs(plain, pending)[1]?.parts, [
    { op: 'equal', text: 'ঢাকায় ' },
    { op: 'insert', text: 'ভারী ' },
    { op: 'equal', text: 'বৃষ্টি হচ্ছে।' },
  ]);
  // The documents given are left as they were.
  assert.equal(JSON.stringify(pending).includes('"insertion"'), true);
});
