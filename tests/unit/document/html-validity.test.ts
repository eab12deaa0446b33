/**
 * Every export is valid HTML by the Nu HTML Checker (vnu-jar). All files go to one java call, because
 * the JVM start dominates. A known-bad file goes in too, so a checker that reports nothing fails the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportHtml } from '../../../core/document/export-html';
import { htmlToDoc } from '../../../core/document/import-html';
import { textToDoc } from '../../../core/document/plain-text';
import { GOLDEN_CASES, hostileDraftDoc, hostileHtml, longArticle, richArticle } from './fixtures';

const root = join(__dirname, '..', '..', '..');
const vnu = join(root, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const corpusDir = join(root, '..', 'shared', 'corpus');
const corpusDirs = ['bd-articles', 'kolkata-snippets'].filter((dir) => existsSync(join(corpusDir, dir)));
if (corpusDirs.length === 0) console.log(`# HTML validity: corpus exports skipped, ${corpusDir} is absent`);

/** An article fragment is checked inside the smallest valid page around it. */
function page(fragment: string): string {
  return `<!doctype html>\n<html lang="bn">\n<head>\n<meta charset="utf-8">\n<title>পরীক্ষা</title>\n</head>\n<body>\n${fragment}</body>\n</html>\n`;
}

interface VnuMessage {
  type: string;
  url?: string;
  message: string;
  lastLine?: number;
}

test('every export, plain and full page, passes the Nu HTML Checker with zero errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-vnu-'));
  try {
    const files: Record<string, string> = {};
    for (const { name, doc, fullPage } of GOLDEN_CASES) {
      const { html } = exportHtml(doc, { fullPage });
      files[`export-${name}.html`] = fullPage ? html : page(html);
    }
    files['rich-page.html'] = exportHtml(richArticle(), { fullPage: true }).html;
    files['rich-fragment.html'] = page(exportHtml(richArticle()).html);
    files['long-page.html'] = exportHtml(longArticle(3000), { fullPage: true }).html;
    files['hostile-draft.html'] = exportHtml(hostileDraftDoc(), { fullPage: true }).html;
    files['hostile-html.html'] = exportHtml(htmlToDoc(hostileHtml).doc, { fullPage: true }).html;
    // Real newsroom text, read from the shared corpus where present (never copied into the project).
    for (const dir of corpusDirs) {
      for (const file of readdirSync(join(corpusDir, dir)).filter((f) => f.endsWith('.txt'))) {
        files[`corpus-${dir}-${file}.html`] = exportHtml(textToDoc(readFileSync(join(corpusDir, dir, file), 'utf8')), {
          fullPage: true,
        }).html;
      }
    }
    files['control-invalid.html'] = page('<p><div>not allowed here</div></p>\n<ul><p>nor here</p></ul>\n');
    for (const [name, html] of Object.entries(files)) writeFileSync(join(dir, name), html);

    const run = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...Object.keys(files).map((f) => join(dir, f))], {
      encoding: 'utf8',
    });
    assert.equal(run.error, undefined, `java could not be started: ${run.error?.message}`);
    const report = JSON.parse(run.stderr.trim() || run.stdout.trim()) as { messages: VnuMessage[] };
    const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
    const byFile = (m: VnuMessage) => (m.url ?? '').split('/').pop();

    assert.ok(
      errors.some((m) => byFile(m) === 'control-invalid.html'),
      'the checker must flag the known-bad control file',
    );
    const real = errors.filter((m) => byFile(m) !== 'control-invalid.html').map((m) => `${byFile(m)}:${m.lastLine}: ${m.message}`);
    assert.deepEqual(real, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
