import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Result } from '../../core/api/result';
import { controllableFs, blocksOf, editorBlocks, skipUi, waitForOpenDraft, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';

function stored(dataDir: string, id: string): string[] {
  return blocksOf(JSON.parse(readFileSync(join(dataDir, 'drafts', `${id}.json`), 'utf8')).doc);
}

describe('drafts', { skip: skipUi }, () => {
  const withApp = appFixture();

  test('drafts are listed newest first, deleted to the trash and restored intact', async () => {
    await withApp(async (app) => {
      const { page, dataDir } = app;
      const first = await writeArticle(page, 'পৌরসভা নির্বাচনের তফসিল ঘোষণা', 'আগামী মাসে ভোট।');
      await page.locator('.save-state[data-save="saved"]').waitFor();

      await page.locator('[data-action="new-draft"]').click();
      await page.waitForFunction((id) => document.querySelector('.draft-item.current')?.getAttribute('data-draft-id') !== id, first);
      const second = await waitForOpenDraft(page);
      assert.deepEqual(await editorBlocks(page), ['', '']);
      await writeArticle(page, 'বইমেলায় রেকর্ড বিক্রি', 'শেষ দিনে উপচে পড়া ভিড়।');
      await page.locator('.draft-item.current .draft-headline', { hasText: 'বইমেলায় রেকর্ড বিক্রি' }).waitFor();

      // Newest first, each with its status and word count.
      assert.deepEqual(await page.locator('.draft-item .draft-headline').allInnerTexts(), [
        'বইমেলায় রেকর্ড বিক্রি',
        'পৌরসভা নির্বাচনের তফসিল ঘোষণা',
      ]);
      assert.deepEqual(await page.locator('.draft-item .status-badge').allInnerTexts(), ['খসড়া', 'খসড়া']);
      assert.deepEqual(await page.locator('.draft-item .draft-words').allInnerTexts(), ['৮ শব্দ', '৭ শব্দ']);
      // Updated times in the Bengali locale: Bengali digits and month names.
      for (const time of await page.locator('.draft-item time').allInnerTexts()) assert.match(time, /^[০-৯]{1,2} \p{Script=Bengali}+/u);

      // Delete the open draft: it goes to the trash folder and the other draft opens.
      await page.locator(`.draft-item[data-draft-id="${second}"] .draft-delete`).click();
      await page.locator(`.draft-item[data-draft-id="${second}"]`).waitFor({ state: 'detached' });
      assert.equal(await waitForOpenDraft(page), first);
      assert.deepEqual(await editorBlocks(page), ['পৌরসভা নির্বাচনের তফসিল ঘোষণা', 'আগামী মাসে ভোট।']);
      assert.equal(existsSync(join(dataDir, 'drafts', `${second}.json`)), false);
      assert.ok(existsSync(join(dataDir, 'trash', `${second}.json`)));

      await page.locator('[data-action="show-trash"]').click();
      const trashed = page.locator(`.trash-list .draft-item[data-draft-id="${second}"]`);
      assert.equal(await trashed.locator('.draft-headline').innerText(), 'বইমেলায় রেকর্ড বিক্রি');
      await trashed.locator('.draft-restore').click();
      await trashed.waitFor({ state: 'detached' });
      assert.equal(await page.locator('.trash-list .panel-empty, .panel-empty').innerText(), 'ট্র্যাশে কোনো খসড়া নেই।');
      await page.locator('[data-action="show-drafts"]').click();

      await page.locator(`.draft-item[data-draft-id="${second}"] .draft-open`).click();
      await page.waitForFunction((id) => document.querySelector('.draft-item.current')?.getAttribute('data-draft-id') === id, second);
      assert.deepEqual(await editorBlocks(page), ['বইমেলায় রেকর্ড বিক্রি', 'শেষ দিনে উপচে পড়া ভিড়।']);
      assert.deepEqual(stored(dataDir, second), ['বইমেলায় রেকর্ড বিক্রি', 'শেষ দিনে উপচে পড়া ভিড়।']);
      assert.deepEqual(app.problems, []);
    });
  });

  test('a save that fails (read-only folder) says so in Bengali, keeps the text, and succeeds on the next edit', async () => {
    const files = controllableFs();
    await withApp({ fs: files.fs }, async (app) => {
      const { page, dataDir } = app;
      const id = await writeArticle(page, 'লোডশেডিংয়ে ভোগান্তি', 'শহরে দিনে ছয় ঘণ্টা বিদ্যুৎ থাকছে না।');
      await page.locator('.save-state[data-save="saved"]').waitFor();

      files.block(true);
      await page.keyboard.type(' কারখানার উৎপাদন কমেছে।');
      const state = page.locator('.save-state[data-save="failed"]');
      await state.waitFor();
      assert.equal(await state.innerText(), 'সংরক্ষণ ব্যর্থ: খসড়া সংরক্ষণ করা যায়নি: ফোল্ডারে লেখার অনুমতি নেই।');
      const banner = page.locator('.error-banner');
      assert.match(await banner.innerText(), /খসড়া সংরক্ষণ করা যায়নি: ফোল্ডারে লেখার অনুমতি নেই।/);
      assert.match(await banner.innerText(), /লেখা সম্পাদকেই আছে/);
      const typed = ['লোডশেডিংয়ে ভোগান্তি', 'শহরে দিনে ছয় ঘণ্টা বিদ্যুৎ থাকছে না। কারখানার উৎপাদন কমেছে।'];
      assert.deepEqual(await editorBlocks(page), typed);
      assert.deepEqual(stored(dataDir, id), ['লোডশেডিংয়ে ভোগান্তি', 'শহরে দিনে ছয় ঘণ্টা বিদ্যুৎ থাকছে না।']);

      // Leaving the draft would drop unsaved text, so opening another one is refused.
      await page.locator('[data-action="new-draft"]').click();
      await page.locator('.error-banner', { hasText: 'অন্য খসড়া খোলা হয়নি' }).waitFor();
      assert.equal(await waitForOpenDraft(page), id);
      assert.deepEqual(await editorBlocks(page), typed);

      // The folder is writable again: the next edit retries and everything typed reaches the disk.
      files.block(false);
      await page.locator('.article p').first().click();
      await page.keyboard.press('End');
      await page.keyboard.type(' শ্রমিকেরা চিন্তিত।');
      await page.locator('.save-state[data-save="saved"]').waitFor();
      assert.deepEqual(stored(dataDir, id), ['লোডশেডিংয়ে ভোগান্তি', `${typed[1]} শ্রমিকেরা চিন্তিত।`]);
      assert.equal(await page.locator('.error-banner', { hasText: 'ফোল্ডারে লেখার অনুমতি নেই' }).count(), 0);
    });
  });

  test('typing during a save is not lost: the latest text is written after it, and on close', async () => {
    const files = controllableFs();
    await withApp({ fs: files.fs }, async (app) => {
      const { page, dataDir } = app;
      const id = await writeArticle(page, 'ট্রেনের সময়সূচি বদল', 'নতুন সময়সূচি');
      await page.locator('.save-state[data-save="saved"]').waitFor();
      // A slow disk: the save started by Mod-S is still running while the reporter types on.
      files.slowWrites(800);
      await page.keyboard.type(' কাল থেকে');
      await page.keyboard.press('ControlOrMeta+s');
      await page.locator('.save-state[data-save="saving"]').waitFor();
      // One input, so a loaded machine's slow keystrokes cannot outlast the slow save.
      await page.keyboard.insertText(' কার্যকর।');
      assert.equal(await page.locator('.save-state').getAttribute('data-save'), 'saving');
      files.slowWrites(0);
      await page.locator('.save-state[data-save="saved"]').waitFor({ timeout: 5000 });
      assert.deepEqual(stored(dataDir, id), ['ট্রেনের সময়সূচি বদল', 'নতুন সময়সূচি কাল থেকে কার্যকর।']);

      // Closing the window (beforeunload) saves what the autosave timer has not yet written.
      await page.keyboard.type(' যাত্রীরা খুশি।');
      await page.close({ runBeforeUnload: true });
      const deadline = Date.now() + 3000;
      while (Date.now() < deadline && stored(dataDir, id)[1] !== 'নতুন সময়সূচি কাল থেকে কার্যকর। যাত্রীরা খুশি।') {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      assert.deepEqual(stored(dataDir, id), ['ট্রেনের সময়সূচি বদল', 'নতুন সময়সূচি কাল থেকে কার্যকর। যাত্রীরা খুশি।']);
    });
  });

  test('a forged draft id over the bridge is refused and touches nothing outside the data folder', async () => {
    await withApp(async (app) => {
      const { page, dataDir } = app;
      await waitForOpenDraft(page);
      const before = readdirSync(join(dataDir, 'drafts')).sort();
      const results = (await page.evaluate(async () => {
        const api = window.newsroom;
        const forged = { format: 1, id: '../../etc/passwd', meta: {}, doc: { type: 'doc' }, review: { ignored: [] } };
        return [
          await api.openDraft('../../etc/passwd'),
          await api.deleteDraft('../drafts/x'),
          await api.restoreDraft('d-aaaaaa/../../x'),
          await api.saveDraft(forged as never),
        ];
      })) as Result<unknown>[];
      for (const result of results) {
        assert.equal(result.ok, false);
        if (!result.ok) {
          assert.equal(result.error.code, 'invalid-id');
          assert.equal(result.error.message.bn, 'খসড়ার শনাক্তকারী (আইডি) সঠিক নয়।');
        }
      }
      assert.deepEqual(readdirSync(join(dataDir, 'drafts')).sort(), before);
      // drafts-index.jsonl and drafts-search.txt are the list cache the app's own listing writes at
      // start; the forged calls may write nothing at all.
      const listCache = ['drafts-index.jsonl', 'drafts-search.txt'];
      assert.deepEqual(
        readdirSync(dataDir)
          .filter((name) => !listCache.includes(name))
          .sort(),
        ['drafts', 'trash'],
      );
      assert.equal(existsSync(join(dataDir, '..', 'etc')) && readdirSync(join(dataDir, '..', 'etc')).includes('passwd'), false);
    });
  });
});
