import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blocksOf, editorBlocks, saved, skipUi, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';
import { tempDir } from '../helpers/temp-dir';

/** Written for this test: a short report on a school's results. */
const HEADLINE = 'এসএসসিতে পাসের হার বেড়েছে';
const PARAGRAPH = 'এ বছর পাসের হার গতবারের চেয়ে বেশি।';
const ON_DESK = ' মেয়েরা এগিয়ে।';

describe('one draft id, local and on the desk', { skip: skipUi }, () => {
  const withApp = appFixture();

  test('the local copy and the desk copy of one draft are told apart: each opens its own text and saves to its own folder', async () => {
    const desk = tempDir('newsroom-desk-source-');
    await withApp({ settings: { deskPath: desk, userName: 'রফিক' } }, async ({ page, dataDir, menu, problems }) => {
      const id = await writeArticle(page, HEADLINE, PARAGRAPH);
      await saved(page);
      await menu('send-to-desk');
      const queued = page.locator(`.desk-item[data-desk-id="${id}"]`);
      await queued.waitFor();

      // The desk copy, opened in place and added to: the words land in the desk folder only.
      await queued.locator('[data-action="desk-open"]').click();
      await page.locator(`.desk-item.current[data-desk-id="${id}"]`).waitFor();
      assert.equal(await page.locator('.draft-item.current').count(), 0, 'the local copy is not shown as the one open');
      await page.locator('.article p').last().click();
      await page.keyboard.press('End');
      await page.keyboard.insertText(ON_DESK);
      await saved(page);
      const deskFile = () => blocksOf(JSON.parse(readFileSync(join(desk, `${id}.json`), 'utf8')).doc);
      const localFile = () => blocksOf(JSON.parse(readFileSync(join(dataDir, 'drafts', `${id}.json`), 'utf8')).doc);
      assert.deepEqual(deskFile(), [HEADLINE, PARAGRAPH + ON_DESK]);
      assert.deepEqual(localFile(), [HEADLINE, PARAGRAPH]);

      // The local copy from the drafts list: its own text, not the desk's left in the editor.
      await page.locator(`.draft-item[data-draft-id="${id}"] .draft-open`).click();
      await page.locator(`.draft-item.current[data-draft-id="${id}"]`).waitFor();
      assert.deepEqual(await editorBlocks(page), [HEADLINE, PARAGRAPH]);
      assert.equal(await page.locator('.desk-item.current').count(), 0);
      await page.locator('.article p').last().click();
      await page.keyboard.press('End');
      await page.keyboard.insertText(' ফল প্রকাশ আজ।');
      await saved(page);
      assert.deepEqual(localFile(), [HEADLINE, `${PARAGRAPH} ফল প্রকাশ আজ।`]);
      assert.deepEqual(deskFile(), [HEADLINE, PARAGRAPH + ON_DESK], 'the desk copy is left as it was');

      // And back to the desk copy: the desk's text again.
      await queued.locator('[data-action="desk-open"]').click();
      await page.locator(`.desk-item.current[data-desk-id="${id}"]`).waitFor();
      assert.deepEqual(await editorBlocks(page), [HEADLINE, PARAGRAPH + ON_DESK]);
      assert.deepEqual(problems, []);
    });
  });
});
