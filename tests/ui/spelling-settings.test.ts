/**
 * The settings' spelling section: how loud the check is, the newsroom's dictionary files (through the
 * harness's stand-in for the open dialog) and the user's own words, each seen reaching the findings.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Settings } from '../../core/api/newsroom-api';
import type { Result } from '../../core/api/result';
import { DEFAULT_HOUSE_STYLE } from '../../core/bengali/house-style';
import { saved, skipUi, testOutputDir, until, waitForOpenDraft, type RunningApp, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';

// Written for these tests: জাহাজ three times and once as যাহাজের (the article proves that slip), and
// চাষীরা, the older spelling of চাষিরা, which only the louder check flags and a newsroom may keep.
const HEADLINE = 'বন্দরে নতুন জাহাজ';
const PARAGRAPH = 'জাহাজের কর্মীরা জানিয়েছেন, জাহাজটি পরশু ছাড়বে। তবে যাহাজের পরিচালক বলেছেন, আবহাওয়া খারাপ হলে যাত্রা পিছিয়ে যাবে। গ্রামের চাষীরা ক্ষতির মুখে।';

const dialog = (page: Page) => page.locator('dialog.settings-dialog');
const section = (page: Page) => dialog(page).locator('fieldset.settings-spelling');
const fileBox = (page: Page, kind: 'hunspell' | 'shared') => section(page).locator(`.dictionary-file[data-kind="${kind}"]`);
const row = (page: Page, text: string) => page.locator('.side-panel .finding-row[data-rule="spelling/unknown"]', { hasText: text });
const spellingRows = (page: Page) => page.locator('.side-panel .finding-row[data-rule="spelling/unknown"]');
const ownWord = (page: Page, word: string) => section(page).locator(`.personal-word[data-word="${word}"]`);

const louder = { settings: { houseStyle: { ...DEFAULT_HOUSE_STYLE, spellingSeverity: 'warning' as const } } };

async function openSettings(app: RunningApp): Promise<void> {
  await app.menu('settings');
  await section(app.page).waitFor();
}

async function closeSettings(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await dialog(page).waitFor({ state: 'detached' });
}

function storedSettings(page: Page): Promise<Result<Settings>> {
  return page.evaluate(() => (window as unknown as { newsroom: { getSettings(): Promise<Result<Settings>> } }).newsroom.getSettings());
}

/** A folder of the newsroom's files for one test: a .dic with its .aff, and a plain list. */
function newsroomFolder(): { dir: string; dic: string; list: string } {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-dictionaries-'));
  const dic = join(dir, 'bn_NEWS.dic');
  writeFileSync(dic, '2\nচাষী\nবাড়ীঘর\n');
  writeFileSync(join(dir, 'bn_NEWS.aff'), 'SET UTF-8\n');
  return { dir, dic, list: join(dir, 'newsroom-words.txt') };
}

