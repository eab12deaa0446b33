import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Settings } from '../../core/api/newsroom-api';
import type { Result } from '../../core/api/result';
import { importGlossaryJson } from '../../core/glossary/io';
import type { GlossaryEntry } from '../../core/glossary/types';
import { saved, skipUi, until, waitForOpenDraft, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';
import { tempDir } from '../helpers/temp-dir';

// Written for these tests: a village whose name is one sound from a glossary city (ইসলামাবাদ), and
// a city the bundled glossary knows.
const HEADLINE = 'সীমান্তে নতুন সেতু';
const PARAGRAPH = 'সীমান্তের ইসলামবাদ গ্রামে নতুন সেতু খুলেছে। ঢাকার প্রকৌশলীরা সেতুটি বানিয়েছেন।';
const VILLAGE = 'ইসলামবাদ';

const row = (page: Page, rule: string) => page.locator(`.side-panel .finding-row[data-rule="${rule}"]`);
const underline = (page: Page, rule: string) => page.locator(`.article .finding[data-finding="${rule}"]`);
const known = (page: Page, name: string) => page.locator('.article .entity-known:not(.finding)', { hasText: name });
const form = (page: Page) => page.locator('.glossary-form');

/** What the quiet mark looks like where it is drawn: an underline, or nothing at all. */
function decorationOf(page: Page, name: string): Promise<string> {
  return known(page, name)
    .first()
    .evaluate((el) => getComputedStyle(el).textDecorationLine);
}

/** The user's own glossary file, read as the glossary import reads it; null while there is none. */
function ownGlossary(dataDir: string): GlossaryEntry[] | null {
  const file = join(dataDir, 'glossary.json');
  if (!existsSync(file)) return null;
  const read = importGlossaryJson(readFileSync(file, 'utf8'));
  assert.ok(read.ok, 'glossary.json reads back');
  return read.value;
}

describe('the glossary from the editor', { skip: skipUi }, () => {
  const withApp = appFixture();

  test('a name added from a finding, with its English name, is known from then on and after a restart', async () => {
    const dataDir = tempDir('newsroom-glossary-ui-');
    const id = await withApp({ dataDir }, async (first) => {
      const { page } = first;
      const id = await writeArticle(page, HEADLINE, PARAGRAPH);
      await row(page, 'entity/unknown-near').waitFor();
      assert.equal(await row(page, 'entity/unknown-near').locator('.finding-text').innerText(), VILLAGE);

      await row(page, 'entity/unknown-near').locator('.finding-add-glossary').click();
      await form(page).waitFor();
      assert.equal(await form(page).locator('.glossary-bn').inputValue(), VILLAGE);
      // The form opens with the cursor in the English field.
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'glossary-en');
      // The English name is required: without it nothing is stored and the finding stays.
      await page.keyboard.press('Enter');
      assert.match(await form(page).locator('[role="alert"]').innerText(), /ইংরেজি/);
      assert.equal(ownGlossary(dataDir), null);
      assert.equal(await row(page, 'entity/unknown-near').count(), 1);

      await page.keyboard.type('Islambad');
      await form(page).locator('.glossary-type').selectOption('place');
      await form(page).locator('button[type="submit"]').click();
      await form(page).waitFor({ state: 'detached' });
      await until(async () => (await row(page, 'entity/unknown-near').count()) === 0, 'the near miss to go');
      assert.equal(await underline(page, 'entity/unknown-near').count(), 0);
      await known(page, VILLAGE).first().waitFor();
      assert.deepEqual(await known(page, VILLAGE).allInnerTexts(), [VILLAGE]);
      assert.deepEqual(ownGlossary(dataDir), [{ bn: VILLAGE, variants: [], en: 'Islambad', type: 'place' }]);
      await saved(page);
      return id;
    });

    // A new app on the same folder: the name is still known, from the first check of the draft.
    await withApp({ dataDir }, async (second) => {
      const { page } = second;
      assert.equal(await waitForOpenDraft(page), id);
      await known(page, VILLAGE).first().waitFor();
      await known(page, 'ঢাকা').first().waitFor();
      assert.equal(await row(page, 'entity/unknown-near').count(), 0);
      assert.equal(await underline(page, 'entity/unknown-near').count(), 0);
      // The same spelling again is refused: one entry per spelling.
      const again = await page.evaluate(
        (bn) =>
          (window as unknown as { newsroom: { addGlossaryEntry(e: unknown): Promise<Result<unknown>> } }).newsroom.addGlossaryEntry({
            bn,
            variants: [],
            en: 'Islambad',
            type: 'place',
          }),
        VILLAGE,
      );
      assert.equal(again.ok, false);
      assert.equal(ownGlossary(dataDir)!.length, 1);
      assert.deepEqual(second.problems, []);
    });
  });

  test('the mark on glossary names is off by default, follows its setting, and the setting is kept', async () => {
    await withApp(async (app) => {
      const { page } = app;
      // The status bar shows its two checkboxes from 1366px; narrower, they are in the settings only.
      await page.setViewportSize({ width: 1480, height: 860 });
      await writeArticle(page, HEADLINE, PARAGRAPH);
      await known(page, 'ঢাকা').first().waitFor();
      const toggle = page.locator('.mark-known input[type="checkbox"]');
      // A long article stays quiet: no dotted line under every known name until the reporter asks.
      assert.equal(await toggle.isChecked(), false);
      assert.equal(await decorationOf(page, 'ঢাকা'), 'none');

      // The box follows the stored setting, so it changes once the main process has it.
      await saved(page);
      await toggle.click();
      await until(async () => await toggle.isChecked(), 'the setting to be on');
      await until(async () => (await decorationOf(page, 'ঢাকা')) === 'underline', 'the mark to appear');
      const stored = await page.evaluate(() =>
        (window as unknown as { newsroom: { getSettings(): Promise<Result<Settings>> } }).newsroom.getSettings(),
      );
      assert.ok(stored.ok && stored.value.markKnownNames === true);

      await toggle.click();
      await until(async () => (await decorationOf(page, 'ঢাকা')) === 'none', 'the mark to go');
      await saved(page);
    });

    // On in the stored settings: the mark from the first check.
    await withApp({ settings: { markKnownNames: true } }, async (on) => {
      const { page } = on;
      await writeArticle(page, HEADLINE, PARAGRAPH);
      await known(page, 'ঢাকা').first().waitFor();
      assert.equal(await page.locator('.mark-known input[type="checkbox"]').isChecked(), true);
      assert.equal(await decorationOf(page, 'ঢাকা'), 'underline');
      await saved(page);
    });
  });
});
