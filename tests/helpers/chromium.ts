/** Debian's Chromium, as the UI tests and the browser benches start it. */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      // The checker worker loads from file:// beside the page, as Electron allows a file:// page to.
      '--allow-file-access-from-files',
    ],
  });
}
