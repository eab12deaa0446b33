import type { CliIo, CliVerb } from '../cli/io';
import type { AppError } from '../api/result';
import { normalizeText } from '../bengali/normalize';
import { DEFAULT_HOUSE_STYLE, parseHouseStyle, type HouseStyle } from '../bengali/house-style';
import { DROP_MESSAGES, exportHtml, sortDropped } from './export-html';
import { loadInput } from './load-input.node';

const USAGE = 'usage: newsroom export FILE -o OUT.html [--full-page] [--style STYLE.json]\n';

interface ExportArgs {
  input: string;
  output: string;
  fullPage: boolean;
  style: string | null;
}

type UsageError = { bn: string; en: string };

function parseArgs(args: string[]): ExportArgs | UsageError {
  let input: string | null = null;
  let output: string | null = null;
  let style: string | null = null;
  let fullPage = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-o' || arg === '--output' || arg === '--style') {
      const value = args[++i];
      if (value === undefined) return { bn: `${arg}-এর পরে ফাইলের নাম দিন`, en: `${arg} needs a file name` };
      if (arg === '--style') style = value;
      else output = value;
    } else if (arg === '--full-page') fullPage = true;
    else if (arg.startsWith('-')) return { bn: `'${arg}' অপশনটি অচেনা`, en: `unknown option '${arg}'` };
    else if (input === null) input = arg;
    else return { bn: `একবারে একটি ফাইলই দেওয়া যায়: '${input}' আর '${arg}' দুটি দেওয়া হয়েছে`, en: `only one input file, got '${input}' and '${arg}'` };
  }
  if (input === null) return { bn: 'কোন ফাইল রপ্তানি করতে হবে, তা দেওয়া হয়নি', en: 'no input file' };
  if (output === null) return { bn: 'HTML কোথায় লেখা হবে, তা দেওয়া হয়নি (-o OUT.html)', en: 'no output file (-o OUT.html)' };
  return { input, output, fullPage, style };
}

function report(io: CliIo, error: AppError): number {
  io.stderr(`newsroom export: ${error.message.bn}\nnewsroom export: ${error.message.en}\n${error.detail ? `  ${error.detail}\n` : ''}`);
  return 2;
}

function readStyle(path: string | null, io: CliIo): HouseStyle | AppError {
  if (path === null) return DEFAULT_HOUSE_STYLE;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(io.readFile(path)));
  } catch (err) {
    return { code: 'invalid-argument', message: { bn: `হাউস স্টাইলের ফাইল "${path}" পড়া যায়নি।`, en: `Could not read the house style file "${path}".` }, detail: (err as Error).message };
  }
  const style = parseHouseStyle(json);
  return style.ok ? style.value : style.error;
}

/** `newsroom export FILE -o OUT.html [--full-page] [--style FILE]`: the web desk's HTML, with what was left out on stderr. */
export const exportVerb: CliVerb = async (args, io) => {
  const parsed = parseArgs(args);
  if ('en' in parsed) {
    io.stderr(`newsroom export: ${parsed.bn}\nnewsroom export: ${parsed.en}\n${USAGE}`);
    return 2;
  }
  const style = readStyle(parsed.style, io);
  if ('code' in style) return report(io, style);
  const input = loadInput(parsed.input, io);
  if (!input.ok) return report(io, input.error);
  const { html, dropped } = exportHtml(input.value.doc, {
    fullPage: parsed.fullPage,
    normalize: (text) => normalizeText(text, style),
    digits: style.digits,
  });
  try {
    io.writeFile(parsed.output, html);
  } catch (err) {
    return report(io, { code: 'io', message: { bn: `"${parsed.output}" ফাইলে লেখা যায়নি।`, en: `Could not write "${parsed.output}".` }, detail: (err as Error).message });
  }
  for (const code of sortDropped(new Set([...input.value.dropped, ...dropped]))) {
    const message = DROP_MESSAGES[code];
    io.stderr(`newsroom export: ${message.bn} / ${message.en} [${code}]\n`);
  }
  return 0;
};
