import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { exportGlossaryCsv, exportGlossaryJson, importGlossary, importGlossaryCsv, importGlossaryJson } from '../../../core/glossary/io';
import { mergeGlossaries } from '../../../core/glossary/merge';
import { buildGlossaryIndex } from '../../../core/glossary/index';
import type { GlossaryEntry } from '../../../core/glossary/types';

const entries: GlossaryEntry[] = [
  {
    bn: 'ভলোদিমির জেলেনস্কি',
    variants: ['ভলোদিমির জেলেনস্কী', 'জেলেনস্কী'],
    en: 'Volodymyr Zelensky',
    type: 'person',
    aliases: ['Zelenskyy'],
  },
  { bn: 'ইউক্রেন', variants: [], en: 'Ukraine', type: 'place', note: 'has "quotes", and a comma' },
];

describe('glossary CSV and JSON', () => {
  test('CSV round-trips, quotes and commas included', () => {
    const csv = exportGlossaryCsv(entries);
    const back = importGlossaryCsv(csv);
    assert.ok(back.ok);
    assert.deepEqual(back.value, entries);
  });

  test('JSON round-trips', () => {
    const back = importGlossaryJson(exportGlossaryJson(entries));
    assert.ok(back.ok);
    assert.deepEqual(back.value, entries);
    assert.ok(importGlossary('x.json', JSON.stringify(entries)).ok, 'a bare array is accepted too');
  });

  test('a malformed CSV is refused whole, every problem named by line', () => {
    const csv = ['bn,en,type', 'ইরান,Iran,place', 'ইরাক,,place', 'Paris,Paris,place', 'চিন,China,planet', 'ইরান,Iran,place'].join('\n');
    const r = importGlossaryCsv(csv);
    assert.ok(!r.ok);
    assert.match(r.error.message.en, /nothing was changed/);
    assert.match(r.error.detail!, /line 3: the English name/);
    assert.match(r.error.detail!, /line 4: "Paris" is not a Bengali spelling/);
    assert.match(r.error.detail!, /line 5: type must be one of/);
    assert.match(r.error.detail!, /line 6: "ইরান" is already defined on line 2/);
    assert.match(r.error.message.bn, /লাইন ৩/);
  });

  test('the foreign column: written true, false or empty, read back the same; yes/no and হ্যাঁ/না taken too', () => {
    const flagged: GlossaryEntry[] = [
      { bn: 'জার্মানি', variants: [], en: 'Germany', type: 'place', foreign: true },
      { bn: 'নারায়ণগঞ্জ', variants: [], en: 'Narayanganj', type: 'place', foreign: false },
      { bn: 'ইউক্রেন', variants: [], en: 'Ukraine', type: 'place' },
    ];
    const csv = exportGlossaryCsv(flagged);
    assert.deepEqual(csv.split('\n').slice(0, 4), [
      'bn,en,type,variants,aliases,note,foreign',
      'জার্মানি,Germany,place,,,,true',
      'নারায়ণগঞ্জ,Narayanganj,place,,,,false',
      'ইউক্রেন,Ukraine,place,,,,',
    ]);
    const back = importGlossaryCsv(csv);
    assert.ok(back.ok);
    assert.deepEqual(back.value, flagged);
    const typed = importGlossaryCsv(
      ['bn,en,type,foreign', 'জার্মানি,Germany,place,Yes', 'ঢাকা,Dhaka,place,না', 'চিন,China,place,হ্যাঁ', 'খুলনা,Khulna,place, no '].join('\n'),
    );
    assert.ok(typed.ok);
    assert.deepEqual(
      typed.value.map((e) => e.foreign),
      [true, false, true, false],
    );
    const older = importGlossaryCsv('bn,en,type,variants,aliases,note\nইরান,Iran,place,,,\n');
    assert.ok(older.ok, 'a file without the column reads as before');
    assert.deepEqual(older.value, [{ bn: 'ইরান', variants: [], en: 'Iran', type: 'place' }]);
    const wrong = importGlossaryCsv('bn,en,type,foreign\nইরান,Iran,place,maybe\n');
    assert.ok(!wrong.ok);
    assert.match(wrong.error.detail!, /^line 2: foreign must be true or false$/);
  });

  test('a JSON file with a repeated spelling names both lines (counted only when a problem needs them)', () => {
    const row = (bn: string, en: string) => JSON.stringify({ bn, en, type: 'place', variants: [] });
    const json = ['[', `${row('ইরান', 'Iran')},`, `${row('ইরাক', 'Iraq')},`, row('ইরান', 'Iran'), ']'].join('\n');
    const r = importGlossaryJson(json);
    assert.ok(!r.ok);
    assert.match(r.error.detail!, /^line 4: "ইরান" is already defined on line 2$/);
  });

  test('the same spelling in two encodings is a repeat; spellings that differ only in a joiner are two entries, merged as one', () => {
    const row = (bn: string, en: string) => JSON.stringify({ bn, en, type: 'place', variants: [] });
    const precomposed = 'নারা\u09DFণগঞ্জ';
    const decomposed = 'নারা\u09AF\u09BCণগঞ্জ';
    const twice = importGlossaryJson(
      ['[', `${row(precomposed, 'Narayanganj')},`, `${row('ঢাকা', 'Dhaka')},`, row(decomposed, 'Narayanganj'), ']'].join('\n'),
    );
    assert.ok(!twice.ok);
    assert.match(twice.error.detail!, /^line 4: ".*" is already defined on line 2$/);
    const joined = importGlossaryJson(
      JSON.stringify([JSON.parse(row('র‍্যাব', 'RAB')), JSON.parse(row('র্যাব', 'Rab')), JSON.parse(row('ঢাকা', 'Dhaka'))]),
    );
    assert.ok(joined.ok);
    assert.equal(joined.value.length, 3);
    assert.deepEqual(
      mergeGlossaries(joined.value).map((e) => e.en),
      ['Rab', 'Dhaka'],
    );
  });

  test('a quoted field spanning lines keeps later line numbers right; an unclosed quote is refused', () => {
    const csv = 'bn,en,type,note\nইরান,Iran,place,"two\nlines"\nইরাক,Iraq,country,\n';
    const r = importGlossaryCsv(csv);
    assert.ok(!r.ok);
    assert.match(r.error.detail!, /line 4: type/);
    assert.ok(!importGlossaryCsv('bn,en,type\n"ইরান,Iran,place\n').ok);
    assert.ok(!importGlossaryCsv('bn,en\nইরান,Iran\n').ok, 'the type column is required');
  });

  test('a malformed JSON entry is refused with its line', () => {
    const json = '[\n  {"bn": "ইরান", "en": "Iran", "type": "place", "variants": []},\n  {"bn": "ইরাক", "type": "place"}\n]';
    const r = importGlossaryJson(json);
    assert.ok(!r.ok);
    assert.match(r.error.detail!, /line 3: the English name/);
    const broken = importGlossaryJson('[\n{"bn": "ইরান",\n}');
    assert.ok(!broken.ok);
  });
});

