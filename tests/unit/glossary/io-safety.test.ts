import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { exportGlossaryJson, importGlossaryJson } from '../../../core/glossary/io';
import { bengaliDigits } from '../../../core/bengali/digits';
import type { GlossaryEntry } from '../../../core/glossary/types';

const place = (i: number): GlossaryEntry => ({ bn: `ঢাকা ${bengaliDigits(i)}`, variants: [], en: `Dhaka ${i}`, type: 'place' });

describe('glossary JSON line numbers', () => {
  test('problems deep in a large file are named by their own line, in both layouts', () => {
    const entries = Array.from({ length: 3000 }, (_, i) => place(i));
    const text = exportGlossaryJson(entries);
    const lines = text.split('\n');
    // The entry for index 2500 starts on the line that holds its opening brace.
    const bad = text.replace('"Dhaka 2500"', '""');
    const at = lines.findIndex((l) => l.includes('"Dhaka 2500"'));
    const opening = lines.slice(0, at).lastIndexOf('    {') + 1;
    const r = importGlossaryJson(bad);
    assert.ok(!r.ok);
    assert.match(r.error.detail!, new RegExp(`^line ${opening}: the English name`));
    const compact = `[${entries.map((e, i) => (i === 2999 ? '\n{"bn": "ইরাক"}' : JSON.stringify(e))).join(',\n')}]`;
    const c = importGlossaryJson(compact);
    assert.ok(!c.ok);
    assert.match(c.error.detail!, /^line 3001: the English name/);
  });
});
