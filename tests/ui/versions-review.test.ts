import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { caretAt, saved, saveNamedVersion, selectText, skipUi, testOutputDir, until, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';

/** Written for this test: a short report on a ferry service. */
const HEADLINE = 'ফেরি চলাচল বন্ধ';
const PARAGRAPH = 'ঘন কুয়াশায় সকাল থেকে ফেরি চলাচল বন্ধ রয়েছে।';

describe('versions of a draft under review', { skip: skipUi }, () => {
  const withApp = appFixture();

  test('a version shows its pending suggestions marked and counted, and its comments; compare reads the texts accepted', () =>
    withApp({ settings: { userName: 'শাহানা', userColor: '#7b1fa2' } }, async (app) => {
      const { page } = app;
      await page.setViewportSize({ width: 1280, height: 800 });
      await writeArticle(page, HEADLINE, PARAGRAPH);
      await saved(page);

      // The editor suggests: a word deleted, a sentence added; and comments on the headline.
      await page.keyboard.press('Control+Shift+X');
      await page.locator('.status-suggest[data-suggest="on"]').waitFor();
      await selectText(page, 'সকাল থেকে ');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.insertText(' যাত্রীরা ঘাটে অপেক্ষা করছেন।');
      await until(async () => (await page.locator('.review-panel .suggestion-row').count()) === 2, 'two suggestions listed');
      await selectText(page, 'ফেরি চলাচল বন্ধ');
      await page.keyboard.press('Control+Alt+m');
      const box = page.locator('.comment-new textarea');
      await box.fill('কোন ঘাটের কথা? শিরোনামে দিন।');
      await box.press('Control+Enter');
      await page.locator('.review-panel .comment-thread').waitFor();
      await saved(page);

      await page.locator('[data-action="show-versions"]').click();
      const panel = page.locator('.versions-panel');
      const named = await saveNamedVersion(page, 'সম্পাদকের প্রস্তাবসহ');

      // Read: the suggestions in the author's colour, counted with the open comment, the thread below.
      await named.locator('[data-action="read-version"]').click();
      const view = page.locator('.version-view.version-read');
      await view.waitFor();
      assert.deepEqual(await view.locator('.version-article del.suggestion').allTextContents(), ['সকাল থেকে ']);
      assert.deepEqual(await view.locator('.version-article ins.suggestion').allTextContents(), [' যাত্রীরা ঘাটে অপেক্ষা করছেন।']);
      const colour = await view.locator('.version-article ins.suggestion').evaluate((el) => getComputedStyle(el).color);
      assert.equal(colour, 'rgb(123, 31, 162)');
      assert.equal(await view.locator('.version-article ins.suggestion').getAttribute('title'), 'শাহানা');
      const counts = view.locator('.version-review-count');
      assert.equal(await counts.innerText(), '২টি প্রস্তাব অমীমাংসিত · ১টি মন্তব্য খোলা');
      assert.equal(await view.locator('.version-article .comment-anchor').innerText(), 'ফেরি চলাচল বন্ধ');
      assert.match(await view.locator('.version-comment').innerText(), /“ফেরি চলাচল বন্ধ”[\s\S]*শাহানা[\s\S]*কোন ঘাটের কথা\?/);
      await page.screenshot({ path: join(testOutputDir(), 'version-with-suggestions.png') });

      // Compared with the current text, which holds the same suggestions: no change, both counted.
      await page.keyboard.press('Escape');
      await view.waitFor({ state: 'detached' });
      await named.locator('[data-action="compare-current"]').click();
      const compare = page.locator('.version-view.version-compare');
      await compare.waitFor();
      assert.equal(await compare.locator('.compare-block[data-kind="changed"]').count(), 0);
      assert.equal(await compare.locator('.compare-pending').getAttribute('data-older'), '2');
      assert.equal(await compare.locator('.compare-pending').getAttribute('data-newer'), '2');
      // Compared as accepted: the deleted words are not in either text, the added sentence is in both.
      const compared = await compare.locator('.version-article').innerText();
      assert.doesNotMatch(compared, /সকাল থেকে/);
      assert.match(compared, /ঘন কুয়াশায় ফেরি চলাচল বন্ধ রয়েছে। যাত্রীরা ঘাটে অপেক্ষা করছেন।/);
      await page.keyboard.press('Escape');
      await compare.waitFor({ state: 'detached' });

      // The writer rejects the deletion and accepts the sentence; against the version, the words are back.
      await panel.locator('[data-action="close-versions"]').click();
      await page.locator('.review-panel .suggestion-row', { hasText: 'সকাল থেকে' }).locator('[data-action="reject"]').click();
      await page.locator('.review-panel [data-action="accept-all"]').click();
      await until(async () => (await page.locator('.review-panel .suggestion-row').count()) === 0, 'all settled');
      await saved(page);
      await page.locator('[data-action="show-versions"]').click();
      await page
        .locator('.versions-panel .version-item', { hasText: 'সম্পাদকের প্রস্তাবসহ' })
        .locator('[data-action="compare-current"]')
        .click();
      await compare.waitFor();
      assert.deepEqual(await compare.locator('.compare-block[data-kind="changed"] ins.compare-ins').allTextContents(), ['সকাল থেকে ']);
      assert.equal(await compare.locator('.compare-pending').getAttribute('data-newer'), '0');
      assert.match(await compare.locator('.compare-pending').innerText(), /প্রস্তাবগুলো মেনে নিলে/);
      assert.deepEqual(app.problems, []);
    }));
  test('a version shows a suggested new paragraph with its ¶ where the editor draws it', () =>
    withApp({ settings: { userName: 'শাহানা', userColor: '#7b1fa2' } }, async (app) => {
      const { page } = app;
      await writeArticle(page, HEADLINE, PARAGRAPH);
      await saved(page);
      await page.keyboard.press('Control+Shift+X');
      await page.locator('.status-suggest[data-suggest="on"]').waitFor();
      await caretAt(page, 'ফেরি চলাচল বন্ধ রয়েছে', 'start');
      await page.keyboard.press('Enter');
      await page.locator('.article .break-marker-insert').waitFor();
      await saved(page);

      await page.locator('[data-action="show-versions"]').click();
      const named = await saveNamedVersion(page, 'নতুন অনুচ্ছেদের প্রস্তাব');
      await named.locator('[data-action="read-version"]').click();
      const view = page.locator('.version-view.version-read');
      await view.waitFor();
      const marker = view.locator('.version-article .break-marker-insert');
      assert.equal(await marker.count(), 1);
      assert.match((await marker.getAttribute('aria-label')) ?? '', /নতুন অনুচ্ছেদ.*শাহানা/);
      // At the end of the text before the break, as in the editor.
      const before = await marker.evaluate((el) => el.parentElement?.textContent ?? '');
      assert.equal(before, 'ঘন কুয়াশায় সকাল থেকে ');
      assert.equal(await marker.evaluate((el) => getComputedStyle(el, '::before').content), '"¶"');
      assert.equal(await view.locator('.version-review-count').innerText(), '১টি প্রস্তাব অমীমাংসিত');
      await page.screenshot({ path: join(testOutputDir(), 'version-with-break.png') });
      assert.deepEqual(app.problems, []);
    }));
});
