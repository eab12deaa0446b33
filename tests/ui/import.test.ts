import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blocksOf, editorBlocks, skipUi, waitForOpenDraft, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';
import { tempDir } from '../helpers/temp-dir';
import type { RunningApp } from './harness';

const GLOSSED = 'ইউক্রেনের প্রেসিডেন্ট ভলোদিমির জেলেনস্কি (Volodymyr Zelensky) কিয়েভে বক্তৃতা দেন।';
// Bijoy (SutonnyMJ) for "ঢাকায় বন্যার পানি বাড়ছে" / "নীচের এলাকার মানুষ আশ্রয়কেন্দ্রে যাচ্ছে।".
const BIJOY = ['XvKvq eb¨vi cvwb evo‡Q', 'bx‡Pi GjvKvi gvbyl AvkÖq‡K‡›`ª hv‡”Q|'];
const BIJOY_AS_UNICODE = ['ঢাকায় বন্যার পানি বাড়ছে', 'নীচের এলাকার মানুষ আশ্রয়কেন্দ্রে যাচ্ছে।'];

/** The bytes 0x80–0x9F of Windows-1252 that differ from Latin-1, from the code page's published table. */
const CP1252_HIGH: Record<number, number> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8e: 0x017d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9e: 0x017e,
  0x9f: 0x0178,
};

/** Text in the Windows ANSI code page (1252), as Notepad saves what was typed in Bijoy. */
function windows1252(text: string): Buffer {
  const byteOf = new Map<number, number>(Object.entries(CP1252_HIGH).map(([byte, codePoint]) => [codePoint, Number(byte)]));
  return Buffer.from(
    Array.from(text, (ch) => {
      const codePoint = ch.codePointAt(0)!;
      if (codePoint < 0x80 || (codePoint >= 0xa0 && codePoint <= 0xff)) return codePoint;
      return byteOf.get(codePoint) ?? assert.fail(`${ch} is not in Windows-1252`);
    }),
  );
}

function draftFiles(app: RunningApp): string[] {
  return readdirSync(join(app.dataDir, 'drafts'))
    .filter((name) => name.endsWith('.json'))
    .sort();
}

function storedBlocks(app: RunningApp, id: string): string[] {
  return blocksOf(JSON.parse(readFileSync(join(app.dataDir, 'drafts', `${id}.json`), 'utf8')).doc);
}

/** Chooses `path` in the open dialog, imports, and waits for the imported draft to be open. */
async function importFile(app: RunningApp, path: string, openBefore: string): Promise<string> {
  app.openDialog.path = path;
  await app.menu('import-file');
  await app.page.locator('.import-notice').waitFor();
  const id = await waitForOpenDraft(app.page);
  assert.notEqual(id, openBefore, 'the import is a draft of its own');
  return id;
}

/** Waits until the open dialog has been shown `count` times in all, then for the page to settle. */
async function dialogAsked(app: RunningApp, count: number): Promise<void> {
  for (let i = 0; i < 200 && app.openDialog.asked < count; i++) await new Promise((resolve) => setTimeout(resolve, 25));
  assert.equal(app.openDialog.asked, count);
  await app.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
}

