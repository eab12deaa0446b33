/**
 * The document pass in a Web Worker, seen from the editor. Every answer the worker gives is passed on,
 * in order (each says what changed since the one before); a request the worker skipped for a newer one
 * is never answered. If the worker cannot start, throws, or cannot read a message, the pass runs on
 * the main thread instead, from then on, and the newest request waiting at that moment is answered
 * there: a failing worker costs smoothness, never findings.
 */
import type { HouseStyle } from '../../core/bengali/house-style';
import type { Checker, ParagraphInput } from '../../core/checks/engine';
import type { GlossaryEntry } from '../../core/glossary/types';
import { documentPass, resetAnswer, type DocumentAnswer, type DocumentChecker } from './document-pass';
import type { FromWorker, KeyedBlock, ToWorker } from './protocol';

/** Where the build puts the worker's bundle, beside the page (scripts/build.mjs). */
export const CHECKER_WORKER_URL = 'checker.worker.js';

export interface WorkerDocumentChecker extends DocumentChecker {
  /** Checks from now on with these entries over the bundled glossary, this house style and these extra correct words. */
  configure(entries: readonly GlossaryEntry[], style: HouseStyle, words: readonly string[]): void;
  /** Whether passes still run in the worker (false once it failed, or when it could not start). */
  readonly inWorker: boolean;
  destroy(): void;
}

export interface WorkerCheckerOptions {
  /** The main thread's checker, for the passes the worker cannot run; read at each such pass. */
  fallback: () => Checker;
  entries: readonly GlossaryEntry[];
  style: HouseStyle;
  /** Correct words beside the shipped list (the newsroom's dictionaries, the user's own). */
  words: readonly string[];
  /** Starts the worker; `new Worker(CHECKER_WORKER_URL)` by default. Throwing counts as failing to start. */
  start?: () => Worker;
}

interface Request {
  id: number;
  blocks: readonly ParagraphInput[];
  reset: boolean;
  done: (answer: DocumentAnswer) => void;
}

export function workerDocumentChecker(options: WorkerCheckerOptions): WorkerDocumentChecker {
  let worker: Worker | null = null;
  /** Requests sent and not answered, oldest first. */
  let waiting: Request[] = [];
  let nextId = 1;
  /** Each text the worker holds, by its key. */
  const keys = new Map<string, number>();
  let nextKey = 1;

  const onMainThread = (request: Request) => {
    // A task of its own: the plugin asks from inside a view update, where it must not dispatch.
    setTimeout(() => request.done(resetAnswer(documentPass(options.fallback(), request.blocks), request.blocks)), 0);
  };

  const fail = () => {
    worker?.terminate();
    worker = null;
    keys.clear();
    const newest = waiting[waiting.length - 1];
    waiting = [];
    if (newest) onMainThread(newest);
  };

  const post = (message: ToWorker) => {
    try {
      worker?.postMessage(message);
    } catch {
      fail();
    }
  };

  try {
    worker = options.start ? options.start() : new Worker(CHECKER_WORKER_URL);
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      const index = waiting.findIndex((r) => r.id === data.id);
      const request = waiting[index];
      if (!request) return;
      // Those before it were skipped for newer ones.
      waiting = waiting.slice(index + 1);
      if (data.type === 'result') request.done(data.answer);
      else onMainThread(request);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail();
    };
    worker.onmessageerror = fail;
    post({ type: 'configure', entries: [...options.entries], style: options.style, words: [...options.words] });
  } catch {
    worker = null;
  }

  return {
    get inWorker() {
      return worker !== null;
    },
    configure(entries, style, words) {
      post({ type: 'configure', entries: [...entries], style, words: [...words] });
    },
    check(blocks, reset, done) {
      const request: Request = { id: nextId++, blocks, reset, done };
      if (!worker) {
        onMainThread(request);
        return;
      }
      waiting.push(request);
      const used = new Set<number>();
      const keyed = blocks.map((b): KeyedBlock => {
        let key = keys.get(b.text);
        const known = key !== undefined;
        if (key === undefined) {
          key = nextKey++;
          keys.set(b.text, key);
        }
        used.add(key);
        return { key, offset: b.offset, ...(known ? {} : { text: b.text }), ...(b.headline ? { headline: true } : {}) };
      });
      const forget: number[] = [];
      for (const [text, key] of keys) {
        if (used.has(key)) continue;
        keys.delete(text);
        forget.push(key);
      }
      post({ type: 'check', id: request.id, blocks: keyed, forget, reset: request.reset });
    },
    destroy() {
      worker?.terminate();
      worker = null;
      waiting = [];
    },
  };
}
