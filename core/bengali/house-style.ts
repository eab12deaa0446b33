/**
 * How a newsroom wants its copy: the checker flags departures from it, the normaliser and the exporter
 * write it. One schema serves the three places a house style comes from: the CLI's `--style` file, the
 * settings dialog and the main process that stores the settings.
 *
 * The schema is zod/mini so the renderer can validate with it at a few kilobytes' cost (full zod is
 * kept out of the renderer bundle; see tests/unit/layout.test.ts).
 */
import * as z from 'zod/mini';
// Result is the leaf every layer of core reports with (glossary/io.ts imports it too).
import type { Result } from '../api/result';
import { describeIssues, worded } from './schema-issues';
import { PRESET_NAMES, presetStyle } from './presets';

/** Bengali letters and the joiners Bengali spelling needs (ZWNJ, ZWJ): no spaces, no Latin. */
const BENGALI_WORD = /^[\p{Script=Bengali}\u200c\u200d]+$/u;

/** A word of a spelling pair, trimmed: edge spaces are never part of a word the checker could match. */
const houseWord = z.string().check(
  z.trim(),
  z.minLength(1),
  z.maxLength(60),
  z.refine((word) => BENGALI_WORD.test(word), worded('শুধু বাংলা অক্ষরের একটি শব্দ হতে হবে', 'must be one word in Bengali letters')),
);

export const MAX_PREFERRED_SPELLINGS = 500;

/** variant → preferred (ইতিমধ্যে → ইতোমধ্যে). */
const preferredSpellingsSchema = z.record(houseWord, houseWord).check(
  z.refine(
    (pairs) => Object.keys(pairs).length <= MAX_PREFERRED_SPELLINGS,
    worded(`${MAX_PREFERRED_SPELLINGS}-টির বেশি জোড়া হতে পারে না`, `must hold at most ${MAX_PREFERRED_SPELLINGS} pairs`),
  ),
  // Compared as the checker compares them: the two encodings of ড় ঢ় য় are one spelling.
  z.refine(
    (pairs) => Object.entries(pairs).every(([variant, preferred]) => variant.normalize('NFC') !== preferred.normalize('NFC')),
    worded('একটি শব্দ নিজেরই বিকল্প বানান হতে পারে না', 'a word cannot be its own variant'),
  ),
);

const glossPolicySchema = z.strictObject({
  /** Gloss an entity once, at its first mention (`gloss/repeated`, `gloss/late`). */
  firstMentionOnly: z.boolean(),
  /** Flag a foreign entity whose first mention has no gloss (`gloss/missing`). */
  requireGlossOnFirstMention: z.boolean(),
});

/** A whole house style, as the settings store it. Unknown fields are refused: a misspelt one would be ignored silently. */
export const houseStyleSchema = z.strictObject({
  /** `nfc`: ড় ঢ় য় as letter + nukta (what NFC yields); `nukta-precomposed`: one code point each (Avro, Hunspell bn_BD). */
  unicodeForm: z.enum(['nfc', 'nukta-precomposed']),
  /** Which digits the copy uses; `any` turns `style/digits` off. */
  digits: z.enum(['bengali', 'ascii', 'any']),
  /** Spelling pairs the house has decided: variant → preferred (ইতিমধ্যে → ইতোমধ্যে). */
  preferredSpellings: preferredSpellingsSchema,
  glossPolicy: glossPolicySchema,
  /**
   * The region whose spellings of names and common words the checker suggests (see presets.ts); the
   * other region's are accepted alone. None: the glossary's spelling is the only one, every other flagged.
   */
  preset: z.nullable(z.enum(PRESET_NAMES)),
  /** `spelling/unknown`: off, a quiet note (info), or a warning that also flags unknown words with no suggestion. */
  spellingSeverity: z.enum(['off', 'info', 'warning']),
});

export type HouseStyle = z.infer<typeof houseStyleSchema>;

/**
 * A newsroom's style file says only what differs from the style it starts from: a preset it names in
 * `extends`, or else the default. A field it gives replaces that field (a `preferredSpellings` list
 * replaces the whole list), `glossPolicy` key by key.
 */
const houseStyleFileSchema = z.strictObject({
  extends: z.optional(z.enum(PRESET_NAMES)),
  unicodeForm: z.optional(houseStyleSchema.shape.unicodeForm),
  digits: z.optional(houseStyleSchema.shape.digits),
  preferredSpellings: z.optional(preferredSpellingsSchema),
  glossPolicy: z.optional(z.partial(glossPolicySchema)),
  spellingSeverity: z.optional(houseStyleSchema.shape.spellingSeverity),
});

type HouseStyleFile = z.infer<typeof houseStyleFileSchema>;

/**
 * The style before a newsroom chooses a preset: the bundled glossary's spellings (Dhaka's) are the only
 * right ones, and Dhaka's pairs of common words are the house's.
 */
export const DEFAULT_HOUSE_STYLE: HouseStyle = {
  unicodeForm: 'nfc',
  digits: 'bengali',
  preferredSpellings: {
    ইতিমধ্যে: 'ইতোমধ্যে',
    ইতিমধ্যেই: 'ইতোমধ্যেই',
    সরকারী: 'সরকারি',
    বেসরকারী: 'বেসরকারি',
    দরকারী: 'দরকারি',
    শ্রেণী: 'শ্রেণি',
    বাড়ী: 'বাড়ি',
    গাড়ী: 'গাড়ি',
  },
  glossPolicy: { firstMentionOnly: true, requireGlossOnFirstMention: false },
  preset: null,
  spellingSeverity: 'info',
};

/** `base` with what a style file changes. */
function applyHouseStyleFile(base: HouseStyle, file: HouseStyleFile): HouseStyle {
  return {
    unicodeForm: file.unicodeForm ?? base.unicodeForm,
    digits: file.digits ?? base.digits,
    preferredSpellings: { ...(file.preferredSpellings ?? base.preferredSpellings) },
    glossPolicy: {
      firstMentionOnly: file.glossPolicy?.firstMentionOnly ?? base.glossPolicy.firstMentionOnly,
      requireGlossOnFirstMention: file.glossPolicy?.requireGlossOnFirstMention ?? base.glossPolicy.requireGlossOnFirstMention,
    },
    preset: base.preset,
    spellingSeverity: file.spellingSeverity ?? base.spellingSeverity,
  };
}

/**
 * Reads a house-style file's JSON over the preset it `extends`, or else over `base` (the default
 * style). Missing fields keep the base's; a field of the wrong type, a preset or a field the schema
 * does not know, refuses the whole file rather than being half-applied, with the field named in both
 * languages.
 */
export function parseHouseStyle(json: unknown, base: HouseStyle = DEFAULT_HOUSE_STYLE): Result<HouseStyle> {
  const parsed = houseStyleFileSchema.safeParse(json, { reportInput: true });
  if (parsed.success) {
    const from = parsed.data.extends === undefined ? base : presetStyle(parsed.data.extends);
    return { ok: true, value: applyHouseStyleFile(from, parsed.data) };
  }
  const { bn, en, detail } = describeIssues(parsed.error.issues);
  const message = { bn: `হাউস স্টাইল ঠিক নেই: ${bn}`, en: `The house style is not valid: ${en}` };
  return { ok: false, error: detail === undefined ? { code: 'invalid-argument', message } : { code: 'invalid-argument', message, detail } };
}
