import { z } from 'zod';
import { schema, type DocJSON } from './schema';
import { bengaliDigits } from '../bengali/digits';
import { DRAFT_FORMAT, DRAFT_ID_PATTERN, DRAFT_STATUSES, migrateDraft, type Draft } from './draft';

/*
 * Validation of draft files, apart from the draft types so the renderer's bundle does not carry zod:
 * only the main process and the command line read drafts from disk or from the bridge.
 */

const docJSONSchema: z.ZodType<DocJSON> = z.lazy(() =>
  z.object({
    type: z.string(),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(docJSONSchema).optional(),
    marks: z.array(z.object({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional() })).optional(),
    text: z.string().optional(),
  }),
);

const commentReplySchema = z.object({ id: z.string(), author: z.string(), color: z.string(), time: z.string(), text: z.string() });
const commentThreadSchema = commentReplySchema.extend({ resolved: z.boolean(), replies: z.array(commentReplySchema) });

const draftSchema = z.object({
  format: z.literal(DRAFT_FORMAT),
  id: z.string().regex(DRAFT_ID_PATTERN),
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
    author: z.string().optional(),
  }),
  doc: docJSONSchema,
  review: z.object({
    ignored: z.array(z.object({ rule: z.string(), key: z.string() })),
    comments: z.array(commentThreadSchema).default([]),
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
 * stays far below where the recursive validation below (zod, ProseMirror) runs out of stack (lists
 * some five hundred deep).
 */
export const MAX_DRAFT_NESTING = 256;
/**
 * How many values (objects, arrays, strings, numbers) a draft may hold, counted as a tree: a long
 * article holds a few hundred thousand. A value arriving over IPC may share one object from many
 * places; counted as a tree, a small message that would unfold into an enormous one is refused here.
 */
export const MAX_DRAFT_VALUES = 5_000_000;

const MALFORMED = { bn: 'খসড়ার গঠন সঠিক নয়।', en: 'The draft is not well-formed.' };

function refused(reason: string, message: { bn: string; en: string } = MALFORMED): DraftParse {
  return { ok: false, reason, message };
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Whether a value is too deep, too large or not plain JSON data, walked with a stack of its own so
 * that no nesting, cycle or shared object can overflow the call stack or run without end.
 */
function sizeProblem(value: unknown): DraftParse | null {
  const pending: [unknown, number][] = [[value, 1]];
  let values = 1;
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > MAX_DRAFT_NESTING) {
      return refused(`nested more than ${MAX_DRAFT_NESTING} levels deep`, {
        bn: `খসড়াটির তালিকা বা অংশ ${bengaliDigits(MAX_DRAFT_NESTING)} স্তরের বেশি গভীরে গাঁথা; এমন খসড়া খোলা বা রাখা যায় না।`,
        en: `The draft nests lists or parts more than ${MAX_DRAFT_NESTING} levels deep; it cannot be opened or saved.`,
      });
    }
    const children = Array.isArray(current) ? current : isPlainObject(current) ? Object.values(current) : null;
    if (children === null) return refused(`holds a ${current.constructor?.name ?? 'value'} that is not JSON data`);
    // Counted before they are pushed: an array's length alone may be absurd.
    values += children.length;
    if (values > MAX_DRAFT_VALUES) {
      return refused(`more than ${MAX_DRAFT_VALUES} values`, {
        bn: 'খসড়াটি খুব বড়; এত বড় খসড়া খোলা বা রাখা যায় না।',
        en: 'The draft is too large to open or save.',
      });
    }
    for (const child of children) pending.push([child, depth + 1]);
  }
  return null;
}

/**
 * Validates a parsed draft file: its size, the JSON shape, and that the document is valid in our
 * schema (ProseMirror's `check()`), so nothing that cannot be edited is ever opened as a draft.
 * Whatever the value, the answer is a DraftParse: nothing here throws.
 */
export function parseDraft(value: unknown): DraftParse {
  const problem = sizeProblem(value);
  if (problem) return problem;
  const format = (value as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && Number.isInteger(format) && format > DRAFT_FORMAT) {
    return { ok: false, reason: `format ${format} is newer than ${DRAFT_FORMAT}`, message: NEWER_FORMAT_MESSAGE, newer: true };
  }
  const shape = draftSchema.safeParse(format === 1 ? migrateDraft(value as Record<string, unknown>) : value);
  if (!shape.success) return refused(shape.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  try {
    schema.nodeFromJSON(shape.data.doc).check();
  } catch (err) {
    return refused(`doc: ${(err as Error).message}`);
  }
  return { ok: true, draft: shape.data as Draft };
}
