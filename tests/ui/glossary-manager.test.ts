import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { importGlossaryCsv, importGlossaryJson } from '../../core/glossary/io';
import type { GlossaryEntry } from '../../core/glossary/types';
import { saved, skipUi, until, waitForOpenDraft, type RunningApp, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';
import { tempDir } from '../helpers/temp-dir';

// Written for these tests: a village one sound from a glossary city (ইসলামাবাদ), in a two-line story.
const HEADLINE = 'গ্রামের হাটে নতুন ছাউনি';
const PARAGRAPH = 'ইসলামবাদ গ্রামের হাটে নতুন ছাউনি বসানো হয়েছে। স্থানীয় দোকানিরা খুশি।';
const VILLAGE = 'ইসলামবাদ';

const manager = (page: Page) => page.locator('dialog.glossary-manager');
const ownRows = (page: Page) => manager(page).locator('.glossary-row.own');
const row = (page: Page, rule: string) => page.locator(`.side-panel .finding-row[data-rule="${rule}"]`);

function ownGlossary(dataDir: string): GlossaryEntry[] | null {
  const file = join(dataDir, 'glossary.json');
  if (!existsSync(file)) return null;
  const read = importGlossaryJson(readFileSync(file, 'utf8'));
  assert.ok(read.ok, 'glossary.json reads back');
  return read.value;
}

async function openManager(app: RunningApp): Promise<void> {
  await app.menu('glossary-manager');
  await manager(app.page).waitFor();
}

/** Adds an entry through the manager's form. */
async function addThroughForm(page: Page, entry: { bn: string; en: string; type: string; variants?: string }): Promise<void> {
  await manager(page).locator('.glossary-new').click();
  const form = manager(page).locator('.glossary-entry-form');
  await form.locator('.entry-bn').fill(entry.bn);
  await form.locator('.entry-en').fill(entry.en);
  await form.locator('.entry-type').selectOption(entry.type);
  if (entry.variants) await form.locator('.entry-variants').fill(entry.variants);
  await form.locator('.entry-save').click();
  await form.waitFor({ state: 'detached' });
}

describe('the glossary manager', { skip: skipUi }, () => {
  const withApp = appFixture();
  const files = tempDir('newsroom-glossary-files-');

  test('an import with errors lists them by line and applies nothing; a valid one applies only after confirming, and the checker follows', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await writeArticle(page, HEADLINE, PARAGRAPH);
      await row(page, 'entity/unknown-near').waitFor();

      const bad = join(files, 'bad.csv');
      writeFileSync(bad, ['bn,en,type', `${VILLAGE},Islambad,place`, 'Khulna,Khulna,place', 'বরিশাল,Barishal,city'].join('\n'));
      app.glossaryDialog.import = bad;
      await openManager(app);
      await manager(page).locator('.glossary-import').click();
      const preview = manager(page).locator('.import-preview');
      await preview.waitFor();
      assert.deepEqual(
        await preview.locator('.import-problems li').evaluateAll((items) => items.map((li) => li.getAttribute('data-line'))),
        ['3', '4'],
      );
      assert.match(await preview.locator('.import-problems li').first().innerText(), /লাইন ৩/);
      assert.equal(await preview.locator('.import-apply').count(), 0, 'nothing to confirm');
      await preview.locator('.import-cancel').click();
      assert.equal(ownGlossary(app.dataDir), null);
      assert.equal(await ownRows(page).count(), 0);

      const good = join(files, 'good.csv');
      writeFileSync(good, ['bn,en,type,variants', `${VILLAGE},Islambad,place,`, 'বরিশাল,Barishal,place,বরিশল'].join('\n'));
      app.glossaryDialog.import = good;
      await manager(page).locator('.glossary-import').click();
      await preview.waitFor();
      assert.deepEqual(await preview.locator('.import-add li').evaluateAll((items) => items.map((li) => li.getAttribute('data-bn'))), [
        VILLAGE,
        'বরিশাল',
      ]);
      assert.equal(await preview.locator('.import-problems').count(), 0);
      // Previewed, not applied: nothing on disk, and the checker still flags the village.
      assert.equal(ownGlossary(app.dataDir), null);
      assert.equal(await row(page, 'entity/unknown-near').count(), 1);

      await preview.locator('.import-apply').click();
      await preview.waitFor({ state: 'detached' });
      await until(async () => (await ownRows(page).count()) === 2, 'the two imported rows');
      assert.deepEqual(
        ownGlossary(app.dataDir)!.map((e) => e.bn),
        [VILLAGE, 'বরিশাল'],
      );
      await page.keyboard.press('Escape');
      await manager(page).waitFor({ state: 'detached' });
      await until(async () => (await row(page, 'entity/unknown-near').count()) === 0, 'the near miss to go once the village is known');
      assert.equal(await page.evaluate(() => document.activeElement?.closest('.article') !== null), true, 'focus back in the text');
      await saved(page);
      assert.deepEqual(app.problems, []);
    });
  });

  test('entries are added, edited, deleted with undo, and searched in Bengali (either encoding) or English', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await waitForOpenDraft(page);
      await page.locator('.status-bar .open-glossary').click();
      await manager(page).waitFor();
      await addThroughForm(page, { bn: 'ন\u09DFাপাড়া', en: 'Nayapara', type: 'place' });
      await addThroughForm(page, { bn: 'রুমানা হক', en: 'Rumana Haque', type: 'person', variants: 'রোমানা হক' });
      await until(async () => (await ownRows(page).count()) === 2, 'two rows');

      // A spelling already there is refused with the reason, and nothing changes.
      await manager(page).locator('.glossary-new').click();
      await manager(page).locator('.entry-bn').fill('রুমানা হক');
      await manager(page).locator('.entry-en').fill('Rumana');
      await manager(page).locator('.entry-save').click();
      await manager(page).locator('.manage-error').waitFor();
      assert.match(await manager(page).locator('.manage-error').innerText(), /আগে থেকেই আছে/);
      await page.keyboard.press('Escape');
      await manager(page).locator('.glossary-entry-form').waitFor({ state: 'detached' });
      assert.equal(await manager(page).count(), 1, 'Escape closed the form, not the manager');

      const rumana = ownRows(page).filter({ hasText: 'রুমানা হক' });
      await rumana.locator('.glossary-edit').click();
      assert.equal(await manager(page).locator('.entry-variants').inputValue(), 'রোমানা হক');
      await manager(page).locator('.entry-en').fill('Rumana Hoque');
      await manager(page).locator('.entry-save').click();
      await until(async () => (await ownRows(page).filter({ hasText: 'Rumana Hoque' }).count()) === 1, 'the edited row');
      assert.deepEqual(
        ownGlossary(app.dataDir)!.find((e) => e.bn === 'রুমানা হক'),
        { bn: 'রুমানা হক', variants: ['রোমানা হক'], en: 'Rumana Hoque', type: 'person' },
      );

      const search = manager(page).locator('.glossary-search input');
      // Stored in NFC (য + nukta); searched for with the one-code-point য়, as an Avro keyboard types it.
      await search.fill('ন\u09DFাপা');
      await until(async () => (await ownRows(page).count()) === 1, 'one match');
      assert.equal(await ownRows(page).first().getAttribute('data-bn'), 'ন\u09DFাপাড়া'.normalize('NFC'));
      await search.fill('HOQUE');
      await until(
        async () => (await ownRows(page).first().getAttribute('data-bn')) === 'রুমানা হক' && (await ownRows(page).count()) === 1,
        'the English match',
      );
      await search.fill('রোমানা');
      await until(async () => (await ownRows(page).count()) === 1, 'the variant match');
      await search.fill('খটমটপুর');
      await manager(page).locator('.panel-empty').waitFor();
      await search.fill('');

      await ownRows(page).filter({ hasText: 'Nayapara' }).locator('.glossary-delete').click();
      await manager(page).locator('.glossary-undo').waitFor();
      assert.deepEqual(
        ownGlossary(app.dataDir)!.map((e) => e.bn),
        ['রুমানা হক'],
      );
      await manager(page).locator('.glossary-undo').click();
      await until(async () => (await ownRows(page).count()) === 2, 'the deleted row back');
      assert.deepEqual(
        ownGlossary(app.dataDir)!
          .map((e) => e.en)
          .sort(),
        ['Nayapara', 'Rumana Hoque'],
      );
      assert.deepEqual(app.problems, []);
    });
  });

  test("the newsroom's shared file is chosen, its status shown, its rows read-only and marked; export writes the own entries", async () => {
    await withApp(async (app) => {
      const { page } = app;
      await waitForOpenDraft(page);
      await openManager(app);
      await manager(page).locator('.shared-status[data-state="none"]').waitFor();
      await addThroughForm(page, { bn: 'খুলনা', en: 'Khulna (desk)', type: 'place' });

      const shared = join(files, 'newsroom.csv');
      writeFileSync(shared, 'bn,en,type\nখুলনা,Khulna,place\nসুনামগঞ্জ,Sunamganj,place\nসাতক্ষীরা,Satkhira,place\n');
      app.glossaryDialog.shared = shared;
      await manager(page).locator('.shared-choose').click();
      await manager(page).locator('.shared-status[data-state="loaded"]').waitFor();
      assert.match(await manager(page).locator('.shared-status').innerText(), /৩টি নাম পড়া হয়েছে/);
      const sharedRows = manager(page).locator('.glossary-row.shared');
      assert.equal(await sharedRows.count(), 3);
      assert.equal(await sharedRows.locator('button').count(), 0, 'no edit or delete on shared rows');
      assert.equal(await sharedRows.filter({ hasText: 'খুলনা' }).getAttribute('data-overridden'), 'true');

      // A rewrite that cannot be read: the status says why, and the last good entries stay.
      writeFileSync(shared, 'bn,en,type\nখুলনা,Khulna,place\nসুনামগঞ্জ,,place\n');
      await page.keyboard.press('Escape');
      await manager(page).waitFor({ state: 'detached' });
      await openManager(app);
      await manager(page).locator('.shared-status[data-state="error"]').waitFor();
      assert.match(await manager(page).locator('.shared-status').innerText(), /লাইন ৩: ইংরেজি নাম/);
      assert.equal(await sharedRows.count(), 3);

      app.glossaryDialog.export = join(files, 'export.csv');
      await manager(page).locator('.glossary-export-csv').click();
      await manager(page).locator('.manage-notice').waitFor();
      const exported = importGlossaryCsv(readFileSync(app.glossaryDialog.export, 'utf8'));
      assert.ok(exported.ok);
      assert.deepEqual(exported.value, [{ bn: 'খুলনা', variants: [], en: 'Khulna (desk)', type: 'place' }]);

      await manager(page).locator('.shared-clear').click();
      await manager(page).locator('.shared-status[data-state="none"]').waitFor();
      assert.equal(await sharedRows.count(), 0);
      assert.deepEqual(app.problems, []);
    });
  });

  /**
   * The shared file chosen, the story written with a village it does not know; then the file gains the
   * village, and `told` is how the page comes to know (or nothing, for the main process's watch).
   */
  async function sharedFileChange(app: RunningApp, file: string, told: (page: Page) => Promise<void>) {
    const { page } = app;
    await waitForOpenDraft(page);
    const shared = join(files, file);
    writeFileSync(shared, 'bn,en,type\nসাতক্ষীরা,Satkhira,place\n');
    app.glossaryDialog.shared = shared;
    await openManager(app);
    await manager(page).locator('.shared-choose').click();
    await manager(page).locator('.shared-status[data-state="loaded"]').waitFor();
    await page.keyboard.press('Escape');
    await manager(page).waitFor({ state: 'detached' });
    await writeArticle(page, HEADLINE, PARAGRAPH);
    await row(page, 'entity/unknown-near').waitFor();

    writeFileSync(shared, `bn,en,type\nসাতক্ষীরা,Satkhira,place\n${VILLAGE},Islambad,place\n`);
    await told(page);
    await until(async () => (await row(page, 'entity/unknown-near').count()) === 0, 'the village known from the shared file');
    assert.equal(ownGlossary(app.dataDir), null, "the user's own file is untouched");
    await saved(page);
    assert.deepEqual(app.problems, []);
  }

  test("a change to the newsroom's shared file reaches the checker when the window comes back to the front", () =>
    // The poll an hour away: only the focus can bring the change.
    withApp({ newsroomWatchIntervalMs: 3_600_000 }, (app) =>
      sharedFileChange(app, 'desk.csv', async (page) => {
        await page.evaluate(() => window.dispatchEvent(new Event('focus')));
      }),
    ));

  // No focus event, no dialog: only the main process's watch can bring the change.
  test("a change to the newsroom's shared file reaches the checker while the reporter stays in the window", () =>
    withApp((app) => sharedFileChange(app, 'desk-watched.csv', async () => undefined)));

  test('the built-in glossary shows in the manager, marked so; copied to the own glossary, the entry shows as own', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await waitForOpenDraft(page);
      await openManager(app);
      const search = manager(page).locator('.glossary-search input');
      await search.fill('মোদি');
      const modi = manager(page).locator('.glossary-row.builtin[data-bn="নরেন্দ্র মোদি"]');
      await modi.waitFor();
      assert.equal(await modi.locator('.source-builtin').innerText(), 'অন্তর্নির্মিত');
      assert.equal(await ownRows(page).count(), 0);
      assert.equal(await modi.getAttribute('data-overridden'), null);

      await modi.locator('.glossary-copy').click();
      const form = manager(page).locator('.glossary-entry-form');
      assert.equal(await form.locator('.entry-bn').inputValue(), 'নরেন্দ্র মোদি');
      assert.equal(await form.locator('.entry-en').inputValue(), 'Narendra Modi');
      await form.locator('.entry-save').click();
      await form.waitFor({ state: 'detached' });
      await until(async () => (await ownRows(page).count()) === 1, 'the copy as own');
      assert.equal(await ownRows(page).first().getAttribute('data-bn'), 'নরেন্দ্র মোদি');
      assert.equal(await ownRows(page).first().locator('td').nth(4).innerText(), 'নিজের');
      assert.equal(await modi.getAttribute('data-overridden'), 'true', 'the built-in entry is marked as replaced');
      const stored = ownGlossary(app.dataDir)!.find((e) => e.bn === 'নরেন্দ্র মোদি');
      assert.ok(stored?.aliases?.includes('মোদি'), 'the copy keeps the aliases the form does not show');
      assert.deepEqual(app.problems, []);
    });
  });
});
