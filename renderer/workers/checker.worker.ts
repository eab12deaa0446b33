/**
 * The checker worker: one engine, the document pass off the main thread. It keeps the text of every
 * block by the key the editor gave it, so the editor sends a text once, and answers with what changed
 * since its previous answer. When passes queue up (a slow pass while the writer keeps pausing and
 * typing), only the newest runs.
 */
import { createChecker, type Checker } from '../../core/checks/engine';
import { DEFAULT_HOUSE_STYLE } from '../../core/bengali/house-style';
import { glossaryWith } from '../../core/glossary/bundled';
import { dictionaryWith } from '../../core/bengali/dictionary';
import { AnswerTracker, documentPass } from './document-pass';
import type { FromWorker, ToWorker } from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = self as unknown as WorkerScope;
const texts = new Map<number, string>();
const tracker = new AnswerTracker();
let checker: Checker | null = null;
let configuration: Extract<ToWorker, { type: 'configure' }> = { type: 'configure', entries: [], style: DEFAULT_HOUSE_STYLE, words: [] };
let waiting: Extract<ToWorker, { type: 'check' }> | null = null;

function run(): void {
  const request = waiting;
  waiting = null;
  if (!request) return;
  try {
    // Built on first use, so a configure that another follows at once costs nothing.
    checker ??= createChecker({
      glossary: glossaryWith(configuration.entries),
      style: configuration.style,
      dictionary: dictionaryWith(configuration.words),
    });
    const blocks = request.blocks.map((b) => ({
      text: texts.get(b.key) ?? '',
      offset: b.offset,
      ...(b.headline ? { headline: true } : {}),
    }));
    const answer = tracker.answer(documentPass(checker, blocks), request.blocks, request.reset);
    scope.postMessage({ type: 'result', id: request.id, answer });
  } catch (error) {
    scope.postMessage({ type: 'failed', id: request.id, message: String((error as Error)?.stack ?? error) });
  }
}

scope.onmessage = ({ data }) => {
  if (data.type === 'configure') {
    configuration = data;
    checker = null;
    return;
  }
  for (const key of data.forget) texts.delete(key);
  for (const block of data.blocks) if (block.text !== undefined) texts.set(block.key, block.text);
  // Messages already queued are read before the pass runs, so a newer request replaces this one
  // (and must stand alone if the one it replaces had to).
  if (!waiting) setTimeout(run, 0);
  waiting = waiting?.reset ? { ...data, reset: true } : data;
};
