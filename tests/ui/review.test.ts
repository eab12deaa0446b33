import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { caretAt, editorBlocks, saved, selectText, skipUi, until, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';

/** Written for these tests: a short weather report. */
const HEADLINE = 'রাজধানীতে টানা বৃষ্টি';
const FIRST = 'ঢাকায় সকাল থেকে বৃষ্টি হচ্ছে।';
const SECOND = 'আবহাওয়া অফিস বলছে কাল আবার বৃষ্টি হবে।';

const rows = (page: Page) => page.locator('.review-panel .suggestion-row');

function storedDraft(dataDir: string, id: string) {
  return JSON.parse(readFileSync(join(dataDir, 'drafts', `${id}.json`), 'utf8')) as {
    format: number;
    doc: unknown;
    review: { comments: { text: string; resolved: boolean; replies: { text: string }[] }[] };
  };
}

describe('review: suggestions and comments', { skip: skipUi }, () => {
  const withApp = appFixture();

  test('suggest, accept one, reject one, each undone and redone; export holds exactly the accepted text', async () => {
    await withApp(async (app) => {
      const { page, dataDir } = app;
      const id = await writeArticle(page, HEADLINE, FIRST, SECOND);
      assert.equal(await page.locator('.status-suggest').getAttribute('data-suggest'), 'off');
      await page.keyboard.press('Control+Shift+X');
      await page.locator('.status-suggest[data-suggest="on"]').waitFor();
      assert.equal(await page.locator('.suggest-toggle').getAttribute('aria-pressed'), 'true');

      // An insertion: typed after "সকাল থেকে".
      await caretAt(page, 'সকাল থেকে', 'end');
      await page.keyboard.type(' একটানা');
      // A deletion: "আবার " selected and deleted.
      await selectText(page, 'আবার ');
      await page.keyboard.press('Backspace');
      // A replacement: "টানা" in the headline replaced by "ভারী".
      await selectText(page, 'টানা');
      await page.keyboard.type('ভারী');

      assert.deepEqual(await editorBlocks(page), [
        'রাজধানীতে টানাভারী বৃষ্টি',
        'ঢাকায় সকাল থেকে একটানা বৃষ্টি হচ্ছে।',
        'আবহাওয়া অফিস বলছে কাল আবার বৃষ্টি হবে।',
      ]);
      assert.equal(await page.locator('.article ins.suggestion').count(), 2);
      assert.equal(await page.locator('.article del.suggestion').count(), 2);
      await until(async () => (await rows(page).count()) === 3, 'three suggestions listed');
      // Document order: the headline's first. The panel follows the editor when it settles, so a pause
      // between two typed letters may list the replacement before its last letters come.
      await until(async () => /টানা[\s\S]*ভারী/.test(await rows(page).nth(0).innerText()), 'the replacement listed whole');
      assert.match(await rows(page).nth(0).innerText(), /আমি/);

      // Accept the insertion (the second row); undo brings it back as a suggestion, redo accepts again.
      await rows(page).nth(1).locator('[data-action="accept"]').click();
      await until(async () => (await rows(page).count()) === 2, 'one accepted');
      assert.equal(await page.locator('.article ins.suggestion', { hasText: 'একটানা' }).count(), 0);
      await page.keyboard.press('Control+z');
      await until(async () => (await rows(page).count()) === 3, 'accepting undone');
      await page.keyboard.press('Control+Shift+z');
      await until(async () => (await rows(page).count()) === 2, 'accepting redone');

      // Reject the deletion: "আবার" stays, unmarked; undo and redo likewise.
      await rows(page).nth(1).locator('[data-action="reject"]').click();
      await until(async () => (await rows(page).count()) === 1, 'one rejected');
      assert.equal(await page.locator('.article del.suggestion', { hasText: 'আবার' }).count(), 0);
      await page.keyboard.press('Control+z');
      await until(async () => (await rows(page).count()) === 2, 'rejecting undone');
      await page.keyboard.press('Control+Shift+z');
      await until(async () => (await rows(page).count()) === 1, 'rejecting redone');

      // Saved as format 3 with the suggestion still in the document.
      await saved(page);
      const stored = storedDraft(dataDir, id);
      assert.equal(stored.format, 3);
      assert.match(JSON.stringify(stored.doc), /"type":"insertion"/);

      // Export asks first; "accept all" settles the headline's replacement, then the page is written.
      await app.menu('export-html');
      const question = page.locator('dialog.export-suggestions[open]');
      await question.waitFor();
      assert.match(await question.locator('h2').innerText(), /১টি প্রস্তাব/);
      await question.locator('[data-action="export-accept-all"]').click();
      await page.locator('.export-notice').waitFor();
      const [file] = readdirSync(app.exportDir);
      const html = readFileSync(join(app.exportDir, file!), 'utf8');
      assert.match(html, /<h1>রাজধানীতে ভারী বৃষ্টি<\/h1>/);
      assert.match(html, /<p>ঢাকায় সকাল থেকে একটানা বৃষ্টি হচ্ছে।<\/p>/);
      assert.match(html, /<p>আবহাওয়া অফিস বলছে কাল আবার বৃষ্টি হবে।<\/p>/);
      assert.doesNotMatch(html, /টানাভারী|<ins|<del|suggestion|comment/);
      // The editor takes the accepted text too; the panel follows on its next render.
      await until(async () => (await rows(page).count()) === 0, 'no suggestion left in the editor after accept all');
      assert.deepEqual(app.problems, []);
    });
  });

  test('a comment thread: written with Mod-Alt-M, answered, resolved and reopened, kept in the draft', async () => {
    await withApp(async (app) => {
      const { page, dataDir } = app;
      const id = await writeArticle(page, HEADLINE, FIRST, SECOND);
      await selectText(page, 'আবহাওয়া অফিস');
      await page.keyboard.press('Control+Alt+m');
      const box = page.locator('.comment-new textarea');
      await box.waitFor();
      await box.fill('কোন কর্মকর্তা বলেছেন? নাম দিন।');
      await box.press('Control+Enter');
      const thread = page.locator('.comment-thread');
      await thread.waitFor();
      assert.match(await thread.locator('.comment-quote').innerText(), /আবহাওয়া অফিস/);
      assert.equal(await page.locator('.article .comment-anchor').innerText(), 'আবহাওয়া অফিস');

      // Alt-Down from the start of the article selects the comment's text. The click moves the focus
      // back from the comment box; the caret is then placed and read, so the key acts from the
      // headline and not from where the selection was (the comment's text, with no comment after it).
      await page.locator('.article .headline').click();
      await caretAt(page, HEADLINE, 'start');
      await page.keyboard.press('Alt+ArrowDown');
      assert.equal(await page.evaluate(() => window.getSelection()?.toString()), 'আবহাওয়া অফিস');

      await thread.locator('[data-action="reply"]').click();
      const reply = page.locator('.comment-reply textarea');
      await reply.fill('আবহাওয়াবিদ আবুল কালাম, যোগ করছি।');
      await reply.press('Control+Enter');
      await until(async () => (await thread.locator('.comment-entry').count()) === 2, 'the reply is in the thread');
      await thread.locator('[data-action="resolve"]').click();
      await page.locator('.comment-thread.resolved').waitFor();
      await saved(page);
      let stored = storedDraft(dataDir, id);
      assert.equal(stored.review.comments.length, 1);
      assert.equal(stored.review.comments[0]?.resolved, true);
      assert.deepEqual(
        stored.review.comments[0]?.replies.map((r) => r.text),
        ['আবহাওয়াবিদ আবুল কালাম, যোগ করছি।'],
      );
      await thread.locator('[data-action="reopen"]').click();
      await page.locator('.comment-thread:not(.resolved)').waitFor();
      await saved(page);
      stored = storedDraft(dataDir, id);
      assert.equal(stored.review.comments[0]?.resolved, false);
      assert.deepEqual(app.problems, []);
    });
  });

  test('an IME composition in suggest mode makes one suggestion', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await writeArticle(page, HEADLINE, FIRST, SECOND);
      await page.keyboard.press('Control+Shift+X');
      await page.locator('.status-suggest[data-suggest="on"]').waitFor();
      await caretAt(page, 'সকাল থেকে', 'end');
      await page.keyboard.type(' ');
      const cdp = await page.context().newCDPSession(page);
      for (const step of ['ভ', 'ভা', 'ভার', 'ভারী']) {
        await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
      }
      await cdp.send('Input.insertText', { text: 'ভারী' });
      await until(async () => (await rows(page).count()) === 1, 'one suggestion listed');
      assert.match((await editorBlocks(page))[1] ?? '', /সকাল থেকে ভারী বৃষ্টি/);
      assert.equal(await page.locator('.article ins.suggestion').innerText(), ' ভারী');
      assert.deepEqual(app.problems, []);
    });
  });
});