describe('import', { skip: skipUi }, () => {
  const withApp = appFixture();
  const files = tempDir('newsroom-import-');

  test('an exported article imports back as a new draft with the same blocks, in the list and on disk', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await writeArticle(page, 'কিয়েভে নতুন আলোচনা', GLOSSED, 'আলোচনা চলবে।');
      const original = await waitForOpenDraft(page);
      const written = await editorBlocks(page);
      await app.menu('export-html');
      await page.locator('.export-notice').waitFor();
      const [exported] = readdirSync(app.exportDir);
      assert.ok(exported, 'the export was written');

      const imported = await importFile(app, join(app.exportDir, exported!), original);
      assert.deepEqual(await editorBlocks(page), written);
      assert.equal(await page.locator('.import-notice p').first().innerText(), `“${exported}” আমদানি করে নতুন খসড়া হিসেবে খোলা হয়েছে।`);
      assert.equal(await page.locator('.import-dropped').count(), 0, 'nothing was left out');
      assert.equal(await page.locator('.bijoy-banner[role="alert"]').count(), 0, 'Unicode text is not offered for conversion');

      // Saved before it was opened: on disk, and in the list under its headline.
      assert.deepEqual(draftFiles(app), [`${original}.json`, `${imported}.json`].sort());
      assert.deepEqual(storedBlocks(app, imported), written);
      assert.equal(await page.locator(`.draft-item[data-draft-id="${imported}"] .draft-headline`).innerText(), 'কিয়েভে নতুন আলোচনা');
      assert.match(storedBlocks(app, imported)[1]!, /জেলেনস্কি \(Volodymyr Zelensky\) কিয়েভে/);
      assert.deepEqual(app.problems, []);
    });
  });

  test('what an HTML file loses on the way in is listed in Bengali', async () => {
    await withApp(async (app) => {
      const { page } = app;
      const original = await waitForOpenDraft(page);
      const path = join(files, 'পাতা.html');
      writeFileSync(
        path,
        '<h1>নদীভাঙন</h1><script>alert(1)</script><p>যমুনার <a href="javascript:alert(1)">ভাঙন</a> থামছে না।</p><img src="x.png"><p>পানি বাড়ছে।</p>',
      );
      const imported = await importFile(app, path, original);
      assert.deepEqual(await editorBlocks(page), ['নদীভাঙন', 'যমুনার ভাঙন থামছে না।', 'পানি বাড়ছে।']);
      assert.equal(await page.locator('.import-dropped p').innerText(), 'আমদানির সময় যা বাদ পড়েছে:');
      assert.deepEqual(await page.locator('.import-dropped li').evaluateAll((items) => items.map((li) => li.getAttribute('data-drop'))), [
        'scripts',
        'embedded-content',
        'unsafe-link',
      ]);
      assert.equal(await page.locator('.import-dropped li').first().innerText(), 'স্ক্রিপ্ট বাদ দেওয়া হয়েছে');
      assert.deepEqual(storedBlocks(app, imported), ['নদীভাঙন', 'যমুনার ভাঙন থামছে না।', 'পানি বাড়ছে।']);
      assert.deepEqual(app.problems, []);
    });
  });

  test('a text file: one paragraph per line, a short first line the headline', async () => {
    await withApp(async (app) => {
      const { page } = app;
      const original = await waitForOpenDraft(page);
      const path = join(files, 'বন্যা.txt');
      writeFileSync(path, 'উত্তরাঞ্চলে বন্যার অবনতি\r\nতিস্তার পানি বিপৎসীমার ওপরে।\r\n\r\nবহু গ্রাম প্লাবিত হয়েছে।\r\n');
      const imported = await importFile(app, path, original);
      assert.equal(await page.locator('.article .headline').innerText(), 'উত্তরাঞ্চলে বন্যার অবনতি');
      const blocks = ['উত্তরাঞ্চলে বন্যার অবনতি', 'তিস্তার পানি বিপৎসীমার ওপরে।', 'বহু গ্রাম প্লাবিত হয়েছে।'];
      assert.deepEqual(await editorBlocks(page), blocks);
      assert.deepEqual(storedBlocks(app, imported), blocks);
      assert.equal(await page.locator('.import-dropped').count(), 0, 'Windows line ends are not reported as control characters');
      assert.deepEqual(app.problems, []);
    });
  });

  test('a Bijoy text file: the banner offers conversion, converting gives Unicode, one undo brings the Bijoy text back', async () => {
    await withApp(async (app) => {
      const { page } = app;
      const original = await waitForOpenDraft(page);
      const path = join(files, 'bonna.txt');
      writeFileSync(path, windows1252(BIJOY.join('\r\n')));
      const imported = await importFile(app, path, original);
      assert.deepEqual(await editorBlocks(page), BIJOY);
      const banner = page.locator('.bijoy-banner[role="alert"]');
      await banner.waitFor();
      await banner.getByRole('button', { name: 'রূপান্তর করুন' }).click();
      await banner.waitFor({ state: 'detached' });
      assert.deepEqual(await editorBlocks(page), BIJOY_AS_UNICODE);

      await app.menu('undo');
      assert.deepEqual(await editorBlocks(page), BIJOY);
      await app.menu('redo');
      assert.deepEqual(await editorBlocks(page), BIJOY_AS_UNICODE);
      await app.menu('save');
      for (let i = 0; i < 100 && storedBlocks(app, imported)[0] !== BIJOY_AS_UNICODE[0]; i++)
        await new Promise((resolve) => setTimeout(resolve, 25));
      assert.deepEqual(storedBlocks(app, imported), BIJOY_AS_UNICODE);
      assert.deepEqual(app.problems, []);
    });
  });

  test('a file that is not UTF-8 is refused in Bengali and no draft is made', async () => {
    await withApp(async (app) => {
      const { page } = app;
      const original = await waitForOpenDraft(page);
      const before = draftFiles(app);
      const path = join(files, 'notes.txt');
      writeFileSync(path, Buffer.from('Café résumé: the old façade.\n', 'latin1'));
      app.openDialog.path = path;
      await app.menu('import-file');
      const error = page.locator('.error-banner .error-text');
      await error.waitFor();
      assert.equal(await error.innerText(), '"notes.txt" ফাইলটি ইউনিকোড (UTF-8) নয়। ফাইলটি UTF-8 হিসেবে সংরক্ষণ করে আবার আমদানি করুন।');
      assert.deepEqual(draftFiles(app), before);
      assert.equal(await page.locator('.draft-item').count(), 1);
      assert.equal(await waitForOpenDraft(page), original);
      assert.equal(await page.locator('.import-notice').count(), 0);
      assert.deepEqual(app.problems, []);
    });
  });

  test('cancelling the dialog changes nothing', async () => {
    await withApp(async (app) => {
      const { page } = app;
      const original = await waitForOpenDraft(page);
      const before = draftFiles(app);
      app.openDialog.path = null;
      await app.menu('import-file');
      await dialogAsked(app, 1);
      assert.deepEqual(draftFiles(app), before);
      assert.equal(await page.locator('.draft-item').count(), 1);
      assert.equal(await waitForOpenDraft(page), original);
      assert.equal(await page.locator('.import-notice, .error-banner').count(), 0);
      assert.deepEqual(app.problems, []);
    });
  });
});
