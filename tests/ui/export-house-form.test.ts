import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { editorBlocks, skipUi, until, waitForOpenDraft } from './harness';
import { appFixture } from '../helpers/with-app';

describe('export says what the house style changes', { skip: skipUi }, () => {
  const withApp = appFixture();

  test('ASCII digits: export names the count in Bengali digits, applies the change in the editor as one undoable step', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await waitForOpenDraft(page);
      await page.locator('.article .headline').click();
      await page.keyboard.type('ত্রাণ');
      await page.keyboard.press('Enter');
      await page.keyboard.insertText('নদীতে 10টি নৌকা নামানো হয়েছে।');
      await app.menu('export-html');
      const notice = page.locator('.export-house-form');
      await notice.waitFor();
      assert.equal((await notice.locator('.export-digits').innerText()).trim(), '২টি সংখ্যা বাংলা অঙ্কে বদলাবে');
      await notice.locator('.export-apply-house').click();
      await until(async () => (await editorBlocks(page))[1] === 'নদীতে ১০টি নৌকা নামানো হয়েছে।', 'the editor to show ১০');
      await page.locator('.export-notice').waitFor();
      await page.locator('.article p').first().click();
      await page.keyboard.press('ControlOrMeta+z');
      await until(async () => (await editorBlocks(page))[1] === 'নদীতে 10টি নৌকা নামানো হয়েছে।', 'undo to bring back 10');
    });
  });
});
