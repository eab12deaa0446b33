/**
 * Hostile input, from a draft file or pasted HTML: the exported page holds nothing executable, and
 * `dropped` names everything that was taken out.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, type DefaultTreeAdapterTypes as P5 } from 'parse5';
import { schema } from '../../../core/document/schema';
import { exportHtml } from '../../../core/document/export-html';
import { htmlToDoc } from '../../../core/document/import-html';
import { hostileDraftDoc, hostileHtml } from './fixtures';

const ALLOWED_ELEMENTS = new Set([
  'html',
  'head',
  'body',
  'meta',
  'title',
  'article',
  'h1',
  'h2',
  'h3',
  'p',
  'blockquote',
  'ul',
  'ol',
  'li',
  'hr',
  'strong',
  'em',
  'a',
  'span',
]);
const ALLOWED_ATTRIBUTES = new Set(['lang', 'class', 'href', 'rel', 'start', 'charset']);

function elements(node: P5.ParentNode, out: P5.Element[] = []): P5.Element[] {
  for (const child of node.childNodes) {
    if ('tagName' in child) {
      out.push(child);
      elements(child, out);
      if (child.tagName === 'template') elements((child as P5.Template).content, out);
    }
  }
  return out;
}

/** Asserts on the string and on how a browser-grade parser reads it. */
function assertInert(html: string): void {
  assert.doesNotMatch(html, /<\s*(script|iframe|object|embed|svg|math|img|style|template|form|input|button|base|link)\b/i);
  assert.doesNotMatch(html, /<[^>]*\son\w+\s*=/i);
  assert.doesNotMatch(html, /(href|src)\s*=\s*"?\s*(javascript|data|vbscript):/i);
  assert.doesNotMatch(html, /style\s*=/i);
  assert.doesNotMatch(html, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  assert.doesNotMatch(html, /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);

  const all = elements(parse(html));
  assert.ok(all.length > 0);
  for (const element of all) {
    assert.ok(ALLOWED_ELEMENTS.has(element.tagName), `element <${element.tagName}>`);
    for (const { name, value } of element.attrs) {
      assert.ok(!name.toLowerCase().startsWith('on'), `event attribute ${name}`);
      assert.ok(ALLOWED_ATTRIBUTES.has(name), `attribute ${name} on <${element.tagName}>`);
      if (name === 'href') assert.match(value, /^(https?:\/\/|mailto:)/, `href ${value}`);
    }
  }
}

test('a hostile draft document exports inert, and says what it dropped', () => {
  const { html, dropped } = exportHtml(hostileDraftDoc(), { fullPage: true });
  assertInert(html);
  // Markup typed as text is shown as text, never parsed as markup.
  assert.ok(html.includes('&lt;<span lang="en">script</span>&gt;'));
  assert.ok(html.includes('<a href="https://example.org/ok" rel="noopener noreferrer">ভালো</a>'));
  // The text of a dropped link stays.
  assert.ok(html.includes('<p>ক্লিক আর ডেটা আর '));
  assert.deepEqual([...dropped].sort(), ['bidi-controls', 'control-characters', 'lone-surrogates', 'unsafe-link']);
});

test('hostile HTML imports to a valid document and exports inert, with every kind of removal reported', () => {
  const { doc, dropped } = htmlToDoc(hostileHtml);
  schema.nodeFromJSON(doc).check();
  assert.deepEqual([...dropped].sort(), [
    'bidi-controls',
    'control-characters',
    'embedded-content',
    'event-attributes',
    'form-controls',
    'relative-link',
    'scripts',
    'styles',
    'unsafe-link',
  ]);
  const { html, dropped: again } = exportHtml(doc, { fullPage: true });
  assertInert(html);
  assert.deepEqual(again, []);
  // Text of the article survives: the links' words, the list, the quote, the safe links.
  for (const words of ['শিরোনাম', 'প্রথম অনুচ্ছেদ', 'জাভাস্ক্রিপ্ট লিংক', 'ডেটা লিংক', 'তালিকা', 'মেইল', 'আপেক্ষিক', 'নিয়ন্ত্রণঅক্ষর']) {
    assert.ok(html.includes(words), words);
  }
  assert.ok(html.includes('<a href="https://example.org/safe" rel="noopener noreferrer">নিরাপদ</a>'));
  assert.ok(html.includes('<a href="mailto:desk@example.org" rel="noopener noreferrer">মেইল</a>'));
  // Content of dropped elements goes with them: it could be script source or a frame's fallback.
  for (const gone of ['alert', 'ফ্রেমের ভেতরের লেখা', 'স্ক্রিপ্ট বন্ধ', 'এসভিজি', 'বোতাম']) assert.ok(!html.includes(gone), gone);
});

test('each kind of removal is reported on its own', () => {
  const cases: [string, string][] = [
    ['<p>ক<script>x()</script></p>', 'scripts'],
    ['<p>ক</p><style>p{}</style>', 'styles'],
    ['<p>ক<iframe src="https://example.org/"></iframe></p>', 'embedded-content'],
    ['<p onclick="x()">ক</p>', 'event-attributes'],
    ['<p><a href="javascript:x()">ক</a></p>', 'unsafe-link'],
    ['<p><a href="data:text/html,x">ক</a></p>', 'unsafe-link'],
    ['<p><a href="/x">ক</a></p>', 'relative-link'],
    ['<p>ক&#x7;খ</p>', 'control-characters'],
    ['<p>ক\u202Eখ</p>', 'bidi-controls'],
    ['<p>ক\uD800খ</p>', 'lone-surrogates'],
  ];
  for (const [html, code] of cases) {
    const { doc, dropped } = htmlToDoc(html);
    assert.deepEqual(dropped, [code], html);
    schema.nodeFromJSON(doc).check();
    assert.ok(exportHtml(doc).html.includes('ক'), html);
  }
  assert.deepEqual(htmlToDoc('<p>ক <a href="https://example.org/">খ</a></p>').dropped, []);
});

test('the inertness check itself catches what it looks for', () => {
  const page = (body: string) =>
    `<!doctype html><html lang="bn"><head><meta charset="utf-8"><title>ক</title></head><body>${body}</body></html>`;
  for (const bad of [
    '<p>ক<script>x()</script></p>',
    '<p onclick="x()">ক</p>',
    '<p><a href="javascript:x()">ক</a></p>',
    '<p><a href="  data:text/html,x">ক</a></p>',
    '<p><span style="color:red">ক</span></p>',
    '<p><u>ক</u></p>',
    '<p>ক\u202Eখ</p>',
  ]) {
    assert.throws(() => assertInert(page(bad)), bad);
  }
  assertInert(page('<p><a href="https://example.org/" rel="noopener noreferrer">ক</a></p>'));
});

test('a link cannot break out of its href attribute', () => {
  const hrefs = [
    'https://example.org/" onmouseover="alert(1)',
    "https://example.org/' onclick='alert(1)",
    'https://example.org/<script>alert(1)</script>',
  ];
  for (const href of hrefs) {
    const { html } = exportHtml(
      {
        type: 'doc',
        content: [
          { type: 'headline' },
          { type: 'paragraph', content: [{ type: 'text', text: 'লিংক', marks: [{ type: 'link', attrs: { href } }] }] },
        ],
      },
      { fullPage: true },
    );
    assertInert(html);
    const anchors = elements(parse(html)).filter((e) => e.tagName === 'a');
    assert.equal(anchors.length, 1, href);
    assert.deepEqual(
      anchors[0]?.attrs.map((a) => a.name),
      ['href', 'rel'],
      href,
    );
  }
});