describe('merging sources', () => {
  test('later sources override by Bengali spelling, in place; spellings accumulate', () => {
    const starter: GlossaryEntry[] = [
      { bn: 'চিন', variants: ['চীন'], en: 'China', type: 'place' },
      { bn: 'ইরান', variants: [], en: 'Iran', type: 'place' },
    ];
    const newsroom: GlossaryEntry[] = [{ bn: 'চিন', variants: ['চায়না'], en: "People's Republic of China", type: 'place' }];
    const merged = mergeGlossaries(starter, newsroom);
    assert.equal(merged.length, 2);
    assert.equal(merged[0]!.en, "People's Republic of China");
    assert.deepEqual(merged[0]!.variants, ['চীন', 'চায়না']);
  });

  test('sources with no spelling in common are joined in order; the same spelling in another encoding is one entry, in any source', () => {
    const a: GlossaryEntry[] = [{ bn: 'চিন', variants: ['চীন'], en: 'China', type: 'place' }];
    const b: GlossaryEntry[] = [
      { bn: 'ইরান', variants: [], en: 'Iran', type: 'place' },
      { bn: 'ইরাক', variants: [], en: 'Iraq', type: 'place' },
    ];
    const joined = mergeGlossaries(a, [], b);
    assert.deepEqual(joined, [...a, ...b]);
    assert.equal(joined[2], b[1], 'the entries themselves');
    const zwnj: GlossaryEntry = { bn: 'ইরা\u200Cক', variants: ['এরাক'], en: 'Irak', type: 'place', aliases: ['Eraq'] };
    const merged = mergeGlossaries([...b, zwnj], a);
    assert.deepEqual(merged, [b[0], { ...zwnj, variants: ['এরাক'], aliases: ['Eraq'] }, a[0]]);
    assert.deepEqual(mergeGlossaries(b, [{ ...b[0]!, bn: ' ইরান ', en: 'Persia' }])[0], { ...b[0], bn: ' ইরান ', en: 'Persia' });
  });

  test('the index knows canonical, variant, alias and derived forms', () => {
    const index = buildGlossaryIndex([
      { bn: 'নরেন্দ্র মোদি', variants: ['নরেন্দ্র মোদী'], en: 'Narendra Modi', type: 'person' },
      { bn: 'ইউক্রেন', variants: [], en: 'Ukraine', type: 'place' },
    ]);
    assert.equal(index.forms.get('নরেন্দ্র মোদি')?.kind, 'canonical');
    assert.equal(index.forms.get('নরেন্দ্র মোদী')?.kind, 'variant');
    assert.equal(index.forms.get('মোদি')?.kind, 'alias', 'short form of a person');
    assert.equal(index.forms.get('ইউক্রেনীয়'.normalize('NFC'))?.kind, 'alias', 'adjective form of a place');
    assert.deepEqual(index.english.get('narendra modi'), [0]);
  });
});
