/**
 * The one check of a glossary entry, wherever it comes from: the bridge (add and edit in the glossary
 * manager), a CSV or JSON import, the newsroom's shared file. Names are names: letters of their
 * script, spaces, joiners and the punctuation names carry (ডা., O'Brien, জি-২০, AT&T); whatever else
 * arrives (markup, control characters, a whole article, a spreadsheet formula) stops here.
 */
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

/**
 * Checks one entry as it arrives (lists as arrays of strings; a CSV row is split into lists first).
 * Text is trimmed, empty list items dropped; every problem is reported, each in both languages.
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
  const text = (field: string): string | undefined => {
    const v = r[field];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v.trim();
    problems.push({ bn: `"${field}" টেক্সট হতে হবে`, en: `"${field}" must be text` });
    return undefined;
  };
  const name = (value: string, pattern: RegExp, what: EntryMessage): boolean => {
    if (!strict) return true;
    if (value.length > NAME_MAX) {
      problems.push({
        bn: `"${shown(value)}" ${NAME_MAX}টি অক্ষরের চেয়ে লম্বা`,
        en: `"${shown(value)}" is longer than ${NAME_MAX} characters`,
      });
      return false;
    }
    if (pattern.test(value)) return true;
    problems.push({ bn: `"${shown(value)}" ${what.bn}`, en: `"${shown(value)}" ${what.en}` });
    return false;
  };
  const list = (field: string, pattern: RegExp, what: EntryMessage): string[] => {
    const v = r[field];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) {
      problems.push({ bn: `"${field}" বানানের তালিকা হতে হবে`, en: `"${field}" must be a list of spellings` });
      return [];
    }
    const items = v.map((s: string) => s.trim()).filter((s) => s !== '');
    if (strict && items.length > SPELLINGS_MAX) {
      problems.push({ bn: `"${field}"-এ ${SPELLINGS_MAX}টির বেশি বানান`, en: `"${field}" holds more than ${SPELLINGS_MAX} spellings` });
      return [];
    }
    for (const item of items) name(item, pattern, what);
    return items;
  };

  const bengali: EntryMessage = { bn: 'বাংলা বানান নয়', en: 'is not a Bengali spelling' };
  const bn = text('bn');
  const en = text('en');
  const type = text('type');
  if (!bn) problems.push({ bn: 'বাংলা বানান (bn) নেই', en: 'the Bengali spelling (bn) is missing' });
  else if (!/[\u0980-\u09FF]/.test(bn)) problems.push({ bn: `"${shown(bn)}" ${bengali.bn}`, en: `"${shown(bn)}" ${bengali.en}` });
  else name(bn, BENGALI_NAME, bengali);
  if (!en) problems.push({ bn: 'ইংরেজি নাম (en) নেই', en: 'the English name (en) is missing' });
  else name(en, LATIN_NAME, { bn: 'লাতিন হরফে লেখা ইংরেজি নাম নয়', en: 'is not an English name in Latin letters' });
  if (!type || !ENTITY_TYPES.includes(type as EntityType)) {
    problems.push({
      bn: `ধরন (type) হবে ${ENTITY_TYPES.join(', ')}-এর একটি`,
      en: `type must be one of ${ENTITY_TYPES.join(', ')}${type ? `, not "${shown(type)}"` : ''}`,
    });
  }
  const variants = list('variants', BENGALI_NAME, bengali);
  const aliases = list('aliases', ANY_NAME, { bn: 'নাম নয়', en: 'is not a name' });
  const note = text('note');
  if (strict && note && note.length > NOTE_MAX)
    problems.push({ bn: `টীকা (note) ${NOTE_MAX}টি অক্ষরের চেয়ে লম্বা`, en: `the note is longer than ${NOTE_MAX} characters` });
  const foreign = r.foreign;
  if (foreign !== undefined && typeof foreign !== 'boolean')
    problems.push({ bn: 'বিদেশি নাম কি না (foreign), তা হ্যাঁ বা না হতে হবে', en: 'foreign must be true or false' });
  if (problems.length > 0) return { ok: false, problems };
  const entry: GlossaryEntry = { bn: bn!, variants, en: en!, type: type as EntityType };
  if (aliases.length > 0) entry.aliases = aliases;
  if (note) entry.note = note;
  if (typeof foreign === 'boolean') entry.foreign = foreign;
  return { ok: true, entry };
}
