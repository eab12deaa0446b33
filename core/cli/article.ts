/**
 * A `.txt`, `.html` or draft `.json` file as an article: its document, and the checker's input
 * (`core/document/checker-input.ts`), which the editor and the export pre-check build the same way.
 */
import { extname } from 'node:path';
import { bengaliDigits } from '../bengali/digits';
import { fail, ok, type Result } from '../api/result';
import { checkerInput, inputText, plainTextInput, type CheckerBlock } from '../document/checker-input';
import type { IgnoredFinding } from '../document/draft';
import { parseDraft } from '../document/draft-file';
import { checkJsonLimits } from '../document/json-limits';
import { checkLink, sortDropped, type DropCode } from '../document/export-html';
import { htmlToDoc } from '../document/import-html';
import { textToDoc } from '../document/plain-text';
import type { DocJSON } from '../document/schema';
import type { CliIo } from './io';
import { bytesToText, readBytes } from './read';

export type InputKind = 'txt' | 'html' | 'json';

export interface LoadedInput {
  kind: InputKind;
  /** The file as decoded text. */
  text: string;
  doc: DocJSON;
  /** What was left out on the way in (unsafe links, scripts…), for the user to be told. */
  dropped: DropCode[];
  /** Findings a draft's desk chose to ignore (`review.ignored`); none for other files. */
  ignored: IgnoredFinding[];
}

const KINDS: Record<string, InputKind> = { '.txt': 'txt', '.text': 'txt', '.html': 'html', '.htm': 'html', '.json': 'json' };

/**
 * Deeper than any article (lists in lists in quotes run a dozen levels); a draft nested thousands
 * deep is refused before the recursive validators see it.
 */
const MAX_DRAFT_DEPTH = 200;

function inputKind(path: string): Result<InputKind> {
  const kind = KINDS[extname(path).toLowerCase()];
  if (kind) return ok(kind);
  return fail(
    'invalid-argument',
    `"${path}" ফাইলটি খোলা যাচ্ছে না: শুধু .txt, .html আর খসড়ার .json ফাইল খোলা যায়।`,
    `Cannot open "${path}": only .txt, .html and draft .json files can be opened.`,
  );
}

/** A `.txt`, `.html` or draft `.json` file as an article, or an error the user can act on. */
export function loadInput(path: string, io: Pick<CliIo, 'readFile'>): Result<LoadedInput> {
  const read = readInput(path, io);
  return read.ok ? parseInput(path, read.value) : read;
}

/** The file's kind and text. Read before its name is judged: a missing file or a folder is told as such. */
function readInput(path: string, io: Pick<CliIo, 'readFile'>): Result<{ kind: InputKind; text: string }> {
  const bytes = readBytes(io, path);
  if (!bytes.ok) return bytes;
  const kind = inputKind(path);
  if (!kind.ok) return kind;
  const text = bytesToText(path, bytes.value);
  return text.ok ? ok({ kind: kind.value, text: text.value }) : text;
}

function parseInput(path: string, { kind, text }: { kind: InputKind; text: string }): Result<LoadedInput> {
  if (kind === 'txt') return ok({ kind, text, doc: textToDoc(text), dropped: [], ignored: [] });
  if (kind === 'html') {
    const { doc, dropped } = htmlToDoc(text);
    return ok({ kind, text, doc, dropped, ignored: [] });
  }
  return loadDraft(path, text);
}

function loadDraft(path: string, text: string): Result<LoadedInput> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return fail('corrupt', `"${path}" ফাইলটি ঠিকঠাক JSON নয়।`, `"${path}" is not valid JSON.`, (err as Error).message);
  }
  // Only the depth matters before the link filter's recursion; parseDraft applies the draft's size limits.
  if (checkJsonLimits(value, { depth: MAX_DRAFT_DEPTH, values: Infinity, chars: Infinity }).kind === 'depth') {
    return fail(
      'corrupt',
      `"${path}" খসড়া ফাইল হিসেবে ঠিক নেই: লেখার কাঠামো ${bengaliDigits(MAX_DRAFT_DEPTH)} স্তরের বেশি গভীর।`,
      `"${path}" is not a valid draft file: it nests more than ${MAX_DRAFT_DEPTH} levels deep.`,
    );
  }
  const dropped = new Set<DropCode>();
  if (typeof value === 'object' && value !== null && 'doc' in value)
    (value as { doc: unknown }).doc = withoutBadLinks((value as { doc: unknown }).doc, dropped);
  const parsed = parseDraft(value);
  if (!parsed.ok) {
    return fail('corrupt', `"${path}" খসড়া ফাইল হিসেবে ঠিক নেই।`, `"${path}" is not a valid draft file.`, parsed.reason);
  }
  return ok({ kind: 'json', text, doc: parsed.draft.doc, dropped: sortDropped(dropped), ignored: parsed.draft.review.ignored });
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

export interface ArticleText {
  /** The text the findings' offsets count in: a plain-text file as written, else the text blocks joined by a blank line. */
  text: string;
  blocks: CheckerBlock[];
  ignored: IgnoredFinding[];
}

/**
 * The article as the checker reads it. A plain-text file is checked as written, straight from its text:
 * its document (`loadInput`) would be built only to be thrown away.
 */
export function articleText(path: string, io: Pick<CliIo, 'readFile'>): Result<ArticleText> {
  const read = readInput(path, io);
  if (!read.ok) return read;
  if (read.value.kind === 'txt') return ok({ text: read.value.text, blocks: plainTextInput(read.value.text), ignored: [] });
  const loaded = parseInput(path, read.value);
  if (!loaded.ok) return loaded;
  const blocks = checkerInput(loaded.value.doc);
  return ok({ text: inputText(blocks), blocks, ignored: loaded.value.ignored });
}
