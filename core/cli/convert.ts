/** `newsroom convert --from avro|bijoy FILE`: the file's text as Unicode Bengali (NFC) on stdout. */
import { avroToBengali } from '../input/avro';
import { bijoyToUnicode } from '../input/bijoy';
import { stringValue } from './options';
import { readText } from './read';
import { reportError } from './report';
import type { Verb } from './verb';

const CONVERTERS = { avro: avroToBengali, bijoy: bijoyToUnicode } as const;

export const convert: Verb = {
  name: 'convert',
  summary: { bn: 'অভ্র-রোমান বা বিজয়ে লেখা ইউনিকোডে আনে', en: 'turns Avro romanised or Bijoy text into Unicode' },
  files: { name: 'FILE' },
  options: [{ name: '--from', choices: ['avro', 'bijoy'], required: true }],
  run(args, io) {
    // Bijoy files are often saved as "ANSI" (Windows-1252); guessing the code page would silently turn
    // a wrong guess into wrong Bengali, so the reader asks for the file as UTF-8 instead.
    const text = readText(io, args.files[0]!);
    if (!text.ok) return reportError(io, 'convert', text.error);
    io.stdout(CONVERTERS[stringValue(args, 'from') as keyof typeof CONVERTERS](text.value));
    return 0;
  },
};
