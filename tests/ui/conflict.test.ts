import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Draft } from '../../core/document/draft';
import { parseDraft } from '../../core/document/draft-file';
import { createDraftStore } from '../../electron/services/draft-store';
import { blocksOf, editorBlocks, keptVersionFiles, saved, skipUi, type RunningApp, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';

const MINE: [headline: string, body: string] = ['সড়ক দুর্ঘটনা', 'মহাসড়কে বাস উল্টে আহত দশ।'];
const THEIRS = ['সড়ক দুর্ঘটনায় আহত', 'অন্য কপিতে লেখা: বাস উল্টে আহত বারো।'];

function draftOnDisk(dataDir: string, id: string): Draft {
  const parsed = parseDraft(JSON.parse(readFileSync(join(dataDir, 'drafts', `${id}.json`), 'utf8')));
  assert.ok(parsed.ok);
  return parsed.draft;
}

const stored = (dataDir: string, id: string) => blocksOf(draftOnDisk(dataDir, id).doc);

/** The conflict copies; not the temp file of a copy being rewritten by a save still in flight (it starts with a dot). */
function conflictCopies(dataDir: string): string[][] {
  return readdirSync(join(dataDir, 'drafts'))
    .filter((name) => /^d-[a-z0-9]+\.conflict-.*\.json$/.test(name))
    .map((name) => blocksOf(JSON.parse(readFileSync(join(dataDir, 'drafts', name), 'utf8')).doc));
}

/** The versions of the draft kept on disk (not the automatic ones), as block texts. */
function versions(dataDir: string, id: string): string[][] {
  const dir = join(dataDir, 'versions', id);
  return keptVersionFiles(dataDir, id).map((name) => blocksOf(JSON.parse(readFileSync(join(dir, name), 'utf8')).draft.doc));
}

/** Another copy of the app, or a sync tool, writes its own text into the draft's file. */
async function changeBehindTheApp(dataDir: string, id: string): Promise<void> {
  const current = draftOnDisk(dataDir, id);
  const theirs: Draft = {
    ...current,
    doc: {
      type: 'doc',
      content: [
        { type: 'headline', content: [{ type: 'text', text: THEIRS[0] }] },
        { type: 'paragraph', content: [{ type: 'text', text: THEIRS[1] }] },
      ],
    },
  };
  const result = await createDraftStore({ dataDir }).save(theirs);
  assert.ok(result.ok);
}

/** Writes MINE and waits for it to be saved; the caret is left at the end of the body. */
async function writeMine(page: Page): Promise<string> {
  const id = await writeArticle(page, MINE[0], 'মহাসড়কে বাস উল্টে');
  await saved(page);
  return id;
}

/** The next edit's save meets the changed file: the dialog opens and nothing is overwritten. */
async function meetConflict(app: RunningApp, id: string): Promise<void> {
  const { page, dataDir } = app;
  await page.keyboard.type(' আহত দশ।');
  const dialog = page.locator('.keep-conflict');
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /খসড়াটি ডিস্কে বদলে গেছে/);
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-action')), 'keep-mine');
  assert.deepEqual(stored(dataDir, id), THEIRS);
  assert.deepEqual(await editorBlocks(page), MINE);
  assert.deepEqual(conflictCopies(dataDir), [MINE]);
}

describe('a draft changed on disk behind the app', { skip: skipUi }, () => {
  const withApp = appFixture();

  test('is detected before the next save; keeping mine writes it and keeps theirs as a version', async () => {
    await withApp(async (app) => {
      const { page, dataDir } = app;
      const id = await writeMine(page);
      await changeBehindTheApp(dataDir, id);
      await meetConflict(app, id);

      await page.locator('.keep-conflict [data-action="keep-mine"]').click();
      await page.locator('.keep-conflict').waitFor({ state: 'detached' });
      await saved(page);
      assert.deepEqual(stored(dataDir, id), MINE);
      assert.deepEqual(versions(dataDir, id), [THEIRS]);
      assert.deepEqual(conflictCopies(dataDir), [MINE]);
      // Back in the editor, where typing goes on and saves as usual.
      await page.keyboard.type(' দুজনের অবস্থা গুরুতর।');
      await page.locator('.save-state[data-save="dirty"], .save-state[data-save="saving"]').first().waitFor();
      await saved(page);
      assert.deepEqual(stored(dataDir, id), [MINE[0], `${MINE[1]} দুজনের অবস্থা গুরুতর।`]);
      assert.deepEqual(app.problems, []);
    });
  });

  test('taking the text on disk opens it and keeps mine as a version and a copy', async () => {
    await withApp(async (app) => {
      const { page, dataDir } = app;
      const id = await writeMine(page);
      await changeBehindTheApp(dataDir, id);
      await meetConflict(app, id);

      // By keyboard: Tab goes round the dialog's buttons (never to the text behind), Enter chooses.
      const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-action'));
      await page.keyboard.press('Tab');
      assert.equal(await focused(), 'take-theirs');
      await page.keyboard.press('Tab');
      assert.equal(await focused(), 'later');
      await page.keyboard.press('Tab');
      assert.equal(await focused(), 'keep-mine');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      assert.equal(await focused(), 'take-theirs');
      await page.keyboard.press('Enter');
      await page.locator('.keep-conflict').waitFor({ state: 'detached' });
      await page.waitForFunction((text) => document.querySelector('.article .headline')?.textContent === text, THEIRS[0]);
      assert.deepEqual(await editorBlocks(page), THEIRS);
      assert.deepEqual(stored(dataDir, id), THEIRS);
      assert.deepEqual(versions(dataDir, id), [MINE]);
      assert.deepEqual(conflictCopies(dataDir), [MINE]);
      assert.equal(await page.locator('.save-state').getAttribute('data-save'), 'saved');
    });
  });

  test('a draft file deleted behind the app: Escape decides later, the text stays; keeping mine writes it back', async () => {
    await withApp(async (app) => {
      const { page, dataDir } = app;
      const id = await writeMine(page);
      unlinkSync(join(dataDir, 'drafts', `${id}.json`));
      await page.keyboard.type(' আহত দশ।');
      const dialog = page.locator('.keep-conflict');
      await dialog.waitFor();
      assert.match(await dialog.innerText(), /সরানো বা মোছা হয়েছে/);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert.deepEqual(await editorBlocks(page), MINE);
      assert.equal(existsSync(join(dataDir, 'drafts', `${id}.json`)), false);
      assert.deepEqual(conflictCopies(dataDir), [MINE]);

      // The next edit asks again; this time the text is written back.
      await page.keyboard.type(' হাসপাতালে ভর্তি।');
      await dialog.waitFor();
      await dialog.locator('[data-action="keep-mine"]').click();
      await dialog.waitFor({ state: 'detached' });
      const expected = [MINE[0], `${MINE[1]} হাসপাতালে ভর্তি।`];
      assert.deepEqual(stored(dataDir, id), expected);
      assert.deepEqual(conflictCopies(dataDir), [expected]);
    });
  });
});
