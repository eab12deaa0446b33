import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { bengaliDigits, blocksOf, editorBlocks, skipUi, testOutputDir, waitForOpenDraft, writeArticle } from './harness';
import { appFixture } from '../helpers/with-app';
import { tempDir } from '../helpers/temp-dir';

/** Written for these tests: a short wire story with conjuncts (ন্দ্র ক্ষ স্ব ঙ্গ), khanda ta, nukta letters. */
const HEADLINE = 'উপকূলে ঘূর্ণিঝড়ের সতর্কসংকেত, সরিয়ে নেওয়া হচ্ছে বাসিন্দাদের';
const PARAGRAPHS: [string, ...string[]] = [
  'আবহাওয়া অধিদপ্তর জানিয়েছে, বঙ্গোপসাগরে সৃষ্ট গভীর নিম্নচাপটি শক্তি সঞ্চয় করে ঘূর্ণিঝড়ে পরিণত হয়েছে। চট্টগ্রাম ও কক্সবাজার সমুদ্রবন্দরকে সাত নম্বর বিপৎসংকেত দেখাতে বলা হয়েছে।',
  'জেলা প্রশাসনের কর্মকর্তারা বলছেন, উপকূলের নিচু এলাকা থেকে এখন পর্যন্ত প্রায় তিরিশ হাজার মানুষকে আশ্রয়কেন্দ্রে নেওয়া হয়েছে। স্বেচ্ছাসেবকেরা মাইকে প্রচার চালাচ্ছেন।',
  'মৎস্যজীবীদের গভীর সমুদ্রে না যাওয়ার নির্দেশ দেওয়া হয়েছে। স্থানীয় হাসপাতালগুলোতে জরুরি চিকিৎসার প্রস্তুতি রাখা হয়েছে বলে স্বাস্থ্য বিভাগ জানিয়েছে।',
];

/** Words as a reader counts them here: every whitespace-separated token of the article. */
const EXPECTED_WORDS = [HEADLINE, ...PARAGRAPHS].join(' ').split(/\s+/).length;

function storedDraft(dataDir: string, id: string): { meta: { headline: string }; doc: Parameters<typeof blocksOf>[0] } {
  return JSON.parse(readFileSync(join(dataDir, 'drafts', `${id}.json`), 'utf8'));
}

async function typeArticle(page: Page): Promise<void> {
  await page.locator('.article .headline').click();
  await page.keyboard.type(HEADLINE);
  // Enter in the headline moves to the body.
  await page.keyboard.press('Enter');
  await page.keyboard.type(PARAGRAPHS[0]);
  for (const paragraph of PARAGRAPHS.slice(1)) {
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(paragraph);
  }
}

