/**
 * `newsroom check` over many files on several threads: the main thread and workers take the next
 * unchecked file from one shared counter until none is left, so a thread that got short files takes
 * more of them. The results go back in the order the files were given, and the first file that cannot
 * be read ends the command exactly as when one thread checks them all.
 */
import { statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import type { MessagePort } from 'node:worker_threads';
import { ok, type Result } from '../api/result';
import type { Checker } from '../checks/engine';
import { checkerFor, checkFile, type FileFindings } from './check-file';
import type { CliIo } from './io';
import { nodeIo } from './io.node';
import type { ParsedArgs } from './options';

/**
 * Below this much text per thread a worker costs more than it saves. Before it checks a file it loads
 * the command, builds its own checker and word list, and its compiler starts cold: on the corpus (1.6
 * MB) a second thread added about 0.5 s of CPU in all, and one thread checks about 1 MB a second cold,
 * so a worker that starts while the main thread builds its checker pays off from a few hundred KB.
 */
export const BYTES_PER_THREAD = 256 * 1024;

/** What a worker is started with: the call's arguments and the counter of files taken. */
export interface CheckThreadData {
  newsroomCheck: { args: ParsedArgs; claims: SharedArrayBuffer };
}

type ThreadMessage = { index: number; result: Result<FileFindings> } | { done: true };

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // reading it will say what is wrong, in order
  }
}

/**
 * The main thread and a worker for each idle core (the cores less the load average): on a machine whose
 * other work keeps every core running, a worker only adds its start to the same queue (measured: the
 * corpus on two threads took longer than on one at a load average of 14 on 2 cores). The load average
 * is the system's one-minute figure; Windows reports 0.
 */
function threadsForLoad(): number {
  const cores = availableParallelism();
  return Math.min(cores, 1 + Math.floor(Math.max(0, cores - (loadavg()[0] ?? 0))));
}

/**
 * Threads for these files, the main thread included: `--jobs` when given, else one more per idle core
 * (`threadsForLoad`) as long as each gets at least `BYTES_PER_THREAD` to check; never more than there
 * are files.
 */
export function threadsFor(paths: readonly string[], jobs: number | undefined): number {
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, paths.length));
  let bytes = 0;
  for (const path of paths) bytes += sizeOf(path);
  return Math.max(1, Math.min(threadsForLoad(), paths.length, Math.floor(bytes / BYTES_PER_THREAD)));
}

/** Takes files from the shared counter and checks them; a file that cannot be read stops every thread. */
function checkClaimed(
  checker: Checker,
  paths: readonly string[],
  claims: Int32Array,
  io: Pick<CliIo, 'readFile'>,
  record: (index: number, result: Result<FileFindings>) => void,
): void {
  for (let index = Atomics.add(claims, 0, 1); index < paths.length; index = Atomics.add(claims, 0, 1)) {
    const result = checkFile(checker, paths[index]!, io);
    record(index, result);
    // Every file before this one is taken already; no file after it will be reported.
    if (!result.ok) Atomics.store(claims, 0, paths.length);
  }
}

/** The files' findings in the order given, checked on `threads` threads (`io.startThread` starts the workers). */
export async function checkOnThreads(args: ParsedArgs, io: CliIo, threads: number): Promise<Result<FileFindings[]>> {
  const paths = args.files;
  const claims = new Int32Array(new SharedArrayBuffer(4));
  const results: (Result<FileFindings> | undefined)[] = new Array(paths.length);
  const data: CheckThreadData = { newsroomCheck: { args, claims: claims.buffer as SharedArrayBuffer } };
  const workers = Array.from({ length: threads - 1 }, () => io.startThread!(data));
  const finished = workers.map(
    (worker) =>
      new Promise<void>((resolve) => {
        worker.on('message', (message: ThreadMessage) => {
          if ('done' in message) resolve();
          else results[message.index] = message.result;
        });
        // A worker that fails leaves its files to the main thread below.
        worker.on('error', () => resolve());
        worker.on('exit', () => resolve());
      }),
  );
  try {
    const checker = checkerFor(args, io);
    if (!checker.ok) return checker;
    checkClaimed(checker.value, paths, claims, io, (index, result) => {
      results[index] = result;
    });
    await Promise.all(finished);
    const files: FileFindings[] = [];
    for (let index = 0; index < paths.length; index++) {
      const result = results[index] ?? checkFile(checker.value, paths[index]!, io);
      if (!result.ok) return result;
      files.push(result.value);
    }
    return ok(files);
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}

/** A worker's side: its own checker, files from the shared counter, each result posted as it is done. */
export function serveCheckThread(data: CheckThreadData, port: MessagePort): void {
  const { args, claims } = data.newsroomCheck;
  const checker = checkerFor(args, nodeIo);
  if (checker.ok) {
    checkClaimed(checker.value, args.files, new Int32Array(claims), nodeIo, (index, result) => port.postMessage({ index, result }));
  }
  port.postMessage({ done: true } satisfies ThreadMessage);
}

export function isCheckThreadData(data: unknown): data is CheckThreadData {
  return typeof data === 'object' && data !== null && 'newsroomCheck' in data;
}
