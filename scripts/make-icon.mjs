// Draws the app icon, assets/icon.png (1024 × 1024), with the shipped Noto Serif Bengali in Debian's
// Chromium, so the icon's letter is the editor's own type. Run once when the design changes; the PNG is
// committed, and electron-builder turns it into each platform's format (.icns, .ico, the Linux sizes).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const font = pathToFileURL(join(root, 'node_modules/@fontsource/noto-serif-bengali/files/noto-serif-bengali-bengali-700-normal.woff2'));
const SIZE = 1024;
const page = `<!doctype html><html><head><style>
@font-face { font-family: Icon; src: url('${font}') format('woff2'); font-weight: 700; }
html, body { margin: 0; background: transparent; }
.tile { width: ${SIZE}px; height: ${SIZE}px; box-sizing: border-box; border-radius: 200px;
  background: linear-gradient(160deg, #1f5f8b, #123a57); display: flex; align-items: center; justify-content: center; }
.letter { font: 700 620px/1 Icon; color: #fdfaf2; transform: translateY(-40px); }
.rule { position: absolute; left: 212px; right: 212px; top: 790px; height: 36px; border-radius: 18px; background: #e8b04a; }
</style></head><body><div class="tile"><span class="letter">বা</span><div class="rule"></div></div></body></html>`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'],
});
try {
  const tab = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  await tab.setContent(page, { waitUntil: 'load' });
  await tab.evaluate(() => document.fonts.ready);
  mkdirSync(join(root, 'assets'), { recursive: true });
  await tab.locator('.tile').screenshot({ path: join(root, 'assets', 'icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
