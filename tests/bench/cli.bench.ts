/**
 * The `newsroom` command as the README runs it (the built bin, dist/cli/newsroom.js): start-up on one
 * short article, and the whole corpus in one call, start-up subtracted, against a plain regex word
 * scan of the same files. `cli.npmStartMs` is the same short check through `npm run newsroom`, which
 * adds npm's own start-up. Wall-clock times of child processes, medians of several runs.
 * `cli.millionLinesMs` and `cli.millionLinesMB`: the command on a file of 1,000,000 one-letter lines
 * (4 MB), its time and its peak memory (resident set). Memory grows with the number of paragraphs, not
 * bytes: the 32 MB input limit holds eight times as many, so this is the figure that says whether
 * the largest file the command accepts fits in memory.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, round } from './stats';

const root = join(__dirname, '..', '..');
const corpus = join(root, '..', 'shared', 'corpus');

// Written for the bench: a headline and two short paragraphs.
const SHORT =
  'জার্মানি সফরে প্রধানমন্ত্রী\n\nপ্রধানমন্ত্রী আজ জার্মানির (Germany) রাজধানী বার্লিনে পৌঁছেছেন।\nপরে জার্মানির (Germany) চ্যান্সেলরের সঙ্গে তাঁর বৈঠক হয়।\n';

const BIN = join(root, 'dist', 'cli', 'newsroom.js');

/** Milliseconds for the README's command with these arguments; it must exit 0 or 1 (findings). */
function timeCommand(args: string[], viaNpm = false): number {
  const start = performance.now();
  const [command, argv] = viaNpm ? ['npm', ['run', '--silent', 'newsroom', '--', ...args]] : [BIN, args];
  const result = spawnSync(command, argv, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`newsroom ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

function corpusFiles(): string[] {
  return ['bd-articles', 'kolkata-snippets'].flatMap((sub) => {
    const dir = join(corpus, sub);
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((f) => join(dir, f))
      : [];
  });
}

/** Writes, into `dir`, a module that prints the process's peak resident size to stderr as it exits. */
function peakPreload(dir: string): string {
  const preload = join(dir, 'peak.cjs');
  writeFileSync(
    preload,
    "process.on('exit', () => require('node:fs').writeSync(2, '\\npeak ' + process.resourceUsage().maxRSS + '\\n'));\n",
  );
  return preload;
}

/** Milliseconds and peak resident megabytes of the command on `file`, the child run with `preload` (peakPreload). */
function timeAndPeak(file: string, preload: string): { ms: number; mb: number } {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--require', preload, BIN, 'check', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  const peak = /\npeak (\d+)\n/.exec(result.stderr);
  if ((result.status !== 0 && result.status !== 1) || !peak)
    throw new Error(`newsroom check ${file} exited ${result.status}: ${result.stderr}`);
  return { ms, mb: Number(peak[1]) / 1024 };
}

/** The baseline: read each file and count its words with a regex, as a plain word scan would. */
function regexScanMs(files: string[]): number {
  const start = performance.now();
  let words = 0;
  for (const file of files) for (const _ of readFileSync(file, 'utf8').matchAll(/[\p{L}\p{M}\p{Nd}]+/gu)) words++;
  const ms = performance.now() - start;
  if (words === 0) throw new Error('no words in the corpus');
  return ms;
}

export async function bench(log: (line: string) => void): Promise<Record<string, number | null>> {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-cli-bench-'));
  try {
    const short = join(dir, 'short.txt');
    writeFileSync(short, SHORT);
    timeCommand(['check', short], true); // npm run newsroom builds the bin if it is stale; not counted
    const starts: number[] = [];
    const npmStarts: number[] = [];
    for (let i = 0; i < 7; i++) {
      starts.push(timeCommand(['check', short]));
      npmStarts.push(timeCommand(['check', short], true));
    }
    const startMs = median(starts);
    const npmStartMs = round(median(npmStarts));
    log(`one short article: median ${round(startMs)} ms (${starts.map(round).join(' ')}); through npm run ${npmStartMs} ms`);

    const lines = join(dir, 'lines.txt');
    writeFileSync(lines, 'ক\n'.repeat(1_000_000));
    const preload = peakPreload(dir);
    const runs = [0, 1, 2].map(() => timeAndPeak(lines, preload));
    const millionLines = {
      'cli.millionLinesMs': round(median(runs.map((r) => r.ms))),
      'cli.millionLinesMB': round(median(runs.map((r) => r.mb))),
    };
    log(`1,000,000 one-letter lines: ${runs.map((r) => `${round(r.ms)} ms ${round(r.mb)} MB`).join(', ')}`);

    const files = corpusFiles();
    if (files.length === 0) {
      log(`skipping cli.corpusRatioToRegexScan (null): ${corpus} is absent`);
      return { 'cli.startMs': round(startMs), 'cli.npmStartMs': npmStartMs, ...millionLines, 'cli.corpusRatioToRegexScan': null };
    }
    regexScanMs(files);
    const ratios: number[] = [];
    for (let i = 0; i < 5; i++) {
      const command = timeCommand(['check', ...files, '--format', 'json']);
      const start = timeCommand(['check', short]);
      const scan = regexScanMs(files);
      ratios.push(Math.max(command - start, 0) / scan);
      log(`corpus (${files.length} files): command ${round(command)} ms, start-up ${round(start)} ms, regex scan ${round(scan)} ms`);
    }
    return {
      'cli.startMs': round(startMs),
      'cli.npmStartMs': npmStartMs,
      ...millionLines,
      'cli.corpusRatioToRegexScan': round(median(ratios)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
