/**
 * `newsroom check FILE...`: findings as `file:line:col rule message [text] → fixes` or JSON. Offsets
 * are UTF-16 code units into the file's text for `.txt`, and into the document's text (its text
 * blocks joined by a blank line) for `.json` and `.html`; `line:col` count in the same text. A
 * draft's ignored findings are left out, as in the editor. Many files are checked on several threads
 * (`check-threads.ts`; `--jobs N` sets how many), the output the same as on one.
 */
import { ok, type Result } from '../api/result';
import { messageLine } from '../checks/catalogue';
import { checkerFor, checkFile, type FileFindings } from './check-file';
import { checkOnThreads, threadsFor } from './check-threads';
import type { CliIo } from './io';
import { stringValue, usageOf, type ParsedArgs } from './options';
import { STYLE_OPTION } from './read';
import { reportError, reportUsage } from './report';
import type { Verb } from './verb';

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineCol(offset: number, lineStarts: number[]): { line: number; col: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - lineStarts[lo]! + 1 };
}

function printJson(io: CliIo, files: FileFindings[]): void {
  const json = files.map(({ path, findings }) => ({
    path,
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      offset: f.offset,
      length: f.length,
      text: f.text,
      message: messageLine(f.message),
      suggestions: f.suggestions,
    })),
  }));
  io.stdout(`${JSON.stringify({ files: json }, null, 2)}\n`);
}

function printText(io: CliIo, files: FileFindings[]): void {
  for (const { path, text, findings } of files) {
    const starts = lineStartsOf(text);
    const lines: string[] = [];
    for (const f of findings) {
      const { line, col } = lineCol(f.offset, starts);
      const fix = f.suggestions.length > 0 ? ` → ${f.suggestions.map((s) => (s === '' ? '(delete)' : `“${s}”`)).join(' / ')}` : '';
      lines.push(`${path}:${line}:${col} ${f.rule} ${messageLine(f.message)} [${f.text}]${fix}\n`);
    }
    if (lines.length > 0) io.stdout(lines.join(''));
  }
}

export const check: Verb = {
  name: 'check',
  summary: { bn: 'নাম আর টীকার ভুল খোঁজে', en: 'finds gloss and name problems' },
  files: { name: 'FILE', many: true },
  options: [
    { name: '--format', choices: ['text', 'json'] },
    { name: '--glossary', value: 'FILE' },
    STYLE_OPTION,
    { name: '--dictionary', value: 'FILE', repeatable: true },
    { name: '--jobs', value: 'N' },
  ],
  run(args: ParsedArgs, io: CliIo): number | Promise<number> {
    const jobs = jobsValue(args);
    if (jobs === null) {
      return reportUsage(
        io,
        'check',
        { bn: '--jobs-এর মান হবে ১ বা তার বেশি কোনো পূর্ণসংখ্যা', en: '--jobs must be a whole number, 1 or more' },
        usageOf(check),
      );
    }
    const threads = io.startThread ? threadsFor(args.files, jobs) : 1;
    if (threads > 1) return checkOnThreads(args, io, threads).then((files) => report(io, args, files));
    return report(io, args, checkSerially(args, io));
  },
};

/** `--jobs N`: undefined when not given, null when it is not a whole number of at least 1. */
function jobsValue(args: ParsedArgs): number | undefined | null {
  const value = stringValue(args, 'jobs');
  if (value === undefined) return undefined;
  return /^[1-9][0-9]{0,3}$/.test(value) ? Number(value) : null;
}

function checkSerially(args: ParsedArgs, io: CliIo): Result<FileFindings[]> {
  const checker = checkerFor(args, io);
  if (!checker.ok) return checker;
  const files: FileFindings[] = [];
  for (const path of args.files) {
    const file = checkFile(checker.value, path, io);
    if (!file.ok) return file;
    files.push(file.value);
  }
  return ok(files);
}

/** Prints the findings (or the error) and returns the exit code. */
function report(io: CliIo, args: ParsedArgs, checked: Result<FileFindings[]>): number {
  if (!checked.ok) return reportError(io, 'check', checked.error);
  const files = checked.value;
  if (stringValue(args, 'format') === 'json') printJson(io, files);
  else printText(io, files);
  return files.some((file) => file.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
