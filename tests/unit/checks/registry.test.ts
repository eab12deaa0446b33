/**
 * The rule registry (core/checks/rules/index.ts): what each rule declares, that the docs' catalogue
 * is the registry's, and that a family's screen never hides a finding it would raise.
 *
 * The catalogue table of docs/checks.md is generated: after adding or changing a rule, run
 *   UPDATE_DOCS=1 node scripts/test.mjs --only unit registry.test
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContext } from '../../../core/checks/engine';
import { checkParagraph } from '../../../core/checks/paragraph';
import type { ParagraphScan } from '../../../core/checks/rule';
import { FAMILIES, RULES, RULE_IDS, ruleInfo } from '../../../core/checks/rules/index';
import { SEVERITY } from '../../../core/checks/catalogue';
import { DEFAULT_HOUSE_STYLE } from '../../../core/bengali/house-style';
import type { Finding } from '../../../core/checks/types';
import { FIXTURE_GLOSSARY } from './fixture-glossary';
import { mixtures } from '../mixtures';

const docsPath = join(__dirname, '..', '..', '..', 'docs', 'checks.md');

function catalogueTable(): string[] {
  return [
    '| rule | severity | pass | flags | example | fix |',
    '|---|---|---|---|---|---|',
    ...RULES.map(
      (r) =>
        `| \`${r.id}\` | ${r.severity === 'error' ? '**error**' : r.severity} | ${r.passes.join(', ')} | ${r.docs.flags} | ${r.docs.example} | ${r.docs.fix} |`,
    ),
  ];
}

/** The lines of the table under "## The catalogue", and where they are. */
function docsTable(lines: string[]): { from: number; to: number } {
  const heading = lines.indexOf('## The catalogue');
  assert.ok(heading >= 0, 'docs/checks.md has a "## The catalogue" section');
  let from = heading + 1;
  while (from < lines.length && !lines[from]!.startsWith('|')) from++;
  let to = from;
  while (to < lines.length && lines[to]!.startsWith('|')) to++;
  return { from, to };
}

test('the catalogue table of docs/checks.md is the registry', () => {
  const lines = readFileSync(docsPath, 'utf8').split('\n');
  const { from, to } = docsTable(lines);
  if (process.env.UPDATE_DOCS === '1') {
    lines.splice(from, to - from, ...catalogueTable());
    writeFileSync(docsPath, lines.join('\n'));
    return;
  }
  assert.deepEqual(
    lines.slice(from, to),
    catalogueTable(),
    'regenerate with UPDATE_DOCS=1 node scripts/test.mjs --only unit registry.test',
  );
});

test('every rule declares an id of its family, a severity, its passes, a label and a docs row in both languages', () => {
  assert.equal(new Set(RULE_IDS).size, RULE_IDS.length, 'ids are unique');
  for (const r of RULES) {
    assert.match(r.id, /^[a-z]+\/[a-z-]+$/);
    assert.ok(['error', 'warning', 'info'].includes(r.severity), r.id);
    assert.equal(SEVERITY[r.id], r.severity);
    assert.equal(ruleInfo(r.id), r);
    assert.ok(r.passes.length > 0 && r.passes.every((p) => p === 'paragraph' || p === 'document'), r.id);
    assert.match(r.label.bn, /[\u0980-\u09FF]/, r.id);
    assert.match(r.label.en, /^[A-Z]/, r.id);
    assert.ok(r.docs.flags !== '' && !/\n/.test(r.docs.flags + r.docs.example + r.docs.fix), r.id);
    assert.ok(Object.keys(r.messages).length > 0, r.id);
    // A rule is raised in the passes it declares: its family has a check there.
    const family = FAMILIES.find((f) => (f.rules as readonly { id: string }[]).some((x) => x.id === r.id))!;
    for (const pass of r.passes) assert.ok(family[pass], `${r.id} declares the ${pass} pass`);
  }
});

test('a family skipped by its screen would have raised nothing on that paragraph', () => {
  // Every mixture of the things the screens look for; where a screen says skip, run the family anyway.
  const pieces = [
    'জেলেনস্কীর',
    'চিনের',
    ' (China)',
    'অফিস',
    ' এ',
    ' এর',
    ' ',
    ' ',
    '  ',
    '|',
    '।',
    ' ।',
    '-',
    ' -',
    ',',
    ' ,',
    '12',
    '১২',
    'ব\u09DC',
    'ব\u09A1\u09BC',
    '\u200B',
    'ে',
    'া',
    '\u09CD',
    'ইতিমধ্যে',
    'ইতোমধ্যে',
    'ইসলামবাদে',
    'COVID-19',
    'a',
  ];
  for (const digits of ['bengali', 'ascii'] as const) {
    const ctx = checkContext({ glossary: FIXTURE_GLOSSARY, style: { ...DEFAULT_HOUSE_STYLE, digits } });
    let skipped = 0;
    for (const text of mixtures(3000, pieces, 10, 5)) {
      const result = checkParagraph(text, ctx);
      const { words } = result;
      const covered = new Uint8Array(words.length);
      for (let i = 0; i < words.length; i++)
        if (result.mentions.some((m) => m.from <= words.from[i]! && words.to[i]! <= m.to)) covered[i] = 1;
      for (const family of FAMILIES) {
        const screen = family.paragraph?.screen;
        if (!screen || (words.anyFlags & (screen.words ?? 0)) !== 0 || (words.gaps & (screen.gaps ?? 0)) !== 0) continue;
        skipped++;
        const scan: ParagraphScan = { text, words, mentions: [...result.mentions], covered, glosses: result.glosses, splitVowels: [] };
        const findings: Finding[] = [];
        family.paragraph!.check(scan, ctx, findings);
        assert.deepEqual(
          findings.map((f) => f.rule),
          [],
          JSON.stringify(text),
        );
      }
    }
    assert.ok(skipped > 1000, `screens skipped ${skipped} times`);
  }
});
