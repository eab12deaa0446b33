import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  bengaliDigits,
  blocksOf,
  controllableFs,
  editorBlocks,
  saved,
  saveNamedVersion,
  skipUi,
  testOutputDir,
  until,
  writeArticle,
} from './harness';
import { appFixture } from '../helpers/with-app';

const HEADLINE = 'চট্টগ্রামে পাহাড়ধসের শঙ্কা';
// Short enough to stay on one line, so Home and End reach the paragraph's ends.
const FIRST = 'টানা বৃষ্টিতে ঝুঁকি বেড়েছে।';
const SECOND = 'লোকজনকে সরে যেতে বলা হয়েছে।';

function stored(dataDir: string, id: string): string[] {
  return blocksOf(JSON.parse(readFileSync(join(dataDir, 'drafts', `${id}.json`), 'utf8')).doc);
}

const panel = (page: Page) => page.locator('.versions-panel');
const item = (page: Page, kind: string) => panel(page).locator(`.version-item[data-kind="${kind}"]`);

describe('versions', { skip: skipUi }, () => {
  const withApp = appFixture();

  test('save a named version, see it listed, read it, restore it, and undo the restore', async () => {
    await withApp(async (app) => {
      const { page, dataDir } = app;
      const id = await writeArticle(page, HEADLINE, FIRST);
      await saved(page);

      // Opened from the menu, with the name field focused.
      await app.menu('versions');
      await panel(page).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.closest('.version-save') !== null), true);
      // The first save of the session was kept automatically; once it is listed, the list is no longer busy.
      await item(page, 'auto').first().waitFor();
      assert.equal(await panel(page).locator('.version-list').getAttribute('aria-busy'), 'false');

      await saveNamedVersion(page, 'প্রথম পাঠ');
      const named = item(page, 'named');
      assert.equal(await named.locator('.version-name').innerText(), 'প্রথম পাঠ');
      assert.equal(await named.locator('.version-words').innerText(), `${bengaliDigits(7)} শব্দ`);
      assert.match(await named.locator('time').innerText(), /^[০-৯]{1,2} \p{Script=Bengali}+/u);
      // Newest first.
      assert.equal(await panel(page).locator('.version-item').first().getAttribute('data-kind'), 'named');

      // More typing, not yet saved when the restore is asked for: it is saved first, then kept as 'before-restore'.
      await page.locator('.article p').last().click();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type(SECOND);
      await named.locator('[data-action="read-version"]').click();
      const view = page.locator('.version-view.version-read');
      await view.waitFor();
      assert.match(await view.locator('.version-view-label').innerText(), /শুধু পড়ার জন্য · প্রথম পাঠ/);
      assert.deepEqual(await view.locator('.version-article > *').allInnerTexts(), [HEADLINE, FIRST]);
      assert.equal(await view.locator('[contenteditable]').count(), 0);
      assert.equal(await page.locator('.workspace > .editor-scroll').isHidden(), true);
      await page.keyboard.press('Escape');
      await view.waitFor({ state: 'detached' });
      assert.deepEqual(await editorBlocks(page), [HEADLINE, FIRST, SECOND]);

      await named.locator('[data-action="restore-version"]').click();
      const confirm = named.locator('[data-action="confirm-restore"]');
      await confirm.waitFor();
      assert.equal(await confirm.evaluate((button) => button === document.activeElement), true);
      await confirm.click();
      await item(page, 'before-restore').waitFor();
      assert.deepEqual(await editorBlocks(page), [HEADLINE, FIRST]);
      await saved(page);
      assert.deepEqual(stored(dataDir, id), [HEADLINE, FIRST]);
      assert.equal(await item(page, 'before-restore').locator('.version-name').innerText(), 'ফেরানোর আগের লেখা');
      assert.equal(await item(page, 'before-restore').locator('.version-words').innerText(), `${bengaliDigits(12)} শব্দ`);
      assert.equal(await page.locator('.draft-item.current .draft-words').innerText(), `${bengaliDigits(7)} শব্দ`);

      // The restore is itself undone by restoring the text it replaced.
      const backup = item(page, 'before-restore');
      await backup.locator('[data-action="restore-version"]').click();
      await backup.locator('[data-action="confirm-restore"]').click();
      await until(async () => (await item(page, 'before-restore').count()) === 2, 'a second before-restore version');
      assert.deepEqual(await editorBlocks(page), [HEADLINE, FIRST, SECOND]);
      assert.deepEqual(stored(dataDir, id), [HEADLINE, FIRST, SECOND]);

      // Typing after a restore saves as usual.
      await panel(page).locator('[data-action="close-versions"]').click();
      await panel(page).waitFor({ state: 'detached' });
      await page.locator('.article p').last().click();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type(' রাতে আবার বৃষ্টি।');
      await saved(page);
      assert.deepEqual(stored(dataDir, id), [HEADLINE, FIRST, `${SECOND} রাতে আবার বৃষ্টি।`]);
      assert.deepEqual(app.problems, []);
    });
  });

  test('while the list is read the panel says so and the list is busy; once read, neither', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await writeArticle(page, HEADLINE, FIRST);
      await saved(page);
      const release = app.hold('listVersions');
      await app.menu('versions');
      const loading = panel(page).locator('.version-loading');
      await loading.waitFor();
      assert.equal(await loading.innerText(), 'সংস্করণের তালিকা লোড হচ্ছে…');
      assert.equal(await panel(page).locator('.version-list').getAttribute('aria-busy'), 'true');
      assert.equal(await panel(page).locator('.panel-empty', { hasText: 'কোনো সংস্করণ' }).count(), 0);
      await page.screenshot({ path: join(testOutputDir(), 'versions-loading.png') });

      release();
      await item(page, 'auto').waitFor();
      assert.equal(await panel(page).locator('.version-list').getAttribute('aria-busy'), 'false');
      assert.equal(await loading.count(), 0);
      // A later read (after a save) keeps the list on screen and says nothing: it is only busy meanwhile.
      const again = app.hold('listVersions');
      await page.locator('.article p').last().click();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type(' আজও।');
      await panel(page).locator('.version-list[aria-busy="true"]').waitFor({ state: 'attached' });
      assert.equal(await item(page, 'auto').count(), 1);
      assert.equal(await loading.count(), 0);
      again();
      await panel(page).locator('.version-list[aria-busy="false"]').waitFor({ state: 'attached' });
      assert.deepEqual(app.problems, []);
    });
  });

  test('compare a version with the current text, and two versions: inserted and deleted words highlighted', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await writeArticle(page, HEADLINE, FIRST);
      await saved(page);
      await page.locator('[data-action="show-versions"]').click();
      await saveNamedVersion(page, 'সকালের খবর');

      // Edit the paragraph: one word replaced, one word added; a paragraph added.
      await page.locator('.article p').last().click();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type(SECOND);
      await page.locator('.article p').first().click();
      await page.keyboard.press('Home');
      await page.keyboard.type('আরও ');
      await saved(page);

      const named = item(page, 'named');
      await named.locator('[data-action="compare-current"]').click();
      const view = page.locator('.version-view.version-compare');
      await view.waitFor();
      assert.match(await view.locator('.version-view-label').innerText(), /সকালের খবর.*→.*বর্তমান লেখা/);
      assert.deepEqual(await view.locator('.compare-legend ins, .compare-legend del').allInnerTexts(), ['যোগ হয়েছে', 'বাদ গেছে']);
      const blocks = view.locator('.version-article > .compare-block');
      assert.deepEqual(await blocks.evaluateAll((els) => els.map((el) => el.getAttribute('data-kind'))), ['same', 'changed', 'inserted']);
      assert.deepEqual(await blocks.nth(1).locator('ins.compare-ins').allTextContents(), ['আরও ']);
      assert.equal(await blocks.nth(1).locator('del').count(), 0);
      assert.equal(await blocks.nth(1).innerText(), `আরও ${FIRST}`);
      assert.deepEqual(await blocks.nth(2).locator('ins.compare-ins').allTextContents(), [SECOND]);

      // Two versions: the named one and a later one, compared older → newer whatever the order chosen.
      await page.keyboard.press('Escape');
      await view.waitFor({ state: 'detached' });
      await page.locator('.article p').first().click();
      await page.keyboard.press('End');
      await page.keyboard.press('Shift+Home');
      await page.keyboard.type('ভারী বর্ষণে ঝুঁকি বেড়েছে।');
      await saved(page);
      await saveNamedVersion(page, 'দুপুরের খবর');
      await panel(page).locator('.version-item', { hasText: 'দুপুরের খবর' }).locator('.version-pick').check();
      assert.equal(await panel(page).locator('[data-action="compare-picked"]').isDisabled(), true);
      await panel(page).locator('.version-item', { hasText: 'সকালের খবর' }).locator('.version-pick').check();
      await panel(page).locator('[data-action="compare-picked"]').click();
      await view.waitFor();
      assert.match(await view.locator('.version-view-label').innerText(), /সকালের খবর.*→.*দুপুরের খবর/);
      const changed = view.locator('.compare-block[data-kind="changed"]');
      assert.deepEqual(await changed.locator('del.compare-del').allTextContents(), ['টানা বৃষ্টিতে']);
      assert.deepEqual(await changed.locator('ins.compare-ins').allTextContents(), ['ভারী বর্ষণে']);
      assert.equal(await view.locator('.compare-block[data-kind="inserted"]').innerText(), SECOND);
      assert.deepEqual(app.problems, []);
    });
  });

  test('in English: the panel follows the setting, a status change adds a version, and a restore that fails is shown and changes nothing', async () => {
    await withApp({ settings: { uiLanguage: 'en' } }, async (app) => {
      const { page, dataDir } = app;
      const id = await writeArticle(page, HEADLINE);
      await saved(page);
      await app.menu('versions');
      await panel(page).waitFor();
      assert.equal(await panel(page).locator('h2').innerText(), 'Versions');
      assert.equal(await item(page, 'auto').locator('.version-name').innerText(), 'Automatic');
      // A status change is kept as a version of its own, and the open list shows it.
      await page.locator('.status-select select').selectOption('review');
      await item(page, 'status').waitFor();
      assert.equal(await item(page, 'status').locator('.version-name').innerText(), 'At a status change');
      assert.equal(JSON.parse(readFileSync(join(dataDir, 'drafts', `${id}.json`), 'utf8')).meta.status, 'review');
      // The version's file disappears behind the app's back.
      const versionId = (await item(page, 'auto').getAttribute('data-version-id'))!;
      rmSync(join(dataDir, 'versions', id, `${versionId}.json`));
      await item(page, 'auto').locator('[data-action="restore-version"]').click();
      await item(page, 'auto').locator('[data-action="confirm-restore"]').click();
      const banner = page.locator('.error-banner');
      await banner.waitFor();
      assert.match(await banner.innerText(), /The version could not be restored: the version was not found\./);
      assert.deepEqual(stored(dataDir, id), [HEADLINE, '']);
      assert.deepEqual(await editorBlocks(page), [HEADLINE, '']);
    });
  });

  test('when the typing cannot be saved, nothing is restored and the text stays in the editor', async () => {
    const files = controllableFs();
    await withApp({ fs: files.fs }, async (app) => {
      const { page, dataDir } = app;
      const id = await writeArticle(page, HEADLINE);
      await saved(page);
      await page.locator('[data-action="show-versions"]').click();
      await saveNamedVersion(page, 'শুধু শিরোনাম');

      files.block(true);
      await page.locator('.article .headline').click();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type(FIRST);
      await page.locator('.save-state[data-save="failed"]').waitFor();
      await item(page, 'named').locator('[data-action="restore-version"]').click();
      await item(page, 'named').locator('[data-action="confirm-restore"]').click();
      await page.locator('.error-banner', { hasText: 'লেখাটি সংরক্ষণ করা যায়নি, তাই সংস্করণের কাজটি করা হয়নি।' }).waitFor();
      assert.deepEqual(await editorBlocks(page), [HEADLINE, FIRST]);
      assert.deepEqual(stored(dataDir, id), [HEADLINE, '']);
      assert.equal(await item(page, 'before-restore').count(), 0);

      // Writable again: the next save clears the notice and the typing reaches the disk.
      files.block(false);
      await page.locator('.article p').last().click();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type(' ');
      await saved(page);
      assert.equal(await page.locator('.error-banner', { hasText: 'সংস্করণের কাজটি' }).count(), 0);
      assert.deepEqual(stored(dataDir, id), [HEADLINE, `${FIRST} `]);
    });
  });
});
