import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { schema, type DocJSON } from '../../../core/document/schema';
import { exportHtml } from '../../../core/document/export-html';
import { htmlToDoc } from '../../../core/document/import-html';
import { GOLDEN_CASES, doc, em, h, hr, li, link, longArticle, ol, p, quote, richArticle, strong, t, ul } from './fixtures';

function imported(html: string): DocJSON {
  const { doc: result } = htmlToDoc(html);
  schema.nodeFromJSON(result).check();
  return result;
}

describe('round trip: export → import → export gives the same HTML', () => {
  for (const { name, doc: input, fullPage } of GOLDEN_CASES) {
    test(name, () => {
      const first = exportHtml(input, { fullPage }).html;
      const second = exportHtml(imported(first), { fullPage }).html;
      assert.equal(second, first);
    });
  }

  test('a long article', () => {
    const first = exportHtml(longArticle(2000)).html;
    assert.equal(exportHtml(imported(first)).html, first);
  });

  test('the imported draft holds the same content as the one exported', () => {
    const original = schema.nodeFromJSON(richArticle());
    const back = schema.nodeFromJSON(imported(exportHtml(original, { normalize: (x) => x, digits: 'any' }).html));
    // The same text and marks, block by block; only the nesting of an empty paragraph may differ.
    assert.equal(back.textBetween(0, back.content.size, '\n'), original.textBetween(0, original.content.size, '\n'));
    assert.equal(back.childCount, original.childCount);
    const marksOf = (node: typeof original) => {
      const marks: string[] = [];
      node.descendants(
        (n) => void (n.isText && marks.push(`${n.text}:${n.marks.map((m) => m.type.name + (m.attrs.href ?? '')).join(',')}`)),
      );
      return marks;
    };
    assert.deepEqual(marksOf(back), marksOf(original));
  });
});

describe('mapping', () => {
  test('h1 is the headline, p.standfirst and p.byline keep their roles, spans are unwrapped', () => {
    const result = imported(
      '<article lang="bn"><h1>ঢাকায় <span lang="en">Summit</span></h1><p class="byline">প্রতিবেদক</p><p class="standfirst lead">সার <em>কথা</em> <a href="https://example.org/">লিংক</a></p><p>লেখা</p><h1>দ্বিতীয় শিরোনাম</h1></article>',
    );
    assert.deepEqual(result, {
      type: 'doc',
      content: [
        { type: 'headline', content: [t('ঢাকায় Summit')] },
        { type: 'standfirst', content: [t('সার '), t('কথা', em), t(' লিংক')] },
        { type: 'byline', content: [t('প্রতিবেদক')] },
        p(t('লেখা')),
        { type: 'heading', attrs: { level: 2 }, content: [t('দ্বিতীয় শিরোনাম')] },
      ],
    });
  });

  test('b, i, strong, em and safe links become marks, nested in the schema’s order', () => {
    const result = imported(
      '<p><b>ক</b><i>খ</i><strong><em>গ</em></strong><em><a href="https://example.org/x">ঘ</a></em><b style="font-weight:normal">ঙ</b></p>',
    );
    assert.deepEqual(
      result.content?.[1],
      p(t('ক', strong), t('খ', em), t('গ', em, strong), t('ঘ', link('https://example.org/x'), em), t('ঙ')),
    );
  });

  test('headings, quotes, lists and rules', () => {
    const result = imported(
      '<h2>ক</h2><h4>খ</h4><blockquote>উদ্ধৃতি<h3>গ</h3></blockquote><ul><li>এক</li><li><p>দুই</p><ol start="3"><li>তিন</li></ol></li></ul><hr><ol><li><ul><li>ভেতরে</li></ul></li></ol>',
    );
    assert.deepEqual(result.content?.slice(1), [
      h(2, t('ক')),
      h(3, t('খ')),
      quote(p(t('উদ্ধৃতি')), p(t('গ'))),
      ul(li(p(t('এক'))), li(p(t('দুই')), ol(3, li(p(t('তিন')))))),
      hr,
      ol(1, li(p(), ul(li(p(t('ভেতরে')))))),
    ]);
  });

  test('unknown inline elements keep their text; containers are transparent; br splits a paragraph', () => {
    const result = imported(
      '<div><section><p>ক <u>খ</u> <font color="red">গ</font> <abbr>ঘ</abbr><br>ঙ</p></section><table><tr><td>ঘর ১</td><td>ঘর ২</td></tr></table></div>',
    );
    assert.deepEqual(result.content?.slice(1), [p(t('ক খ গ ঘ')), p(t('ঙ')), p(t('ঘর ১')), p(t('ঘর ২'))]);
  });

  test('pretty-printing whitespace collapses; spaces typed inside a paragraph are kept', () => {
    const result = imported('<p>\n    প্রথম লাইন\n    দ্বিতীয়  লাইন\n</p>\n\n<p>  দুই  ফাঁকা</p>');
    assert.deepEqual(result.content?.slice(1), [p(t('প্রথম লাইন দ্বিতীয়  লাইন')), p(t('  দুই  ফাঁকা'))]);
  });
});

