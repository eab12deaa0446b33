import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schema } from '../../../core/document/schema';
import { exportHtml, markLatin } from '../../../core/document/export-html';
import { normalizeText } from '../../../core/bengali/normalize';
import { GOLDEN_CASES, doc, em, link, p, richArticle, strong, t } from './fixtures';

const goldenDir = join(__dirname, 'golden');

describe('golden files: one per node and mark', () => {
  for (const { name, doc: input, fullPage } of GOLDEN_CASES) {
    test(name, () => {
      schema.nodeFromJSON(input).check();
      const { html, dropped } = exportHtml(input, { fullPage });
      assert.equal(html, readFileSync(join(goldenDir, `${name}.html`), 'utf8'));
      assert.deepEqual(dropped, []);
    });
  }
});

test('a ProseMirror node exports exactly like its JSON, and twice the same', () => {
  const json = richArticle();
  const node = schema.nodeFromJSON(json);
  assert.equal(exportHtml(node).html, exportHtml(json).html);
  assert.equal(exportHtml(json).html, exportHtml(json).html);
});

describe('English runs are marked with lang="en"', () => {
  test('a gloss: the English inside, the parentheses outside', () => {
    assert.equal(
      markLatin('জেলেনস্কি (Ukrainian President Volodymyr Zelensky)-কে'),
      'জেলেনস্কি (<span lang="en">Ukrainian President Volodymyr Zelensky</span>)-কে',
    );
  });
  test('spaces and punctuation between English words stay in one run', () => {
    assert.equal(markLatin('(Loss and Damage Fund, U.S.)'), '(<span lang="en">Loss and Damage Fund, U.S.</span>)');
    assert.equal(markLatin("ও'ব্রায়েন (O'Brien)"), 'ও\'ব্রায়েন (<span lang="en">O\'Brien</span>)');
  });
  test('runs apart are spans apart, and Bengali between them stays outside', () => {
    assert.equal(markLatin('Apple ও Google'), '<span lang="en">Apple</span> ও <span lang="en">Google</span>');
  });
  test('accented Latin letters are Latin; text without Latin has no span', () => {
    assert.equal(markLatin('(António Guterres)'), '(<span lang="en">António Guterres</span>)');
    assert.equal(markLatin('শুধু বাংলা ১২৩'), 'শুধু বাংলা ১২৩');
  });
  test('the English inside a span is escaped too', () => {
    assert.equal(markLatin('(AT&T <Inc>)'), '(<span lang="en">AT&amp;T</span> &lt;<span lang="en">Inc</span>&gt;)');
  });
});

describe('house form', () => {
  const nukta = doc('ব\u09DCদিন', p(t('ব\u09DC ঢাকায়\u200B খবর')));

  test('by default text takes the default house style: NFC nukta form, invisible characters out', () => {
    const { html } = exportHtml(nukta);
    assert.ok(html.includes('<h1>ব\u09A1\u09BCদিন</h1>'));
    assert.ok(html.includes('<p>ব\u09A1\u09BC ঢাকায় খবর</p>'));
    assert.ok(!html.includes('\u09DC'));
  });

  test('every piece of text goes through the given normaliser, the title included', () => {
    const seen: string[] = [];
    const normalize = (text: string) => {
      seen.push(text);
      return normalizeText(text, { unicodeForm: 'nukta-precomposed' });
    };
    const { html } = exportHtml(
      {
        type: 'doc',
        content: [
          { type: 'headline', content: [t('ব\u09A1\u09BCদিন')] },
          { type: 'byline', content: [t('নিজস্ব প্রতিবেদক')] },
          p(t('ক'), t('খ', strong)),
        ],
      },
      { normalize, fullPage: true },
    );
    assert.ok(html.includes('<title>ব\u09DCদিন</title>'));
    assert.ok(html.includes('<h1>ব\u09DCদিন</h1>'));
    assert.ok(!html.includes('\u09BC'));
    for (const text of ['ব\u09A1\u09BCদিন', 'নিজস্ব প্রতিবেদক', 'ক', 'খ']) assert.ok(seen.includes(text), text);
  });

  test('digits follow the house style outside English; inside a gloss they stay as written', () => {
    const input = doc('2026 সালের বাজেট', p(t('মোট 15 জন, বোয়িং (Boeing 737)।')));
    const bengali = exportHtml(input, { digits: 'bengali' }).html;
    assert.ok(bengali.includes('<h1>২০২৬ সালের বাজেট</h1>'));
    assert.ok(bengali.includes('মোট ১৫ জন, বোয়িং (<span lang="en">Boeing 737</span>)।'));
    const ascii = exportHtml(doc('২০২৬ সালের বাজেট'), { digits: 'ascii' }).html;
    assert.ok(ascii.includes('<h1>2026 সালের বাজেট</h1>'));
    assert.ok(exportHtml(input, { digits: 'any' }).html.includes('<h1>2026 সালের বাজেট</h1>'));
  });
});

describe('structure', () => {
  test('the article is bn; a headline is the one h1 and the full page title', () => {
    const { html } = exportHtml(doc('বন্যায় ক্ষতি', p(t('লেখা'))), { fullPage: true });
    assert.match(
      html,
      /^<!doctype html>\n<html lang="bn">\n<head>\n<meta charset="utf-8">\n<title>বন্যায় ক্ষতি<\/title>\n<\/head>\n<body>\n<article lang="bn">\n/,
    );
    assert.equal(html.match(/<h1>/g)?.length, 1);
    assert.ok(html.endsWith('</article>\n</body>\n</html>\n'));
  });

  test('an empty headline writes no h1, and the page gets the Bengali "untitled"', () => {
    const { html } = exportHtml(doc('', p(t('লেখা'))), { fullPage: true });
    assert.ok(!html.includes('<h1>'));
    assert.ok(html.includes('<title>শিরোনামহীন</title>'));
  });

  test('no inline styles, no classes but standfirst and byline, one block per line', () => {
    const { html } = exportHtml(richArticle());
    assert.ok(!/style=/.test(html));
    assert.deepEqual([...new Set([...html.matchAll(/class="([^"]*)"/g)].map((m) => m[1]))].sort(), ['byline', 'standfirst']);
    for (const line of html.trimEnd().split('\n')) assert.match(line, /^\s*<\/?(article|h1|h2|h3|p|blockquote|ul|ol|li|hr)[ >]/);
  });

  test('links keep the schema’s nesting and carry rel="noopener noreferrer"', () => {
    const { html } = exportHtml(doc('শিরোনাম', p(t('ক', strong, link('https://example.org/a b')), t('খ', em))));
    assert.ok(html.includes('<p><a href="https://example.org/a%20b" rel="noopener noreferrer"><strong>ক</strong></a><em>খ</em></p>'));
  });
});
