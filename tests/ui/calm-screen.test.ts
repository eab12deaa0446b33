import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { saved, skipUi, until, waitForOpenDraft, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';

// Written for these tests.
const HEADLINE = 'নদীর পাড়ে নতুন বাঁধ';

interface Box {
  top: number;
  height: number;
}

async function boxes(page: Page): Promise<{ bar: Box; article: Box; lines: number }> {
  // No named functions inside: the test transform would wrap them in a helper the page lacks.
  return page.evaluate(() => {
    const [bar, article] = ['.status-bar', '.article'].map((selector) => {
      const rect = document.querySelector(selector)!.getBoundingClientRect();
      return { top: Math.round(rect.top), height: Math.round(rect.height) };
    });
    // A label that wraps is taller than one line of the bar's text.
    const footer = document.querySelector('.status-bar')!;
    const lineHeight = Number.parseFloat(getComputedStyle(footer).lineHeight) || 20;
    const tallest = Math.max(...[...footer.querySelectorAll('span, button, label')].map((el) => el.getBoundingClientRect().height));
    return { bar: bar!, article: article!, lines: tallest / lineHeight };
  });
}

describe('a calm screen', { skip: skipUi }, () => {
  const withApp = appFixture();

  for (const [width, height] of [
    [1400, 900],
    [1024, 700],
  ] as const) {
    test(`the status bar keeps one height while the draft is unsaved, at ${width}×${height}`, () =>
      withApp({ settings: { autosaveDelayMs: 1000 } }, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await waitForOpenDraft(page);
        const before = await boxes(page);
        await writeArticle(page, HEADLINE);
        await until(async () => (await page.locator('.save-state').getAttribute('data-save')) === 'dirty', 'the unsaved state');
        const dirty = await boxes(page);
        await saved(page);
        const after = await boxes(page);
        for (const [when, now] of [
          ['unsaved', dirty],
          ['saved', after],
        ] as const) {
          assert.deepEqual(now.bar, before.bar, `the status bar moved or grew while ${when}`);
          assert.deepEqual(now.article.top, before.article.top, `the article moved while ${when}`);
          assert.ok(now.lines < 1.9, `a status-bar label wrapped while ${when} (${now.lines.toFixed(2)} lines)`);
        }
      }));
  }

  test('one word, one meaning: no two different controls share a label', () =>
    withApp(async (app) => {
      const { page } = app;
      await waitForOpenDraft(page);
      await app.menu('settings');
      await page.locator('dialog.settings-dialog').waitFor();
      // Each control's name as a reader hears it: its accessible label, else its text.
      const labels = await page.evaluate(() => {
        const named = [
          ...document.querySelectorAll('.toolbar button, .status-bar select option, dialog.settings-dialog .setting-theme option'),
        ].map((el) => ({
          what: `${el.closest('.toolbar, .status-bar, dialog')!.className} ${el.tagName}`,
          label: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
        }));
        const findings = document.querySelector('.side-panel')!.getAttribute('aria-label') ?? '';
        return [...named, { what: 'findings panel', label: findings }];
      });
      const seen = new Map<string, string>();
      const clashes: string[] = [];
      for (const { what, label } of labels) {
        const other = seen.get(label);
        if (other !== undefined) clashes.push(`${label}: ${other} / ${what}`);
        seen.set(label, what);
      }
      assert.ok(
        labels.some((l) => l.what === 'findings panel' && l.label !== ''),
        'the findings panel has a name',
      );
      assert.deepEqual(clashes, []);
    }));

  test('settings speak plainly: seconds, not milliseconds, no Unicode jargon, Bengali digits', () =>
    withApp({ settings: { autosaveDelayMs: 600, fontSize: 19 } }, async (app) => {
      const { page } = app;
      await waitForOpenDraft(page);
      await app.menu('settings');
      const settings = page.locator('dialog.settings-dialog');
      await settings.waitFor();
      const text = await settings.innerText();
      for (const jargon of ['NFC', 'কোড পয়েন্ট', 'bn_BD', 'মিলিসেকেন্ড']) assert.ok(!text.includes(jargon), `the settings say ${jargon}`);
      assert.match(text, /য়\/ড়\/ঢ় লেখার ধরন/);
      assert.equal(await settings.locator('.setting-autosave').inputValue(), '০.৬');
      assert.equal(await settings.locator('.setting-font-size').inputValue(), '১৯');
      // Typed in Bengali digits, stored as a number.
      await settings.locator('.setting-autosave').fill('০.৮');
      await until(async () => {
        const stored = await page.evaluate(() =>
          (
            window as unknown as { newsroom: { getSettings(): Promise<{ ok: boolean; value: { autosaveDelayMs: number } }> } }
          ).newsroom.getSettings(),
        );
        return stored.ok && stored.value.autosaveDelayMs === 800;
      }, 'the delay stored as 800 ms');
    }));

  test('the drafts list menus show their whole label at 1400 px', () =>
    withApp(async ({ page }) => {
      await page.setViewportSize({ width: 1400, height: 900 });
      await waitForOpenDraft(page);
      for (const menu of ['.drafts-sort', '.drafts-status']) {
        for (const option of await page
          .locator(`${menu} option`)
          .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))) {
          await page.locator(menu).selectOption(option);
          // The chosen label's width in the menu's font, against the room the menu gives it (less its arrow).
          const { text, room } = await page.locator(menu).evaluate((el) => {
            const select = el as HTMLSelectElement;
            const probe = document.createElement('span');
            probe.style.font = getComputedStyle(select).font;
            probe.style.whiteSpace = 'pre';
            probe.textContent = select.selectedOptions[0]!.textContent;
            document.body.append(probe);
            const width = probe.getBoundingClientRect().width;
            probe.remove();
            const style = getComputedStyle(select);
            return {
              text: width,
              room: select.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight) - 16,
            };
          });
          assert.ok(text <= room, `${menu} "${option}" is cut off: ${text.toFixed(0)} px of text in ${room.toFixed(0)} px`);
        }
      }
    }));

  test('the empty untitled draft from the first start goes once another is opened; one with text stays', () =>
    withApp(async ({ page }) => {
      const untitled = await waitForOpenDraft(page);
      await page.locator('[data-action="new-draft"]').click();
      await page.waitForFunction((id) => document.querySelector('.draft-item.current')?.getAttribute('data-draft-id') !== id, untitled);
      await until(async () => (await page.locator('.draft-item').count()) === 1, 'the empty draft to leave the list');
      const written = await writeArticle(page, HEADLINE);
      await saved(page);
      await page.locator('[data-action="new-draft"]').click();
      await page.waitForFunction((id) => document.querySelector('.draft-item.current')?.getAttribute('data-draft-id') !== id, written);
      await until(async () => (await page.locator('.draft-item').count()) === 2, 'both drafts listed');
      assert.ok(await page.locator(`.draft-item[data-draft-id="${written}"]`).count(), 'the draft with text stays');
    }));
});
