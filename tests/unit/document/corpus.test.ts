/**
 * Real newsroom text from ../shared/corpus (read, never copied): every file imports as plain text,
 * exports, and survives export → import → export; the headline rule and the English spans hold on it.
 * Skips, with a printed line, where the corpus is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { schema } from '../../../core/document/schema';
import { exportHtml, escapeHtml } from '../../../core/document/export-html';
import { htmlToDoc } from '../../../core/document/import-html';
import { textToDoc } from '../../../core/document/plain-text';

const projectRoot = join(__dirname, '..', '..', '..');
const corpusDir = join(projectRoot, '..', 'shared', 'corpus');
const absent = !existsSync(join(corpusDir, 'bd-articles')) || !existsSync(join(corpusDir, 'kolkata-snippets'));
if (absent) console.log(`# corpus tests skipped: ${corpusDir} is absent`);

interface ManifestEntry {
  file: string;
  headline?: string;
  glosses?: string[];
}

function manifest(dir: string): ManifestEntry[] {
  return JSON.parse(readFileSync(join(corpusDir, dir, 'MANIFEST.json'), 'utf8')) as ManifestEntry[];
}

function texts(dir: string): { file: string; text: string }[] {
  return readdirSync(join(corpusDir, dir))
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(corpusDir, dir, file), 'utf8') }));
}

test('every corpus text: a valid document whose export survives export → import → export', { skip: absent && 'corpus absent' }, () => {
  let count = 0;
  for (const dir of ['bd-articles', 'kolkata-snippets']) {
    for (const { file, text } of texts(dir)) {
      const doc = textToDoc(text);
      schema.nodeFromJSON(doc).check();
      const first = exportHtml(doc, { fullPage: true });
      const back = htmlToDoc(first.html);
      schema.nodeFromJSON(back.doc).check();
      assert.equal(exportHtml(back.doc, { fullPage: true }).html, first.html, `${dir}/${file}`);
      count++;
    }
  }
  assert.ok(count > 100, `only ${count} corpus files`);
});

test('the plain-text headline rule finds the headline the manifest records for each article', { skip: absent && 'corpus absent' }, () => {
  const entries = manifest('bd-articles').filter((e) => e.headline);
  assert.ok(entries.length > 50);
  for (const entry of entries) {
    const doc = schema.nodeFromJSON(textToDoc(readFileSync(join(corpusDir, 'bd-articles', entry.file), 'utf8')));
    assert.equal(doc.firstChild!.textContent, entry.headline!.trim(), entry.file);
  }
});

test('every gloss the manifest lists is exported with its English in one lang="en" span inside the parentheses', {
  skip: absent && 'corpus absent',
}, () => {
  let glosses = 0;
  for (const entry of manifest('kolkata-snippets')) {
    const { html } = exportHtml(textToDoc(readFileSync(join(corpusDir, 'kolkata-snippets', entry.file), 'utf8')));
    for (const gloss of entry.glosses ?? []) {
      const english = gloss.slice(gloss.lastIndexOf('(') + 1, gloss.lastIndexOf(')'));
      assert.ok(html.includes(`(<span lang="en">${escapeHtml(english)}</span>)`), `${entry.file}: ${gloss}`);
      glosses++;
    }
  }
  assert.ok(glosses > 100, `only ${glosses} glosses`);
});
