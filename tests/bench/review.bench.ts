/**
 * Suggest mode's cost (issue 14): in a 10,000-word article holding 300 suggestions, a keystroke with
 * suggest mode on (checks on too), transaction and view update, at p95 ≤ 8 ms (`review.keystrokeP95Ms`)
 * and ≤ 1.5× the same keystroke in the editor with checks alone (`review.ratioToEditor`, the editor of
 * editor.bench.ts, measured here in the same run, turn about); and accepting all of 500 suggestions in
 * one transaction with its view update ≤ 50 ms (`review.acceptAll500Ms`, median of five).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { DocJSON } from '../../core/document/schema';
import { tenThousandWords } from './editor.bench';
import type { BenchFigures } from './run';

const CHROMIUM_PATH = '/usr/bin/chromium';
const projectRoot = join(__dirname, '..', '..');
const EDITS = 200;
const WARMUP = 20;
const ACCEPT_RUNS = 5;

/**
 * The article with `count` suggestions spread through its paragraphs: every fifth word of a paragraph
 * in turn deleted or inserted, by two editors, until `count` are made.
 */
export function withSuggestions(doc: DocJSON, count: number): DocJSON {
  const paragraphs = (doc.content ?? []).filter((n) => n.type === 'paragraph').length;
  const perParagraph = Math.ceil(count / paragraphs);
  let made = 0;
  const content = (doc.content ?? []).map((node): DocJSON => {
    const text = node.content?.[0]?.text;
    if (node.type !== 'paragraph' || text === undefined || made >= count) return node;
    const words = text.split(' ');
    const parts: DocJSON[] = [];
    let plain: string[] = [];
    const step = Math.max(2, Math.floor(words.length / (perParagraph + 1)));
    words.forEach((word, i) => {
      const piece = i < words.length - 1 ? `${word} ` : word;
      if (made < count && i > 0 && i % step === 0) {
        if (plain.length > 0) parts.push({ type: 'text', text: plain.join('') });
        plain = [];
        const type = made % 2 === 0 ? 'deletion' : 'insertion';
        const attrs = {
          id: `bench${made.toString(36).padStart(5, '0')}`,
          author: made % 4 < 2 ? 'সম্পাদক' : 'প্রতিবেদক',
          color: '#aa3300',
          time: '2026-12-02T08:00:00.000Z',
        };
        parts.push({ type: 'text', text: piece, marks: [{ type, attrs }] });
        made++;
      } else plain.push(piece);
    });
    if (plain.length > 0) parts.push({ type: 'text', text: plain.join('') });
    return { ...node, content: parts };
  });
  return { ...doc, content };
}

