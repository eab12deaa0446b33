import { test } from 'node:test';
import assert from 'node:assert/strict';
import { schema } from '../../../core/document/schema';
import { docToPlainText, plainTextHeadline, textToDoc } from '../../../core/document/plain-text';
import { doc, p, richArticle, t } from './fixtures';

function headlineOf(text: string): string {
  const result = textToDoc(text);
  schema.nodeFromJSON(result).check();
  return schema.nodeFromJSON(result).firstChild!.textContent;
}

test('a short first line without a full stop is the headline', () => {
  assert.deepEqual(
    textToDoc('ঢাকায় বৃষ্টি, জলাবদ্ধতা\n\nসকাল থেকে টানা বৃষ্টি।\nদুপুরে থামে।\n'),
    doc('ঢাকায় বৃষ্টি, জলাবদ্ধতা', p(t('সকাল থেকে টানা বৃষ্টি।')), p(t('দুপুরে থামে।'))),
  );
});

test('a first line ending in a full stop (danda, dot) or a colon is a paragraph, and the piece has no headline', () => {
  for (const stop of ['।', '.', ':', '॥', '।"', '।”', '.)', '। ']) {
    const text = `প্রথম লাইন${stop}\nপরের লাইন`;
    assert.equal(headlineOf(text), '', text);
    assert.equal(textToDoc(text).content!.length, 3, text);
  }
});

test('a question or an exclamation is not a full stop: such a first line is a headline', () => {
  assert.equal(headlineOf('জুলাই সনদ নিয়ে বিতর্ক শেষ হলো না কেন?\nলেখা।'), 'জুলাই সনদ নিয়ে বিতর্ক শেষ হলো না কেন?');
  assert.equal(headlineOf('শাস্তির কোনো দলিল নেই!\nলেখা।'), 'শাস্তির কোনো দলিল নেই!');
});

test('a long first line is a paragraph even without a full stop', () => {
  const long = 'ক'.repeat(121);
  assert.equal(headlineOf(`${long}\nলেখা।`), '');
  assert.equal(headlineOf(`${'ক'.repeat(120)}\nলেখা।`), 'ক'.repeat(120));
});

test('blank lines, a byte-order mark, Windows line ends and indentation do not make paragraphs', () => {
  assert.deepEqual(
    textToDoc('\uFEFF\r\n\r\n  শিরোনাম  \r\n\r\n\r\n   প্রথম।\r\n\t\r\nদ্বিতীয়।\r\u2029তৃতীয়।'),
    doc('শিরোনাম', p(t('প্রথম।')), p(t('দ্বিতীয়।')), p(t('তৃতীয়।'))),
  );
});

test('empty or headline-only text still gives a valid document', () => {
  for (const text of ['', '\n\n', 'শুধু শিরোনাম', 'শুধু একটি বাক্য।']) {
    const result = textToDoc(text);
    schema.nodeFromJSON(result).check();
  }
  assert.deepEqual(textToDoc(''), doc('', p()));
  assert.deepEqual(textToDoc('শুধু শিরোনাম'), doc('শুধু শিরোনাম', p()));
});

test('plain text of an article: its text blocks separated by a blank line', () => {
  const text = docToPlainText(richArticle());
  const blocks = text.split('\n\n');
  assert.equal(blocks[0], 'ঢাকায় জলবায়ু সম্মেলন শুরু, যোগ দিচ্ছেন গুতেরেস');
  assert.equal(blocks[1], 'তিন দিনের বৈঠকে ৪০টি দেশের প্রতিনিধি; অর্থায়ন নিয়ে কঠিন দর-কষাকষির আশা');
  assert.ok(blocks.includes('আমরা সাহায্য চাই না, ন্যায্য পাওনা চাই।'));
  assert.ok(blocks.includes('২০৩০ সালের লক্ষ্য'));
  assert.ok(!text.includes(`${'<'.repeat(1)}p`));
  assert.equal(docToPlainText(schema.nodeFromJSON(richArticle())), text);
  assert.equal(docToPlainText(doc('', p(t('এক')), p(), p(t('দুই')))), 'এক\n\nদুই');
});

test('text → article → text keeps every line', () => {
  const text = 'শিরোনাম\n\nপ্রথম অনুচ্ছেদ।\n\nদ্বিতীয় অনুচ্ছেদ।';
  assert.equal(docToPlainText(textToDoc(text)), text);
});

test('the headline read from the first line alone is the one the whole import makes', () => {
  const texts = [
    'ঢাকায় বৃষ্টি\n\nসকাল থেকে বৃষ্টি।',
    '\uFEFF  ঢাকায় বৃষ্টি  \r\nসকাল।',
    '\n \n\t\nশিরোনাম\r\rপ্রথম অনুচ্ছেদ।',
    'শিরোনাম\u2028প্রথম অনুচ্ছেদ।',
    'প্রথম লাইন।\nপরের লাইন',
    'কেন হলো না?\nলেখা।',
    `${'ক'.repeat(121)}\nলেখা।`,
    `${'ক'.repeat(120)}\nলেখা।`,
    '\u00A0\n\u2029শিরোনাম',
    '',
    '  \n\n',
  ];
  for (const text of texts) assert.equal(plainTextHeadline(text), headlineOf(text), JSON.stringify(text));
});
