import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Settings } from '../../core/api/newsroom-api';
import type { Result } from '../../core/api/result';
import { saved, skipUi, until, waitForOpenDraft, type RunningApp, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';

// Written for these tests: Bengali digits, then a word and its synonym a newsroom may pair.
const HEADLINE = 'পৌরসভার নলকূপ';
const PARAGRAPH = 'পৌরসভা এবার ১২টি নতুন নলকূপ বসিয়েছে। আগামী বছর আরও টিউবওয়েল বসানো হবে।';

const dialog = (page: Page) => page.locator('dialog.settings-dialog');
const rows = (page: Page, rule: string) => page.locator(`.side-panel .finding-row[data-rule="${rule}"]`);

async function openSettings(app: RunningApp): Promise<void> {
  await app.menu('settings');
  await dialog(app.page).waitFor();
}

function storedSettings(page: Page): Promise<Result<Settings>> {
  return page.evaluate(() => (window as unknown as { newsroom: { getSettings(): Promise<Result<Settings>> } }).newsroom.getSettings());
}

/** WCAG contrast ratio of two computed `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = css
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((v) => Number(v) / 255);
    const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(bl!);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

function articleColours(page: Page): Promise<{ ink: string; paper: string; body: string }> {
  return page.evaluate(() => ({
    ink: getComputedStyle(document.querySelector('.article')!).color,
    paper: getComputedStyle(document.querySelector('.editor-page')!).backgroundColor,
    body: getComputedStyle(document.body).backgroundColor,
  }));
}

describe('the settings dialog', { skip: skipUi }, () => {
  const withApp = appFixture();

  test('a house-style change changes what the checker flags at once, and what export writes', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await writeArticle(page, HEADLINE, PARAGRAPH);
      await page.locator('.side-panel .findings-panel').waitFor();
      await saved(page);
      assert.equal(await rows(page, 'style/digits').count(), 0, 'Bengali digits are the default house style');
      assert.equal(await rows(page, 'style/variant').count(), 0);

      await openSettings(app);
      await dialog(page).locator('.setting-digits').selectOption('ascii');
      await until(async () => (await rows(page, 'style/digits').count()) === 1, 'the Bengali digits to be flagged');
      assert.equal(await rows(page, 'style/digits').locator('.finding-text').innerText(), '১২');

      // A preferred spelling added to the list: the other one in the article is flagged.
      await dialog(page).locator('.pair-variant').fill('নলকূপ');
      await dialog(page).locator('.pair-preferred').fill('টিউবওয়েল');
      await dialog(page).locator('.pair-add').click();
      // In the headline and in the body.
      await until(async () => (await rows(page, 'style/variant').count()) === 2, 'the variant of the new pair');
      assert.deepEqual(await rows(page, 'style/variant').locator('.finding-text').allInnerTexts(), ['নলকূপ', 'নলকূপ']);
      // Half a pair is refused and stores nothing.
      await dialog(page).locator('.pair-variant').fill('নলকূপ');
      await dialog(page).locator('.pair-add').click();
      await dialog(page).locator('.pair-problem').waitFor();
      // The reason is the settings schema's, the same the main process gives, naming the pair.
      assert.match(await dialog(page).locator('.pair-problem').innerText(), /preferredSpellings\["নলকূপ"\]: খালি রাখা যায় না/);

      const stored = await storedSettings(page);
      assert.ok(stored.ok);
      assert.equal(stored.value.houseStyle.digits, 'ascii');
      assert.equal(stored.value.houseStyle.preferredSpellings.নলকূপ, 'টিউবওয়েল');
      assert.equal(stored.value.houseStyle.preferredSpellings.সরকারী, 'সরকারি', 'the other pairs are kept');

      await dialog(page)
        .locator('.preferred-pair')
        .filter({ has: page.locator('input[value="নলকূপ"]') })
        .locator('.pair-remove')
        .click();
      await until(async () => (await rows(page, 'style/variant').count()) === 0, 'the pair removed');

      await page.keyboard.press('Escape');
      await dialog(page).waitFor({ state: 'detached' });
      assert.equal(await page.evaluate(() => document.activeElement?.closest('.article') !== null), true, 'focus back in the text');

      // Export says the digits will change, and writes the house digits when told to go ahead as is.
      await app.menu('export-html');
      const houseForm = page.locator('.export-house-form');
      await houseForm.waitFor();
      assert.match(await houseForm.locator('.export-digits').innerText(), /[০-৯]/, 'the count is in Bengali digits');
      await houseForm.locator('.export-as-is').click();
      await page.locator('.export-notice').waitFor();
      const [name] = readdirSync(app.exportDir);
      const html = readFileSync(join(app.exportDir, name!), 'utf8');
      assert.match(html, /12টি/);
      assert.doesNotMatch(html, /১২টি/);
      assert.deepEqual(app.problems, []);
    });
  });

  test('the dark theme switches the colours, keeps Bengali text readable, and is kept', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await writeArticle(page, HEADLINE, PARAGRAPH);
      const light = await articleColours(page);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');

      await page.locator('.status-bar .open-settings').click();
      await dialog(page).waitFor();
      await dialog(page).locator('.setting-theme').selectOption('dark');
      await until(async () => (await page.evaluate(() => document.documentElement.dataset.theme)) === 'dark', 'the dark theme');
      const dark = await articleColours(page);
      assert.notEqual(dark.paper, light.paper);
      assert.notEqual(dark.body, light.body);
      assert.ok(contrast(dark.ink, dark.body) > contrast(dark.ink, 'rgb(255, 255, 255)'), 'light ink on dark paper');
      assert.ok(contrast(dark.ink, dark.paper) >= 7, `article text contrast ${contrast(dark.ink, dark.paper).toFixed(1)} below 7:1`);
      const stored = await storedSettings(page);
      assert.ok(stored.ok && stored.value.theme === 'dark');
      await page.keyboard.press('Escape');
      await dialog(page).waitFor({ state: 'detached' });
      await saved(page);
    });

    await withApp({ settings: { theme: 'dark' } }, async (again) => {
      await waitForOpenDraft(again.page);
      await until(async () => (await again.page.evaluate(() => document.documentElement.dataset.theme)) === 'dark', 'dark from the start');
    });
  });

  test('the general settings and the autosave delay are set in the dialog; an out-of-range delay is not stored', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await waitForOpenDraft(page);
      await openSettings(app);
      await dialog(page).locator('.setting-language').selectOption('en');
      await until(async () => (await dialog(page).locator('h2').innerText()) === 'Settings', 'the English interface');
      // The box follows the stored setting, so it changes once the main process has it.
      await dialog(page).locator('.setting-pipe-to-danda').click();
      await until(async () => !(await dialog(page).locator('.setting-pipe-to-danda').isChecked()), 'the box unchecked');
      // In seconds, as a reporter thinks of it.
      await dialog(page).locator('.setting-autosave').fill('5');
      assert.equal(await dialog(page).locator('.setting-autosave').getAttribute('aria-invalid'), 'true');
      assert.match(await dialog(page).locator('#setting-autosave-problem').innerText(), /0\.2 to 1\.0 seconds/);
      await dialog(page).locator('.setting-autosave').fill('0.3');
      await until(async () => {
        const stored = await storedSettings(page);
        return stored.ok && stored.value.autosaveDelayMs === 300;
      }, 'the delay stored');
      const stored = await storedSettings(page);
      assert.ok(stored.ok);
      assert.equal(stored.value.uiLanguage, 'en');
      assert.equal(stored.value.pipeToDanda, false);
      // The status bar shows the same setting.
      assert.equal(await page.locator('.status-bar .pipe-to-danda input').isChecked(), false);
      await page.keyboard.press('Escape');
      await dialog(page).waitFor({ state: 'detached' });

      // Typing still reaches the disk with the shorter delay.
      await writeArticle(page, 'ছোট বিরতি');
      await saved(page);
      assert.deepEqual(app.problems, []);
    });
  });
});
