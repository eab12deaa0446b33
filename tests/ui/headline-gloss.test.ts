import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openApp, saved, skipUi, writeArticle } from './harness';

// Written for this test: a name in the headline (headlines carry no glosses), glossed at its first
// mention in the body, and glossed again later so the document pass has something to show.
const HEADLINE = 'জার্মানি সফরে প্রধানমন্ত্রী';
const PARAGRAPH = 'প্রধানমন্ত্রী আজ জার্মানির (Germany) রাজধানী বার্লিনে পৌঁছেছেন। পরে জার্মানির (Germany) চ্যান্সেলরের সঙ্গে তাঁর বৈঠক হয়।';

const underline = (page: Page, rule: string) => page.locator(`.article .finding[data-finding="${rule}"]`);
const row = (page: Page, rule: string) => page.locator(`.side-panel .finding-row[data-rule="${rule}"]`);

describe('a name in the headline', { skip: skipUi }, () => {
  let browser: Browser;

  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  test('glossed at its first mention in the body is not a late gloss', async () => {
    const app = await openApp(browser);
    try {
      const { page } = app;
      await writeArticle(page, HEADLINE, PARAGRAPH);
      // The second gloss is the document pass's finding: once it is listed, the pass has run.
      await row(page, 'gloss/repeated').first().waitFor();
      assert.equal(await underline(page, 'gloss/repeated').innerText(), ' (Germany)');
      assert.equal(await underline(page, 'gloss/late').count(), 0);
      assert.equal(await row(page, 'gloss/late').count(), 0);
      await saved(page);
    } finally {
      await app.close();
    }
  });
});
