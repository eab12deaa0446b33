import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { skipUi, testOutputDir, until, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';

/** Written for this test: a short report on a river's water level. */
const HEADLINE = 'পদ্মায় পানি বাড়ছে';
const PARAGRAPH = 'গোয়ালন্দ পয়েন্টে পদ্মার পানি বিপৎসীমার কাছাকাছি।';

/** The review panel's height, and how far down the side panel the findings start. */
function layout(page: Page): Promise<{ review: number; findingsTop: number; editorWidth: number; editorHeight: number }> {
  return page.evaluate(() => {
    const review = document.querySelector('.review-panel')!.getBoundingClientRect();
    const side = document.querySelector('.side-panel')!.getBoundingClientRect();
    const findings = document.querySelector('.side-panel .review-panel + *')!.getBoundingClientRect();
    const editor = document.querySelector('.editor-scroll')!.getBoundingClientRect();
    return { review: review.height, findingsTop: findings.top - side.top, editorWidth: editor.width, editorHeight: editor.height };
  });
}

describe('the review panel', { skip: skipUi }, () => {
  const withApp = appFixture();

  test('with nothing to review it is one thin row; suggest mode, a suggestion or a comment brings it back', () =>
    withApp({ settings: { userName: 'নাসরিন' } }, async ({ page, problems }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await writeArticle(page, HEADLINE, PARAGRAPH);
      const panel = page.locator('.review-panel');
      await panel.waitFor();
      assert.equal(await panel.getAttribute('data-open'), 'false');
      const closed = await layout(page);
      await page.screenshot({ path: join(testOutputDir(), 'review-panel-empty.png') });

      // Suggest mode on (the shortcut): the panel opens, ready for what comes; off again, it closes.
      await page.keyboard.press('Control+Shift+X');
      await page.locator('.review-panel[data-open="true"]').waitFor();
      const opened = await layout(page);
      await page.keyboard.press('Control+Shift+X');
      await page.locator('.review-panel[data-open="false"]').waitFor();

      // Everything the panel gave up went to the findings below it; the editor beside is untouched.
      assert.ok(closed.review < 45, `closed, the panel is ${closed.review}px tall`);
      assert.ok(opened.review > closed.review + 100, `opened ${opened.review}px, closed ${closed.review}px`);
      assert.equal(opened.findingsTop - closed.findingsTop, opened.review - closed.review);
      assert.equal(closed.editorWidth, opened.editorWidth);
      assert.equal(closed.editorHeight, opened.editorHeight);

      // Its comment button pressed with nothing selected, the closed row says what to do and stays a row.
      await page.locator('.article p').last().click();
      await panel.locator('[data-action="add-comment"]').click();
      await page.locator('.review-panel .review-note').waitFor();
      assert.equal(await panel.getAttribute('data-open'), 'false');

      // A suggestion keeps it open after suggest mode is off.
      await page.keyboard.press('Control+Shift+X');
      await page.keyboard.press('End');
      await page.keyboard.insertText(' নদীতীরে সতর্কতা।');
      await page.locator('.review-panel .suggestion-row').waitFor();
      await page.keyboard.press('Control+Shift+X');
      await page.locator('.status-suggest[data-suggest="off"]').waitFor();
      assert.equal(await panel.getAttribute('data-open'), 'true');
      // A comment too: asked for with Mod-Alt-M on a selection.
      await page.locator('.article .headline').click({ clickCount: 3 });
      await page.keyboard.press('Control+Alt+m');
      const box = page.locator('.comment-new textarea');
      await box.fill('শিরোনামে জেলার নাম দিন।');
      await box.press('Control+Enter');
      await page.locator('.review-panel .comment-thread').waitFor();
      await page.screenshot({ path: join(testOutputDir(), 'review-panel-full.png') });

      // Settled and the thread deleted: nothing left to review, one row again.
      await page.locator('[data-action="accept-all"]').click();
      await page.locator('[data-action="delete-comment"]').click();
      await until(async () => (await panel.getAttribute('data-open')) === 'false', 'the panel closed again');
      assert.ok((await layout(page)).review < 45);
      assert.deepEqual(problems, []);
    }));
});
