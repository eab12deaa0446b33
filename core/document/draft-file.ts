import * as z from 'zod/mini';
import { schema, type DocJSON } from './schema';
import { bengaliDigits } from '../bengali/digits';
import { describeIssues } from '../bengali/schema-issues';
import { DRAFT_FORMAT, DRAFT_ID_PATTERN, DRAFT_STATUSES, migrateDraft, type Draft } from './draft';
import { checkJsonLimits, type JsonLimits } from './json-limits';

/*
 * Validation of draft files, apart from the draft types so the renderer's bundle does not carry zod:
 * only the main process and the command line read drafts from disk or from the bridge. zod/mini, not
 * full zod: full zod was some 450 KB of the `newsroom` bundle, read and compiled at every start.
 */

// The document is checked by `docJSONOf` below, not by zod: a recursive zod schema took most of the
// time a 20,000-paragraph draft took to open.
const docJSONSchema = z.unknown();

const commentReplySchema = z.object({ id: z.string(), author: z.string(), color: z.string(), time: z.string(), text: z.string() });
const commentThreadSchema = z.extend(commentReplySchema, { resolved: z.boolean(), replies: z.array(commentReplySchema) });

const draftSchema = z.object({
  format: z.literal(DRAFT_FORMAT),
  id: z.string().check(z.regex(DRAFT_ID_PATTERN)),
  meta: z.object({
    headline: z.string(),
    slug: z.string(),
    byline: z.string(),
    section: z.string(),
    tags: z.array(z.string()),
    status: z.enum(DRAFT_STATUSES),
    createdAt: z.string(),
    updatedAt: z.string(),
    houseStyle: z.string(),
    author: z.optional(z.string()),
  }),
  doc: docJSONSchema,
  review: z.object({
    ignored: z.array(z.object({ rule: z.string(), key: z.string() })),
    comments: z._default(z.array(commentThreadSchema), []),
  }),
});

export type DraftParse =
  | { ok: true; draft: Draft }
  | { ok: false; reason: string; message: { bn: string; en: string } /** Written by a newer app: keep the file as it is. */; newer?: true };

/** A draft from a newer app is refused, never set aside as damaged nor overwritten. */
export const NEWER_FORMAT_MESSAGE = {
  bn: 'এই খসড়াটি অ্যাপের নতুন সংস্করণে লেখা; খুলতে অ্যাপটি হালনাগাদ করুন',
  en: 'This draft was written by a newer version of the app; update the app to open it',
};

/**
 * How deep a draft may nest, counting every object and array. A list in a list is four levels (list,
 * its content, item, its content), so this allows lists some sixty deep, far beyond any article, and
 * stays far below where the recursive validation below (ProseMirror) runs out of stack (lists some
 * five hundred deep).
 */
export const MAX_DRAFT_NESTING = 256;
/**
 * How many values (objects, arrays, strings, numbers) a draft may hold, counted as a tree: a long
 * article holds a few hundred thousand. A value arriving over IPC may share one object from many
 * places; counted as a tree, a small message that would unfold into an enormous one is refused here.
 */
export const MAX_DRAFT_VALUES = 5_000_000;
/**
 * How many characters a draft may hold in all, counted as a tree: some 1.5 million words, a hundred
 * times a long article, and a file of at most 30 MB in UTF-8, which `newsroom` still reads.
 */
export const MAX_DRAFT_CHARS = 10_000_000;
/** The longest run of text in one style (one text node): a few hundred thousand words. */
export const MAX_TEXT_CHARS = 2_000_000;
/** The longest headline, slug, byline, section, tag, date, house-style name or ignored finding's key. */
export const MAX_META_CHARS = 5_000;

const DRAFT_LIMITS: JsonLimits = { depth: MAX_DRAFT_NESTING, values: MAX_DRAFT_VALUES, chars: MAX_DRAFT_CHARS };

const MALFORMED = { bn: 'খসড়ার গঠন সঠিক নয়।', en: 'The draft is not well-formed.' };

function refused(reason: string, message: { bn: string; en: string } = MALFORMED): DraftParse {
  return { ok: false, reason, message };
}

