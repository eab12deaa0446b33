/**
 * The UI tests' fixture: one Chromium per suite, and each app a test opens closed when the test's body
 * ends, passed or failed. Called inside a `describe`, it launches the browser before the suite's first
 * test and closes it after the last:
 *
 *   describe('drafts', { skip: skipUi }, () => {
 *     const withApp = appFixture();
 *     test('…', () => withApp(async ({ page, dataDir }) => { … }));
 *     test('…', () => withApp({ settings: { theme: 'dark' } }, async (app) => { … }));
 *   });
 */
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, openApp, type AppOptions, type RunningApp } from '../ui/harness';

export interface WithApp {
  <T>(body: (app: RunningApp) => Promise<T>): Promise<T>;
  <T>(options: AppOptions, body: (app: RunningApp) => Promise<T>): Promise<T>;
}

export function appFixture(): WithApp {
  let browser: Browser | undefined;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });
  return async <T>(...args: [(app: RunningApp) => Promise<T>] | [AppOptions, (app: RunningApp) => Promise<T>]): Promise<T> => {
    const [options, body] = args.length === 1 ? [{}, args[0]] : args;
    if (!browser) throw new Error('withApp runs inside a test of the suite that called appFixture()');
    const app = await openApp(browser, options);
    try {
      return await body(app);
    } finally {
      await app.close();
    }
  };
}
