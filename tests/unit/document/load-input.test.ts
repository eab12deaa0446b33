import { test } from 'node:test';
import assert from 'node:assert/strict';
import { schema } from '../../../core/document/schema';
import { newDraft } from '../../../core/document/draft';
import { loadInput } from '../../../core/cli/article';
import { hostileDraftDoc, memoryFiles, richArticle } from './fixtures';

function draftJSON(doc = richArticle()): string {
  return JSON.stringify({ ...newDraft(new Date('2026-11-24T07:00:00Z'), 'd-abcdef12'), doc });
}

test('.txt, .html and draft .json load as valid documents', () => {
  const io = memoryFiles({
    'খবর.txt': 'বৃষ্টি (Rain) নামল\n\nসকাল থেকে।',
    'a.HTML': '<h1>শিরোনাম</h1><p>লেখা <a href="javascript:x()">লিংক</a></p><script>x()</script>',
    'd.json': draftJSON(),
  });
  const txt = loadInput('খবর.txt', io);
  assert.ok(txt.ok);
  assert.equal(txt.value.kind, 'txt');
  assert.equal(txt.value.text, 'বৃষ্টি (Rain) নামল\n\nসকাল থেকে।');
  assert.equal(schema.nodeFromJSON(txt.value.doc).firstChild!.textContent, 'বৃষ্টি (Rain) নামল');

  const html = loadInput('a.HTML', io);
  assert.ok(html.ok);
  assert.equal(html.value.kind, 'html');
  assert.deepEqual(html.value.dropped, ['scripts', 'unsafe-link']);
  schema.nodeFromJSON(html.value.doc).check();

  const json = loadInput('d.json', io);
  assert.ok(json.ok);
  assert.equal(json.value.kind, 'json');
  assert.deepEqual(json.value.doc, richArticle());
  assert.deepEqual(json.value.dropped, []);
});

test('a draft carrying forbidden links loads without them, and says so', () => {
  const result = loadInput('hostile.json', memoryFiles({ 'hostile.json': draftJSON(hostileDraftDoc()) }));
  assert.ok(result.ok);
  assert.deepEqual(result.value.dropped, ['unsafe-link']);
  schema.nodeFromJSON(result.value.doc).check();
  assert.ok(!JSON.stringify(result.value.doc).includes('javascript:'));
  assert.ok(JSON.stringify(result.value.doc).includes('https://example.org/ok'));
});

test('a byte-order mark is not part of the text', () => {
  const result = loadInput('a.txt', memoryFiles({ 'a.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('শিরোনাম')]) }));
  assert.ok(result.ok);
  assert.equal(result.value.text, 'শিরোনাম');
});

function assertError(result: ReturnType<typeof loadInput>, code: string, en: RegExp): void {
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.equal(result.error.code, code);
  assert.match(result.error.message.en, en);
  assert.match(result.error.message.bn, /[\u0980-\u09FF]/);
}

test('UTF-16 with a byte-order mark (Notepad\'s "Unicode") is read as text', () => {
  const io = memoryFiles({
    'le.txt': new Uint8Array([0xff, 0xfe, 0x95, 0x09, 0xbe, 0x09]),
    'be.txt': new Uint8Array([0xfe, 0xff, 0x09, 0x95, 0x09, 0xbe]),
  });
  for (const path of ['le.txt', 'be.txt']) {
    const result = loadInput(path, io);
    assert.ok(result.ok, path);
    assert.equal(result.value.text, 'কা');
  }
});

test('errors are values with Bengali and English messages', () => {
  const io = memoryFiles({
    'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9]),
    'bijoy.txt': new Uint8Array([0x41, 0xd6, 0xe2, 0x9d]),
    'utf16.txt': new Uint8Array([0xff, 0xfe, 0x95, 0x09]),
    'image.html': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]),
    'bad.json': '{ "format": 1, ',
    'notdraft.json': JSON.stringify({ format: 1, id: 'd-abcdef12' }),
    'nohead.json': draftJSON({ type: 'doc', content: [{ type: 'paragraph' }] }),
    'a.docx': 'x',
  });
  assertError(loadInput('missing.txt', io), 'not-found', /not found/);
  assertError(loadInput('a.docx', io), 'invalid-argument', /only \.txt, \.html and draft \.json/);
  assertError(loadInput('latin1.txt', io), 'invalid-argument', /not UTF-8/);
  assertError(loadInput('bijoy.txt', io), 'invalid-argument', /not UTF-8/);
  assertError(loadInput('image.html', io), 'invalid-argument', /binary/);
  assertError(loadInput('bad.json', io), 'corrupt', /not valid JSON/);
  assertError(loadInput('notdraft.json', io), 'corrupt', /not a valid draft/);
  assertError(loadInput('nohead.json', io), 'corrupt', /not a valid draft/);
});

test('a read failure other than a missing file is an I/O error with the detail kept', () => {
  const io = {
    readFile(): Uint8Array {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    },
  };
  const result = loadInput('a.txt', io);
  assert.equal(result.ok, false);
  if (!result.ok) {
    assert.equal(result.error.code, 'io');
    assert.match(result.error.detail ?? '', /EACCES/);
  }
});
