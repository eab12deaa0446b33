/**
 * The browser benches' page: a page module of tests/bench/pages/ bundled with esbuild at bench time (and
 * any workers beside it, as the app has them), opened from file:// in Chromium. The page module puts its
 * typed functions on `window`; the bench calls them with page.evaluate.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium } from '../helpers/chromium';
import { percentile, round } from './stats';

const projectRoot = join(__dirname, '..', '..');

export interface BenchPageSpec {
  /** The page module, under tests/bench/pages/. */
  page: string;
  /** Workers bundled beside the page under their own names (.js for .ts), from the project's root. */
  workers?: string[];
  /** The ids of the page's empty elements, one an editor. */
  elements: string[];
}

/** Runs `measure` on the bench page; null, said in the log, when Chromium is not installed. */
export async function onBenchPage<T>(
  spec: BenchPageSpec,
  log: (line: string) => void,
  measure: (page: Page) => Promise<T>,
): Promise<T | null> {
  if (!existsSync(CHROMIUM_PATH)) {
    log(`skipped: ${CHROMIUM_PATH} is not installed`);
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-bench-page-'));
  const browser = await launchChromium();
  try {
    const bundle = (entry: string, out: string) =>
      build({ entryPoints: [entry], bundle: true, format: 'iife', target: 'chrome120', outfile: join(dir, out), logLevel: 'silent' });
    await bundle(join(__dirname, 'pages', spec.page), 'bench.js');
    for (const worker of spec.workers ?? []) await bundle(join(projectRoot, worker), basename(worker).replace(/\.ts$/, '.js'));
    const elements = spec.elements.map((id) => `<div id="${id}"></div>`).join('');
    writeFileSync(join(dir, 'index.html'), `<!doctype html><meta charset="utf-8">${elements}<script src="bench.js"></script>`);
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(pathToFileURL(join(dir, 'index.html')).href);
    return await measure(page);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A figure to the microsecond. */

/**
 * A keystroke's p95 and median in the editor measured and in the one it is held against (the two
 * taking turns), and the ratio of their p95s. The baseline's p95 is floored at 0.1 ms: below the
 * timer's resolution the ratio would mean nothing.
 */
export function keystrokeFigures(measured: number[], baseline: number[]) {
  const p95 = percentile(measured, 95);
  const baselineP95 = percentile(baseline, 95);
  return {
    p95: round(p95),
    median: round(percentile(measured, 50)),
    baselineP95: round(baselineP95),
    baselineMedian: round(percentile(baseline, 50)),
    ratio: round(p95 / Math.max(baselineP95, 0.1)),
  };
}
