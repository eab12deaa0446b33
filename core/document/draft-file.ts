import { z } from 'zod';
import { schema, type DocJSON } from './schema';
import { DRAFT_FORMAT, DRAFT_ID_PATTERN, DRAFT_STATUSES, type Draft } from './draft';

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
  }),
  doc: docJSONSchema,
  review: z.object({ ignored: z.array(z.object({ rule: z.string(), key: z.string() })) }),
});

export type DraftParse = { ok: true; draft: Draft } | { ok: false; reason: string };

/**
 * Validates a parsed draft file: the JSON shape, and that the document is valid in our schema
 * (ProseMirror's `check()`), so nothing that cannot be edited is ever opened as a draft.
 */
export function parseDraft(value: unknown): DraftParse {
  const shape = draftSchema.safeParse(value);
  if (!shape.success) return { ok: false, reason: shape.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  try {
    schema.nodeFromJSON(shape.data.doc).check();
  } catch (err) {
    return { ok: false, reason: `doc: ${(err as Error).message}` };
  }
  return { ok: true, draft: shape.data as Draft };
}
