import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../../core/cli/main';
import type { CliIo } from '../../core/cli/io';
import { newDraft } from '../../core/document/draft';
import { fakeIo } from './cli/fake-io';

const check = (args: string[], io: CliIo) => runCli(['check', ...args], io);
const entities = (args: string[], io: CliIo) => runCli(['entities', ...args], io);
const normalize = (args: string[], io: CliIo) => runCli(['normalize', ...args], io);

const ARTICLE = 'ইরানের দূত এলেন\n\nইরানের (Iran) দূত আজ এলেন।\nপরে ইরানের (Iran) মন্ত্রী জার্মানির (France) রাজধানীতে যান।\n';

describe('newsroom check', () => {
  test('JSON output: the documented shape, offsets into the file text, one-string messages; exit 1 on errors', async () => {
    const { io, out } = fakeIo({ 'a.txt': ARTICLE });
    const code = await check(['a.txt', '--format', 'json'], io);
    assert.equal(code, 1, 'gloss/mismatch is an error');
    const json = JSON.parse(out()) as { files: { path: string; findings: Record<string, unknown>[] }[] };
    assert.equal(json.files[0]!.path, 'a.txt');
    const findings = json.files[0]!.findings;
    assert.ok(findings.length >= 2);
    for (const f of findings) {
      assert.deepEqual(Object.keys(f), ['rule', 'severity', 'offset', 'length', 'text', 'message', 'suggestions']);
      assert.equal(ARTICLE.slice(f.offset as number, (f.offset as number) + (f.length as number)), f.text);
      assert.match(f.message as string, /^[^—]*[\u0980-\u09FF][^—]* — [^\u0980-\u09FF]*[A-Za-z]/);
    }
    assert.ok(findings.some((f) => f.rule === 'gloss/repeated'));
    assert.ok(findings.some((f) => f.rule === 'gloss/mismatch'));
  });

  test('text output is file:line:col rule message, and clean copy exits 0', async () => {
    const { io, out } = fakeIo({ 'a.txt': ARTICLE, 'clean.txt': 'ইরানের (Iran) দূত আজ এলেন।\n' });
    await check(['a.txt'], io);
    const lines = out().trim().split('\n');
    assert.ok(
      lines.some((l) => /^a\.txt:4:11 gloss\/repeated /.test(l)),
      lines.join('\n'),
    );
    const clean = fakeIo({ 'clean.txt': 'ইরানের (Iran) দূত আজ এলেন।\n' });
    assert.equal(await check(['clean.txt'], clean.io), 0);
    assert.equal(clean.out(), '');
  });

  test('draft .json and .html: offsets into the text blocks joined by a blank line', async () => {
    const draft = newDraft(new Date('2026-01-01T00:00:00Z'), 'd-test0001');
    draft.doc = {
      type: 'doc',
      content: [
        { type: 'headline', content: [{ type: 'text', text: 'ইরানের দূত' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'ইরানের (Iran) দূত এলেন।' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'ইরানের (Iran) মন্ত্রী।' }] },
      ],
    };
    const { io, out } = fakeIo({ 'd.json': JSON.stringify(draft) });
    assert.equal(await check(['d.json', '--format', 'json'], io), 0);
    const [f] = (JSON.parse(out()) as { files: { findings: { rule: string; offset: number }[] }[] }).files[0]!.findings;
    const plain = 'ইরানের দূত\n\nইরানের (Iran) দূত এলেন।\n\nইরানের (Iran) মন্ত্রী।';
    assert.equal(f?.rule, 'gloss/repeated');
    assert.equal(f?.offset, plain.indexOf(' (Iran) মন্ত্রী'));

    const html = '<article><h1>ইরানের দূত</h1><p>ইরানের (Iran) দূত এলেন।</p><p>ইরানের (Iran) মন্ত্রী।</p></article>';
    const h = fakeIo({ 'a.html': html });
    assert.equal(await check(['a.html', '--format', 'json'], h.io), 0);
    assert.equal(
      (JSON.parse(h.out()) as { files: { findings: { offset: number }[] }[] }).files[0]!.findings[0]?.offset,
      plain.indexOf(' (Iran) মন্ত্রী'),
    );
  });

  test('--glossary and --style files', async () => {
    const csv = 'bn,en,type,variants\nকিয়েভ,Kyiv,place,কিয়েফ\n';
    const { io, out } = fakeIo({ 'a.txt': 'কিয়েফে হামলা হয় 12 জায়গায়।', 'g.csv': csv, 's.json': '{"digits":"any"}' });
    await check(['a.txt', '--glossary', 'g.csv', '--style', 's.json', '--format', 'json'], io);
    const rules = (JSON.parse(out()) as { files: { findings: { rule: string; suggestions: string[] }[] }[] }).files[0]!.findings;
    assert.deepEqual(
      rules.map((f) => f.rule),
      ['entity/variant'],
    );
    assert.deepEqual(rules[0]!.suggestions, ['কিয়েভে']);
  });

  test('usage and I/O errors exit 2 with a message in English and Bengali', async () => {
    const cases: [string[], Record<string, string | Uint8Array>, RegExp][] = [
      [[], {}, /no file given/],
      [['a.txt', '--format', 'xml'], { 'a.txt': 'x' }, /--format must be one of text, json, not 'xml'/],
      [['a.txt', '--bogus'], { 'a.txt': 'x' }, /unknown option --bogus/],
      [['missing.txt'], {}, /not found/i],
      [['latin1.txt'], { 'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]) }, /not UTF-8/],
      [['bin.txt'], { 'bin.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]) }, /binary/],
      [['a.txt', '--glossary', 'g.csv'], { 'a.txt': 'x', 'g.csv': 'bn,en,type\nইরান,,place\n' }, /line 2/],
      [['a.txt', '--style', 's.json'], { 'a.txt': 'x', 's.json': '{"unicodeForm":"nfd"}' }, /house style/],
    ];
    for (const [args, files, message] of cases) {
      const { io, err } = fakeIo(files);
      assert.equal(await check(args, io), 2, args.join(' '));
      assert.match(err(), message);
      assert.match(err(), /[\u0980-\u09FF]/, 'Bengali too');
    }
  });
});

describe('newsroom entities and normalize', () => {
  test('entities: each entity with spellings, mentions and glosses', async () => {
    const { io, out } = fakeIo({ 'a.txt': ARTICLE });
    assert.equal(await entities(['a.txt'], io), 0);
    const json = JSON.parse(out()) as {
      entities: { id: string; en: string; spellings: string[]; mentions: { offset: number; text: string }[]; glosses: unknown[] }[];
    };
    const china = json.entities.find((e) => e.en === 'Iran');
    assert.ok(china);
    assert.equal(china.mentions.length, 2, 'the headline mention is not counted');
    assert.equal(china.glosses.length, 2);
    for (const m of china.mentions) assert.equal(ARTICLE.slice(m.offset, m.offset + m.text.length), m.text);
  });

  test('normalize: the repaired text in the house form', async () => {
    const { io, out } = fakeIo({ 'a.txt': 'আর\u09C7\u09BE ব\u09DC খবর|\n', 's.json': '{"unicodeForm":"nukta-precomposed"}' });
    assert.equal(await normalize(['a.txt'], io), 0);
    assert.equal(out(), 'আর\u09CB ব\u09A1\u09BC খবর।\n');
    const p = fakeIo({ 'a.txt': 'ব\u09A1\u09BC', 's.json': '{"unicodeForm":"nukta-precomposed"}' });
    assert.equal(await normalize(['a.txt', '--style', 's.json'], p.io), 0);
    assert.equal(p.out(), 'ব\u09DC');
  });
});

describe('newsroom check on large input', () => {
  test('an article with 140,000 findings is checked and printed (no argument-spread stack overflow)', () => {
    const text = `শিরোনাম\n${`${'ইরানের (Iran) '.repeat(100).trim()}\n`.repeat(1400)}`;
    const { io, out, err } = fakeIo({ 'many.txt': text });
    assert.equal(runCli(['check', 'many.txt'], io), 0, err());
    assert.equal(
      out()
        .split('\n')
        .filter((line) => line.includes(' gloss/repeated ')).length,
      140_000 - 1,
    );
  });
});
