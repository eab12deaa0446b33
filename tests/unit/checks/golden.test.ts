/**
 * Golden findings: what the checker says about every fixture, kept in `golden/` so that a change of
 * the engine that should not change behaviour (a refactor, a speed-up) is shown to change nothing.
 *
 * - `golden/fixtures.json`: full findings and entities of the articles in `golden/articles.ts`, the
 *   rule tests' example sentences and the document fixtures, under each style below.
 * - `golden/corpus.json`: for every `.txt` under `../shared/corpus` (skipped, with a printed line,
 *   where it is absent), a sha256 of the JSON of its findings and entities: no corpus text here.
 *
 * Texts are checked as the `newsroom check` command checks them: paragraphs at line breaks for plain
 * text, the text blocks joined by a blank line for documents, the headline marked.
 *
 * When a change of findings is intended, regenerate and review the diff of `golden/` in the commit:
 *   UPDATE_GOLDEN=1 node scripts/test.mjs --only unit golden.test
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker, splitParagraphs, type Checker, type ParagraphInput } from '../../../core/checks/engine';
import type { HouseStyle } from '../../../core/bengali/house-style';
import { RULE_IDS, type RuleId } from '../../../core/checks/types';
import { glossaryWith } from '../../../core/glossary/bundled';
import { docToPlainText, textToDoc } from '../../../core/document/plain-text';
import type { DocJSON } from '../../../core/document/schema';
import { doc, GOLDEN_CASES, hostileDraftDoc, longArticle, p, t } from '../document/fixtures';
import { FIXTURE_GLOSSARY } from './fixture-glossary';
import { ARTICLES, SNIPPETS } from './golden/articles';

const update = process.env.UPDATE_GOLDEN === '1';

/**
 * A vowel sign or mark with no Bengali letter (or dotted circle ◌) before it. In a message the app's
 * fonts, subset by script, draw the bracket or space before such a sign as a missing-glyph box.
 */
const MARK_WITHOUT_LETTER = /(?<![\u0980-\u09FF\u200C\u200D\u25CC])[\u0981-\u0983\u09BC\u09BE-\u09CD\u09D7\u09E2\u09E3]/u;
const goldenDir = join(__dirname, 'golden');
const corpusDir = join(__dirname, '..', '..', '..', '..', 'shared', 'corpus');

/** A Kolkata desk's choices, everything the default leaves off turned on. */
const KOLKATA_STYLE: HouseStyle = {
  unicodeForm: 'nukta-precomposed',
  digits: 'ascii',
  preferredSpellings: { ইতোমধ্যে: 'ইতিমধ্যে', সরকারী: 'সরকারি', চীন: 'চিন' },
  glossPolicy: { firstMentionOnly: true, requireGlossOnFirstMention: true },
  preset: 'kolkata',
  spellingSeverity: 'info',
};

const CHECKERS: Record<string, () => Checker> = {
  bundled: () => createChecker({ glossary: glossaryWith([]) }),
  fixture: () => createChecker({ glossary: FIXTURE_GLOSSARY }),
  kolkata: () => createChecker({ glossary: glossaryWith([]), style: KOLKATA_STYLE }),
};

/** Paragraphs of a document as the CLI gives them: its plain text's blocks, the headline marked. */
function docParagraphs(d: DocJSON): ParagraphInput[] {
  const first = d.content?.[0];
  const headline =
    first?.type === 'headline'
      ? (first.content ?? [])
          .map((n) => n.text ?? '')
          .join('')
          .trim()
      : '';
  const out: ParagraphInput[] = [];
  let offset = 0;
  for (const block of docToPlainText(d).split('\n\n')) {
    if (block !== '') out.push({ text: block, offset });
    offset += block.length + 2;
  }
  if (headline !== '' && out[0]?.text.trim() === headline) out[0] = { ...out[0], headline: true };
  return out;
}

/** Paragraphs of a plain-text file as the CLI gives them: a line each, the headline marked. */
function fileParagraphs(text: string): ParagraphInput[] {
  const paragraphs = splitParagraphs(text);
  const first = textToDoc(text).content?.[0];
  const headline = (first?.content ?? [])
    .map((n) => n.text ?? '')
    .join('')
    .trim();
  if (headline !== '' && paragraphs[0]?.text.trim() === headline) paragraphs[0] = { ...paragraphs[0], headline: true };
  return paragraphs;
}

