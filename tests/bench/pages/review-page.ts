/**
 * The review bench's page (tests/bench/review.bench.ts), bundled for Chromium: the editor with checks,
 * and the same with suggest mode on, on one document; then accept-all runs.
 */
import { history } from 'prosemirror-history';
import { EditorState, type Plugin } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { createChecker } from '../../../core/checks/engine';
import { schema, type DocJSON } from '../../../core/document/schema';
import { bundledGlossary } from '../../../core/glossary/bundled';
import { checksPlugin } from '../../../renderer/plugins/checks';
import { commentsPlugin } from '../../../renderer/plugins/comments';
import { acceptAllSuggestions, suggestPlugin, suggestTransaction } from '../../../renderer/plugins/suggest';
import { keystrokesInTurns, pause } from './page-helpers';

export interface ReviewBenchPage {
  /**
   * Each keystroke's time in the editor with checks and in the one with suggest mode on (`warmup` left
   * out), and each of `acceptRuns` accept-alls of the suggestions in `acceptDoc`.
   */
  runBench(
    doc: DocJSON,
    acceptDoc: DocJSON,
    edits: number,
    warmup: number,
    acceptRuns: number,
  ): Promise<{ editor: number[]; suggesting: number[]; acceptAll: number[] }>;
}

declare global {
  interface Window {
    reviewBench: ReviewBenchPage;
  }
}

const runBench: ReviewBenchPage['runBench'] = async (docJSON, acceptJSON, edits, warmup, acceptRuns) => {
  const checker = createChecker({ glossary: bundledGlossary() });
  const make = (id: string, doc: DocJSON, plugins: Plugin[]) => {
    const view: EditorView = new EditorView(document.getElementById(id), {
      state: EditorState.create({ doc: schema.nodeFromJSON(doc), plugins }),
      dispatchTransaction: (tr) => view.updateState(view.state.apply(suggestTransaction(view.state, tr))),
    });
    return view;
  };
  const review = () => [suggestPlugin({ enabled: true }), commentsPlugin({ requestComment: () => {} })];
  const editor = make('editor', docJSON, [history(), checksPlugin({ checker })]);
  const suggesting = make('suggesting', docJSON, [history(), checksPlugin({ checker }), ...review()]);
  const typed = await keystrokesInTurns({ editor, suggesting }, edits, warmup);
  editor.destroy();
  suggesting.destroy();
  const acceptAll: number[] = [];
  for (let run = 0; run < acceptRuns; run++) {
    const view = make('accepting', acceptJSON, [history(), checksPlugin({ checker }), ...review()]);
    // The first layout of a fresh editor is not accepting's cost: an open draft has long been laid out.
    void view.dom.getBoundingClientRect().height;
    await pause();
    const start = performance.now();
    acceptAllSuggestions(view.state, view.dispatch);
    acceptAll.push(performance.now() - start);
    if (view.state.doc.eq(schema.nodeFromJSON(acceptJSON))) throw new Error('accept all changed nothing');
    view.destroy();
  }
  return { ...typed, acceptAll };
};

window.reviewBench = { runBench };
