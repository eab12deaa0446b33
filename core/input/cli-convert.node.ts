import type { CliIo, CliVerb } from '../cli/io';
import { fail, ok, type AppError, type Result } from '../api/result';
import { avroToBengali } from './avro';
import { bijoyToUnicode } from './bijoy';
import { decodeUtf8Text } from '../document/decode-text';

const USAGE = 'usage: newsroom convert --from avro|bijoy FILE\n';

const CONVERTERS = { avro: avroToBengali, bijoy: bijoyToUnicode } as const;
type Source = keyof typeof CONVERTERS;

function isSource(value: string): value is Source {
  return Object.hasOwn(CONVERTERS, value);
}

function parseArgs(args: string[]): { from: Source; file: string } | string {
  let from: string | null = null;
  let file: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--from' || arg.startsWith('--from=')) {
      const value = arg === '--from' ? args[++i] : arg.slice('--from='.length);
      if (value === undefined) return '--from needs avro or bijoy';
      from = value;
    } else if (arg.startsWith('-')) return `unknown option '${arg}'`;
    else if (file === null) file = arg;
    else return `only one input file, got '${file}' and '${arg}'`;
  }
  if (from === null) return 'say what the file is written in: --from avro or --from bijoy';
  if (!isSource(from)) return `--from must be avro or bijoy, not '${from}'`;
  if (file === null) return 'no input file';
  return { from, file };
}

function readText(path: string, io: CliIo): Result<string> {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return fail('not-found', `"${path}" ফাইলটি পাওয়া যায়নি।`, `File not found: "${path}".`);
    return fail('io', `"${path}" ফাইলটি পড়া যায়নি।`, `Could not read "${path}".`, (err as Error).message);
  }
  const decoded = decodeUtf8Text(bytes);
  if (decoded.ok) return ok(decoded.text);
  if (decoded.problem === 'binary') return fail('invalid-argument', `"${path}" টেক্সট ফাইল নয়, এটি বাইনারি ফাইল।`, `"${path}" is not a text file (it is binary).`);
  // Bijoy files are often saved as "ANSI" (Windows-1252); guessing the code page would silently
  // turn a wrong guess into wrong Bengali, so the user is asked to save the file as UTF-8.
  return fail(
    'invalid-argument',
    `"${path}" ফাইলটি UTF-8 নয়। ফাইলটি UTF-8 হিসেবে সংরক্ষণ করে আবার চেষ্টা করুন।`,
    `"${path}" is not UTF-8 text. Save it as UTF-8 and try again.`,
  );
}

function report(io: CliIo, error: AppError): number {
  io.stderr(`newsroom convert: ${error.message.bn}\nnewsroom convert: ${error.message.en}\n${error.detail ? `  ${error.detail}\n` : ''}`);
  return 2;
}

/** `newsroom convert --from avro|bijoy FILE`: the file's text as Unicode Bengali (NFC) on stdout. */
export const convert: CliVerb = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`newsroom convert: ${parsed}\n${USAGE}`);
    return 2;
  }
  const text = readText(parsed.file, io);
  if (!text.ok) return report(io, text.error);
  io.stdout(CONVERTERS[parsed.from](text.value.replace(/^\uFEFF/, '')));
  return 0;
};
