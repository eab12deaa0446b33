/**
 * The editor bench's page (tests/bench/editor.bench.ts), bundled for Chromium: two editors on the same
 * document, one bare and one with the checks as the app sets them up (the paragraph pass on the page,
 * the document pass in the checker worker beside it).
 */
import { history } from 'prosemirror-history';
import { EditorState, Selection, type Plugin } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { DEFAULT_HOUSE_STYLE } from '../../../core/bengali/house-style';
import { createChecker } from '../../../core/checks/engine';
import { schema, type DocJSON } from '../../../core/document/schema';
import { bundledGlossary } from '../../../core/glossary/bundled';
import { checksKey, checksPlugin, findingsOf } from '../../../renderer/plugins/checks';
import { workerDocumentChecker } from '../../../renderer/workers/worker-document-checker';
import { keystrokesInTurns, paragraphMiddles, pause } from './page-helpers';

/** The longest main-thread task while it was watched: the widest message-loop gap, and the longest Long Tasks entry. */
export interface Tasks {
  widest: number;
  longtask: number;
}

export interface EditorBenchPage {
  /** Each edit's time in the bare editor and in the checked one, `warmup` edits left out. */
  runBench(doc: DocJSON, edits: number, warmup: number): Promise<{ bare: number[]; checked: number[] }>;
  /** Each round: the longest task from a keystroke until the document pass is drawn, that time, and the longest idle transaction. */
  runIdle(doc: DocJSON, rounds: number): Promise<(Tasks & { ms: number; dispatch: number })[]>;
  /** The text pasted into an empty article: the time until its findings are drawn, how many, the longest task meanwhile. */
  runPaste(text: string): Promise<Tasks & { ms: number; found: number }>;
  /** One paragraph of `text`, its findings drawn; each of `keystrokes` letters typed at its end: the transaction's time, and how many findings were drawn. */
  runManyFindings(text: string, keystrokes: number): Promise<{ times: number[]; found: number }>;
}

declare global {
  interface Window {
    editorBench: EditorBenchPage;
  }
}

/** The checks as the app sets them up: the paragraph pass here, the document pass in the checker worker; new caches each time. */
function checks(): Plugin {
  const checker = createChecker({ glossary: bundledGlossary() });
  const documentChecker = workerDocumentChecker({ fallback: () => checker, entries: [], style: DEFAULT_HOUSE_STYLE, words: [] });
  if (!documentChecker.inWorker) throw new Error('the checker worker did not start');
  return checksPlugin({ checker, documentChecker });
}

/** How long each transaction that changed no text (a refresh, the worker's answer) held the main thread, apply and draw. */
let dispatches: number[] = [];

function make(id: string, docJSON: DocJSON, plugins: Plugin[]): EditorView {
  const view: EditorView = new EditorView(document.getElementById(id), {
    state: EditorState.create({ doc: schema.nodeFromJSON(docJSON), plugins }),
    dispatchTransaction(tr) {
      const start = performance.now();
      view.updateState(view.state.apply(tr));
      if (!tr.docChanged) dispatches.push(performance.now() - start);
    },
  });
  return view;
}

async function runBench(docJSON: DocJSON, edits: number, warmup: number): Promise<{ bare: number[]; checked: number[] }> {
  const bare = make('bare', docJSON, [history()]);
  const checked = make('checked', docJSON, [history(), checks()]);
  const times = await keystrokesInTurns({ bare, checked }, edits, warmup);
  bare.destroy();
  checked.destroy();
  return times;
}

/**
 * The longest main-thread task from now until stop(): the widest gap between two turns of a message
 * loop (whatever ran in between held the thread), and the longest Long Tasks API entry, which only
 * reports tasks of 50 ms or more.
 */
function watchTasks(): () => Tasks {
  const channel = new MessageChannel();
  let last = performance.now();
  let widest = 0;
  let running = true;
  channel.port1.onmessage = () => {
    const now = performance.now();
    widest = Math.max(widest, now - last);
    last = now;
    if (running) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
  const long: number[] = [];
  const observer = new PerformanceObserver((list) => long.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask' });
  return () => {
    running = false;
    observer.disconnect();
    return { widest, longtask: Math.max(0, ...long) };
  };
}

/** Resolves once the document pass has seen the latest text and its findings are drawn. */
async function findingsShown(view: EditorView): Promise<void> {
  for (;;) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const state = checksKey.getState(view.state);
    if (state && !state.stale && state.pending.length === 0 && state.asked.length === 0) return;
  }
}

/** Settled article; each round one keystroke, then the idle refresh runs the document pass: the longest task meanwhile. */
async function runIdle(docJSON: DocJSON, rounds: number): Promise<(Tasks & { ms: number; dispatch: number })[]> {
  const view = make('checked', docJSON, [history(), checks()]);
  await findingsShown(view);
  const positions = paragraphMiddles(view.state.doc);
  const out: (Tasks & { ms: number; dispatch: number })[] = [];
  for (let i = 0; i < rounds; i++) {
    await pause(50);
    view.dispatch(view.state.tr.insertText('ক', positions[Math.floor(((i + 0.5) * positions.length) / rounds)]));
    const stop = watchTasks();
    const start = performance.now();
    dispatches = [];
    await findingsShown(view);
    out.push({ ...stop(), ms: performance.now() - start, dispatch: Math.max(0, ...dispatches) });
  }
  view.destroy();
  return out;
}

/** An empty article; the whole text pasted in one go: the time until its findings are drawn. */
async function runPaste(text: string): Promise<Tasks & { ms: number; found: number }> {
  const view = make('checked', { type: 'doc', content: [{ type: 'headline' }, { type: 'paragraph' }] }, [history(), checks()]);
  await findingsShown(view);
  view.focus();
  view.dispatch(view.state.tr.setSelection(Selection.atEnd(view.state.doc)));
  const stop = watchTasks();
  const start = performance.now();
  view.pasteText(text);
  await findingsShown(view);
  const ms = performance.now() - start;
  const found = findingsOf(view.state).length;
  const tasks = stop();
  view.destroy();
  return { ms, found, ...tasks };
}

async function runManyFindings(text: string, keystrokes: number): Promise<{ times: number[]; found: number }> {
  const paragraph: DocJSON = { type: 'paragraph', content: [{ type: 'text', text }] };
  const view = make('checked', { type: 'doc', content: [{ type: 'headline' }, paragraph] }, [history(), checks()]);
  await findingsShown(view);
  const found = findingsOf(view.state).length;
  const times: number[] = [];
  for (let i = 0; i < keystrokes; i++) {
    await pause(50);
    const start = performance.now();
    view.dispatch(view.state.tr.insertText('ক', view.state.doc.content.size - 1));
    times.push(performance.now() - start);
  }
  view.destroy();
  return { times, found };
}

window.editorBench = { runBench, runIdle, runPaste, runManyFindings };
