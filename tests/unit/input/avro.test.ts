import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { avroToBengali, isAvroInput } from '../../../core/input/avro';

const projectRoot = join(__dirname, '..', '..', '..');
const peerFile = join(projectRoot, '..', 'shared', 'peer-tests', 'avro-phonetic.json');
const peerAbsent = !existsSync(peerFile);
if (peerAbsent) console.log(`skipping the Avro peer pairs: ${peerFile} is absent`);

/** ড় ঢ় য় compared in one form whichever encoding each side uses. */
function foldNukta(text: string): string {
  return text.normalize('NFC');
}

describe('avroToBengali', () => {
  test('the public Avro pairs: at least 98% agree after folding nukta forms', { skip: peerAbsent && 'peer tests absent' }, () => {
    const { pairs } = JSON.parse(readFileSync(peerFile, 'utf8')) as { pairs: [string, string][] };
    assert.ok(pairs.length > 100, 'the peer file holds the pairs');
    const misses = pairs.filter(([latin, expected]) => foldNukta(avroToBengali(latin)) !== foldNukta(expected));
    for (const [latin, expected] of misses)
      console.log(`avro miss: ${JSON.stringify(latin)} → ${JSON.stringify(avroToBengali(latin))}, expected ${JSON.stringify(expected)}`);
    const rate = 1 - misses.length / pairs.length;
    console.log(`avro peer pairs: ${pairs.length - misses.length}/${pairs.length} (${(rate * 100).toFixed(1)}%)`);
    assert.ok(rate >= 0.98, `pass rate ${(rate * 100).toFixed(1)}% is below 98%`);
  });

  test('sentences a reporter types', () => {
    assert.equal(avroToBengali('ajke Dhakay brriShTi hoyeche'), 'আজকে ঢাকায় বৃষ্টি হয়েছে'.normalize('NFC'));
    assert.equal(avroToBengali('prodhan`montrI bolen, nirrbacon shantipUrrNo hobe.'), 'প্রধানমন্ত্রী বলেন, নির্বাচন শান্তিপূর্ণ হবে।');
    assert.equal(avroToBengali('bishwobidZaloyer chatrora michil kore'), 'বিশ্ববিদ্যালয়ের ছাত্ররা মিছিল করে'.normalize('NFC'));
    assert.equal(avroToBengali('amora rajnOItik sohingsota cai na'), 'আমরা রাজনৈতিক সহিংসতা চাই না');
  });

  test('vowels: the letter at the start of a word and after a vowel, the sign after a consonant', () => {
    assert.equal(avroToBengali('ek'), 'এক');
    assert.equal(avroToBengali('ke'), 'কে');
    assert.equal(avroToBengali('bou'), 'বউ');
    assert.equal(avroToBengali('kOU'), 'কৌ');
    assert.equal(avroToBengali('OUShodh'), 'ঔষধ');
    // A backtick forces the sign and disappears.
    assert.equal(avroToBengali('k`i'), 'কই');
    assert.equal(avroToBengali('i`'), 'ি');
  });

  test('reph, ra-phala, ya-phala and the ZWJ form after a vowel', () => {
    assert.equal(avroToBengali('korrmo'), 'কর্ম');
    assert.equal(avroToBengali('kormo'), 'করম');
    assert.equal(avroToBengali('prokash'), 'প্রকাশ');
    assert.equal(avroToBengali('bZabsha'), 'ব্যাবশা');
    assert.equal(avroToBengali('karZo'), 'কার\u200D্য');
  });

  test('punctuation: danda, double danda, ellipsis, hasanta, chandrabindu, taka', () => {
    assert.equal(avroToBengali('ami.'), 'আমি।');
    assert.equal(avroToBengali('ami..'), 'আমি।।');
    assert.equal(avroToBengali('ami...'), 'আমি...');
    assert.equal(avroToBengali('tumi ki zabe?'), 'তুমি কি যাবে?');
    assert.equal(avroToBengali('k,,'), 'ক্\u200C');
    assert.equal(avroToBengali('ca^d'), 'চাঁদ');
    assert.equal(avroToBengali('$500'), '৳৫০০');
    assert.equal(avroToBengali('"ha," se bollo'), '"হা," সে বল্ল');
  });

  test('digits become Bengali digits', () => {
    assert.equal(avroToBengali('2024 sal'), '২০২৪ সাল');
    assert.equal(avroToBengali('0123456789'), '০১২৩৪৫৬৭৮৯');
  });

  test('Bengali already in the text passes through; only the Latin is converted', () => {
    assert.equal(avroToBengali('আমি ebong তুমি'), 'আমি এবং তুমি');
    assert.equal(avroToBengali('ঢাকা-r'), 'ঢাকা-র');
  });

  test('the output is NFC, the house form: ড় ঢ় য় as letter + nukta', () => {
    const out = avroToBengali('baRi aShaRh bhoy');
    assert.equal(out, out.normalize('NFC'));
    assert.ok(!/[\u09DC\u09DD\u09DF]/.test(out), 'no one-code-point nukta letters');
    assert.equal(out, '\u09AC\u09BE\u09A1\u09BC\u09BF \u0986\u09B7\u09BE\u09A2\u09BC \u09AD\u09AF\u09BC');
  });

  test('case matters only where Avro gives a letter two meanings', () => {
    assert.equal(avroToBengali('Kolkata'), avroToBengali('kolkata'));
    assert.notEqual(avroToBengali('tin'), avroToBengali('Tin'));
    assert.equal(avroToBengali('NG'), 'ঞ');
    assert.equal(avroToBengali('GG'), 'জ্ঞ');
  });

  test('empty input and whitespace', () => {
    assert.equal(avroToBengali(''), '');
    assert.equal(avroToBengali(' \n\t'), ' \n\t');
  });

  test('isAvroInput: the characters that continue a word', () => {
    for (const ch of ['a', 'Z', '7', '`', '.', ',', '^', ':', '$']) assert.ok(isAvroInput(ch), ch);
    for (const ch of [' ', '!', '?', '|', '-', '(', 'ক', '\n']) assert.ok(!isAvroInput(ch), ch);
  });
});
