import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { editorBlocks, skipUi, until, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';

describe('export says what the house style changes', { skip: skipUi }, () => {
  const withApp = appFixture();

  test('ASCII digits: export names the count in Bengali digits, applies the change in the editor as one undoable step', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await writeArticle(page, 'ত্রাণ', 'নদীতে 10টি নৌকা নামানো হয়েছে।');
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
  test('য়/ড়/ঢ় in one code point: export counts the words it rewrites in the house form (NFC), and applying them is one undoable step', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await writeArticle(page, 'বন্যা');
      await page.keyboard.press('Enter');
      // Three words with a one-code-point nukta letter (as Avro types them): ড় U+09DC, য় U+09DF twice.
      const typed = 'বা\u09DCিতে ন\u09DFটি নৌকা নিয়ে মে\u09DFেরা এসেছে।';
      const housed = typed.normalize('NFC');
      assert.notEqual(housed, typed);
      await page.keyboard.insertText(typed);
      await until(async () => (await editorBlocks(page))[1] === typed, 'the editor to hold the typed text as typed');
      await app.menu('export-html');
      const notice = page.locator('.export-house-form');
      await notice.waitFor();
      assert.equal((await notice.locator('.export-forms').innerText()).trim(), '৩টি শব্দের য়/ড়/ঢ় লেখার ধরন বদলাবে');
      assert.equal(await notice.locator('.export-digits').count(), 0, 'no digits to change');
      await notice.locator('.export-apply-house').click();
      await until(async () => (await editorBlocks(page))[1] === housed, 'the editor to hold the house form');
      await page.locator('.export-notice').waitFor();
      await page.locator('.article p').first().click();
      await page.keyboard.press('ControlOrMeta+z');
      await until(async () => (await editorBlocks(page))[1] === typed, 'undo to bring back the one-code-point letters');
    });
  });
});
