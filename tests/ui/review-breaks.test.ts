import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { caretAt, editorBlocks, skipUi, testOutputDir, until, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';

/** Written for this test: a short report of a bridge opening. */
const HEADLINE = 'নতুন সেতু খুলল';
const FIRST = 'সেতুটি আজ খুলে দেওয়া হয়েছে। যান চলাচল শুরু হবে কাল থেকে।';
const SECOND = 'স্থানীয় মানুষ খুশি।';

const rows = (page: Page) => page.locator('.review-panel .suggestion-row');
const markers = (page: Page, kind: 'insert' | 'delete') => page.locator(`.article .break-marker-${kind}`);

describe('review: paragraph breaks as suggestions', { skip: skipUi }, () => {
  const withApp = appFixture();

  test('Enter and Backspace in suggest mode suggest a new paragraph and a join; reject, accept and undo settle them', async () => {
    await withApp(async ({ page }) => {
      await writeArticle(page, HEADLINE, FIRST, SECOND);
      await page.keyboard.press('Control+Shift+X');
      await page.locator('.status-suggest[data-suggest="on"]').waitFor();

      // Enter before "যান": a new paragraph, marked with a ¶ and listed.
      await caretAt(page, 'যান চলাচল', 'start');
      await page.keyboard.press('Enter');
      assert.deepEqual((await editorBlocks(page)).slice(1), ['সেতুটি আজ খুলে দেওয়া হয়েছে। ', 'যান চলাচল শুরু হবে কাল থেকে।', SECOND]);
      await markers(page, 'insert').waitFor();
      const label = await markers(page, 'insert').getAttribute('aria-label');
      assert.match(label ?? '', /নতুন অনুচ্ছেদ/);
      assert.match(label ?? '', /আমি/);
      await until(async () => (await rows(page).count()) === 1, 'the new paragraph listed');
      assert.match(await rows(page).first().innerText(), /নতুন অনুচ্ছেদ/);
      assert.match(await rows(page).first().innerText(), /হয়েছে।/, 'with the words before it');

      // Rejected, the paragraphs are one again; undo brings the suggestion back.
      await rows(page).first().locator('[data-action="reject"]').click();
      await until(async () => (await rows(page).count()) === 0, 'rejected');
      assert.deepEqual((await editorBlocks(page)).slice(1), [FIRST, SECOND]);
      assert.equal(await markers(page, 'insert').count(), 0);
      await page.keyboard.press('Control+z');
      await until(async () => (await rows(page).count()) === 1, 'rejecting undone');
      assert.equal((await editorBlocks(page)).length, 4);
      await page.keyboard.press('Control+z');
      await until(async () => (await rows(page).count()) === 0, 'the new paragraph undone');
      assert.deepEqual((await editorBlocks(page)).slice(1), [FIRST, SECOND]);

      // Backspace at the start of the second paragraph: a join is suggested, nothing joined yet, and the
      // caret moves on to the end of the paragraph before.
      await caretAt(page, 'স্থানীয়', 'start');
      await page.keyboard.press('Backspace');
      await markers(page, 'delete').waitFor();
      assert.deepEqual((await editorBlocks(page)).slice(1), [FIRST, SECOND]);
      await until(async () => (await rows(page).count()) === 1, 'the join listed');
      assert.match(await rows(page).first().innerText(), /অনুচ্ছেদ জোড়া/);
      assert.match((await markers(page, 'delete').getAttribute('aria-label')) ?? '', /অনুচ্ছেদ জোড়া/);
      await page.keyboard.press('Backspace');
      await until(async () => (await page.locator('.article del.suggestion').count()) === 1, 'the next Backspace deletes on');
      assert.equal(await page.locator('.article del.suggestion').innerText(), '।');
      await until(async () => (await rows(page).count()) === 1, 'one suggestion: the join and the letter after it');

      await page.screenshot({ path: join(testOutputDir(), 'review-breaks.png') });
      await page
        .locator('.article > p')
        .first()
        .screenshot({ path: join(testOutputDir(), 'review-breaks-marker.png') });
      await rows(page)
        .first()
        .screenshot({ path: join(testOutputDir(), 'review-breaks-row.png') });

      // Accepted, the paragraphs join; undo parts them again, the join still suggested.
      await rows(page).first().locator('[data-action="accept"]').click();
      await until(async () => (await rows(page).count()) === 0, 'accepted');
      assert.deepEqual((await editorBlocks(page)).slice(1), [`${FIRST.slice(0, -1)}${SECOND}`]);
      await page.keyboard.press('Control+z');
      await until(async () => (await rows(page).count()) === 1, 'accepting undone');
      assert.deepEqual((await editorBlocks(page)).slice(1), [FIRST, SECOND]);
      assert.equal(await markers(page, 'delete').count(), 1);
    });
  });
});