describe('the spelling section of the settings', { skip: skipUi }, () => {
  const withApp = appFixture();

  test('how loud the check is reaches the findings at once: off hides the card, warning adds the one-slip word', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await writeArticle(page, HEADLINE, PARAGRAPH);
      await row(page, 'যাহাজের').waitFor();
      assert.equal(await row(page, 'চাষীরা').count(), 0, 'a suggestion only where the article proves the slip');
      await saved(page);

      await openSettings(app);
      const select = section(page).locator('.setting-spelling-severity');
      assert.equal(await select.inputValue(), 'info');
      assert.deepEqual(
        (await select.locator('option').allInnerTexts()).map((t) => t.trim()),
        ['দেখাবেন না', 'পরামর্শ হিসেবে দেখান', 'সতর্কতা হিসেবে দেখান'],
      );
      await select.selectOption('off');
      await until(async () => (await spellingRows(page).count()) === 0, 'no spelling card with the check off');
      await select.selectOption('warning');
      await row(page, 'চাষীরা').waitFor();
      assert.match((await row(page, 'যাহাজের').getAttribute('class'))!, /severity-warning/);
      assert.match((await row(page, 'চাষীরা').getAttribute('class'))!, /severity-warning/);
      const stored = await storedSettings(page);
      assert.ok(stored.ok && stored.value.houseStyle.spellingSeverity === 'warning');
      await select.selectOption('info');
      await until(async () => (await row(page, 'চাষীরা').count()) === 0, 'the one-slip word quiet again');
      assert.match((await row(page, 'যাহাজের').getAttribute('class'))!, /severity-info/);
      await closeSettings(page);
      assert.deepEqual(app.problems, []);
    });
  });

  test('a word added to the newsroom’s list on the shared drive reaches the checker while the reporter stays in the window', async () => {
    const files = newsroomFolder();
    try {
      writeFileSync(files.list, '# আমাদের বানান\n');
      await withApp({ settings: { ...louder.settings, sharedDictionaryPath: files.list } }, async (app) => {
        const { page } = app;
        await writeArticle(page, HEADLINE, PARAGRAPH);
        await row(page, 'চাষীরা').waitFor();
        await saved(page);
        // No focus event, no settings opened: only the main process's watch can bring the change.
        writeFileSync(files.list, '# আমাদের বানান\nচাষী\n');
        await until(async () => (await row(page, 'চাষীরা').count()) === 0, 'the newsroom’s spelling accepted');
        assert.equal(await row(page, 'যাহাজের').count(), 1, 'other findings stay');
        assert.deepEqual(app.problems, []);
      });
    } finally {
      rmSync(files.dir, { recursive: true, force: true });
    }
  });

  test('the newsroom’s .dic is chosen, counted and let go; a list that cannot be read says why, and is read once it is there', async () => {
    const files = newsroomFolder();
    try {
      await withApp(louder, async (app) => {
        const { page } = app;
        await writeArticle(page, HEADLINE, PARAGRAPH);
        await row(page, 'চাষীরা').waitFor();
        await saved(page);
        await openSettings(app);
        assert.equal(await fileBox(page, 'hunspell').locator('.dictionary-status').innerText(), 'কোনো ফাইল বাছা হয়নি।');
        assert.match(await fileBox(page, 'hunspell').innerText(), /LibreOffice/, 'the file is named as a reporter knows it');

        app.dictionaryDialog.hunspell = files.dic;
        await fileBox(page, 'hunspell').locator('.dictionary-choose').click();
        await until(async () => (await fileBox(page, 'hunspell').getAttribute('data-state')) === 'loaded', 'the .dic read');
        assert.equal(await fileBox(page, 'hunspell').locator('.dictionary-status').innerText(), 'bn_NEWS.dic ২টি শব্দ ব্যবহার হচ্ছে।');
        assert.equal(await fileBox(page, 'hunspell').locator('.dictionary-path').getAttribute('title'), files.dic);
        await until(async () => (await row(page, 'চাষীরা').count()) === 0, 'the newsroom’s spelling accepted');
        assert.equal(await row(page, 'যাহাজের').count(), 1, 'other findings stay');
        const stored = await storedSettings(page);
        assert.ok(stored.ok && stored.value.hunspellDictionaryPath === files.dic);

        await fileBox(page, 'hunspell').locator('.dictionary-clear').click();
        await until(async () => (await fileBox(page, 'hunspell').getAttribute('data-state')) === 'none', 'the .dic let go');
        await row(page, 'চাষীরা').waitFor();
        const cleared = await storedSettings(page);
        assert.ok(cleared.ok && cleared.value.hunspellDictionaryPath === null);

        // The shared list, chosen before it is there (a drive not yet mounted): the reason, in Bengali.
        app.dictionaryDialog.shared = files.list;
        await fileBox(page, 'shared').locator('.dictionary-choose').click();
        await until(async () => (await fileBox(page, 'shared').getAttribute('data-state')) === 'error', 'the missing list');
        assert.equal(await fileBox(page, 'shared').locator('.dictionary-path').innerText(), 'newsroom-words.txt');
        assert.match(
          await fileBox(page, 'shared').locator('.dictionary-error').innerText(),
          /^নিউজরুমের অভিধান পড়া যায়নি: \p{Script=Bengali}/u,
        );
        assert.equal(await fileBox(page, 'shared').locator('.dictionary-choose').innerText(), 'অন্য ফাইল বাছুন…');
        await closeSettings(page);

        writeFileSync(files.list, '# আমাদের বানান\nচাষী\n');
        // The settings ask again when they open.
        await openSettings(app);
        await until(async () => (await fileBox(page, 'shared').getAttribute('data-state')) === 'loaded', 'the list read once there');
        assert.equal(await fileBox(page, 'shared').locator('.dictionary-status').innerText(), 'newsroom-words.txt ১টি শব্দ ব্যবহার হচ্ছে।');
        assert.equal(await fileBox(page, 'shared').locator('.dictionary-error').count(), 0);
        await until(async () => (await row(page, 'চাষীরা').count()) === 0, 'the list’s word accepted');
        await closeSettings(page);
        assert.deepEqual(app.problems, []);
      });
    } finally {
      rmSync(files.dir, { recursive: true, force: true });
    }
  });

  test('an own word added in the settings stops being flagged; removed, it is flagged again, and undo brings it back', async () => {
    await withApp(async (app) => {
      const { page, dataDir } = app;
      await writeArticle(page, HEADLINE, PARAGRAPH);
      await row(page, 'যাহাজের').waitFor();
      await saved(page);
      await openSettings(app);
      assert.equal(await section(page).locator('.personal-empty').innerText(), 'এখনো কোনো শব্দ যোগ করা হয়নি।');

      // Not one Bengali word: refused here, in Bengali, before the bridge.
      await section(page).locator('.personal-new').fill('ship');
      await section(page).locator('.personal-add-button').click();
      assert.match(await section(page).locator('.spelling-problem').innerText(), /শুধু বাংলা অক্ষরের একটি শব্দ/);

      await section(page).locator('.personal-new').fill('যাহাজের');
      await section(page).locator('.personal-new').press('Enter');
      await ownWord(page, 'যাহাজের').waitFor();
      assert.equal(await section(page).locator('.personal-new').inputValue(), '', 'the box is emptied');
      assert.equal(await section(page).locator('.spelling-problem').count(), 0, 'the earlier refusal is gone');
      await until(async () => (await row(page, 'যাহাজের').count()) === 0, 'the own word accepted');

      await ownWord(page, 'যাহাজের').locator('.personal-remove').click();
      await section(page).locator('.personal-removed').waitFor();
      assert.equal(await ownWord(page, 'যাহাজের').count(), 0);
      await row(page, 'যাহাজের').waitFor();
      assert.ok(!readFileSync(join(dataDir, 'dictionary.txt'), 'utf8').split('\n').includes('যাহাজের'), 'gone from the file');

      await section(page).locator('.personal-undo').click();
      await ownWord(page, 'যাহাজের').waitFor();
      await until(async () => (await row(page, 'যাহাজের').count()) === 0, 'the word back after undo');
      assert.equal(await section(page).locator('.personal-removed').count(), 0);
      assert.ok(readFileSync(join(dataDir, 'dictionary.txt'), 'utf8').split('\n').includes('যাহাজের'));
      await closeSettings(page);
      assert.deepEqual(app.problems, []);
    });
  });

  test('a long own dictionary gets a search box that narrows it, however its letters are encoded', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-ui-'));
    // Written for this test: a dozen older spellings a newsroom might keep.
    const words = ['চাষী', 'বাড়ীঘর', 'পাখী', 'হাতী', 'দীঘি', 'শ্রেণী', 'গরীব', 'সরকারী', 'কোম্পানী', 'জমিদারী', 'বেশী', 'রেলগাড়ী'];
    writeFileSync(join(dataDir, 'dictionary.txt'), `${words.join('\n')}\n`);
    try {
      await withApp({ dataDir }, async (app) => {
        const { page } = app;
        await waitForOpenDraft(page);
        await openSettings(app);
        await ownWord(page, 'চাষী').waitFor();
        assert.equal(await section(page).locator('.personal-word').count(), words.length);
        assert.equal(await section(page).locator('.personal-word').first().getAttribute('data-word'), 'রেলগাড়ী', 'newest first');
        assert.match(await section(page).locator('h3', { hasText: 'নিজের অভিধান' }).innerText(), /১২টি শব্দ/);
        // ড় typed as one code point: the list keeps it as ড + nukta (NFC), and still it is found.
        await section(page).locator('.personal-search').fill('গা\u09DCী');
        await until(async () => (await section(page).locator('.personal-word').count()) === 1, 'the search narrows');
        assert.equal(await section(page).locator('.personal-word').getAttribute('data-word'), 'রেলগাড়ী');
        await section(page).locator('.personal-search').fill('নেই-এমন');
        assert.equal(await section(page).locator('.personal-empty').innerText(), 'এমন কোনো শব্দ নেই।');
        assert.deepEqual(app.problems, []);
      });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`a picture of the section, ${theme}: one file in use, one unreadable, a few own words`, async () => {
      const files = newsroomFolder();
      try {
        await withApp({ settings: { theme, hunspellDictionaryPath: files.dic, sharedDictionaryPath: files.list } }, async (app) => {
          const { page } = app;
          await writeArticle(page, HEADLINE, PARAGRAPH);
          for (const word of ['যাহাজের', 'জাহাজঘাটা', 'বন্দরনগরী']) {
            const added = await page.evaluate(
              (w) =>
                (window as unknown as { newsroom: { addDictionaryWord(w: string): Promise<{ ok: boolean }> } }).newsroom.addDictionaryWord(
                  w,
                ),
              word,
            );
            assert.ok(added.ok);
          }
          await openSettings(app);
          await until(async () => (await fileBox(page, 'shared').getAttribute('data-state')) === 'error', 'the unreadable list');
          await ownWord(page, 'বন্দরনগরী').waitFor();
          await section(page).scrollIntoViewIfNeeded();
          // A margin around the box, so its legend (drawn over the top border) is in the picture whole.
          const box = (await section(page).boundingBox())!;
          const clip = { x: box.x - 12, y: box.y - 16, width: box.width + 24, height: box.height + 28 };
          await page.screenshot({ path: join(testOutputDir(), `spelling-settings-${theme}.png`), clip });
          await page.screenshot({ path: join(testOutputDir(), `spelling-settings-dialog-${theme}.png`) });
          assert.deepEqual(app.problems, []);
        });
      } finally {
        rmSync(files.dir, { recursive: true, force: true });
      }
    });
  }
});
