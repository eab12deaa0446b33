/**
 * The command as shipped: dist/cli/newsroom.js (the package `bin`, and what `npm run newsroom` runs),
 * run as a child process on real files, pipes and devices.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newDraft } from '../../../core/document/draft';

const root = join(__dirname, '..', '..', '..');
const bin = join(root, 'dist', 'cli', 'newsroom.js');
let dir: string;

function run(args: string[], options: { timeout?: number; env?: NodeJS.ProcessEnv } = {}): SpawnSyncReturns<string> {
  return spawnSync(bin, args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30, timeout: options.timeout ?? 60_000, env: options.env });
}

/** An error exit: code 2, one line on stderr in Bengali and English, no stack trace. */
function assertRefused(result: SpawnSyncReturns<string>, english: RegExp): void {
  assert.equal(result.status, 2, result.stderr);
  const lines = result.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, result.stderr);
  assert.match(lines[0]!, /^newsroom \w+: .*[\u0980-\u09FF].* — .*[A-Za-z]/);
  assert.match(lines[0]!, english);
  assert.doesNotMatch(result.stderr, /\n\s+at /);
}

// Written for these tests.
const SHORT = 'জার্মানি সফরে প্রধানমন্ত্রী\n\nপ্রধানমন্ত্রী আজ জার্মানির (Germany) রাজধানী বার্লিনে পৌঁছেছেন। পরে জার্মানির (Germany) চ্যান্সেলরের সঙ্গে বৈঠক।\n';

before(() => {
  // `npm run newsroom`'s runner builds the bin when it is missing or older than a source.
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'newsroom.mjs'), '--help'], { cwd: root, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  dir = mkdtempSync(join(tmpdir(), 'newsroom-bin-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('the built bin', () => {
  test('runs as an executable: one #! line, the usage on --help', () => {
    const source = readFileSync(bin, 'utf8');
    assert.ok(source.startsWith('#!/usr/bin/env node\n'));
    assert.equal(source.split('\n').filter((line) => line.startsWith('#!')).length, 1);
    const result = run(['--help']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /newsroom check FILE\.\.\./);
  });

  test('loads the command with the code cache the build wrote; a damaged or missing cache only costs time', () => {
    const loaded = spawnSync(
      process.execPath,
      ['-e', `process.stdout.write(String(require(${JSON.stringify(bin)}).loadCore().script.cachedDataRejected))`],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(loaded.stdout, 'false', loaded.stderr);
    writeFileSync(join(dir, 'short.txt'), SHORT);
    const expected = run(['check', 'short.txt', '--format', 'json']);
    const copy = join(dir, 'copied-bin');
    mkdirSync(copy);
    for (const file of ['newsroom.js', 'newsroom-core.js']) writeFileSync(join(copy, file), readFileSync(join(root, 'dist', 'cli', file)));
    for (const cache of [null, 'not a cache', readFileSync(`${join(root, 'dist', 'cli', 'newsroom-core.js')}.cache`).subarray(0, 4096)]) {
      if (cache !== null) writeFileSync(join(copy, 'newsroom-core.js.cache'), cache);
      const result = spawnSync(process.execPath, [join(copy, 'newsroom.js'), 'check', 'short.txt', '--format', 'json'], {
        cwd: dir,
        encoding: 'utf8',
      });
      assert.deepEqual([result.status, result.stdout, result.stderr], [expected.status, expected.stdout, expected.stderr]);
    }
  });

  test('checks a short article as npm run newsroom does', () => {
    writeFileSync(join(dir, 'short.txt'), SHORT);
    const result = run(['check', 'short.txt']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^short\.txt:3:\d+ gloss\/repeated /);
    assert.doesNotMatch(result.stdout, /gloss\/late/, 'the headline is the headline');
  });

  test('npm run newsroom reads paths from the folder it was typed in, not from the package folder npm runs it in', () => {
    writeFileSync(join(dir, 'short.txt'), SHORT);
    const env = { ...process.env, npm_lifecycle_event: 'newsroom', INIT_CWD: dir };
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'newsroom.mjs'), 'check', 'short.txt'], {
      cwd: root,
      encoding: 'utf8',
      env,
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^short\.txt:3:\d+ gloss\/repeated /);
  });

  test('more than 1 MB of JSON arrives whole through a pipe', () => {
    // A doubled space on every line: one finding each.
    writeFileSync(join(dir, 'many.txt'), `শিরোনাম\n${'সকালে  বৃষ্টি হলো, বিকেলে রোদ।\n'.repeat(6000)}`);
    const result = run(['check', 'many.txt', '--format', 'json']);
    assert.ok(result.stdout.length > 1 << 20, `${result.stdout.length} characters`);
    const json = JSON.parse(result.stdout) as { files: { findings: unknown[] }[] };
    assert.ok(json.files[0]!.findings.length >= 6000);
  });

  test('a FIFO, a device and a file over the size limit are refused at once, not read', () => {
    const fifo = spawnSync('mkfifo', [join(dir, 'pipe.txt')]);
    if (fifo.status === 0) assertRefused(run(['check', 'pipe.txt'], { timeout: 20_000 }), /not a regular file/);
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    assertRefused(run(['check', 'zero.txt'], { timeout: 20_000 }), /not a regular file/);
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), 40 * 1024 * 1024);
    assertRefused(run(['check', 'huge.txt'], { timeout: 20_000 }), /too large/);
    mkdirSync(join(dir, 'folder.txt'));
    assertRefused(run(['check', 'folder.txt']), /is a folder/);
  });

  test('UTF-16 with a byte-order mark is read as text', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ব\u09DCদিন|\n', 'utf16le')]);
    writeFileSync(join(dir, 'notepad.txt'), utf16);
    const result = run(['normalize', 'notepad.txt']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, 'ব\u09A1\u09BCদিন।\n');
  });

  test('a draft nested 3,000 deep and other broken input: one line in both languages, exit 2', () => {
    // Written as text: a value this deep is beyond JSON.stringify's own stack.
    const deep = `${'{"type":"blockquote","content":['.repeat(3000)}{"type":"paragraph"}${']}'.repeat(3000)}`;
    const draft = JSON.stringify({ ...newDraft(new Date('2026-12-01T00:00:00Z'), 'd-deep0001'), doc: 'DOC' });
    writeFileSync(join(dir, 'deep.json'), draft.replace('"DOC"', `{"type":"doc","content":[{"type":"headline"},${deep}]}`));
    assertRefused(run(['check', 'deep.json']), /nests more than/);
    assertRefused(run(['export', 'deep.json', '-o', 'deep.html']), /nests more than/);
    writeFileSync(join(dir, 'bad.json'), '{ "format": 1,');
    assertRefused(run(['check', 'bad.json']), /not valid JSON/);
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    assertRefused(run(['entities', 'latin1.txt']), /not UTF-8/);
    assertRefused(run(['convert', '--from', 'bijoy', 'gone.txt']), /not found/);
  });
});

