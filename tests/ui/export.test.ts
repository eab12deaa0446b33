import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newDraft } from '../../core/document/draft';
import { htmlToDoc } from '../../core/document/import-html';
import { schema } from '../../core/document/schema';
import { DEFAULT_HOUSE_STYLE } from '../../core/bengali/house-style';
import { createChecker } from '../../core/checks/engine';
import { bundledGlossary } from '../../core/glossary/bundled';
import { exportGlossaryJson } from '../../core/glossary/io';
import { blockingFindings } from '../../renderer/export/export-article';
import { blocksOf, editorBlocks, skipUi, waitForOpenDraft, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';
import { tempDir } from '../helpers/temp-dir';
import type { RunningApp } from './harness';

/** Waits until the save dialog has been asked `count` times in all. */
async function dialogAsked(app: RunningApp, count: number): Promise<void> {
  for (let i = 0; i < 200 && app.saveDialog.offered.length < count; i++) await new Promise((resolve) => setTimeout(resolve, 25));
  assert.equal(app.saveDialog.offered.length, count);
}

const GLOSSED = 'ইউক্রেনের প্রেসিডেন্ট ভলোদিমির জেলেনস্কি (Volodymyr Zelensky) কিয়েভে বক্তৃতা দেন।';
// A gloss that names another country: gloss/mismatch, an error.
const MISMATCHED = 'জার্মানির (France) চ্যান্সেলর বার্লিনে সংবাদ সম্মেলন করেন।';

describe('export to HTML', { skip: skipUi }, () => {
  const withApp = appFixture();

  test('File → Export HTML writes a valid page under a Bengali file name, glosses marked English, and it imports back', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await writeArticle(page, 'কিয়েভ/বার্লিন: নতুন আলোচনা', GLOSSED, 'আলোচনা চলবে।');
      await app.menu('export-html');
      const notice = page.locator('.export-notice');
      await notice.waitFor();

      const name = 'কিয়েভ-বার্লিন- নতুন আলোচনা.html';
      assert.deepEqual(app.saveDialog.offered, [name]);
      assert.deepEqual(readdirSync(app.exportDir), [name]);
      const html = readFileSync(join(app.exportDir, name), 'utf8');
      assert.match(html, /^<!doctype html>\n/i);
      assert.match(html, /<meta charset="utf-8">/);
      assert.match(html, /<title>কিয়েভ\/বার্লিন: নতুন আলোচনা<\/title>/);
      assert.match(html, /<h1>কিয়েভ\/বার্লিন: নতুন আলোচনা<\/h1>/);
      assert.match(html, /জেলেনস্কি \(<span lang="en">Volodymyr Zelensky<\/span>\) কিয়েভে/);
      assert.doesNotMatch(html, /<script|style=|\son\w+=/i);
      assert.equal(await notice.locator('p').first().innerText(), `HTML ফাইল সংরক্ষিত হয়েছে: ${join(app.exportDir, name)}`);

      // Import back: the same blocks as the editor holds.
      assert.deepEqual(blocksOf(htmlToDoc(html).doc as Parameters<typeof blocksOf>[0]), await editorBlocks(page));
      assert.equal(await page.locator('dialog.export-check').count(), 0, 'no error findings, no question');
      assert.deepEqual(app.problems, []);
    });
  });

  test('an error-severity finding asks first: "fix first" writes nothing and goes to it, "export anyway" writes', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await writeArticle(page, 'বার্লিনে সংবাদ সম্মেলন', MISMATCHED);
      await app.menu('export-html');
      const dialog = page.locator('dialog.export-check[open]');
      await dialog.waitFor();
      assert.equal(await dialog.locator('h2').innerText(), 'রপ্তানির আগে ভুলগুলো দেখে নিন');
      const items = dialog.locator('.export-check-list li');
      assert.deepEqual(await items.evaluateAll((li) => li.map((item) => item.getAttribute('data-rule'))), ['gloss/mismatch']);
      assert.match(await items.first().innerText(), /France/);
      assert.match(await items.first().innerText(), /Germany/);

      await dialog.getByRole('button', { name: 'আগে ঠিক করুন' }).click();
      await dialog.waitFor({ state: 'detached' });
      assert.deepEqual(app.saveDialog.offered, [], 'the save dialog never opened');
      assert.deepEqual(readdirSync(app.exportDir), []);
      // Back in the text, on the finding.
      assert.equal(await page.evaluate(() => window.getSelection()?.toString()), 'France');

      await app.menu('export-html');
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'তবুও রপ্তানি করুন' }).click();
      await page.locator('.export-notice').waitFor();
      assert.deepEqual(readdirSync(app.exportDir), ['বার্লিনে সংবাদ সম্মেলন.html']);
      assert.match(readFileSync(join(app.exportDir, 'বার্লিনে সংবাদ সম্মেলন.html'), 'utf8'), /জার্মানির \(<span lang="en">France<\/span>\)/);
      assert.deepEqual(app.problems, []);
    });
  });

  test('clicking a listed finding goes to it and exports nothing', async () => {
    await withApp({ settings: { uiLanguage: 'en' } }, async (app) => {
      const { page } = app;
      await writeArticle(page, 'বার্লিনে সংবাদ সম্মেলন', GLOSSED, MISMATCHED);
      await app.menu('export-html');
      const dialog = page.locator('dialog.export-check[open]');
      await dialog.waitFor();
      assert.equal(await dialog.getByRole('button', { name: 'Export anyway' }).count(), 1);
      await dialog.locator('.export-check-list button').first().click();
      await dialog.waitFor({ state: 'detached' });
      assert.equal(await page.evaluate(() => window.getSelection()?.toString()), 'France');
      assert.deepEqual(app.saveDialog.offered, []);
      assert.deepEqual(app.problems, []);
    });
  });

  test('a finding the desk chose to ignore does not stop the export', async () => {
    const draft = newDraft(new Date('2026-11-20T09:00:00Z'), 'd-exportignore1');
    draft.doc = {
      type: 'doc',
      content: [
        { type: 'headline', content: [{ type: 'text', text: 'বার্লিনে সংবাদ সম্মেলন' }] },
        { type: 'paragraph', content: [{ type: 'text', text: MISMATCHED }] },
      ],
    };
    const [mismatch] = blockingFindings(
      schema.nodeFromJSON(draft.doc),
      createChecker({ glossary: bundledGlossary(), style: DEFAULT_HOUSE_STYLE }),
      [],
    );
    assert.equal(mismatch?.finding.rule, 'gloss/mismatch');
    draft.review.ignored = [{ rule: mismatch!.finding.rule, key: mismatch!.finding.key }];
    const dataDir = tempDir('newsroom-ui-');
    mkdirSync(join(dataDir, 'drafts'));
    writeFileSync(join(dataDir, 'drafts', `${draft.id}.json`), JSON.stringify(draft));
    await withApp({ dataDir }, async (app) => {
      const { page } = app;
      assert.equal(await waitForOpenDraft(page), draft.id);
      await app.menu('export-html');
      await page.locator('.export-notice').waitFor();
      assert.equal(await page.locator('dialog.export-check').count(), 0);
      assert.deepEqual(readdirSync(app.exportDir), ['বার্লিনে সংবাদ সম্মেলন.html']);
    });
  });

  test("the export stops on a name the user's own glossary knows, as the editor does", async () => {
    const dataDir = tempDir('newsroom-ui-');
    writeFileSync(join(dataDir, 'glossary.json'), exportGlossaryJson([{ bn: 'রহিমপুর', variants: [], en: 'Rahimpur', type: 'place' }]));
    await withApp({ dataDir }, async (app) => {
      const { page } = app;
      await writeArticle(page, 'রহিমপুরে মেলা', 'রহিমপুরের (Dhaka) মেলা শুরু হয়েছে।');
      await page.locator('.article .finding[data-finding="gloss/mismatch"]').first().waitFor();
      await app.menu('export-html');
      const dialog = page.locator('dialog.export-check[open]');
      await dialog.waitFor();
      const items = dialog.locator('.export-check-list li');
      assert.deepEqual(await items.evaluateAll((li) => li.map((item) => item.getAttribute('data-rule'))), ['gloss/mismatch']);
      assert.match(await items.first().innerText(), /Rahimpur/);
      assert.deepEqual(app.saveDialog.offered, []);
    });
  });

  test('what export leaves out is reported', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await writeArticle(page, 'শিরোনাম', 'বাংলা ');
      // A right-to-left override typed into the text: it could make the page show words out of order.
      await page.keyboard.insertText('\u202eলেখা');
      await app.menu('export-html');
      const notice = page.locator('.export-notice');
      await notice.waitFor();
      assert.deepEqual(await notice.locator('.export-dropped li').evaluateAll((li) => li.map((item) => item.getAttribute('data-drop'))), [
        'bidi-controls',
      ]);
      assert.equal(await notice.locator('.export-dropped li').innerText(), 'লেখার দিক বদলানোর অদৃশ্য সংকেত বাদ দেওয়া হয়েছে');
      assert.doesNotMatch(readFileSync(join(app.exportDir, 'শিরোনাম.html'), 'utf8'), /\u202e/);
    });
  });

  test('cancelling the save dialog writes nothing and says nothing', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await writeArticle(page, 'শিরোনাম', GLOSSED);
      app.saveDialog.answer = () => null;
      await app.menu('export-html');
      await dialogAsked(app, 1);
      // A round trip through the page, so anything the answer set off has happened.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
      assert.deepEqual(readdirSync(app.exportDir), []);
      assert.equal(await page.locator('.export-notice, .error-banner').count(), 0);
      assert.deepEqual(app.problems, []);
    });
  });

  test('a folder that cannot be written is reported in Bengali', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await writeArticle(page, 'শিরোনাম', GLOSSED);
      app.saveDialog.answer = (name) => join(app.exportDir, 'no-such-folder', name);
      await app.menu('export-html');
      const banner = page.locator('.error-banner');
      await banner.waitFor();
      assert.match(await banner.locator('.error-text').innerText(), /^HTML ফাইল সংরক্ষণ করা যায়নি: ফাইলটি খুঁজে পাওয়া যায়নি।/);
      assert.deepEqual(readdirSync(app.exportDir), []);
    });
  });

  test('an untitled article is offered as শিরোনামহীন.html', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await writeArticle(page, '', GLOSSED);
      await app.menu('export-html');
      await page.locator('.export-notice').waitFor();
      assert.deepEqual(readdirSync(app.exportDir), ['শিরোনামহীন.html']);
    });
  });

  test('Copy as HTML puts the article fragment and its plain text on the clipboard', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await writeArticle(page, 'কিয়েভে বক্তৃতা', GLOSSED, 'আলোচনা চলবে।');
      await app.menu('copy-html');
      await page.locator('.export-notice').waitFor();
      const copied = app.clipboard();
      assert.ok(copied);
      assert.match(copied.html, /^<article lang="bn">\n {2}<h1>কিয়েভে বক্তৃতা<\/h1>/);
      assert.match(copied.html, /<span lang="en">Volodymyr Zelensky<\/span>/);
      assert.doesNotMatch(copied.html, /<!doctype|<html|<head/i);
      assert.equal(copied.text, `কিয়েভে বক্তৃতা\n\n${GLOSSED}\n\nআলোচনা চলবে।`);
      assert.equal(await page.locator('.export-notice p').first().innerText(), 'লেখাটি HTML ও সাধারণ লেখা, দুই রূপেই ক্লিপবোর্ডে কপি হয়েছে।');
      assert.deepEqual(app.saveDialog.offered, [], 'copying opens no dialog');
      assert.deepEqual(app.problems, []);
    });
  });
});
