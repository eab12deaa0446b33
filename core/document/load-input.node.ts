import { extname } from 'node:path';
import { fail, ok, type Result } from '../api/result';
import type { CliIo } from '../cli/io';
import type { DocJSON } from './schema';
import { parseDraft } from './draft-file';
import { checkLink, sortDropped, type DropCode } from './export-html';
import { htmlToDoc } from './import-html';
import { textToDoc } from './plain-text';
import { decodeUtf8Text } from './decode-text';

export type InputKind = 'txt' | 'html' | 'json';

export interface LoadedInput {
  kind: InputKind;
  /** The file as decoded text. */
  text: string;
  doc: DocJSON;
  /** What was left out on the way in (unsafe links, scripts…), for the user to be told. */
  dropped: DropCode[];
}

const KINDS: Record<string, InputKind> = { '.txt': 'txt', '.text': 'txt', '.html': 'html', '.htm': 'html', '.json': 'json' };

/** A `.txt`, `.html` or draft `.json` file as an article, or an error the user can act on. */
export function loadInput(path: string, io: Pick<CliIo, 'readFile'>): Result<LoadedInput> {
  const kind = KINDS[extname(path).toLowerCase()];
  if (!kind) {
    return fail(
      'invalid-argument',
      `"${path}" ফাইলটি খোলা যাচ্ছে না: শুধু .txt, .html আর খসড়ার .json ফাইল খোলা যায়।`,
      `Cannot open "${path}": only .txt, .html and draft .json files can be opened.`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('not-found', `"${path}" ফাইলটি পাওয়া যায়নি।`, `File not found: "${path}".`);
    return fail('io', `"${path}" ফাইলটি পড়া যায়নি।`, `Could not read "${path}".`, (err as Error).message);
  }
  const text = decode(path, bytes);
  if (!text.ok) return text;
  if (kind === 'txt') return ok({ kind, text: text.value, doc: textToDoc(text.value), dropped: [] });
  if (kind === 'html') {
    const { doc, dropped } = htmlToDoc(text.value);
    return ok({ kind, text: text.value, doc, dropped });
  }
  return loadDraft(path, text.value);
}

function decode(path: string, bytes: Uint8Array): Result<string> {
  const decoded = decodeUtf8Text(bytes);
  if (decoded.ok) return ok(decoded.text);
  if (decoded.problem === 'binary') {
    return fail('invalid-argument', `"${path}" টেক্সট ফাইল নয়, এটি বাইনারি ফাইল।`, `"${path}" is not a text file (it is binary).`);
  }
  return fail(
    'invalid-argument',
    `"${path}" ফাইলটি ইউনিকোড (UTF-8) নয়। ফাইলটি UTF-8 হিসেবে সংরক্ষণ করে আবার চেষ্টা করুন; বিজয়ে লেখা হলে আগে রূপান্তর করে নিন।`,
    `"${path}" is not UTF-8 text. Save it as UTF-8 and try again; if it was typed in Bijoy, convert it first.`,
  );
}

function loadDraft(path: string, text: string): Result<LoadedInput> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return fail('corrupt', `"${path}" ফাইলটি ঠিকঠাক JSON নয়।`, `"${path}" is not valid JSON.`, (err as Error).message);
  }
  const dropped = new Set<DropCode>();
  if (typeof value === 'object' && value !== null && 'doc' in value) (value as { doc: unknown }).doc = withoutBadLinks((value as { doc: unknown }).doc, dropped);
  const parsed = parseDraft(value);
  if (!parsed.ok) {
    return fail('corrupt', `"${path}" খসড়া ফাইল হিসেবে ঠিক নেই।`, `"${path}" is not a valid draft file.`, parsed.reason);
  }
  return ok({ kind: 'json', text, doc: parsed.draft.doc, dropped: sortDropped(dropped) });
}

/**
 * A draft written by another tool may carry a link the schema refuses (`javascript:`); the link goes,
 * its text stays and the user is told, rather than the whole draft being refused.
 */
function withoutBadLinks(node: unknown, dropped: Set<DropCode>): unknown {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return node;
  const json = node as DocJSON;
  const out: DocJSON = { ...json };
  if (Array.isArray(json.content)) out.content = json.content.map((child) => withoutBadLinks(child, dropped) as DocJSON);
  if (Array.isArray(json.marks)) {
    out.marks = json.marks.flatMap((mark) => {
      if (mark?.type !== 'link') return [mark];
      const link = checkLink(mark.attrs?.href);
      if ('drop' in link) {
        dropped.add(link.drop);
        return [];
      }
      return [mark];
    });
  }
  return out;
}
