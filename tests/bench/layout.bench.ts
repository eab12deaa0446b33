/**
 * One long paragraph laid out by Chromium under the app's own stylesheet (dist/renderer/app.css, its
 * fonts and the article's `white-space`), as a pasted text without line breaks would be:
 * `editor.longParagraphLayoutMs` is the layout after one letter is typed at the end of a 20,000-word
 * paragraph, and `editor.longParagraphLayoutGrowth` that time over the same for 10,000 words. Linear
 * layout gives about 2; under `white-space: pre-wrap` Chromium gave 4 to 5 (10-11 s for the 20,000 words).
 * Best of three, since a layout is one long task the machine's load can only lengthen.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_PATH, launchChromium } from '../helpers/chromium';
import { paragraphTexts, tenThousandWords } from './editor.bench';
import type { BenchFigures } from './run';
import { round } from './stats';

const APP_CSS = join(__dirname, '..', '..', 'dist', 'renderer', 'app.css');
const ROUNDS = 3;

export async function bench(log: (line: string) => void): Promise<BenchFigures> {
  const skipped = { 'editor.longParagraphLayoutMs': null, 'editor.longParagraphLayoutGrowth': null };
  if (!existsSync(CHROMIUM_PATH) || !existsSync(APP_CSS)) {
    log(`skipped: ${existsSync(CHROMIUM_PATH) ? `${APP_CSS} is not built (node scripts/build.mjs)` : `${CHROMIUM_PATH} is not installed`}`);
    return skipped;
  }
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-bench-layout-'));
  const browser = await launchChromium();
  try {
    // The article as the app nests it: the page's column, then the editable article.
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="${pathToFileURL(APP_CSS).href}">` +
        '<div class="editor-page"><div class="article" contenteditable="true" spellcheck="false" lang="bn"></div></div>',
    );
    const page = await browser.newPage({ viewport: { width: 1480, height: 860 } });
    await page.goto(pathToFileURL(join(dir, 'index.html')).href);
    // The 10,000-word article's paragraphs as one paragraph.
    const text = paragraphTexts(tenThousandWords()).join(' ');
    const layoutMs = async (copies: number): Promise<number> => {
      const times: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        times.push(
          await page.evaluate(
            async ([t, n]) => {
              await document.fonts.load('19px "Noto Serif Bengali"', 'আ a');
              const article = document.querySelector('.article') as HTMLElement;
              article.replaceChildren();
              const paragraph = article.appendChild(document.createElement('p'));
              const node = paragraph.appendChild(document.createTextNode(Array.from({ length: n }, () => t).join(' ')));
              void article.offsetHeight;
              const start = performance.now();
              node.appendData('ক');
              void article.offsetHeight;
              return performance.now() - start;
            },
            [text, copies] as const,
          ),
        );
      }
      return Math.min(...times);
    };
    const ten = await layoutMs(1);
    const twenty = await layoutMs(2);
    log(`one letter typed at the end of one paragraph: 10,000 words ${round(ten)} ms, 20,000 words ${round(twenty)} ms`);
    return { 'editor.longParagraphLayoutMs': round(twenty), 'editor.longParagraphLayoutGrowth': round(twenty / ten) };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
