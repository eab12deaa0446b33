import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { editorBlocks, saved, skipUi, until, waitForOpenDraft, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';

// Written for these tests: বিশ্ববিদ্যালয় three times and once misspelt; সাবধানে twice and once swapped.
const HEADLINE = 'বিশ্ববিদ্যালয়ে নতুন বছর';
const PARAGRAPH = 'বিশ্ববিদ্যালয়ের ছাত্ররা আজ এলেন। পরে বিশ্ববিদ্যালই খোলা হয়। ' + 'শিক্ষক বললেন, সাবধানে চলুন, রাস্তায় সাবধানে থাকুন। তবু সাধবানে কেউ চলেনি।';
const FIXED = PARAGRAPH.replace('বিশ্ববিদ্যালই', 'বিশ্ববিদ্যালয়'.normalize('NFC'));

const underline = (page: Page, text: string) => page.locator('.article .finding[data-finding="spelling/unknown"]', { hasText: text });
const row = (page: Page, text: string) => page.locator('.side-panel .finding-row[data-rule="spelling/unknown"]', { hasText: text });

describe('the spelling check in the editor', { skip: skipUi }, () => {
  const withApp = appFixture();

  test('a misspelt word is underlined in its own way with the article’s spelling; applying it is one undo step', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await writeArticle(page, HEADLINE, PARAGRAPH);
      await underline(page, 'বিশ্ববিদ্যালই').waitFor();
      assert.match((await underline(page, 'বিশ্ববিদ্যালই').getAttribute('class'))!, /finding-spelling/);
      const decoration = await underline(page, 'বিশ্ববিদ্যালই').evaluate((el) => getComputedStyle(el).textDecorationStyle);
      assert.equal(decoration, 'dotted');
      const apply = row(page, 'বিশ্ববিদ্যালই').locator('.finding-apply');
      assert.equal(await apply.first().getAttribute('data-suggestion'), 'বিশ্ববিদ্যালয়'.normalize('NFC'));
      await apply.first().click();
      await until(async () => (await editorBlocks(page))[1] === FIXED, 'the fix');
      await until(async () => (await underline(page, 'বিশ্ববিদ্যালই').count()) === 0, 'the underline to go');
      await page.keyboard.press('ControlOrMeta+z');
      assert.deepEqual(await editorBlocks(page), [HEADLINE, PARAGRAPH]);
      await saved(page);
    });
  });

  test('a word added to the dictionary is no longer flagged anywhere, and stays so after a reload', async () => {
    await withApp(async (app) => {
      const { page, dataDir } = app;
      const id = await writeArticle(page, HEADLINE, PARAGRAPH);
      await row(page, 'সাধবানে').waitFor();
      await row(page, 'সাধবানে').locator('.finding-add-dictionary').click();
      await until(async () => (await underline(page, 'সাধবানে').count()) === 0, 'the added word’s underline to go');
      assert.equal(await row(page, 'সাধবানে').count(), 0);
      assert.equal(await underline(page, 'বিশ্ববিদ্যালই').count(), 1, 'other findings stay');
      const personal = join(dataDir, 'dictionary.txt');
      assert.ok(existsSync(personal) && readFileSync(personal, 'utf8').split('\n').includes('সাধবানে'));
      await saved(page);

      await page.reload();
      assert.equal(await waitForOpenDraft(page), id);
      await underline(page, 'বিশ্ববিদ্যালই').waitFor();
      assert.equal(await underline(page, 'সাধবানে').count(), 0);
    });
  });
});
