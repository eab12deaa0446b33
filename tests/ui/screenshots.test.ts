/**
 * Pictures of the app for a reviewer who does not run it: the editor with findings, the glossary
 * manager and the settings, light and dark, at a desk monitor's size and a small laptop's. Written to
 * test-output/, named screen-<what>-<theme>-<width>x<height>.png.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { skipUi, testOutputDir, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';

// Written for these pictures: a short story with a variant spelling, a repeated gloss and a stray danda.
const HEADLINE = 'বন্যায় ডুবেছে উত্তরের তিন জেলা';
const PARAGRAPH =
  'ভারতের প্রধানমন্ত্রী নরেন্দ্র মোদী (Narendra Modi) আজ দিল্লিতে বলেছেন, বন্যার্তদের জন্য ত্রাণ যাবে । ' +
  'নরেন্দ্র মোদী (Narendra Modi) আরও বলেন, 10টি দল কাজ করছে।';

const SIZES = [
  { width: 1400, height: 900 },
  { width: 1024, height: 700 },
] as const;
const THEMES = ['light', 'dark'] as const;

describe('screenshots for review', { skip: skipUi }, () => {
  const withApp = appFixture();

  for (const theme of THEMES) {
    test(`the editor with findings, the glossary manager and the settings, ${theme}, at both sizes`, async () => {
      await withApp({ settings: { theme } }, async (app) => {
        const { page } = app;
        const dir = testOutputDir();
        const written: string[] = [];
        const shoot = async (what: string, size: { width: number; height: number }) => {
          const file = join(dir, `screen-${what}-${theme}-${size.width}x${size.height}.png`);
          await page.screenshot({ path: file });
          written.push(file);
        };
        await writeArticle(page, HEADLINE, PARAGRAPH);
        await page.locator('.side-panel .finding-row[data-rule="entity/variant"]').first().waitFor();
        for (const size of SIZES) {
          await page.setViewportSize(size);
          await shoot('editor', size);
          await app.menu('glossary-manager');
          const manager = page.locator('dialog.glossary-manager');
          await manager.waitFor();
          await manager.locator('.glossary-search input').fill('মোদি');
          await manager.locator('.glossary-row.builtin').first().waitFor();
          await shoot('glossary', size);
          await manager.locator('.manage-close').click();
          await manager.waitFor({ state: 'detached' });
          await app.menu('settings');
          const settings = page.locator('dialog.settings-dialog');
          await settings.waitFor();
          await shoot('settings', size);
          await page.keyboard.press('Escape');
          await settings.waitFor({ state: 'detached' });
        }
        assert.equal(written.length, 6);
        for (const file of written) assert.ok(existsSync(file) && statSync(file).size > 10_000, `${file} holds a picture`);
        assert.deepEqual(app.problems, []);
      });
    });
  }
});
