/**
 * `newsroom check | entities | normalize`. Offsets are UTF-16 code units into the file's text for
 * `.txt`, and into the document's plain text (its text blocks joined by a blank line) for `.json`
 * and `.html`; `line:col` in the text format count in the same text.
 */
import type { AppError } from '../api/result';
import type { CliIo, CliVerb } from '../cli/io';
import { loadInput } from '../document/load-input.node';
import { decodeUtf8Text } from '../document/decode-text';
import { docToPlainText } from '../document/plain-text';
import { glossaryWith } from '../glossary/bundled';
import { importGlossary } from '../glossary/io';
import type { GlossaryEntry } from '../glossary/types';
import { normalizeText } from '../bengali/normalize';
import { messageLine } from './catalogue';
import { createChecker, splitParagraphs, type CheckResult, type ParagraphInput } from './engine';
import { DEFAULT_HOUSE_STYLE, parseHouseStyle, type HouseStyle } from '../bengali/house-style';

interface Options {
  files: string[];
  format: 'text' | 'json';
  glossary?: string;
  style?: string;
}

function usageError(io: CliIo, bn: string, en: string, usage: string): number {
  io.stderr(`newsroom: ${en}\nnewsroom: ${bn}\nusage: newsroom ${usage}\n`);
  return 2;
}

function report(io: CliIo, error: AppError): number {
  io.stderr(`newsroom: ${error.message.en}\nnewsroom: ${error.message.bn}\n${error.detail ? `${error.detail}\n` : ''}`);
  return 2;
}

function parseOptions(args: string[], allowed: ReadonlySet<string>): { ok: true; options: Options } | { ok: false; bn: string; en: string } {
  const options: Options = { files: [], format: 'text' };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--') || arg === '-') {
      options.files.push(arg);
      continue;
    }
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (!allowed.has(name)) return { ok: false, bn: `অজানা অপশন ${name}`, en: `unknown option ${name}` };
    const value = inline ?? args[++i];
    if (value === undefined) return { ok: false, bn: `${name}-এর পরে একটি মান দরকার`, en: `${name} needs a value` };
    if (name === '--format') {
      if (value !== 'text' && value !== 'json') return { ok: false, bn: '--format হবে text অথবা json', en: '--format must be text or json' };
      options.format = value;
    } else if (name === '--glossary') options.glossary = value;
    else if (name === '--style') options.style = value;
  }
  return { ok: true, options };
}

function readText(io: CliIo, path: string): { ok: true; text: string } | { ok: false; error: AppError } {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch {
    return { ok: false, error: { code: 'not-found', message: { bn: `"${path}" ফাইলটি পাওয়া যায়নি বা পড়া যায়নি।`, en: `Cannot read "${path}".` } } };
  }
  const decoded = decodeUtf8Text(bytes);
  if (decoded.ok) return decoded;
  return { ok: false, error: { code: 'invalid-argument', message: { bn: `"${path}" ফাইলটি ইউনিকোড (UTF-8) টেক্সট নয়।`, en: `"${path}" is not UTF-8 text.` } } };
}

function loadGlossary(io: CliIo, path: string | undefined): { ok: true; entries: GlossaryEntry[] } | { ok: false; error: AppError } {
  if (path === undefined) return { ok: true, entries: [] };
  const text = readText(io, path);
  if (!text.ok) return text;
  const entries = importGlossary(path, text.text);
  return entries.ok ? { ok: true, entries: entries.value } : { ok: false, error: entries.error };
}

function loadStyle(io: CliIo, path: string | undefined): { ok: true; style: HouseStyle } | { ok: false; error: AppError } {
  if (path === undefined) return { ok: true, style: DEFAULT_HOUSE_STYLE };
  const text = readText(io, path);
  if (!text.ok) return text;
  let json: unknown;
  try {
    json = JSON.parse(text.text);
  } catch (err) {
    return { ok: false, error: { code: 'invalid-argument', message: { bn: `"${path}" হাউস স্টাইল ফাইলটি ঠিকঠাক JSON নয়।`, en: `The house style file "${path}" is not valid JSON.` }, detail: (err as Error).message } };
  }
  const style = parseHouseStyle(json);
  return style.ok ? { ok: true, style: style.value } : { ok: false, error: style.error };
}

