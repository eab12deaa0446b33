import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { newDraft, newDraftId, type DraftStatus } from '../../core/document/draft';
import { bengaliDigits, skipUi, waitForOpenDraft } from './harness';
import { appFixture } from '../helpers/with-app';

interface Seed {
  headline: string;
  body: string;
  status: DraftStatus;
}

// ময়মনসিংহ with য় as য + nukta in the file; the test searches with the one-code-point য়.
const FLOOD: Seed = { headline: 'ম\u09AF\u09BCমনসিংহে বন্যা পরিস্থিতি', body: 'নদীর পানি বিপৎসীমার ওপরে।', status: 'review' };
const BOOK_FAIR: Seed = { headline: 'বইমেলায় রেকর্ড বিক্রি', body: 'শেষ দিনে উপচে পড়া ভিড়।', status: 'ready' };
// Found only by its text, and only case-insensitively.
const VISIT: Seed = {
  headline: 'আলুর দাম বাড়ল',
  body: 'ইউক্রেনের প্রেসিডেন্ট ভলোদিমির জেলেনস্কি (Volodymyr Zelensky) বলেছেন, আলোচনা চলবে।',
  status: 'draft',
};
const FILLERS = 300;
const STATUSES: DraftStatus[] = ['draft', 'review', 'ready'];

/** Writes the drafts straight into a data folder, each a minute newer than the one before. */
function seedDrafts(seeds: Seed[]): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-ui-list-'));
  mkdirSync(join(dataDir, 'drafts'));
  const start = Date.parse('2026-02-01T08:00:00Z');
  seeds.forEach((seed, i) => {
    const time = new Date(start + i * 60_000);
    const draft = newDraft(
      time,
      newDraftId(time.getTime(), () => ((i * 7919) % 997) / 997),
    );
    draft.meta.status = seed.status;
    draft.doc = {
      type: 'doc',
      content: [
        { type: 'headline', content: [{ type: 'text', text: seed.headline }] },
        { type: 'paragraph', content: [{ type: 'text', text: seed.body }] },
      ],
    };
    writeFileSync(join(dataDir, 'drafts', `${draft.id}.json`), JSON.stringify(draft));
  });
  return dataDir;
}

const count = (page: Page) => page.locator('.drafts-count');

async function countSays(page: Page, text: string): Promise<void> {
  await page.locator('.drafts-count[data-state="done"]', { hasText: text }).waitFor();
  assert.equal(await count(page).innerText(), text);
}

const headlines = (page: Page) => page.locator('.draft-item .draft-headline').allInnerTexts();

describe('drafts list: search, status filter, sort', { skip: skipUi }, () => {
  const withApp = appFixture();
  let dataDir: string;
  const fillers: Seed[] = Array.from({ length: FILLERS }, (_, i) => ({
    headline: `নমুনা খসড়া ${i}`,
    body: 'সাধারণ লেখা।',
    status: STATUSES[i % STATUSES.length]!,
  }));
  const all = [FLOOD, BOOK_FAIR, VISIT, ...fillers];
  const total = bengaliDigits(all.length);

  before(async () => {
    dataDir = seedDrafts(all);
  });
  after(async () => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('many drafts render a page at a time; search finds headline and text across encodings and case; Escape clears', async () => {
    await withApp({ dataDir }, async (app) => {
      const { page } = app;
      await waitForOpenDraft(page);
      await countSays(page, `${total}টি খসড়া`);
      // Not all 303 rows: one page, and "show more" for the next.
      assert.equal(await page.locator('.draft-item').count(), 100);
      await page.locator('[data-action="show-more"]').click();
      assert.equal(await page.locator('.draft-item').count(), 200);

      // Ctrl+Shift+F from the editor reaches the search field.
      await page.locator('.article p').first().click();
      await page.keyboard.press('Control+Shift+KeyF');
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'drafts-search');

      await page.keyboard.type('ম\u09DFমনসিংহ');
      await countSays(page, `${total}টির মধ্যে ১টি`);
      assert.deepEqual(await headlines(page), [FLOOD.headline]);

      // A word of the text, not the headline, in another case than written.
      await page.locator('.drafts-search').fill('zelensky আলোচনা');
      await countSays(page, `${total}টির মধ্যে ১টি`);
      assert.deepEqual(await headlines(page), [VISIT.headline]);

      await page.locator('.drafts-search').fill('কোনোখানেনেই');
      await countSays(page, `${total}টির মধ্যে ০টি`);
      assert.equal(await page.locator('.drafts-no-match').innerText(), 'এমন কোনো খসড়া পাওয়া যায়নি।');

      await page.locator('.drafts-search').press('Escape');
      assert.equal(await page.locator('.drafts-search').inputValue(), '');
      await countSays(page, `${total}টি খসড়া`);
      assert.equal(await page.locator('.draft-item').count(), 100);
      assert.deepEqual(app.problems, []);
    });
  });

  test('status filter and headline sort, with a search on top', async () => {
    await withApp({ dataDir }, async (app) => {
      const { page } = app;
      await waitForOpenDraft(page);
      await countSays(page, `${total}টি খসড়া`);

      await page.locator('.drafts-status').selectOption('ready');
      const ready = all.filter((d) => d.status === 'ready');
      await countSays(page, `${total}টির মধ্যে ${bengaliDigits(ready.length)}টি`);
      assert.deepEqual(new Set(await page.locator('.draft-item .status-badge').allInnerTexts()), new Set(['প্রস্তুত']));
      // Newest first: the seeds were written oldest first.
      assert.deepEqual(
        (await headlines(page)).slice(0, 3),
        ready
          .slice(-3)
          .reverse()
          .map((d) => d.headline),
      );

      await page.locator('.drafts-sort').selectOption('headline');
      const collator = new Intl.Collator('bn');
      const byHeadline = ready.map((d) => d.headline).sort(collator.compare);
      await page.waitForFunction((first) => document.querySelector('.draft-item .draft-headline')?.textContent === first, byHeadline[0]);
      assert.deepEqual(await headlines(page), byHeadline.slice(0, 100));

      // The search narrows within the filter: বইমেলা is a ready draft, the flood story is in review.
      await page.locator('.drafts-search').fill('বইমেলা');
      await countSays(page, `${total}টির মধ্যে ১টি`);
      assert.deepEqual(await headlines(page), [BOOK_FAIR.headline]);
      await page.locator('.drafts-search').fill('বন্যা');
      await countSays(page, `${total}টির মধ্যে ০টি`);
      await page.locator('.drafts-status').selectOption('all');
      await countSays(page, `${total}টির মধ্যে ১টি`);
      assert.deepEqual(await headlines(page), [FLOOD.headline]);
      assert.deepEqual(app.problems, []);
    });
  });
});
