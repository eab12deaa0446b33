import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { skipUi, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';

// Written for this test: a gloss given twice, which only the document pass flags.
const HEADLINE = 'দুই নেতার বৈঠক';
const PARAGRAPH =
  'ইউক্রেনের প্রেসিডেন্ট ভলোদিমির জেলেনস্কি (Volodymyr Zelensky) বৈঠকে বসেছেন। পরে জেলেনস্কি (Volodymyr Zelensky) সাংবাদিকদের বলেন, কথা ভালো হয়েছে।';

const WORKER_FILE = 'checker.worker.js';

async function writeAndWaitForTheDocumentPass(page: Page): Promise<void> {
  await writeArticle(page, HEADLINE, PARAGRAPH);
  const repeated = page.locator('.article .finding[data-finding="gloss/repeated"]');
  await repeated.waitFor();
  assert.equal(await repeated.innerText(), ' (Volodymyr Zelensky)');
}

/** Opens the page again with `Worker` replaced before the app's script runs. */
async function reloadWith(page: Page, script: string): Promise<void> {
  await page.addInitScript({ content: script });
  await page.reload();
}

describe('the document pass in the checker worker', { skip: skipUi }, () => {
  const withApp = appFixture();

  test('runs in the worker: the whole-article findings arrive from it', async () => {
    await withApp(async ({ page, problems }) => {
      await writeAndWaitForTheDocumentPass(page);
      assert.deepEqual(
        page.workers().map((w) => w.url().split('/').pop()),
        [WORKER_FILE],
      );
      assert.deepEqual(problems, []);
    });
  });

  test('a worker that cannot start: the pass runs on the main thread and no finding is lost', async () => {
    await withApp(async ({ page }) => {
      await reloadWith(page, 'window.Worker = class { constructor() { throw new Error("no workers"); } };');
      await writeAndWaitForTheDocumentPass(page);
      assert.deepEqual(page.workers(), []);
    });
  });

  test('a worker that fails after starting (its script missing): the pass runs on the main thread', async () => {
    await withApp(async ({ page }) => {
      await reloadWith(
        page,
        'const Real = window.Worker; window.Worker = class extends Real { constructor() { super("no-such-worker.js"); } };',
      );
      await writeAndWaitForTheDocumentPass(page);
    });
  });
});
