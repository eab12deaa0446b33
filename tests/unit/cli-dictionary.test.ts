import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../../core/cli/main';
import { fakeIo } from './cli/fake-io';

const WARNING = JSON.stringify({ spellingSeverity: 'warning' });
// A made-up word (কটকটান), so only the dictionaries given know it, never the shipped list.
const ARTICLE = 'কটকটাণে চলুন।\n';

async function spelling(files: Record<string, string>, args: string[]): Promise<{ code: number; found: string[][]; err: string }> {
  const { io, out, err } = fakeIo(files);
  const code = await runCli(['check', 'a.txt', '--format', 'json', '--style', 'style.json', ...args], io);
  if (code === 2) return { code, found: [], err: err() };
  const json = JSON.parse(out()) as { files: { findings: { rule: string; text: string; suggestions: string[] }[] }[] };
  const found = json.files[0]!.findings.filter((f) => f.rule === 'spelling/unknown').map((f) => [f.text, ...f.suggestions]);
  return { code, found, err: err() };
}

describe('newsroom check --dictionary', () => {
  test('a Hunspell .dic with its .aff beside it, and a plain list; repeatable', async () => {
    const files = {
      'a.txt': ARTICLE,
      'style.json': WARNING,
      'bn.dic': '2\nকটকটান/A\nচলুন\n',
      'bn.aff': 'SET UTF-8\nSFX A Y 1\nSFX A 0 ে .\n',
      'newsroom.txt': '# our words\nচলুন\n',
    };
    assert.deepEqual((await spelling(files, [])).found, [], 'the shipped list alone offers nothing for it');
    assert.deepEqual((await spelling(files, ['--dictionary', 'bn.dic', '--dictionary', 'newsroom.txt'])).found, [['কটকটাণে', 'কটকটানে']]);
  });

  test('a plain list the article’s word is in: nothing to flag', async () => {
    const files = { 'a.txt': ARTICLE, 'style.json': WARNING, 'ours.txt': 'কটকটাণে\n' };
    assert.deepEqual((await spelling(files, ['--dictionary', 'ours.txt'])).found, []);
  });

  test('a missing or malformed dictionary is a clear message and exit 2', async () => {
    const missing = await spelling({ 'a.txt': ARTICLE, 'style.json': WARNING }, ['--dictionary', 'none.dic']);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /none\.dic/);
    const malformed = await spelling({ 'a.txt': ARTICLE, 'style.json': WARNING, 'bad.dic': 'কটকটান\n' }, ['--dictionary', 'bad.dic']);
    assert.equal(malformed.code, 2);
    assert.match(malformed.err, /first line/);
  });
});