describe('the built bin: what it is given', () => {
  test('a folder or a missing file is told as such, whatever its name ends in', () => {
    mkdirSync(join(dir, 'articles'));
    assertRefused(run(['check', 'articles']), /is a folder, not a file/);
    assertRefused(run(['check', 'articles/']), /is a folder, not a file/);
    assertRefused(run(['check', 'gone.docx']), /not found/);
    writeFileSync(join(dir, 'story.docx'), 'লেখা');
    assertRefused(run(['check', 'story.docx']), /only \.txt, \.html and draft \.json files/);
  });
});

describe('the built bin: export', () => {
  test('refuses to write over its input, however the path is spelt', () => {
    const html = '<h1>শিরোনাম</h1><p>লেখা।</p>';
    writeFileSync(join(dir, 'a.html'), html);
    assertRefused(run(['export', 'a.html', '-o', 'a.html']), /is the input file itself/);
    assertRefused(run(['export', 'a.html', '-o', './a.html']), /is the input file itself/);
    linkSync(join(dir, 'a.html'), join(dir, 'same.html'));
    assertRefused(run(['export', 'a.html', '-o', 'same.html']), /is the input file itself/);
    assert.equal(readFileSync(join(dir, 'a.html'), 'utf8'), html);
  });

  test('writes atomically: a new file renamed into place, no temp file left', () => {
    mkdirSync(join(dir, 'atomic'));
    writeFileSync(join(dir, 'atomic', 'story.txt'), SHORT);
    writeFileSync(join(dir, 'atomic', 'out.html'), 'old');
    // A second name for the old file: an in-place write would change it too, a rename does not.
    linkSync(join(dir, 'atomic', 'out.html'), join(dir, 'atomic', 'old.html'));
    const result = run(['export', 'atomic/story.txt', '-o', 'atomic/out.html']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(readFileSync(join(dir, 'atomic', 'out.html'), 'utf8'), /^<article lang="bn">\n {2}<h1>জার্মানি সফরে প্রধানমন্ত্রী<\/h1>/);
    assert.equal(readFileSync(join(dir, 'atomic', 'old.html'), 'utf8'), 'old');
    assert.deepEqual(readdirSync(join(dir, 'atomic')).sort(), ['old.html', 'out.html', 'story.txt']);
  });

  test('through a symlink the file it points to is replaced, the link kept, and an old file keeps its permissions', () => {
    mkdirSync(join(dir, 'site'));
    mkdirSync(join(dir, 'desk'));
    writeFileSync(join(dir, 'desk', 'story.txt'), SHORT);
    writeFileSync(join(dir, 'site', 'story.html'), 'old');
    chmodSync(join(dir, 'site', 'story.html'), 0o640);
    symlinkSync(join('..', 'site', 'story.html'), join(dir, 'desk', 'story.html'));
    const result = run(['export', 'desk/story.txt', '-o', 'desk/story.html']);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(lstatSync(join(dir, 'desk', 'story.html')).isSymbolicLink());
    assert.match(readFileSync(join(dir, 'site', 'story.html'), 'utf8'), /<h1>জার্মানি সফরে প্রধানমন্ত্রী<\/h1>/);
    assert.equal(statSync(join(dir, 'site', 'story.html')).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(join(dir, 'site')), ['story.html']);
    assert.deepEqual(readdirSync(join(dir, 'desk')).sort(), ['story.html', 'story.txt']);
  });

  // A name for the command's own stdout made in the test folder (what /dev/stdout is), so a command that
  // renamed over it would replace only this link, not the machine's /dev/stdout.
  test('to a name for stdout the HTML goes down the pipe, and the name is left as it was', { skip: !existsSync('/proc/self/fd/1') }, () => {
    writeFileSync(join(dir, 'piped.txt'), SHORT);
    symlinkSync('/proc/self/fd/1', join(dir, 'stdout'));
    const result = run(['export', 'piped.txt', '-o', 'stdout']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^<article lang="bn">\n {2}<h1>জার্মানি সফরে প্রধানমন্ত্রী<\/h1>/);
    assert.ok(lstatSync(join(dir, 'stdout')).isSymbolicLink());
  });

  test('an empty article is refused; nothing is written', () => {
    writeFileSync(join(dir, 'empty.txt'), '\n  \n');
    assertRefused(run(['export', 'empty.txt', '-o', 'empty.html']), /nothing to export/);
    assert.equal(existsSync(join(dir, 'empty.html')), false);
  });
});
