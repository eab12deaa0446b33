/**
 * `newsroom export FILE -o OUT.html`: the web desk's HTML, with what was left out on stderr. The
 * output is written atomically and never over the input. An article with no text is refused (there
 * is nothing to publish); one with text but no headline is exported, and the user told.
 */
import { normalizeText } from '../bengali/normalize';
import { bengaliDigits } from '../bengali/digits';
import { checkerInput } from '../document/checker-input';
import { DROP_MESSAGES, exportHtml, sortDropped } from '../document/export-html';
import { acceptAll, countSuggestions, rejectAll } from '../document/suggestions';
import { loadInput } from './article';
import { stringValue } from './options';
import { readStyle, STYLE_OPTION } from './read';
import { reportError, say } from './report';
import type { Verb } from './verb';

export const exportVerb: Verb = {
  name: 'export',
  summary: { bn: 'ওয়েবের জন্য HTML লেখে', en: 'writes the HTML for the website' },
  files: { name: 'FILE' },
  options: [
    { name: '--output', alias: '-o', value: 'OUT.html', required: true },
    { name: '--full-page' },
    STYLE_OPTION,
    { name: '--accept-all' },
    { name: '--reject-all' },
  ],
  run(args, io) {
    const inputPath = args.files[0]!;
    const output = stringValue(args, 'output')!;
    if (io.sameFile(inputPath, output)) {
      return reportError(io, 'export', {
        code: 'invalid-argument',
        message: {
          bn: `"${output}" তো মূল ফাইলটিই: তার ওপরে লেখা হবে না। অন্য একটি নাম দিন।`,
          en: `"${output}" is the input file itself: it will not be written over. Give another name.`,
        },
      });
    }
    const style = readStyle(io, stringValue(args, 'style'));
    if (!style.ok) return reportError(io, 'export', style.error);
    const input = loadInput(inputPath, io);
    if (!input.ok) return reportError(io, 'export', input.error);
    // Suggestions are settled before export: the user says which way, or nothing is written.
    const acceptSuggestions = args.values['accept-all'] === true;
    const rejectSuggestions = args.values['reject-all'] === true;
    const pending = countSuggestions(input.value.doc);
    if (acceptSuggestions && rejectSuggestions) {
      return reportError(io, 'export', {
        code: 'invalid-argument',
        message: { bn: '--accept-all আর --reject-all একসঙ্গে দেওয়া যায় না।', en: '--accept-all and --reject-all cannot be given together.' },
      });
    }
    if (pending > 0 && !acceptSuggestions && !rejectSuggestions) {
      return reportError(io, 'export', {
        code: 'invalid-argument',
        message: {
          bn: `"${inputPath}" খসড়ায় ${bengaliDigits(pending)}টি প্রস্তাব মীমাংসার অপেক্ষায়। সব মেনে নিতে --accept-all, সব বাদ দিতে --reject-all দিন।`,
          en: `"${inputPath}" has ${pending} pending suggestions. Give --accept-all to accept them all or --reject-all to reject them all.`,
        },
      });
    }
    const doc = pending === 0 ? input.value.doc : acceptSuggestions ? acceptAll(input.value.doc) : rejectAll(input.value.doc);
    const blocks = checkerInput(doc);
    if (blocks.length === 0) {
      return reportError(io, 'export', {
        code: 'invalid-argument',
        message: {
          bn: `"${inputPath}" ফাইলে কোনো লেখা নেই, তাই রপ্তানি করার কিছু নেই।`,
          en: `"${inputPath}" has no text, so there is nothing to export.`,
        },
      });
    }
    const { html, dropped } = exportHtml(doc, {
      fullPage: args.values['full-page'] === true,
      normalize: (text) => normalizeText(text, style.value),
      digits: style.value.digits,
    });
    try {
      io.writeFile(output, html);
    } catch (err) {
      return reportError(io, 'export', {
        code: 'io',
        message: { bn: `"${output}" ফাইলে লেখা যায়নি।`, en: `Could not write "${output}".` },
        detail: (err as Error).message,
      });
    }
    if (!blocks[0]!.headline) {
      say(io, 'export', { bn: 'লেখাটির কোনো শিরোনাম নেই; HTML-এ <h1> থাকবে না।', en: 'The article has no headline; the HTML has no <h1>.' });
    }
    for (const code of sortDropped(new Set([...input.value.dropped, ...dropped]))) {
      const message = DROP_MESSAGES[code];
      io.stderr(`newsroom export: ${message.bn} — ${message.en} [${code}]\n`);
    }
    return 0;
  },
};
