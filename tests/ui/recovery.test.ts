import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Result } from '../../core/api/result';
import type { Draft } from '../../core/document/draft';
import { createNewsroomService, memorySettingsStore } from '../../electron/services/newsroom-service';
import { blocksOf, controllableFs, editorBlocks, keptVersionFiles, saved, skipUi, waitForOpenDraft, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function withText(draft: Draft, headline: string, body: string): Draft {
  return {
    ...draft,
    doc: {
      type: 'doc',
      content: [
        { type: 'headline', content: [{ type: 'text', text: headline }] },
        { type: 'paragraph', content: [{ type: 'text', text: body }] },
      ],
    },
  };
}

function value<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(`${result.error.code}: ${result.error.message.en}`);
  return result.value;
}

function stored(dataDir: string, id: string): string[] {
  return blocksOf(JSON.parse(readFileSync(join(dataDir, 'drafts', `${id}.json`), 'utf8')).doc);
}

/** The service as an earlier run of the app used it, at a chosen time. */
function earlierRun(dataDir: string, at: { t: number }) {
  return createNewsroomService({ dataDir, settings: memorySettingsStore(), now: () => new Date(at.t) });
}

const SAVED: [headline: string, body: string] = ['বাজেট অধিবেশন', 'সংসদে বাজেট পেশ।'];
const UNSAVED: [headline: string, body: string] = ['বাজেট অধিবেশন শুরু', 'সংসদে বাজেট পেশ করলেন অর্থমন্ত্রী।'];

/** A data folder where the app died with typing newer than the saved draft in the journal. */
async function crashedFolder(): Promise<{ dataDir: string; id: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-ui-crash-'));
  const at = { t: Date.now() - 10 * MINUTE };
  const run = earlierRun(dataDir, at);
  const draft = value(await run.createDraft());
  value(await run.saveDraft(withText(draft, SAVED[0], SAVED[1])));
  at.t += 2 * MINUTE;
  value(await run.journalDraft(withText(draft, UNSAVED[0], UNSAVED[1])));
  return { dataDir, id: draft.id };
}

const activeAction = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-action') ?? null);