/** The page: the editor with checks, and the same with suggest mode on, on one document; then accept-all runs. */
const PAGE_SCRIPT = `
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { history } from 'prosemirror-history';
import { schema } from './core/document/schema';
import { createChecker } from './core/checks/engine';
import { bundledGlossary } from './core/glossary/bundled';
import { checksPlugin } from './renderer/plugins/checks';
import { acceptAllSuggestions, suggestPlugin, suggestTransaction } from './renderer/plugins/suggest';
import { commentsPlugin } from './renderer/plugins/comments';

const pause = () => new Promise((resolve) => setTimeout(resolve, 10));

window.runBench = async (docJSON, acceptJSON, edits, warmup, acceptRuns) => {
  const checker = createChecker({ glossary: bundledGlossary() });
  const make = (id, doc, plugins) => {
    const view = new EditorView(document.getElementById(id), {
      state: EditorState.create({ doc: schema.nodeFromJSON(doc), plugins }),
      dispatchTransaction: (tr) => view.updateState(view.state.apply(suggestTransaction(view.state, tr))),
    });
    return view;
  };
  const review = () => [suggestPlugin({ enabled: true }), commentsPlugin({ requestComment: () => {} })];
  const editor = make('editor', docJSON, [history(), checksPlugin({ checker })]);
  const suggesting = make('suggesting', docJSON, [history(), checksPlugin({ checker }), ...review()]);
  const positions = [];
  suggesting.state.doc.forEach((node, offset) => {
    if (node.type.name === 'paragraph') positions.push(offset + 1 + Math.floor(node.content.size / 2));
  });
  const total = edits + warmup;
  const at = Array.from({ length: total }, (_, i) => positions[Math.floor((i * positions.length) / total)]).reverse();
  const times = { editor: [], suggesting: [], acceptAll: [] };
  for (let i = 0; i < total; i++) {
    const order = i % 2 === 0 ? [['editor', editor], ['suggesting', suggesting]] : [['suggesting', suggesting], ['editor', editor]];
    for (const [name, view] of order) {
      const start = performance.now();
      view.dispatch(view.state.tr.insertText('ক', at[i]));
      const elapsed = performance.now() - start;
      if (i >= warmup) times[name].push(elapsed);
    }
    await pause();
  }
  editor.destroy();
  suggesting.destroy();
  for (let run = 0; run < acceptRuns; run++) {
    const view = make('accepting', acceptJSON, [history(), checksPlugin({ checker }), ...review()]);
    // The first layout of a fresh editor is not accepting's cost: an open draft has long been laid out.
    void view.dom.getBoundingClientRect().height;
    await pause();
    const start = performance.now();
    acceptAllSuggestions(view.state, view.dispatch);
    times.acceptAll.push(performance.now() - start);
    if (view.state.doc.eq(schema.nodeFromJSON(acceptJSON))) throw new Error('accept all changed nothing');
    view.destroy();
  }
  return times;
};
`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export async function bench(log: (line: string) => void): Promise<BenchFigures> {
  if (!existsSync(CHROMIUM_PATH)) {
    log(`skipped: ${CHROMIUM_PATH} is not installed`);
    return { 'review.keystrokeP95Ms': null, 'review.ratioToEditor': null, 'review.acceptAll500Ms': null };
  }
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-review-bench-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  try {
    await build({
      stdin: { contents: PAGE_SCRIPT, resolveDir: projectRoot, loader: 'ts', sourcefile: 'review-bench-page.ts' },
      bundle: true,
      format: 'iife',
      target: 'chrome120',
      outfile: join(dir, 'bench.js'),
      logLevel: 'silent',
    });
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><meta charset="utf-8"><div id="editor"></div><div id="suggesting"></div><div id="accepting"></div><script src="bench.js"></script>',
    );
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(pathToFileURL(join(dir, 'index.html')).href);
    const article = tenThousandWords();
    const doc = withSuggestions(article, 300);
    const acceptDoc = withSuggestions(article, 500);
    log(`${EDITS} single-character edits in a 10,000-word article with 300 suggestions, ${WARMUP} warm-up edits first`);
    log(`accept all of 500 suggestions, ${ACCEPT_RUNS} times`);
    const times = await page.evaluate(
      ([d, a, edits, warmup, runs]) =>
        (
          window as unknown as {
            runBench(
              d: unknown,
              a: unknown,
              e: number,
              w: number,
              r: number,
            ): Promise<{ editor: number[]; suggesting: number[]; acceptAll: number[] }>;
          }
        ).runBench(d, a, edits, warmup, runs),
      [doc, acceptDoc, EDITS, WARMUP, ACCEPT_RUNS] as const,
    );
    const suggestingP95 = percentile(times.suggesting, 95);
    const editorP95 = percentile(times.editor, 95);
    return {
      'review.keystrokeP95Ms': round(suggestingP95),
      'review.keystrokeMedianMs': round(percentile(times.suggesting, 50)),
      'review.editorP95Ms': round(editorP95),
      'review.ratioToEditor': round(suggestingP95 / Math.max(editorP95, 0.1)),
      'review.acceptAll500Ms': round(percentile(times.acceptAll, 50)),
    };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
