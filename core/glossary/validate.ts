/**
 * The one check of a glossary entry, wherever it comes from: the bridge (add and edit in the glossary
 * manager), a CSV or JSON import, the newsroom's shared file. Names are names: letters of their
 * script, spaces, joiners and the punctuation names carry (ডা., O'Brien, জি-২০, AT&T); whatever else
 * arrives (markup, control characters, a whole article, a spreadsheet formula) stops here.
 */
import { hasBengali } from '../bengali/fold';
import type { EntityType, GlossaryEntry } from './types';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'org', 'other'];
/** The longest spelling or name, in UTF-16 code units. */
export const NAME_MAX = 150;
/** The most variants, or aliases, one entry holds. */
export const SPELLINGS_MAX = 50;
export const NOTE_MAX = 500;

export const BENGALI_NAME = /^(?=\p{L})[\p{Script=Bengali}\u200c\u200d .'’-]+$/u;
export const LATIN_NAME = /^(?=[\p{Script=Latin}0-9])(?=.*\p{Script=Latin})[\p{Script=Latin}\u0300-\u036f0-9 .,'’&()-]+$/u;
export const ANY_NAME = /^(?=\p{L})[\p{Script=Bengali}\p{Script=Latin}\u0300-\u036f\u200c\u200d0-9 .,'’&()-]+$/u;

const FIELDS = new Set(['bn', 'variants', 'en', 'type', 'aliases', 'note', 'foreign']);

export interface EntryMessage {
  bn: string;
  en: string;
}

/**
 * `import`: everything the bridge checks, for whatever comes from outside. `stored`: the shape only, for
 * the user's own glossary file as this app wrote it: an entry taken by an earlier version under looser
 * rules (an English name with "!" in it) must not get the whole file set aside as damaged, and a field
 * a later version adds is left alone.
 */
export type EntryRules = 'import' | 'stored';

export type EntryCheck = { ok: true; entry: GlossaryEntry } | { ok: false; problems: EntryMessage[] };

/** A value as a message quotes it: short, on one line. */
function shown(value: string): string {
  const line = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

const BENGALI: EntryMessage = { bn: 'বাংলা বানান নয়', en: 'is not a Bengali spelling' };
const ENGLISH: EntryMessage = { bn: 'লাতিন হরফে লেখা ইংরেজি নাম নয়', en: 'is not an English name in Latin letters' };
const ANY: EntryMessage = { bn: 'নাম নয়', en: 'is not a name' };

/** A text field, trimmed; undefined when absent, and when not text (the problem told). */
function textField(r: Record<string, unknown>, field: string, problems: EntryMessage[]): string | undefined {
  const v = r[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v.trim();
  problems.push({ bn: `"${field}" টেক্সট হতে হবে`, en: `"${field}" must be text` });
  return undefined;
}

/** A name under the import rules: a problem told when it is too long or not of its script. */
function nameField(value: string, pattern: RegExp, what: EntryMessage, problems: EntryMessage[]): void {
  if (value.length > NAME_MAX) {
    problems.push({
      bn: `"${shown(value)}" ${NAME_MAX}টি অক্ষরের চেয়ে লম্বা`,
      en: `"${shown(value)}" is longer than ${NAME_MAX} characters`,
    });
  } else if (!pattern.test(value)) problems.push({ bn: `"${shown(value)}" ${what.bn}`, en: `"${shown(value)}" ${what.en}` });
}

/** A list of spellings, trimmed, empty items dropped; a list already in that form (a file this app wrote) is the list itself. */
function listField(
  r: Record<string, unknown>,
  field: string,
  strict: boolean,
  pattern: RegExp,
  what: EntryMessage,
  problems: EntryMessage[],
): string[] {
  const v = r[field];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    problems.push({ bn: `"${field}" বানানের তালিকা হতে হবে`, en: `"${field}" must be a list of spellings` });
    return [];
  }
  let clean = true;
  for (let i = 0; i < v.length; i++) {
    const s: unknown = v[i];
    if (typeof s !== 'string') {
      problems.push({ bn: `"${field}" বানানের তালিকা হতে হবে`, en: `"${field}" must be a list of spellings` });
      return [];
    }
    if (clean && (s === '' || s.trim() !== s)) clean = false;
  }
  const items = clean ? (v as string[]) : (v as string[]).map((s) => s.trim()).filter((s) => s !== '');
  if (!strict) return items;
  if (items.length > SPELLINGS_MAX) {
    problems.push({ bn: `"${field}"-এ ${SPELLINGS_MAX}টির বেশি বানান`, en: `"${field}" holds more than ${SPELLINGS_MAX} spellings` });
    return [];
  }
  for (const item of items) nameField(item, pattern, what, problems);
  return items;
}

/** The fields of an entry in the order the check builds them, which is the order a file this app wrote has. */
const FIELD_ORDER = ['bn', 'variants', 'en', 'type', 'aliases', 'note', 'foreign'];

/**
 * Whether `raw` already is the entry the check builds from these values: the fields it builds (bn,
 * variants, en, type, then aliases, note and foreign when they hold something) and no other, in its
 * order, with the same values. Asked before building, since nearly every entry is (a file this app wrote).
 */
function isBuilt(
  raw: Record<string, unknown>,
  bn: string,
  variants: string[],
  en: string,
  type: string,
  aliases: string[],
  note: string | undefined,
): boolean {
  let at = 0;
  let fields = 0;
  for (const key in raw) {
    while (at < FIELD_ORDER.length && FIELD_ORDER[at] !== key) at++;
    if (at === FIELD_ORDER.length) return false;
    fields++;
  }
  // Every field built is in `raw` with its value, and `raw` has as many fields: it has no other.
  return (
    raw.bn === bn &&
    raw.variants === variants &&
    raw.en === en &&
    raw.type === type &&
    (aliases.length === 0 || raw.aliases === aliases) &&
    (!note || raw.note === note) &&
    fields === 4 + Number(aliases.length > 0) + Number(Boolean(note)) + Number(typeof raw.foreign === 'boolean')
  );
}

/**
 * Checks one entry as it arrives (lists as arrays of strings; a CSV row is split into lists first).
 * Text is trimmed, empty list items dropped; every problem is reported, each in both languages.
 * What arrives is the caller's to give away (parsed from a file, or sent over the bridge): an entry
 * already in its checked form (a file this app wrote) is `raw` itself, and a list already clean is
 * kept, not copied, since a 10,000-entry file is checked at every start.
 */
export function checkGlossaryEntry(raw: unknown, rules: EntryRules = 'import'): EntryCheck {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ bn: 'প্রতিটি ভুক্তি একটি অবজেক্ট হতে হবে', en: 'each entry must be an object' }] };
  }
  const strict = rules === 'import';
  const r = raw as Record<string, unknown>;
  const problems: EntryMessage[] = [];
  if (strict) {
    for (const key of Object.keys(r))
      if (!FIELDS.has(key)) problems.push({ bn: `অজানা ঘর "${shown(key)}"`, en: `unknown field "${shown(key)}"` });
  }
  const bn = textField(r, 'bn', problems);
  const en = textField(r, 'en', problems);
  const type = textField(r, 'type', problems);
  if (!bn) problems.push({ bn: 'বাংলা বানান (bn) নেই', en: 'the Bengali spelling (bn) is missing' });
  else if (!hasBengali(bn)) problems.push({ bn: `"${shown(bn)}" ${BENGALI.bn}`, en: `"${shown(bn)}" ${BENGALI.en}` });
  else if (strict) nameField(bn, BENGALI_NAME, BENGALI, problems);
  if (!en) problems.push({ bn: 'ইংরেজি নাম (en) নেই', en: 'the English name (en) is missing' });
  else if (strict) nameField(en, LATIN_NAME, ENGLISH, problems);
  if (!type || !ENTITY_TYPES.includes(type as EntityType)) {
    problems.push({
      bn: `ধরন (type) হবে ${ENTITY_TYPES.join(', ')}-এর একটি`,
      en: `type must be one of ${ENTITY_TYPES.join(', ')}${type ? `, not "${shown(type)}"` : ''}`,
    });
  }
  const variants = listField(r, 'variants', strict, BENGALI_NAME, BENGALI, problems);
  const aliases = listField(r, 'aliases', strict, ANY_NAME, ANY, problems);
  const note = textField(r, 'note', problems);
  if (strict && note && note.length > NOTE_MAX)
    problems.push({ bn: `টীকা (note) ${NOTE_MAX}টি অক্ষরের চেয়ে লম্বা`, en: `the note is longer than ${NOTE_MAX} characters` });
  const foreign = r.foreign;
  if (foreign !== undefined && typeof foreign !== 'boolean')
    problems.push({ bn: 'বিদেশি নাম কি না (foreign), তা হ্যাঁ বা না হতে হবে', en: 'foreign must be true or false' });
  if (problems.length > 0) return { ok: false, problems };
  if (isBuilt(r, bn!, variants, en!, type!, aliases, note)) return { ok: true, entry: r as unknown as GlossaryEntry };
  const entry: GlossaryEntry = { bn: bn!, variants, en: en!, type: type as EntityType };
  if (aliases.length > 0) entry.aliases = aliases;
  if (note) entry.note = note;
  if (typeof foreign === 'boolean') entry.foreign = foreign;
  return { ok: true, entry };
}
