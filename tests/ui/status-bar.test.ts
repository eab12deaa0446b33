import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { bengaliDigits, saved, selectText, skipUi, testOutputDir, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';

/** Written for this test: a short river-erosion report, eleven words in all. */
const HEADLINE = 'নদীভাঙনে ঘর হারাল তিন পরিবার';
const TYPED = 'রাতের ভাঙনে তিনটি ঘর নদীতে গেছে';

const countShown = (text: string) => `${bengaliDigits(text.split(' ').length)} শব্দ`;

describe('the status bar', { skip: skipUi }, () => {
  const withApp = appFixture();

  test('the word count follows the typing word by word, without waiting for the text to settle', () =>
    withApp(async (app) => {
      const { page } = app;
      await writeArticle(page, HEADLINE);
      const words = page.locator('.status-words');
      await page.locator(`.status-words[data-words="${HEADLINE.split(' ').length}"]`).waitFor();

      // Every number the bar shows, with how much text the article held when it showed it.
      await page.evaluate(() => {
        const bar = document.querySelector('.status-words')!;
        const seen: { words: number; typed: number }[] = [];
        (window as unknown as { wordsSeen: typeof seen }).wordsSeen = seen;
        new MutationObserver(() =>
          seen.push({ words: Number(bar.getAttribute('data-words')), typed: document.querySelector('.article')!.textContent!.length }),
        ).observe(bar, { attributes: true, attributeFilter: ['data-words'] });
      });
      await page.keyboard.press('Enter');
      // Keys closer together than the editor's settling pause (150 ms): a count that waited for the
      // text to settle would not move until the typing stopped.
      await page.keyboard.type(TYPED, { delay: 20 });
      const seen = await page.evaluate(() => (window as unknown as { wordsSeen: { words: number; typed: number }[] }).wordsSeen);
      const typedAll = await page.evaluate(() => document.querySelector('.article')!.textContent!.length);
      const total = `${HEADLINE} ${TYPED}`.split(' ').length;
      assert.ok(seen.length > 1, `the count moved while typing: ${JSON.stringify(seen)}`);
      assert.ok(seen[0]!.typed < typedAll, `the first new count came before the typing ended: ${JSON.stringify(seen)}`);
      assert.ok(
        seen.every((s, i) => i === 0 || s.words > seen[i - 1]!.words),
        `each new count one word further: ${JSON.stringify(seen)}`,
      );
      assert.equal(seen.at(-1)!.words, total);
      assert.equal(await words.innerText(), countShown(`${HEADLINE} ${TYPED}`));
      await page.locator('.status-bar').screenshot({ path: join(testOutputDir(), 'status-bar-words.png') });

      // A word deleted is uncounted, and the count is the one the drafts list stores.
      await selectText(page, ' গেছে');
      await page.keyboard.press('Backspace');
      await page.locator(`.status-words[data-words="${total - 1}"]`).waitFor();
      await saved(page);
      assert.equal(await page.locator('.draft-item.current .draft-words').innerText(), `${bengaliDigits(total - 1)} শব্দ`);
      assert.deepEqual(app.problems, []);
    }));
});
