import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CliIo } from '../../../core/cli/io';
import { runCli } from '../../../core/cli/main';
import { exportHtml } from '../../../core/document/export-html';
import { textToDoc } from '../../../core/document/plain-text';
import { fakeIo as memoryIo } from '../cli/fake-io';
import { hostileHtml } from './fixtures';

const exportVerb = (args: string[], io: CliIo) => runCli(['export', ...args], io);

/** The verb's io, with what it printed and wrote as fields. */
function fakeIo(files: Record<string, string | Uint8Array>, failWrite = false) {
  const fake = memoryIo(files, { failWrite });
  return Object.defineProperties(fake.io, {
    written: { value: fake.written },
    out: { get: fake.out },
    err: { get: fake.err },
  }) as CliIo & { written: Record<string, string>; readonly out: string; readonly err: string };
}

const story = 'ব\u09DCদিনের ছুটিতে 3 দিন (Christmas holidays)\n\nশহর ফাঁকা।';

test('exports a .txt file: the article with its headline, in the house form, nothing on stderr', async () => {
  const io = fakeIo({ 'গল্প.txt': story });
  assert.equal(await exportVerb(['গল্প.txt', '-o', 'গল্প.html'], io), 0);
  const html = io.written['গল্প.html'];
  assert.equal(html, exportHtml(textToDoc(story)).html);
  assert.ok(
    html.startsWith('<article lang="bn">\n  <h1>ব\u09A1\u09BCদিনের ছুটিতে ৩ দিন (<span lang="en">Christmas holidays</span>)</h1>\n'),
  );
  assert.equal(io.err, '');
});

test('--full-page writes a whole page titled by the headline', async () => {
  const io = fakeIo({ 'a.txt': story });
  assert.equal(await exportVerb(['--full-page', 'a.txt', '--output', 'out.html'], io), 0);
  const page = io.written['out.html'];
  assert.ok(page);
  assert.match(
    page,
    /^<!doctype html>\n<html lang="bn">\n<head>\n<meta charset="utf-8">\n<title>ব\u09A1\u09BCদিনের ছুটিতে ৩ দিন \(Christmas holidays\)<\/title>/,
  );
});

test('--style applies the newsroom’s Unicode form and digits', async () => {
  const io = fakeIo({ 'a.txt': story, 'style.json': JSON.stringify({ unicodeForm: 'nukta-precomposed', digits: 'ascii' }) });
  assert.equal(await exportVerb(['a.txt', '-o', 'out.html', '--style', 'style.json'], io), 0);
  assert.ok(io.written['out.html']?.includes('<h1>ব\u09DCদিনের ছুটিতে 3 দিন'));

  const bad = fakeIo({ 'a.txt': story, 'style.json': JSON.stringify({ digits: 'roman' }) });
  assert.equal(await exportVerb(['a.txt', '-o', 'out.html', '--style', 'style.json'], bad), 2);
  assert.match(bad.err, /house style is not valid/);
  assert.deepEqual(bad.written, {});
});

test('hostile HTML exports inert, and stderr tells in Bengali and English what was dropped', async () => {
  const io = fakeIo({ 'hostile.html': hostileHtml });
  assert.equal(await exportVerb(['hostile.html', '-o', 'out.html'], io), 0);
  const out = io.written['out.html'];
  assert.ok(out);
  assert.doesNotMatch(out, /<script|<iframe|\son\w+=|javascript:|data:/i);
  for (const code of ['scripts', 'styles', 'embedded-content', 'event-attributes', 'unsafe-link', 'control-characters', 'bidi-controls']) {
    assert.ok(io.err.includes(`[${code}]`), code);
  }
  assert.match(io.err, /স্ক্রিপ্ট বাদ দেওয়া হয়েছে — scripts were removed \[scripts\]/);
});

