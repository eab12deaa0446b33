import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Settings } from '../../core/api/newsroom-api';
import type { Result } from '../../core/api/result';
import { editorBlocks, saved, skipUi, until, waitForOpenDraft } from './harness';
import { appFixture } from '../helpers/with-app';
import { tempDir } from '../helpers/temp-dir';

const toggleOf = (page: Page) => page.locator('.pipe-to-danda input[type="checkbox"]');

function storedSettings(page: Page): Promise<Result<Settings>> {
  return page.evaluate(() => (window as unknown as { newsroom: { getSettings(): Promise<Result<Settings>> } }).newsroom.getSettings());
}

describe('| as danda, a setting in the status bar', { skip: skipUi }, () => {
  const withApp = appFixture();
  const dataDir = tempDir('newsroom-ui-danda-');

  test('on by default, switched off live with undo intact, and kept for the next start', async () => {
    const settings = await withApp({ dataDir }, async (first) => {
      const { page } = first;
      // The status bar shows its two checkboxes from 1366px; narrower, they are in the settings only.
      await page.setViewportSize({ width: 1480, height: 860 });
      await waitForOpenDraft(page);
      const toggle = toggleOf(page);
      assert.equal(await toggle.isChecked(), true);
      await page.locator('.article .headline').click();
      await page.keyboard.type('দাঁড়ি');
      await page.keyboard.press('Enter');
      await page.keyboard.type('আমি|');
      assert.equal((await editorBlocks(page))[1], 'আমি।');

      // The box follows the stored setting, so it changes once the main process has it.
      await saved(page);
      await toggle.click();
      await until(async () => !(await toggle.isChecked()), 'the setting to be off');
      await page.keyboard.type(' তুমি|');
      assert.equal((await editorBlocks(page))[1], 'আমি। তুমি|');
      // The editor was reconfigured, not rebuilt: what was typed before the switch can still be undone.
      await page.keyboard.press('ControlOrMeta+z');
      await until(async () => !(await editorBlocks(page))[1]?.includes('তুমি'), 'undo to take back the typing');
      assert.ok((await editorBlocks(page))[1]?.startsWith('আমি'));

      const stored = await storedSettings(page);
      assert.ok(stored.ok && stored.value.pipeToDanda === false);
      await saved(page);
      return stored.value;
    });

    // The next start on the same data folder, with the settings the first one stored.
    await withApp({ dataDir, settings }, async (second) => {
      const { page } = second;
      await waitForOpenDraft(page);
      assert.equal(await toggleOf(page).isChecked(), false);
      await page.locator('.article > *').nth(1).click();
      await page.keyboard.press('End');
      const before = (await editorBlocks(page))[1];
      await page.keyboard.type(' আমি|');
      assert.equal((await editorBlocks(page))[1], `${before} আমি|`);
      await saved(page);
    });
  });
});