function inputs(): Record<string, { text: string; paragraphs: ParagraphInput[] }> {
  const out: Record<string, { text: string; paragraphs: ParagraphInput[] }> = {};
  for (const [name, text] of Object.entries(ARTICLES)) out[`article/${name}`] = { text, paragraphs: splitParagraphs(text) };
  for (const [i, text] of SNIPPETS.entries())
    out[`snippet/${String(i + 1).padStart(3, '0')}`] = { text, paragraphs: splitParagraphs(text) };
  const docs: Record<string, DocJSON> = {
    // The headline names Germany first; the gloss belongs on the body's first mention.
    'headline-then-gloss': doc('জার্মানি সফরে প্রধানমন্ত্রী', p(t('প্রধানমন্ত্রী আজ জার্মানির (Germany) রাজধানীতে পৌঁছান।')), p(t('জার্মানি তাঁকে স্বাগত জানায়।'))),
    hostile: hostileDraftDoc(),
    long: longArticle(400),
  };
  for (const c of GOLDEN_CASES) if (!c.fullPage) docs[c.name] = c.doc;
  for (const [name, d] of Object.entries(docs)) out[`doc/${name}`] = { text: docToPlainText(d), paragraphs: docParagraphs(d) };
  return out;
}

function checkAll(checker: Checker, paragraphs: ParagraphInput[]): { findings: unknown[]; entities: unknown[] } {
  const { findings, entities } = checker.checkText(paragraphs);
  return JSON.parse(JSON.stringify({ findings, entities })) as { findings: unknown[]; entities: unknown[] };
}

/** One line per finding and entity, so a change shows as a small diff. */
function serialize(cases: Record<string, { findings: unknown[]; entities: unknown[] }>): string {
  const list = (items: unknown[]) =>
    items.length === 0 ? '[]' : `[\n${items.map((x) => `      ${JSON.stringify(x)}`).join(',\n')}\n    ]`;
  const body = Object.entries(cases).map(
    ([key, c]) => `  ${JSON.stringify(key)}: {\n    "findings": ${list(c.findings)},\n    "entities": ${list(c.entities)}\n  }`,
  );
  return `{\n${body.join(',\n')}\n}\n`;
}

function readGolden(file: string): unknown {
  return JSON.parse(readFileSync(join(goldenDir, file), 'utf8'));
}

test('golden: findings and entities of every fixture, under every style, are as recorded', () => {
  const all = inputs();
  const actual: Record<string, { findings: unknown[]; entities: unknown[] }> = {};
  const seen = new Set<RuleId>();
  for (const [style, make] of Object.entries(CHECKERS)) {
    const checker = make();
    for (const [name, { text, paragraphs }] of Object.entries(all)) {
      const result = checker.checkText(paragraphs);
      for (const f of result.findings) {
        seen.add(f.rule);
        assert.equal(text.slice(f.offset, f.offset + f.length), f.text, `${style}/${name} ${f.rule} at ${f.offset}`);
        for (const words of [f.message.bn, f.message.en])
          assert.doesNotMatch(words, MARK_WITHOUT_LETTER, `${style}/${name} ${f.rule}: a vowel sign or mark in the message stands alone`);
      }
      actual[`${style}/${name}`] = checkAll(checker, paragraphs);
    }
  }
  assert.deepEqual(
    RULE_IDS.filter((id) => !seen.has(id)),
    [],
    'the fixtures raise every rule',
  );
  if (update) writeFileSync(join(goldenDir, 'fixtures.json'), serialize(actual));
  const expected = readGolden('fixtures.json') as Record<string, unknown>;
  assert.deepEqual(Object.keys(actual), Object.keys(expected), 'the same fixtures, in the same order');
  for (const key of Object.keys(actual)) assert.deepEqual(actual[key], expected[key], key);
  assert.equal(serialize(actual), readFileSync(join(goldenDir, 'fixtures.json'), 'utf8'), 'byte-identical');
});

const corpusAbsent = !existsSync(corpusDir);
if (corpusAbsent) console.log(`# golden corpus test skipped: ${corpusDir} is absent`);

test('golden: a hash of the findings and entities of every corpus text is as recorded', { skip: corpusAbsent && 'corpus absent' }, () => {
  const files: string[] = [];
  for (const dir of readdirSync(corpusDir).sort()) {
    if (!statSync(join(corpusDir, dir)).isDirectory()) continue;
    for (const file of readdirSync(join(corpusDir, dir)).sort()) if (file.endsWith('.txt')) files.push(`${dir}/${file}`);
  }
  assert.ok(files.length > 0, 'the corpus holds texts');
  const actual: Record<string, Record<string, string>> = {};
  for (const style of ['bundled', 'kolkata']) {
    const checker = CHECKERS[style]!();
    const hashes: Record<string, string> = {};
    for (const file of files) {
      const text = readFileSync(join(corpusDir, file), 'utf8').replace(/^\uFEFF/, '');
      hashes[file] = createHash('sha256')
        .update(JSON.stringify(checkAll(checker, fileParagraphs(text))))
        .digest('hex');
    }
    actual[style] = hashes;
  }
  if (update) writeFileSync(join(goldenDir, 'corpus.json'), `${JSON.stringify(actual, null, 2)}\n`);
  const expected = readGolden('corpus.json') as Record<string, Record<string, string>>;
  for (const style of Object.keys(actual)) {
    const changed = files.filter((f) => actual[style]![f] !== expected[style]?.[f]);
    assert.deepEqual(changed, [], `${style}: corpus texts whose findings changed`);
  }
});
