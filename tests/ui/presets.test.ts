import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Settings } from '../../core/api/newsroom-api';
import type { Result } from '../../core/api/result';
import { saved, skipUi, until, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';

// Written for these tests: Kolkata's spelling of a name, twice, and Kolkata's কোনও once.
const HEADLINE = 'সফর শেষে প্রধানমন্ত্রী';
const PARAGRAPH = 'নরেন্দ্র মোদীর সফর শেষ হয়েছে। কোনও চুক্তি হয়নি, জানিয়েছে মোদীর দপ্তর।';

const dialog = (page: Page) => page.locator('dialog.settings-dialog');
const underline = (page: Page, rule: string) => page.locator(`.article .finding[data-finding="${rule}"]`);
const rows = (page: Page, rule: string) => page.locator(`.side-panel .finding-row[data-rule="${rule}"]`);

function storedSettings(page: Page): Promise<Result<Settings>> {
  return page.evaluate(() => (window as unknown as { newsroom: { getSettings(): Promise<Result<Settings>> } }).newsroom.getSettings());
}

describe('the spelling standard (বানানরীতি)', { skip: skipUi }, () => {
  const withApp = appFixture();

  test('picking কলকাতা accepts মোদী in the editor at once; a Dhaka spelling added then is the odd one out', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await writeArticle(page, HEADLINE, PARAGRAPH);
      await until(async () => (await underline(page, 'entity/variant').count()) === 2, 'মোদী flagged with no preset chosen');
      await saved(page);

      await app.menu('settings');
      await dialog(page).waitFor();
      const select = dialog(page).locator('.setting-preset');
      assert.equal(await select.inputValue(), '', 'no preset until one is chosen');
      assert.deepEqual(
        (await select.locator('option').allInnerTexts()).map((t) => t.trim()),
        ['শুধু শব্দকোষের বানান', 'ঢাকা', 'কলকাতা'],
      );
      assert.match(
        await dialog(page)
          .locator('label', { has: page.locator('.setting-preset') })
          .innerText(),
        /বানানরীতি/,
      );
      await select.selectOption('kolkata');
      await until(async () => (await underline(page, 'entity/variant').count()) === 0, 'মোদী accepted under কলকাতা');
      assert.equal(await rows(page, 'entity/variant').count(), 0);
      const stored = await storedSettings(page);
      assert.ok(stored.ok && stored.value.houseStyle.preset === 'kolkata');
      assert.ok(stored.ok && stored.value.houseStyle.preferredSpellings.সরকারী === 'সরকারি', 'the own pairs are kept');
      await page.keyboard.press('Escape');
      await dialog(page).waitFor({ state: 'detached' });

      // One Dhaka spelling among two Kolkata ones: that one is flagged, with the article's spelling.
      await page.locator('.article p').last().click();
      await page.keyboard.press('End');
      await page.keyboard.insertText(' পরে মোদি ফিরে যান।');
      await until(async () => (await rows(page, 'entity/inconsistent').count()) === 1, 'the Dhaka spelling among Kolkata ones');
      assert.equal(await rows(page, 'entity/inconsistent').locator('.finding-text').innerText(), 'মোদি');
      await saved(page);
    });
  });
});
