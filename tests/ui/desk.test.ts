import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blocksOf, editorBlocks, saved, skipUi, waitForOpenDraft } from './harness';
import { appFixture } from '../helpers/with-app';
import { tempDir } from '../helpers/temp-dir';

describe('the desk folder', { skip: skipUi }, () => {
  const withApp = appFixture();

  test('two apps with their own data folders share one desk: the reporter sends, the editor edits and returns, the reporter sees it', async () => {
    const desk = tempDir('newsroom-desk-ui-');
    await withApp({ settings: { deskPath: desk, userName: 'রফিক আহমেদ' } }, async (reporter) =>
      withApp({ settings: { deskPath: desk, userName: 'শাহানা পারভীন' } }, async (editor) => {
        const id = await waitForOpenDraft(reporter.page);
        await reporter.page.locator('.article .headline').click();
        await reporter.page.keyboard.type('নদীভাঙনে ঘর হারাল শতাধিক পরিবার');
        await reporter.page.keyboard.press('Enter');
        await reporter.page.keyboard.type('যমুনার ভাঙন থামছে না।');
        await saved(reporter.page);
        await reporter.menu('send-to-desk');
        await reporter.page.locator(`.desk-item[data-desk-id="${id}"][data-status="review"]`).waitFor();

        // The editor's queue finds it by polling the folder.
        const queued = editor.page.locator(`.desk-item[data-desk-id="${id}"]`);
        await queued.waitFor({ timeout: 10_000 });
        assert.equal(await queued.locator('.draft-headline').innerText(), 'নদীভাঙনে ঘর হারাল শতাধিক পরিবার');
        assert.match(await queued.locator('.desk-author').innerText(), /রফিক আহমেদ/);
        await queued.locator('[data-action="desk-open"]').click();
        await editor.page.locator(`.desk-item.current[data-desk-id="${id}"]`).waitFor();
        assert.deepEqual(await editorBlocks(editor.page), ['নদীভাঙনে ঘর হারাল শতাধিক পরিবার', 'যমুনার ভাঙন থামছে না।']);
        await editor.page.locator('.article p').last().click();
        await editor.page.keyboard.press('End');
        await editor.page.keyboard.type(' বাঁধ মেরামতে কাজ শুরু হয়েছে।');
        await saved(editor.page);
        await queued.locator('[data-action="desk-return"]').click();
        await editor.page.locator(`.desk-item[data-desk-id="${id}"][data-status="draft"]`).waitFor();
        const onDesk = JSON.parse(readFileSync(join(desk, `${id}.json`), 'utf8'));
        assert.equal(onDesk.meta.status, 'draft');
        assert.deepEqual(blocksOf(onDesk.doc), ['নদীভাঙনে ঘর হারাল শতাধিক পরিবার', 'যমুনার ভাঙন থামছে না। বাঁধ মেরামতে কাজ শুরু হয়েছে।']);

        // The reporter's queue shows it returned; opened from the desk, the editor's words are there.
        const back = reporter.page.locator(`.desk-item[data-desk-id="${id}"][data-status="draft"]`);
        await back.waitFor({ timeout: 10_000 });
        await back.locator('[data-action="desk-open"]').click();
        await reporter.page.waitForFunction(() => document.querySelector('.article')?.textContent?.includes('বাঁধ মেরামতে'));
        assert.deepEqual(await editorBlocks(reporter.page), ['নদীভাঙনে ঘর হারাল শতাধিক পরিবার', 'যমুনার ভাঙন থামছে না। বাঁধ মেরামতে কাজ শুরু হয়েছে।']);
        assert.deepEqual(reporter.problems, []);
        assert.deepEqual(editor.problems, []);
      }),
    );
  });
});