/** The text the offsets count in, and its paragraphs (the first one marked when it is the headline). */
export function articleText(path: string, io: CliIo): { ok: true; text: string; paragraphs: ParagraphInput[] } | { ok: false; error: AppError } {
  const loaded = loadInput(path, io);
  if (!loaded.ok) return { ok: false, error: loaded.error };
  const { kind, doc } = loaded.value;
  const first = doc.content?.[0];
  const headline = first?.type === 'headline' ? (first.content ?? []).map((t) => t.text ?? '').join('').trim() : '';
  let text: string;
  let paragraphs: ParagraphInput[];
  if (kind === 'txt') {
    text = loaded.value.text;
    paragraphs = splitParagraphs(text);
  } else {
    text = docToPlainText(doc);
    paragraphs = [];
    let offset = 0;
    for (const block of text.split('\n\n')) {
      if (block !== '') paragraphs.push({ text: block, offset });
      offset += block.length + 2;
    }
  }
  if (headline !== '' && paragraphs[0]?.text.trim() === headline) paragraphs[0] = { ...paragraphs[0], headline: true };
  return { ok: true, text, paragraphs };
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

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

const CHECK_USAGE = 'check FILE... [--format text|json] [--glossary FILE] [--style FILE]';

export const check: CliVerb = async (args, io) => {
  const parsed = parseOptions(args, new Set(['--format', '--glossary', '--style']));
  if (!parsed.ok) return usageError(io, parsed.bn, parsed.en, CHECK_USAGE);
  const { options } = parsed;
  if (options.files.length === 0) return usageError(io, 'কোনো ফাইল দেওয়া হয়নি', 'no file given', CHECK_USAGE);
  const glossary = loadGlossary(io, options.glossary);
  if (!glossary.ok) return report(io, glossary.error);
  const style = loadStyle(io, options.style);
  if (!style.ok) return report(io, style.error);
  const checker = createChecker({ glossary: glossaryWith(glossary.entries), style: style.style });
  const results: { path: string; text: string; result: CheckResult }[] = [];
  for (const path of options.files) {
    const article = articleText(path, io);
    if (!article.ok) return report(io, article.error);
    results.push({ path, text: article.text, result: checker.checkText(article.paragraphs) });
  }
  let errors = false;
  if (options.format === 'json') {
    const files = results.map(({ path, result }) => ({
      path,
      findings: result.findings.map((f) => ({ rule: f.rule, severity: f.severity, offset: f.offset, length: f.length, text: f.text, message: messageLine(f.message), suggestions: f.suggestions })),
    }));
    io.stdout(JSON.stringify({ files }, null, 2) + '\n');
  } else {
    for (const { path, text, result } of results) {
      const starts = lineStartsOf(text);
      for (const f of result.findings) {
        const { line, col } = lineCol(f.offset, starts);
        const fix = f.suggestions.length > 0 ? ` → ${f.suggestions.map((s) => (s === '' ? '(delete)' : `“${s}”`)).join(' / ')}` : '';
        io.stdout(`${path}:${line}:${col} ${f.rule} ${messageLine(f.message)} [${f.text}]${fix}\n`);
      }
    }
  }
  for (const { result } of results) if (result.findings.some((f) => f.severity === 'error')) errors = true;
  return errors ? 1 : 0;
};

export const entities: CliVerb = async (args, io) => {
  const parsed = parseOptions(args, new Set(['--glossary']));
  const usage = 'entities FILE [--glossary FILE]';
  if (!parsed.ok) return usageError(io, parsed.bn, parsed.en, usage);
  if (parsed.options.files.length !== 1) return usageError(io, 'একটি ফাইল দিন', 'give exactly one file', usage);
  const glossary = loadGlossary(io, parsed.options.glossary);
  if (!glossary.ok) return report(io, glossary.error);
  const path = parsed.options.files[0]!;
  const article = articleText(path, io);
  if (!article.ok) return report(io, article.error);
  const result = createChecker({ glossary: glossaryWith(glossary.entries) }).checkText(article.paragraphs);
  io.stdout(JSON.stringify({ path, entities: result.entities }, null, 2) + '\n');
  return 0;
};

export const normalize: CliVerb = async (args, io) => {
  const parsed = parseOptions(args, new Set(['--style']));
  const usage = 'normalize FILE [--style FILE]';
  if (!parsed.ok) return usageError(io, parsed.bn, parsed.en, usage);
  if (parsed.options.files.length !== 1) return usageError(io, 'একটি ফাইল দিন', 'give exactly one file', usage);
  const style = loadStyle(io, parsed.options.style);
  if (!style.ok) return report(io, style.error);
  const article = articleText(parsed.options.files[0]!, io);
  if (!article.ok) return report(io, article.error);
  io.stdout(normalizeText(article.text, style.style));
  return 0;
};
