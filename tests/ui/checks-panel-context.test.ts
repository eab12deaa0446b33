import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { skipUi, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';

// Written for this test: a danda with a space before it, in the middle of a paragraph.
const PARAGRAPH = 'সকালে শহরে জোর বৃষ্টি হয়েছে । দুপুরে আবার রোদ উঠেছে।';

describe('the checks panel, entry by entry', { skip: skipUi }, () => {
  const withApp = appFixture();

  test('a danda finding shows its neighbouring words, the danda marked; no English message is on screen', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await writeArticle(page, 'বৃষ্টি', PARAGRAPH);
      const entry = page.locator('.side-panel .finding-row[data-rule="punctuation/danda"]').first();
      await entry.waitFor();
      const shown = await entry.locator('.finding-text').innerText();
      assert.match(shown, /বৃষ্টি হয়েছে/, 'the words before');
      assert.match(shown, /দুপুরে/, 'the words after');
      assert.equal((await entry.locator('.finding-span').innerText()).trim(), '।');
      assert.ok(!shown.includes('সকালে'), 'a few words, not the whole sentence');
      const message = entry.locator('.finding-message');
      assert.equal(await message.getAttribute('lang'), 'bn');
      assert.match((await message.getAttribute('title')) ?? '', /danda/, 'the English on hover');
      assert.doesNotMatch(await page.locator('.side-panel').innerText(), /danda/i);
      assert.deepEqual(app.problems, []);
    });
  });
});
