/**
 * `newsroom check FILE...`: findings as `file:line:col rule message [text] → fixes` or JSON. Offsets
 * are UTF-16 code units into the file's text for `.txt`, and into the document's text (its text
 * blocks joined by a blank line) for `.json` and `.html`; `line:col` count in the same text. A
 * draft's ignored findings are left out, as in the editor.
 */
import { dictionaryOf, shippedDictionary, unionOf, type Dictionary } from '../bengali/dictionary';
import { affPathOf, isHunspellDic, wordsOfFile } from '../bengali/hunspell';
import { ok, type Result } from '../api/result';
import { createChecker } from '../checks/engine';
import { messageLine } from '../checks/catalogue';
import type { Finding } from '../checks/types';
import { ignoredIds, isIgnored } from '../document/checker-input';
import { glossaryWith } from '../glossary/bundled';
import { articleText } from './article';
import type { CliIo } from './io';
import { listValue, stringValue, type ParsedArgs } from './options';
import { readGlossary, readStyle, readText, STYLE_OPTION } from './read';
import { reportError } from './report';
import type { Verb } from './verb';

interface FileFindings {
  path: string;
  text: string;
  findings: Finding[];
}

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

/**
 * The shipped word list with the `--dictionary` files: a Hunspell `.dic` (its `.aff` beside it is read
 * when there is one) or a plain list, one word a line.
 */
function readDictionaries(io: CliIo, paths: readonly string[]): Result<Dictionary> {
  const words: string[] = [];
  for (const path of paths) {
    const text = readText(io, path);
    if (!text.ok) return text;
    const aff = isHunspellDic(path) ? readText(io, affPathOf(path)) : null;
    if (aff && !aff.ok && aff.error.code !== 'not-found') return aff;
    const read = wordsOfFile(path, text.value, aff?.ok ? aff.value : null);
    if (!read.ok) return read;
    for (const word of read.value) words.push(word);
  }
  return ok(paths.length === 0 ? shippedDictionary() : unionOf([shippedDictionary(), dictionaryOf(words)]));
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
  ],
  run(args: ParsedArgs, io: CliIo): number {
    const glossary = readGlossary(io, stringValue(args, 'glossary'));
    if (!glossary.ok) return reportError(io, 'check', glossary.error);
    const style = readStyle(io, stringValue(args, 'style'));
    if (!style.ok) return reportError(io, 'check', style.error);
    const dictionary = readDictionaries(io, listValue(args, 'dictionary'));
    if (!dictionary.ok) return reportError(io, 'check', dictionary.error);
    const checker = createChecker({ glossary: glossaryWith(glossary.value), style: style.value, dictionary: dictionary.value });
    const files: FileFindings[] = [];
    for (const path of args.files) {
      const article = articleText(path, io);
      if (!article.ok) return reportError(io, 'check', article.error);
      const ignored = ignoredIds(article.value.ignored);
      const findings = checker.checkText(article.value.blocks).findings.filter((f) => !isIgnored(ignored, f));
      files.push({ path, text: article.value.text, findings });
    }
    if (stringValue(args, 'format') === 'json') printJson(io, files);
    else printText(io, files);
    return files.some((file) => file.findings.some((f) => f.severity === 'error')) ? 1 : 0;
  },
};