test('usage and I/O errors exit 2 with a message, and write nothing', async () => {
  const cases: [string[], RegExp][] = [
    [[], /no file given/],
    [['a.txt'], /-o is missing/],
    [['a.txt', '-o'], /-o needs a value/],
    [['a.txt', 'b.txt', '-o', 'x.html'], /only one file at a time/],
    [['a.txt', '-o', 'x.html', '--pretty'], /unknown option --pretty/],
    [['missing.txt', '-o', 'x.html'], /পাওয়া যায়নি[\s\S]*File not found/],
    [['a.pdf', '-o', 'x.html'], /only \.txt, \.html and draft \.json/],
  ];
  for (const [args, message] of cases) {
    const io = fakeIo({ 'a.txt': story, 'b.txt': story, 'a.pdf': 'x' });
    assert.equal(await exportVerb(args, io), 2, args.join(' '));
    assert.match(io.err, message, args.join(' '));
    assert.deepEqual(io.written, {});
  }
});

test('a failed write exits 2 and says where', async () => {
  const io = fakeIo({ 'a.txt': story }, true);
  assert.equal(await exportVerb(['a.txt', '-o', '/ro/out.html'], io), 2);
  assert.match(io.err, /লেখা যায়নি[\s\S]*Could not write "\/ro\/out.html"[\s\S]*EROFS/);
});

/** A draft of format 2 whose paragraph holds one replacement suggestion: বৃষ্টি deleted, ঝড় inserted. */
function suggestedDraft(): string {
  const by = { id: 'sugg0001', author: 'সম্পাদক', color: '#aa3300', time: '2026-12-02T08:00:00.000Z' };
  return JSON.stringify({
    format: 2,
    id: 'd-suggest001',
    meta: {
      headline: 'ঢাকায় আবহাওয়া',
      slug: '',
      byline: '',
      section: '',
      tags: [],
      status: 'review',
      createdAt: by.time,
      updatedAt: by.time,
      houseStyle: 'default',
    },
    doc: {
      type: 'doc',
      content: [
        { type: 'headline', content: [{ type: 'text', text: 'ঢাকায় আবহাওয়া' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'ঢাকায় ' },
            { type: 'text', text: 'বৃষ্টি', marks: [{ type: 'deletion', attrs: by }] },
            { type: 'text', text: 'ঝড়', marks: [{ type: 'insertion', attrs: by }] },
            { type: 'text', text: ' হয়েছে।', marks: [{ type: 'comment', attrs: { id: 'comm0001' } }] },
          ],
        },
      ],
    },
    review: {
      ignored: [],
      comments: [{ id: 'comm0001', author: 'সম্পাদক', color: '#aa3300', time: by.time, text: 'কখন?', resolved: false, replies: [] }],
    },
  });
}

test('a draft with pending suggestions is refused unless --accept-all or --reject-all says which way', async () => {
  const refused = fakeIo({ 'd.json': suggestedDraft() });
  assert.notEqual(await exportVerb(['d.json', '-o', 'out.html'], refused), 0);
  assert.equal(refused.written['out.html'], undefined);
  assert.match(refused.err, /১টি প্রস্তাব/);
  assert.match(refused.err, /--accept-all/);

  const accepted = fakeIo({ 'd.json': suggestedDraft() });
  assert.equal(await exportVerb(['d.json', '-o', 'out.html', '--accept-all'], accepted), 0);
  assert.match(accepted.written['out.html'] ?? '', /<p>ঢাকায় ঝড় হয়েছে।<\/p>/);
  assert.doesNotMatch(accepted.written['out.html'] ?? '', /বৃষ্টি|কখন|comment|<ins|<del/);

  const rejected = fakeIo({ 'd.json': suggestedDraft() });
  assert.equal(await exportVerb(['d.json', '-o', 'out.html', '--reject-all'], rejected), 0);
  assert.match(rejected.written['out.html'] ?? '', /<p>ঢাকায় বৃষ্টি হয়েছে।<\/p>/);

  const both = fakeIo({ 'd.json': suggestedDraft() });
  assert.notEqual(await exportVerb(['d.json', '-o', 'out.html', '--accept-all', '--reject-all'], both), 0);
  assert.equal(both.written['out.html'], undefined);
});
