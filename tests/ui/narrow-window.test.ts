import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { saved, skipUi, until, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';

// Written for this test.
const HEADLINE = 'পাহাড়ি ঢলে ভাঙল সেতু';
const PARAGRAPH = 'রাতভর বৃষ্টির পর সকালে সেতুটি ভেঙে পড়ে।';

/**
 * Every control of the toolbar and the status bar that is shown: outside the window, cut by a box
 * that clips it, or with its own text cut. And the toolbar's rows.
 */
function layoutProblems(page: Page): Promise<{ problems: string[]; toolbarRows: number; shown: number }> {
  // No named functions inside: the test transform would wrap them in a helper the page lacks.
  return page.evaluate(() => {
    const problems: string[] = [];
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        '.toolbar button, .status-bar button, .status-bar select, .status-bar input, .status-bar label, .status-bar .save-state, .status-bar > span:not(.status-spacer)',
      ),
    ].filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
    for (const el of controls) {
      const name = `${el.closest('.toolbar, .status-bar')!.className} ${el.tagName} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim()}"`;
      const box = el.getBoundingClientRect();
      if (box.left < 0 || box.top < 0 || box.right > window.innerWidth + 0.5 || box.bottom > window.innerHeight + 0.5)
        problems.push(`${name} is outside the window`);
      for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const clip = parent.getBoundingClientRect();
        if (box.left < clip.left - 0.5 || box.right > clip.right + 0.5 || box.top < clip.top - 0.5 || box.bottom > clip.bottom + 0.5)
          problems.push(`${name} is cut by ${parent.className || parent.tagName}`);
      }
      if (el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'SELECT') problems.push(`${name} has its text cut`);
    }
    const tops = new Set(
      [...document.querySelectorAll<HTMLElement>('.toolbar button')]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .map((el) => Math.round(el.getBoundingClientRect().top / 8)),
    );
    return { problems, toolbarRows: tops.size, shown: controls.length };
  });
}

describe('a narrow window', { skip: skipUi }, () => {
  const withApp = appFixture();

  for (const [width, height] of [
    [1024, 700],
    // Common laptop widths; and just above each step at which the bar takes back a part it gave up.
    [1280, 800],
    [1366, 768],
    [1400, 900],
    [1480, 900],
    [1620, 900],
  ] as const) {
    test(`at ${width}×${height} the toolbar is one row and every toolbar and status-bar control is whole and in the window`, () =>
      withApp({ settings: { autosaveDelayMs: 1500 } }, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await writeArticle(page, HEADLINE, PARAGRAPH);
        // The widest the status bar gets: unsaved, with its save-now button.
        await until(async () => (await page.locator('.save-state').getAttribute('data-save')) === 'dirty', 'the unsaved state');
        await page.locator('.side-panel').waitFor();
        for (const when of ['unsaved', 'saved']) {
          if (when === 'saved') await saved(page);
          const { problems, toolbarRows, shown } = await layoutProblems(page);
          assert.ok(shown > 12, `only ${shown} controls shown`);
          assert.deepEqual(problems, [], `while ${when}`);
          assert.equal(toolbarRows, 1, `the toolbar is in ${toolbarRows} rows`);
        }
        for (const control of [
          '.status-bar .save-state',
          '.status-bar .open-settings',
          '.status-bar .open-glossary',
          '.status-bar .phonetic-toggle',
        ]) {
          assert.ok(await page.locator(control).isVisible(), `${control} is shown`);
        }
      }));
  }

  test('at 1024×700 the tools with no room are in the আরও menu, which the keyboard opens and walks', () =>
    withApp(async ({ page }) => {
      await page.setViewportSize({ width: 1024, height: 700 });
      await writeArticle(page, HEADLINE, PARAGRAPH);
      const more = page.locator('.toolbar .tool-more');
      assert.equal((await more.innerText()).replace('▾', '').trim(), 'আরও');
      const away = await page.locator('.toolbar-row .tool-away').evaluateAll((els) => els.map((el) => el.getAttribute('data-tool')));
      assert.ok(away.includes('ordered-list'), `the numbered list has room at 1024 px? hidden: ${away.join(', ')}`);
      await more.focus();
      await page.keyboard.press('ArrowDown');
      const menu = page.locator('.toolbar-menu[role="menu"]');
      await menu.waitFor();
      assert.deepEqual(await menu.locator('[role="menuitem"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-tool'))), away);
      await until(
        async () => (await page.evaluate(() => document.activeElement?.getAttribute('role'))) === 'menuitem',
        'the first item focused',
      );
      while ((await page.evaluate(() => document.activeElement?.getAttribute('data-tool'))) !== 'ordered-list')
        await page.keyboard.press('ArrowDown');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent?.startsWith('ক্রমিক তালিকা')), true);
      await page.keyboard.press('Enter');
      await page.locator('.article ol li').waitFor();
      assert.equal(await menu.count(), 0, 'the menu closed');
      // Escape closes it and gives the focus back to its button.
      await more.focus();
      await page.keyboard.press('Enter');
      await menu.waitFor();
      await page.keyboard.press('Escape');
      assert.equal(await menu.count(), 0);
      assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('tool-more')), true);
    }));
});