describe('always a valid document', () => {
  for (const html of [
    '',
    '   ',
    '<!doctype html><html><head><title>ক</title></head><body></body></html>',
    '<hr>',
    '<ul></ul>',
    '<blockquote></blockquote>',
    '<li>একা</li>',
    'শুধু লেখা',
    '<h1></h1><h1></h1>',
    '<p class="standfirst"></p>',
    '<table><td>ক</td></table>',
    '<ol start="x"><li>ক</li></ol>',
    '<a href="https://example.org/"><p>ব্লক লিংকে</p></a>',
    '<h2><div>ভেতরে ব্লক</div></h2>',
    '<li><h2>শিরো</h2><blockquote><ul><li>গভীর</li></ul></blockquote></li>',
  ]) {
    test(JSON.stringify(html), () => {
      const result = imported(html);
      assert.equal(result.content?.[0]?.type, 'headline');
      assert.ok((result.content?.length ?? 0) >= 2);
    });
  }

  test('no headline in the HTML gives an empty headline, not the first paragraph', () => {
    assert.deepEqual(imported('<p>লেখা</p>'), doc('', p(t('লেখা'))));
  });
});

describe('pathological nesting', () => {
  test('twenty thousand nested elements import without exhausting the stack, text kept, flattening reported', () => {
    for (const [open, close] of [
      ['<div>', '</div>'],
      ['<span>', '</span>'],
      ['<ul><li>', '</li></ul>'],
    ] as const) {
      const { doc: result, dropped } = htmlToDoc(`${open.repeat(20_000)}গভীর লেখা${close.repeat(20_000)}`);
      schema.nodeFromJSON(result).check();
      assert.ok(exportHtml(result).html.includes('গভীর লেখা'), open);
      assert.deepEqual(dropped, ['deep-nesting'], open);
    }
  });

  test('200,000 paragraphs, line breaks or list paragraphs import whole (they were spread as arguments, past the stack)', () => {
    const paragraphs = htmlToDoc('<p>ক</p>'.repeat(200_000)).doc;
    assert.equal(paragraphs.content!.length, 1 + 200_000);
    const lines = htmlToDoc(`<p>${'ক\n'.repeat(200_000)}</p>`).doc;
    assert.equal(lines.content![1]!.content![0]!.text, `${'ক '.repeat(199_999)}ক`);
    const item = htmlToDoc(`<ul><li>${'<p>খ</p>'.repeat(200_000)}</li></ul>`).doc;
    assert.equal(item.content![1]!.content![0]!.content!.length, 200_000);
  });

  test('lists and quotes nest at most ten levels deep', () => {
    const depthOf = (node: DocJSON): number =>
      (['bullet_list', 'ordered_list', 'blockquote'].includes(node.type) ? 1 : 0) + Math.max(0, ...(node.content ?? []).map(depthOf));
    const lists = imported(`${'<ul><li>'.repeat(15)}ভেতরে${'</li></ul>'.repeat(15)}`);
    assert.equal(depthOf(lists), 10);
    const quotes = imported(`${'<blockquote>'.repeat(15)}উদ্ধৃতি${'</blockquote>'.repeat(15)}`);
    assert.equal(depthOf(quotes), 1);
    assert.ok(exportHtml(quotes).html.includes('<p>উদ্ধৃতি</p>'));
    assert.deepEqual(htmlToDoc(`${'<ul><li>'.repeat(10)}ঠিক আছে${'</li></ul>'.repeat(10)}`).dropped, []);
  });
});