describe('never lost', { skip: skipUi }, () => {
  const withApp = appFixture();
  const folders: string[] = [];

  after(async () => {
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  test('after a crash the unsaved text is offered in Bengali; opening it saves it and keeps the saved text as a version', async () => {
    const { dataDir, id } = await crashedFolder();
    folders.push(dataDir);
    await withApp({ dataDir }, async (app) => {
      const { page } = app;
      const dialog = page.locator('.keep-recovery');
      await dialog.waitFor();
      const text = await dialog.innerText();
      assert.match(text, /সংরক্ষণ না হওয়া লেখা পাওয়া গেছে/);
      assert.match(text, /বাজেট অধিবেশন শুরু/);
      assert.match(text, /উদ্ধার করা লেখা: .+, ৮ শব্দ/);
      assert.match(text, /সংরক্ষিত লেখা: .+, ৫ শব্দ/);
      assert.equal(await activeAction(page), 'open-recovered');

      await dialog.locator('[data-action="open-recovered"]').click();
      await dialog.waitFor({ state: 'detached' });
      assert.equal(await waitForOpenDraft(page), id);
      assert.deepEqual(await editorBlocks(page), UNSAVED);
      assert.deepEqual(stored(dataDir, id), UNSAVED);
      const versions = keptVersionFiles(dataDir, id);
      assert.equal(versions.length, 1);
      const [version] = versions;
      assert.ok(version);
      assert.match(version, /-before-restore\.json$/);
      assert.deepEqual(blocksOf(JSON.parse(readFileSync(join(dataDir, 'versions', id, version), 'utf8')).draft.doc), SAVED);
      assert.deepEqual(readdirSync(join(dataDir, 'recovery')), []);
      assert.equal(await page.evaluate(() => document.activeElement?.closest('.ProseMirror') !== null), true);
      assert.deepEqual(app.problems, []);
    });
  });

  test('Escape leaves the choice for later and discards nothing; keeping the saved text keeps the recovered one as a version', async () => {
    const { dataDir, id } = await crashedFolder();
    folders.push(dataDir);
    await withApp({ dataDir }, async (first) => {
      const dialog = first.page.locator('.keep-recovery');
      await dialog.waitFor();
      await first.page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert.deepEqual(await editorBlocks(first.page), SAVED);
      assert.ok(existsSync(join(dataDir, 'recovery', `${id}.json`)));
    });

    await withApp({ dataDir }, async (second) => {
      const dialog = second.page.locator('.keep-recovery');
      await dialog.locator('[data-action="keep-saved"]').click();
      await dialog.waitFor({ state: 'detached' });
      assert.deepEqual(await editorBlocks(second.page), SAVED);
      assert.deepEqual(stored(dataDir, id), SAVED);
      assert.equal(existsSync(join(dataDir, 'recovery', `${id}.json`)), false);
      const [version] = keptVersionFiles(dataDir, id);
      assert.ok(version);
      assert.match(version, /-named\.json$/);
      assert.deepEqual(blocksOf(JSON.parse(readFileSync(join(dataDir, 'versions', id, version), 'utf8')).draft.doc), UNSAVED);
    });
  });

  test('a read-only data folder: the error is shown, the text stays in the editor and in a backup, and comes back at the next start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-ui-ro-'));
    const backupDir = mkdtempSync(join(tmpdir(), 'newsroom-ui-backup-'));
    folders.push(dataDir, backupDir);
    const files = controllableFs();
    const typed: [headline: string, body: string] = ['নদীভাঙন', 'চরের মানুষ ঘর হারাচ্ছে। স্কুলও ভেঙে গেছে।'];
    // The app is closed while the folder still refuses writes: the closing save fails too.
    const id = await withApp({ dataDir, backupDir, fs: files.fs }, async (app) => {
      const { page } = app;
      const id = await writeArticle(page, typed[0], 'চরের মানুষ ঘর হারাচ্ছে।');
      await saved(page);

      files.block(true);
      await page.keyboard.type(' স্কুলও ভেঙে গেছে।');
      const banner = page.locator('.error-banner');
      await banner.locator('.error-backup').waitFor();
      const text = await banner.innerText();
      assert.match(text, /খসড়া সংরক্ষণ করা যায়নি: ফোল্ডারে লেখার অনুমতি নেই।/);
      assert.match(text, /লেখা সম্পাদকেই আছে/);
      const backupFile = join(backupDir, 'recovery', `${id}.json`);
      assert.match(text, new RegExp(`ব্যাকআপ কপিও রাখা হয়েছে: ${backupFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      assert.deepEqual(await editorBlocks(page), typed);
      assert.deepEqual(blocksOf(JSON.parse(readFileSync(backupFile, 'utf8')).draft.doc), typed);
      assert.deepEqual(stored(dataDir, id), [typed[0], 'চরের মানুষ ঘর হারাচ্ছে।']);
      return id;
    });

    await withApp({ dataDir, backupDir }, async (next) => {
      const dialog = next.page.locator('.keep-recovery');
      await dialog.locator('[data-action="open-recovered"]').click();
      await dialog.waitFor({ state: 'detached' });
      assert.deepEqual(await editorBlocks(next.page), typed);
      assert.deepEqual(stored(dataDir, id), typed);
    });
  });

  test('the trash forgets drafts deleted over 30 days ago at start, says so once, and shows the days left for the rest', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-ui-trash-'));
    folders.push(dataDir);
    const at = { t: Date.now() - 31 * DAY };
    const run = earlierRun(dataDir, at);
    const old = value(await run.createDraft());
    value(await run.saveDraft(withText(old, 'পুরোনো খবর', 'একত্রিশ দিন আগের লেখা।')));
    value(await run.deleteDraft(old.id));
    at.t += 6 * DAY;
    const recent = value(await run.createDraft());
    value(await run.saveDraft(withText(recent, 'সাম্প্রতিক খবর', 'পঁচিশ দিন আগের লেখা।')));
    value(await run.deleteDraft(recent.id));

    await withApp({ dataDir }, async (app) => {
      const { page } = app;
      const notice = page.locator('.storage-notice');
      await notice.waitFor();
      assert.equal(await notice.locator('.purged').innerText(), '৩০ দিনের বেশি আগে মুছে ফেলা ১টি খসড়া ট্র্যাশ থেকে চিরতরে মুছে ফেলা হয়েছে।');
      assert.equal(existsSync(join(dataDir, 'trash', `${old.id}.json`)), false);

      await page.locator('[data-action="show-trash"]').click();
      const items = page.locator('.trash-list .draft-item');
      await items.first().waitFor();
      assert.deepEqual(await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-draft-id'))), [recent.id]);
      assert.equal(await items.locator('.trash-days-left').innerText(), 'আর ৫ দিন থাকবে');

      await notice.locator('button').click();
      await notice.waitFor({ state: 'detached' });
      // The page's start took the notices: there are none left to show again.
      assert.deepEqual(value(await page.evaluate(() => window.newsroom.takeNotices())), { movedAside: [], purged: 0 });
    });
  });

  test('a damaged or foreign file in the drafts folder is moved aside, and the user is told which and where, once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-ui-damaged-'));
    folders.push(dataDir);
    const at = { t: Date.now() - MINUTE };
    const run = earlierRun(dataDir, at);
    const good = value(await run.createDraft());
    value(await run.saveDraft(withText(good, 'ভালো খসড়া', 'এটি ঠিকঠাক খোলে।')));
    mkdirSync(join(dataDir, 'drafts'), { recursive: true });
    writeFileSync(join(dataDir, 'drafts', 'd-broken12345.json'), '{"format": 1, "id": "d-broken12345", "meta":');

    await withApp({ dataDir }, async (app) => {
      const { page } = app;
      const notice = page.locator('.storage-notice .moved-aside');
      await notice.waitFor();
      const text = await notice.innerText();
      assert.match(text, /খসড়ার ফোল্ডারে ১টি ফাইল পড়া যায়নি/);
      assert.match(text, /d-broken12345\.json/);
      const [moved] = readdirSync(join(dataDir, 'damaged'));
      assert.ok(moved);
      assert.ok(text.includes(join(dataDir, 'damaged', moved)), text);
      assert.equal(readFileSync(join(dataDir, 'damaged', moved), 'utf8'), '{"format": 1, "id": "d-broken12345", "meta":');
      assert.equal(await waitForOpenDraft(page), good.id);
      assert.deepEqual(await editorBlocks(page), ['ভালো খসড়া', 'এটি ঠিকঠাক খোলে।']);

      await page.locator('.storage-notice button').click();
      await page.locator('.storage-notice').waitFor({ state: 'detached' });
      // The page's start took the notice: it is not given twice.
      assert.deepEqual(value(await page.evaluate(() => window.newsroom.takeNotices())), { movedAside: [], purged: 0 });
    });
  });
});
