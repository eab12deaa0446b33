/**
 * One article, three readers: the editor's underlines (the checks plugin), the export's pre-check and
 * `newsroom check` build the checker's input the same way (core/document/checker-input.ts), so they
 * raise the same findings at the same places.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EditorState } from 'prosemirror-state';
import { runCli } from '../../core/cli/main';
import { createChecker } from '../../core/checks/engine';
import type { Finding } from '../../core/checks/types';
import { checkerInput, plainTextInput } from '../../core/document/checker-input';
import { newDraft, type IgnoredFinding } from '../../core/document/draft';
import { schema, type DocJSON } from '../../core/document/schema';
import { glossaryWith } from '../../core/glossary/bundled';
import { blockingFindings } from '../../renderer/export/export-article';
import { checksPlugin, findingsOf, refreshChecks } from '../../renderer/plugins/checks';
import { fakeIo } from './cli/fake-io';

const text = (value: string): DocJSON => ({ type: 'text', text: value });
const block = (type: string, value: string): DocJSON => ({ type, content: [text(value)] });
const doc = (...content: DocJSON[]): DocJSON => ({ type: 'doc', content });

// Articles written for this test. The first is the bug the headline mark fixes: a name in the
// headline, glossed at its first mention in the body, is not a late gloss.
const ARTICLES: Record<string, { doc: DocJSON; ignored?: IgnoredFinding[] }> = {
  'headline name glossed in the body': {
    doc: doc(
      block('headline', 'জার্মানি সফরে প্রধানমন্ত্রী'),
      block('paragraph', 'প্রধানমন্ত্রী আজ জার্মানির (Germany) রাজধানী বার্লিনে পৌঁছেছেন।'),
      block('paragraph', 'জার্মানির চ্যান্সেলরের সঙ্গে তাঁর বৈঠক হবে।'),
    ),
  },
  'standfirst, lists and a quote': {
    doc: doc(
      block('headline', 'ইরানের দূত এলেন'),
      block('standfirst', 'ইরানের (Iran) দূত আজ দিল্লিতে এলেন ।'),
      block('paragraph', 'পরে ইরানের (Iran) মন্ত্রী জার্মানির (France) রাজধানীতে যান।'),
      {
        type: 'bullet_list',
        content: [
          { type: 'list_item', content: [block('paragraph', 'অফিস এ বৈঠক হলো।')] },
          { type: 'list_item', content: [{ type: 'paragraph' }] },
        ],
      },
      { type: 'blockquote', content: [block('paragraph', 'ইতিমধ্যে কথা হয়েছে, ইতোমধ্যে চুক্তিও।')] },
      { type: 'paragraph' },
      block('paragraph', 'শেষে  তিনি ফিরে যান।'),
    ),
  },
  'a draft with ignored findings': {
    doc: doc(
      block('headline', 'বৈঠক'),
      block('paragraph', 'ইরানের (Iran) দূত এলেন।'),
      block('paragraph', 'ইরানের (Iran) মন্ত্রী জার্মানির (France) রাজধানীতে।'),
    ),
    ignored: [{ rule: 'gloss/repeated', key: '' }],
  },
  'no headline': {
    doc: doc({ type: 'headline' }, block('paragraph', 'ইরানের দূত এলেন।'), block('paragraph', 'পরে ইরানের (Iran) মন্ত্রী এলেন।')),
  },
};

const checker = createChecker({ glossary: glossaryWith([]) });

interface Placed {
  rule: string;
  from: number;
  to: number;
  severity: string;
}

const key = (p: Placed) => `${p.from}-${p.to} ${p.rule} ${p.severity}`;
const keys = (list: Placed[]) => list.map(key).sort();

function editorFindings(json: DocJSON, ignored: IgnoredFinding[]): Placed[] {
  let state = EditorState.create({ doc: schema.nodeFromJSON(json), plugins: [checksPlugin({ checker, ignored })] });
  state = state.apply(refreshChecks(state.tr));
  return findingsOf(state).map(({ finding, from, to }) => ({ rule: finding.rule, severity: finding.severity, from, to }));
}

function exportFindings(json: DocJSON, ignored: IgnoredFinding[]): Placed[] {
  return blockingFindings(schema.nodeFromJSON(json), checker, ignored).map(({ finding, from, to }) => ({
    rule: finding.rule,
    severity: finding.severity,
    from,
    to,
  }));
}

/** `newsroom check d.json --format json`, its offsets placed in the document through the blocks. */
function cliFindings(json: DocJSON, ignored: IgnoredFinding[]): Placed[] {
  const draft = { ...newDraft(new Date('2026-12-01T00:00:00Z'), 'd-agree001'), doc: json, review: { ignored } };
  const { io, out, err } = fakeIo({ 'd.json': JSON.stringify(draft) });
  const code = runCli(['check', 'd.json', '--format', 'json'], io);
  assert.ok(code === 0 || code === 1, err());
  const findings = (JSON.parse(out()) as { files: { findings: Pick<Finding, 'rule' | 'severity' | 'offset' | 'length'>[] }[] }).files[0]!
    .findings;
  const blocks = checkerInput(json);
  return findings.map((f) => {
    const b = [...blocks].reverse().find((x) => x.offset <= f.offset)!;
    const from = b.pos + f.offset - b.offset;
    return { rule: f.rule, severity: f.severity, from, to: Math.min(from + Math.max(f.length, 1), b.pos + b.text.length) };
  });
}