/** Too deep, too large or not plain JSON data: checked before anything recursive reads the value. */
function limitProblem(value: unknown): DraftParse | null {
  const check = checkJsonLimits(value, DRAFT_LIMITS);
  switch (check.kind) {
    case 'ok':
      return null;
    case 'depth':
      return refused(`nested more than ${MAX_DRAFT_NESTING} levels deep`, {
        bn: `খসড়াটির তালিকা বা অংশ ${bengaliDigits(MAX_DRAFT_NESTING)} স্তরের বেশি গভীরে গাঁথা; এমন খসড়া খোলা বা রাখা যায় না।`,
        en: `The draft nests lists or parts more than ${MAX_DRAFT_NESTING} levels deep; it cannot be opened or saved.`,
      });
    case 'size':
      return refused(`more than ${MAX_DRAFT_VALUES} values or ${MAX_DRAFT_CHARS} characters`, {
        bn: `খসড়াটি খুব বড় (${bengaliDigits(MAX_DRAFT_CHARS)} অক্ষরের বেশি); এত বড় খসড়া খোলা বা রাখা যায় না।`,
        en: `The draft is too large to open or save (more than ${englishCount(MAX_DRAFT_CHARS)} characters).`,
      });
    case 'not-json':
      return refused(`holds a ${check.what} that is not JSON data`);
  }
}

const META_NAMES: Record<string, { bn: string; en: string }> = {
  headline: { bn: 'শিরোনাম', en: 'headline' },
  byline: { bn: 'বাইলাইন', en: 'byline' },
  slug: { bn: 'স্লাগ', en: 'slug' },
  section: { bn: 'বিভাগ', en: 'section' },
  tags: { bn: 'ট্যাগ', en: 'tag' },
};

/** A headline, tag or other short field longer than MAX_META_CHARS. */
function longMetaProblem({ meta, review }: { meta: object; review: { ignored: { rule: string; key: string }[] } }): DraftParse | null {
  const fields = Object.entries(meta).map(([field, value]): [string, unknown[]] => [field, Array.isArray(value) ? value : [value]]);
  fields.push(['review', review.ignored.flatMap((ignored) => [ignored.rule, ignored.key])]);
  for (const [field, texts] of fields) {
    if (!texts.some((text) => typeof text === 'string' && text.length > MAX_META_CHARS)) continue;
    const name = META_NAMES[field] ?? { bn: `তথ্যের একটি ঘর (${field})`, en: `${field} field` };
    return refused(`${field}: longer than ${MAX_META_CHARS} characters`, {
      bn: `খসড়ার ${name.bn} ${bengaliDigits(MAX_META_CHARS)} অক্ষরের চেয়ে লম্বা; ছোট করে আবার রাখুন।`,
      en: `The draft's ${name.en} is longer than ${englishCount(MAX_META_CHARS)} characters; shorten it and save again.`,
    });
  }
  return null;
}

/** Where and how a document breaks the shape of ProseMirror's JSON, with the words the user reads. */
class DocProblem extends Error {
  constructor(
    readonly path: readonly (string | number)[],
    readonly problem: string,
    readonly words = MALFORMED,
  ) {
    super(`${path.join('.')}: ${problem}`);
  }
}

/**
 * A count as English writes it (2,000,000), by hand: `toLocaleString` loads ICU's locale data at its
 * first call, and TEXT_TOO_LONG is worded as this module loads, at every start of the command.
 */
function englishCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const TEXT_TOO_LONG = {
  bn: `খসড়ার এক টানা লেখা ${bengaliDigits(MAX_TEXT_CHARS)} অক্ষরের বেশি; এত বড় খসড়া খোলা বা রাখা যায় না।`,
  en: `One run of text in the draft is longer than ${englishCount(MAX_TEXT_CHARS)} characters; it cannot be opened or saved.`,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isNodeField = (key: string) => key === 'type' || key === 'content' || key === 'text' || key === 'marks' || key === 'attrs';
const isMarkField = (key: string) => key === 'type' || key === 'attrs';

function onlyFields(value: Record<string, unknown>, isField: (key: string) => boolean): boolean {
  for (const key in value) if (!isField(key)) return false;
  return true;
}

/**
 * Checks that a value has the shape of ProseMirror's JSON for a node; true when every node and mark in
 * it holds only the fields they have. Recursive: `limitProblem` has bounded the depth first.
 */
function checkDocJSON(value: unknown, path: (string | number)[]): boolean {
  if (!isRecord(value)) throw new DocProblem(path, 'expected an object');
  if (typeof value.type !== 'string') throw new DocProblem([...path, 'type'], 'expected a string');
  let clean = onlyFields(value, isNodeField);
  if (value.attrs !== undefined && !isRecord(value.attrs)) throw new DocProblem([...path, 'attrs'], 'expected an object');
  const { content, marks, text } = value;
  if (content !== undefined) {
    if (!Array.isArray(content)) throw new DocProblem([...path, 'content'], 'expected an array');
    path.push('content', 0);
    for (let i = 0; i < content.length; i++) {
      path[path.length - 1] = i;
      if (!checkDocJSON(content[i], path)) clean = false;
    }
    path.length -= 2;
  }
  if (marks !== undefined) {
    if (!Array.isArray(marks)) throw new DocProblem([...path, 'marks'], 'expected an array');
    marks.forEach((mark: unknown, i) => {
      if (!isRecord(mark) || typeof mark.type !== 'string') throw new DocProblem([...path, 'marks', i, 'type'], 'expected a string');
      if (mark.attrs !== undefined && !isRecord(mark.attrs)) throw new DocProblem([...path, 'marks', i, 'attrs'], 'expected an object');
      if (!onlyFields(mark, isMarkField)) clean = false;
    });
  }
  if (text !== undefined) {
    if (typeof text !== 'string') throw new DocProblem([...path, 'text'], 'expected a string');
    if (text.length > MAX_TEXT_CHARS) throw new DocProblem([...path, 'text'], `longer than ${MAX_TEXT_CHARS} characters`, TEXT_TOO_LONG);
  }
  return clean;
}

/** A checked node copied with only the fields a node has: what else a file or a message carries stays behind. */
function nodeFieldsOnly(node: DocJSON): DocJSON {
  const out: DocJSON = { type: node.type };
  if (node.attrs !== undefined) out.attrs = node.attrs;
  if (node.content !== undefined) out.content = node.content.map(nodeFieldsOnly);
  if (node.marks !== undefined)
    out.marks = node.marks.map((m) => (m.attrs === undefined ? { type: m.type } : { type: m.type, attrs: m.attrs }));
  if (node.text !== undefined) out.text = node.text;
  return out;
}

/**
 * The document of a draft as ProseMirror's JSON. It is taken as it is when it holds nothing else (the
 * usual case, and copying 20,000 paragraphs was a good part of opening them), else copied without the rest.
 */
function docJSONOf(value: unknown): DocJSON {
  return checkDocJSON(value, ['doc']) ? (value as DocJSON) : nodeFieldsOnly(value as DocJSON);
}

/**
 * Validates a parsed draft file: its size, the JSON shape, and that the document is valid in our
 * schema (ProseMirror's `check()`), so nothing that cannot be edited is ever opened as a draft.
 * Whatever the value, the answer is a DraftParse: nothing here throws.
 */
export function parseDraft(value: unknown): DraftParse {
  const problem = limitProblem(value);
  if (problem) return problem;
  const format = (value as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && Number.isInteger(format) && format > DRAFT_FORMAT) {
    return { ok: false, reason: `format ${format} is newer than ${DRAFT_FORMAT}`, message: NEWER_FORMAT_MESSAGE, newer: true };
  }
  const shape = draftSchema.safeParse(format === 1 || format === 2 ? migrateDraft(value as Record<string, unknown>) : value);
  if (!shape.success) {
    const issues = describeIssues(shape.error.issues);
    return refused(issues.detail ?? issues.en);
  }
  const long = longMetaProblem(shape.data);
  if (long) return long;
  let doc: DocJSON;
  try {
    doc = docJSONOf(shape.data.doc);
    schema.nodeFromJSON(doc).check();
  } catch (err) {
    if (err instanceof DocProblem) return refused(err.message, err.words);
    return refused(`doc: ${(err as Error).message}`);
  }
  return { ok: true, draft: { ...shape.data, doc } as Draft };
}
