import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blocksOf, editorBlocks, saved, skipUi, until, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';
import { tempDir } from '../helpers/temp-dir';

describe('the desk folder', { skip: skipUi }, () => {
  const withApp = appFixture();

  test('two apps with their own data folders share one desk: the reporter sends, the editor edits and returns, the reporter sees it', async () => {
    const desk = tempDir('newsroom-desk-ui-');
    await withApp({ settings: { deskPath: desk, userName: 'রফিক আহমেদ' } }, async (reporter) =>
      withApp({ settings: { deskPath: desk, userName: 'শাহানা পারভীন' } }, async (editor) => {
        const id = await writeArticle(reporter.page, 'নদীভাঙনে ঘর হারাল শতাধিক পরিবার', 'যমুনার ভাঙন থামছে না।');
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

  test('sent from the status menu; two people saving one desk draft are both told, and the later one chooses', async () => {
    const desk = tempDir('newsroom-desk-ui-');
    await withApp({ settings: { deskPath: desk, userName: 'রফিক' } }, async (reporter) =>
      withApp({ settings: { deskPath: desk, userName: 'শাহানা' } }, async (editor) => {
        const id = await writeArticle(reporter.page, 'বাজেট অধিবেশন শুরু', 'সংসদে বাজেট পেশ।');
        await saved(reporter.page);
        await reporter.page.locator('.status-select select').selectOption('send-to-desk');
        await reporter.page.locator(`.desk-item[data-desk-id="${id}"][data-status="review"]`).waitFor();
        assert.equal(await reporter.page.locator('.status-select select').inputValue(), 'review');

        // Both open the desk copy; the editor saves first, the reporter's save is caught.
        await reporter.page.locator(`.desk-item[data-desk-id="${id}"] [data-action="desk-open"]`).click();
        await reporter.page.locator(`.desk-item.current[data-desk-id="${id}"]`).waitFor();
        const queued = editor.page.locator(`.desk-item[data-desk-id="${id}"]`);
        await queued.waitFor({ timeout: 10_000 });
        await queued.locator('[data-action="desk-open"]').click();
        await editor.page.locator(`.desk-item.current[data-desk-id="${id}"]`).waitFor();
        await editor.page.locator('.article p').last().click();
        await editor.page.keyboard.press('End');
        await editor.page.keyboard.type(' সম্পাদকের যোগ।');
        await saved(editor.page);
        await reporter.page.locator('.article p').last().click();
        await reporter.page.keyboard.press('End');
        // One input: typed key by key on a loaded machine, an autosave between keys would meet the
        // conflict with only part of the words, and the copy would hold that part.
        await reporter.page.keyboard.insertText(' প্রতিবেদকের যোগ।');

        await reporter.page.locator('.keep-dialog.keep-conflict').waitFor();
        const copies = readdirSync(desk).filter((name) => name.includes('.conflict-'));
        assert.equal(copies.length, 1);
        assert.match(readFileSync(join(desk, copies[0]!), 'utf8'), /প্রতিবেদকের যোগ/);
        // The editor, whose save stood, hears of the other text from the queue.
        await editor.page
          .locator('.error-banner', { hasText: 'আরেকজন একই সময়ে এই ডেস্ক খসড়াটি সংরক্ষণ করেছিলেন' })
          .waitFor({ timeout: 10_000 });
        await editor.page.locator('.desk-conflicts').waitFor();

        // The reporter keeps their text: it becomes the desk draft, the editor's is kept as a version.
        await reporter.page.locator('.keep-dialog [data-action="keep-mine"]').click();
        await reporter.page.locator('.keep-dialog').waitFor({ state: 'detached' });
        await until(() => readFileSync(join(desk, `${id}.json`), 'utf8').includes('প্রতিবেদকের যোগ'), 'the chosen text on the desk');
        const kept = readdirSync(join(reporter.dataDir, 'versions', id)).map((n) =>
          readFileSync(join(reporter.dataDir, 'versions', id, n), 'utf8'),
        );
        assert.ok(kept.some((text) => text.includes('সম্পাদকের যোগ')));
        assert.deepEqual(reporter.problems, []);
        assert.deepEqual(editor.problems, []);
      }),
    );
  });
});