describe('writing a Bengali article', { skip: skipUi }, () => {
  const withApp = appFixture();
  const dataDir = tempDir('newsroom-ui-article-');
  let draftId = '';

  test('a typed headline and three paragraphs are on disk within a second of the last keystroke', async () => {
    await withApp({ dataDir }, async (app) => {
      draftId = await waitForOpenDraft(app.page);
      await typeArticle(app.page);
      const typedAt = Date.now();
      const file = join(dataDir, 'drafts', `${draftId}.json`);
      let stored: string[] = [];
      while (Date.now() - typedAt <= 1000) {
        if (existsSync(file)) stored = blocksOf(storedDraft(dataDir, draftId).doc);
        if (stored.length === 4 && stored[3] === PARAGRAPHS[2]) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      assert.deepEqual(stored, [HEADLINE, ...PARAGRAPHS], `not on disk ${Date.now() - typedAt} ms after the last keystroke`);
      assert.equal(storedDraft(dataDir, draftId).meta.headline, HEADLINE);
      await app.page.locator('.save-state[data-save="saved"]').waitFor();
      assert.equal(await app.page.locator('.save-state').innerText(), 'সংরক্ষিত');
      // The drafts list is renamed by the headline.
      assert.equal(await app.page.locator('.draft-item.current .draft-headline').innerText(), HEADLINE);
      assert.deepEqual(app.problems, []);
    });
  });

  test('the article reopens intact after a reload and after a restart on the same folder', async () => {
    await withApp({ dataDir }, async (app) => {
      assert.equal(await waitForOpenDraft(app.page), draftId);
      assert.deepEqual(await editorBlocks(app.page), [HEADLINE, ...PARAGRAPHS]);
      await app.page.reload();
      assert.equal(await waitForOpenDraft(app.page), draftId);
      assert.deepEqual(await editorBlocks(app.page), [HEADLINE, ...PARAGRAPHS]);
    });
  });

  test('the status bar counts Bengali words whole and shows Bengali digits', async () => {
    await withApp({ dataDir }, async (app) => {
      await waitForOpenDraft(app.page);
      const words = app.page.locator('.status-words');
      await app.page.waitForFunction(
        (n) => document.querySelector('.status-words')?.getAttribute('data-words') === String(n),
        EXPECTED_WORDS,
      );
      // Vowel signs and conjuncts must not split words: a \b-style count of this text would be several times higher.
      assert.equal(await words.innerText(), `${bengaliDigits(EXPECTED_WORDS)} শব্দ`);
      assert.equal(await app.page.locator('.status-reading').innerText(), 'পড়তে ১ মিনিট');
      const listed = app.page.locator('.draft-item.current .draft-words');
      assert.equal(await listed.innerText(), `${bengaliDigits(EXPECTED_WORDS)} শব্দ`);
    });
  });

  test('standfirst and byline are added in their place; the editor renders in the shipped Bengali fonts; a screenshot is saved', async () => {
    await withApp({ dataDir }, async (app) => {
      await waitForOpenDraft(app.page);
      await app.page.getByRole('button', { name: 'বাইলাইন যোগ করুন' }).click();
      await app.page.keyboard.type('নিজস্ব প্রতিবেদক, কক্সবাজার');
      await app.page.getByRole('button', { name: 'ভূমিকা যোগ করুন' }).click();
      await app.page.keyboard.type('উপকূলের ১৩ উপজেলায় আশ্রয়কেন্দ্র খোলা, বন্ধ নৌ চলাচল');
      assert.deepEqual(await editorBlocks(app.page), [
        HEADLINE,
        'উপকূলের ১৩ উপজেলায় আশ্রয়কেন্দ্র খোলা, বন্ধ নৌ চলাচল',
        'নিজস্ব প্রতিবেদক, কক্সবাজার',
        ...PARAGRAPHS,
      ]);
      await app.page.keyboard.press('ControlOrMeta+s');
      await app.page.locator('.save-state[data-save="saved"]').waitFor();
      assert.deepEqual(
        storedDraft(dataDir, draftId).doc.content!.map((node) => (node as { type: string }).type),
        ['headline', 'standfirst', 'byline', 'paragraph', 'paragraph', 'paragraph'],
      );
      await app.page.evaluate(() => document.fonts.ready.then(() => undefined));
      const loaded = await app.page.evaluate(() =>
        [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family.replace(/"/g, '')} ${face.weight}`),
      );
      assert.ok(loaded.includes('Noto Serif Bengali 400'), `loaded faces: ${loaded.join(', ')}`);
      assert.ok(loaded.includes('Noto Serif Bengali 700'), `loaded faces: ${loaded.join(', ')}`);
      assert.ok(loaded.includes('Noto Sans Bengali 400'), `loaded faces: ${loaded.join(', ')}`);
      const style = await app.page
        .locator('.article p')
        .first()
        .evaluate((p) => {
          const css = getComputedStyle(p);
          return {
            family: css.fontFamily,
            lineHeight: parseFloat(css.lineHeight) / parseFloat(css.fontSize),
            lang: p.closest('[lang]')?.getAttribute('lang'),
          };
        });
      assert.match(style.family, /^"?Noto Serif Bengali/);
      assert.ok(style.lineHeight >= 1.7, `line-height ${style.lineHeight}`);
      assert.equal(style.lang, 'bn');
      await app.page.screenshot({ path: join(testOutputDir(), 'editor.png') });
      // No CSP violation, no uncaught error: the strict policy and the app agree.
      assert.deepEqual(app.problems, []);
    });
  });
});

describe('editing', { skip: skipUi }, () => {
  const withApp = appFixture();

  test('undo and redo with Mod-Z and Shift-Mod-Z, and the redone text is what gets saved', async () => {
    await withApp(async (app) => {
      const id = await waitForOpenDraft(app.page);
      await app.page.locator('.article .headline').click();
      await app.page.keyboard.type('নির্বাচনের ফল');
      await app.page.keyboard.press('Enter');
      // Each sentence arrives as one input, so a loaded machine pausing between keystrokes cannot split
      // it into two undo steps (history groups by time); the wait puts the two sentences in two steps.
      await app.page.keyboard.insertText('ভোট গণনা শেষ হয়েছে।');
      await app.page.waitForTimeout(700);
      await app.page.keyboard.insertText(' ফল ঘোষণা আগামীকাল।');
      const body = app.page.locator('.article p').first();
      assert.equal(await body.innerText(), 'ভোট গণনা শেষ হয়েছে। ফল ঘোষণা আগামীকাল।');

      await app.page.keyboard.press('ControlOrMeta+z');
      assert.equal(await body.innerText(), 'ভোট গণনা শেষ হয়েছে।');
      await app.page.keyboard.press('ControlOrMeta+Shift+z');
      assert.equal(await body.innerText(), 'ভোট গণনা শেষ হয়েছে। ফল ঘোষণা আগামীকাল।');
      await app.page.keyboard.press('ControlOrMeta+z');
      await app.page.keyboard.press('ControlOrMeta+z');
      assert.equal(await body.textContent(), '');
      await app.page.keyboard.press('ControlOrMeta+y');
      assert.equal(await body.innerText(), 'ভোট গণনা শেষ হয়েছে।');
      // The application menu's Undo and Redo (in Electron they take the accelerators) do the same.
      await app.menu('undo');
      assert.equal(await body.textContent(), '');
      await app.menu('redo');
      assert.equal(await body.innerText(), 'ভোট গণনা শেষ হয়েছে।');

      // Mod-S saves at once.
      await app.page.keyboard.press('ControlOrMeta+s');
      await app.page.locator('.save-state[data-save="saved"]').waitFor();
      assert.deepEqual(blocksOf(JSON.parse(readFileSync(join(app.dataDir, 'drafts', `${id}.json`), 'utf8')).doc), [
        'নির্বাচনের ফল',
        'ভোট গণনা শেষ হয়েছে।',
      ]);
    });
  });

  test('shortcuts and input rules make subheads, quotes, lists, bold and rules', async () => {
    await withApp(async (app) => {
      const id = await waitForOpenDraft(app.page);
      const { page } = app;
      await page.locator('.article .headline').click();
      await page.keyboard.type('বাজেট অধিবেশন');
      await page.keyboard.press('Enter');
      await page.keyboard.type('## মূল প্রস্তাব');
      await page.keyboard.press('Enter');
      await page.keyboard.type('> অর্থমন্ত্রী বলেন, ঘাটতি কমবে।');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type('- কৃষি');
      await page.keyboard.press('Enter');
      await page.keyboard.type('শিক্ষা');
      // Tab nests a list item under the one before it; Shift-Tab brings it back.
      await page.keyboard.press('Tab');
      assert.equal(await page.locator('.article ul ul > li').innerText(), 'শিক্ষা');
      await page.keyboard.press('Shift+Tab');
      assert.equal(await page.locator('.article ul ul').count(), 0);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type('১. প্রথম দফা');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type('---');
      await page.keyboard.press('ControlOrMeta+b');
      await page.keyboard.type('গুরুত্বপূর্ণ');
      await page.keyboard.press('ControlOrMeta+b');
      await page.keyboard.type(' তথ্য');
      await page.keyboard.press('ControlOrMeta+Alt+3');

      assert.equal(await page.locator('.article h2').innerText(), 'মূল প্রস্তাব');
      assert.equal(await page.locator('.article blockquote').innerText(), 'অর্থমন্ত্রী বলেন, ঘাটতি কমবে।');
      assert.deepEqual(await page.locator('.article ul > li').allInnerTexts(), ['কৃষি', 'শিক্ষা']);
      assert.deepEqual(await page.locator('.article ol > li').allInnerTexts(), ['প্রথম দফা']);
      assert.equal(await page.locator('.article hr').count(), 1);
      assert.equal(await page.locator('.article h3 strong').innerText(), 'গুরুত্বপূর্ণ');

      await page.keyboard.press('ControlOrMeta+s');
      await page.locator('.save-state[data-save="saved"]').waitFor();
      const stored = JSON.parse(readFileSync(join(app.dataDir, 'drafts', `${id}.json`), 'utf8'));
      assert.deepEqual(
        stored.doc.content.map((n: { type: string }) => n.type),
        ['headline', 'heading', 'blockquote', 'bullet_list', 'ordered_list', 'horizontal_rule', 'heading'],
      );
    });
  });

  test('Mod-K links only http, https and mailto addresses', async () => {
    await withApp(async (app) => {
      await waitForOpenDraft(app.page);
      const { page } = app;
      await page.locator('.article .headline').click();
      await page.keyboard.type('সূত্র');
      await page.keyboard.press('Enter');
      await page.keyboard.type('প্রতিবেদন দেখুন');
      await page.keyboard.press('Shift+Home');
      // ProseMirror reads a keyboard selection from the browser's selectionchange event, which arrives
      // after the key event; a person never presses the next key within that gap, a script can.
      await page.waitForFunction(() => (window.getSelection()?.toString() ?? '') === 'প্রতিবেদন দেখুন');
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
      await page.keyboard.press('ControlOrMeta+k');
      const address = page.locator('.link-dialog input');
      await address.fill('javascript:alert(1)');
      await address.press('Enter');
      assert.equal(await page.locator('.link-problem').innerText(), 'শুধু http, https বা mailto দিয়ে শুরু হওয়া লিংক দেওয়া যায়।');
      assert.equal(await page.locator('.article a').count(), 0);
      await address.fill('https://example.org/report');
      await address.press('Enter');
      assert.equal(await page.locator('.article a').getAttribute('href'), 'https://example.org/report');
      assert.equal(await page.locator('.article a').innerText(), 'প্রতিবেদন দেখুন');
    });
  });

  test('Mod-F finds text and steps through the matches; menu commands reach the editor', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await writeArticle(page, 'নদীভাঙন', 'পদ্মার ভাঙনে বাড়ি হারিয়েছে অনেকে। ভাঙন ঠেকাতে বাঁধ চাই।');
      await page.keyboard.press('ControlOrMeta+f');
      await page.locator('.find-input').fill('ভাঙন');
      // "নদীভাঙন" in the headline and two in the body.
      assert.equal(await page.locator('.find-count').innerText(), '৩টির মধ্যে ১');
      await page.locator('.find-input').press('Enter');
      assert.equal(await page.locator('.find-count').innerText(), '৩টির মধ্যে ২');
      assert.equal(await page.locator('.article .find-current').innerText(), 'ভাঙন');
      await page.locator('.find-input').press('Escape');
      assert.equal(await page.locator('.find-bar').count(), 0);
      assert.equal(await page.locator('.article .find-match').count(), 0);

      const size = () => page.locator('.article').evaluate((el) => getComputedStyle(el).fontSize);
      assert.equal(await size(), '19px');
      await app.menu('zoom-in');
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.article')!).fontSize === '20px');
      await app.menu('zoom-reset');
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.article')!).fontSize === '19px');
      await app.menu('find');
      await page.locator('.find-input').waitFor();
    });
  });

  test('Ctrl+M turns phonetic typing on and off, shown in the status bar', async () => {
    await withApp(async (app) => {
      await waitForOpenDraft(app.page);
      const { page } = app;
      const toggle = page.locator('.phonetic-toggle');
      assert.equal(await toggle.innerText(), 'ফোনেটিক: বন্ধ');
      await page.locator('.article .headline').click();
      await page.keyboard.press('ControlOrMeta+m');
      assert.equal(await toggle.innerText(), 'ফোনেটিক: চালু');
      assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
      await page.keyboard.type('ami bangla ');
      // Avro's backtick keeps the full stop from becoming a danda; the space then starts a numbered list.
      await page.keyboard.press('Enter');
      await page.keyboard.type('1.` prothom');
      assert.equal(await page.locator('.article ol li').innerText(), 'প্রথম');
      await page.keyboard.press('ControlOrMeta+m');
      await page.keyboard.type(' OK');
      assert.equal(await toggle.innerText(), 'ফোনেটিক: বন্ধ');
      assert.deepEqual((await editorBlocks(page)).slice(0, 2), ['আমি বাংলা ', 'প্রথম OK']);
    });
  });

  test('pasted Bijoy text brings a banner that converts it to Unicode in one undo step', async () => {
    await withApp(async (app) => {
      await waitForOpenDraft(app.page);
      const { page } = app;
      await page.locator('.article .headline').click();
      await page.keyboard.press('Enter');
      const bijoy = 'XvKvq e„wó n‡q‡Q| ‡jvKRb N‡i wd‡i‡Q|';
      await page.locator('.article').evaluate((editor, text) => {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, bijoy);
      const banner = page.locator('.bijoy-banner');
      await banner.waitFor();
      assert.equal((await editorBlocks(page))[1], bijoy);
      await banner.getByRole('button', { name: 'ইউনিকোডে রূপান্তর করুন' }).click();
      await banner.waitFor({ state: 'detached' });
      assert.equal((await editorBlocks(page))[1], 'ঢাকায় বৃষ্টি হয়েছে। লোকজন ঘরে ফিরেছে।');
      await page.keyboard.press('ControlOrMeta+z');
      assert.equal((await editorBlocks(page))[1], bijoy);
    });
  });

  test('English interface as a setting', async () => {
    await withApp({ settings: { uiLanguage: 'en' } }, async (app) => {
      await waitForOpenDraft(app.page);
      assert.equal(await app.page.locator('[data-action="new-draft"]').innerText(), 'New draft');
      assert.equal(await app.page.locator('html').getAttribute('lang'), 'en');
      // The article stays Bengali whatever the interface language.
      assert.equal(await app.page.locator('.article').getAttribute('lang'), 'bn');
      await app.page.locator('.language select').selectOption('bn');
      await app.page.locator('[data-action="new-draft"]', { hasText: 'নতুন খসড়া' }).waitFor();
    });
  });
});