/** Ignores keyed as the editor keys them: the first finding of the rule, by its key. */
function resolveIgnored(json: DocJSON, ignored: IgnoredFinding[] = []): IgnoredFinding[] {
  const all = checker.checkText(checkerInput(json)).findings;
  return ignored.map((i) => ({ rule: i.rule, key: all.find((f) => f.rule === i.rule)?.key ?? i.key }));
}

describe('the editor, the export pre-check and the CLI read an article alike', () => {
  for (const [name, article] of Object.entries(ARTICLES)) {
    test(name, () => {
      const ignored = resolveIgnored(article.doc, article.ignored);
      const editor = editorFindings(article.doc, ignored);
      const cli = cliFindings(article.doc, ignored);
      assert.ok(name === 'headline name glossed in the body' || editor.length > 0, 'the article raises findings');
      assert.deepEqual(keys(editor), keys(cli));
      assert.deepEqual(keys(exportFindings(article.doc, ignored)), keys(editor.filter((f) => f.severity === 'error')));
      if (article.ignored) assert.ok(!editor.some((f) => f.rule === 'gloss/repeated'), 'the ignored finding stays ignored');
    });
  }

  test('a name in the headline glossed at its first mention in the body is not a late gloss', () => {
    const article = ARTICLES['headline name glossed in the body']!.doc;
    const rules = editorFindings(article, []).map((f) => f.rule);
    assert.ok(!rules.includes('gloss/late'), rules.join(', '));
    // The headline is what makes the difference: the same words as a body paragraph do raise it.
    const unmarked = doc(block('paragraph', 'জার্মানি সফরে প্রধানমন্ত্রী'), ...article.content!.slice(1));
    assert.ok(editorFindings(unmarked, []).some((f) => f.rule === 'gloss/late'));
  });

  test('the checker input: non-blank text blocks, offsets as in the plain text, positions, the headline and standfirst marked', () => {
    const article = ARTICLES['standfirst, lists and a quote']!.doc;
    const node = schema.nodeFromJSON(article);
    const blocks = checkerInput(article);
    assert.deepEqual(checkerInput(node), blocks, 'JSON and node alike');
    assert.equal(blocks.length, 6);
    assert.equal(blocks[0]!.headline, true);
    assert.equal(blocks[1]!.standfirst, true);
    for (const b of blocks) assert.equal(node.textBetween(b.pos, b.pos + b.text.length), b.text);
    for (let i = 1; i < blocks.length; i++) assert.equal(blocks[i]!.offset, blocks[i - 1]!.offset + blocks[i - 1]!.text.length + 2);
  });

  test("plain text keeps the file's own offsets and marks the headline as the import does", () => {
    const file = 'জার্মানি সফরে প্রধানমন্ত্রী\r\n\r\nপ্রধানমন্ত্রী আজ জার্মানির (Germany) রাজধানীতে।\n';
    const blocks = plainTextInput(file);
    assert.deepEqual(
      blocks.map((b) => [b.offset, b.headline ?? false]),
      [
        [0, true],
        [file.indexOf('প্রধানমন্ত্রী আজ'), false],
      ],
    );
    assert.deepEqual(
      plainTextInput('একটি পুরো বাক্য দিয়ে শুরু।\nতারপর আরও।').map((b) => b.headline ?? false),
      [false, false],
    );
  });
});
