/**
 * The glossary as the checker looks things up: every spelling of every entry, folded, pointing back
 * at its entry with the kind of spelling it is. Built once per glossary, shared by every check.
 */
import { foldForMatch, hasBengali } from '../bengali/fold';
import { editDistance, phoneticKey } from '../bengali/phonetic';
import type { GlossaryEntry } from './types';

export type FormKind = 'canonical' | 'variant' | 'alias';

export interface GlossaryForm {
  entry: number;
  kind: FormKind;
}

export interface GlossaryIndex {
  entries: readonly GlossaryEntry[];
  /** Folded spelling (words joined by one space) → entry. */
  forms: Map<string, GlossaryForm>;
  /** Longest spelling, in words: how far a phrase match needs to look. */
  maxWords: number;
  /** First word of each several-word spelling → the lengths (in words) of such spellings, longest first. */
  phraseStarts: Map<string, number[]>;
  /** The first FORM_PREFIX characters of each one-word spelling (the whole spelling when shorter). */
  formPrefixes: Set<string>;
  /** Lower-cased English name or English alias → entries. */
  english: Map<string, number[]>;
  /**
   * One-word canonical spellings with long phonetic keys, bucketed by the key's first two and last
   * two letters: a near miss keeps both ends (see `nearEntries`), so it only looks in one bucket.
   */
  nearKeys: Map<string, { entry: number; key: string }[]>;
}

const KIND_RANK: Record<FormKind, number> = { canonical: 0, alias: 1, variant: 2 };

/** The stable id of a glossary entity: its folded canonical spelling. */
export function entityIdOf(entry: GlossaryEntry): string {
  return `g:${foldForMatch(entry.bn.trim())}`;
}

export function normalizeEnglish(text: string): string {
  return text.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

function foldPhrase(text: string): string {
  return foldForMatch(text).trim().replace(/\s+/g, ' ');
}

// Adjective forms of a place: ইউক্রেন → ইউক্রেনীয়, ইজরায়েল → ইজরায়েলি, আমেরিকা → আমেরিকান.
const ADJECTIVE_ENDINGS = ['ীয়', 'িয়', 'ি', 'ী', 'িয়ান'].map((s) => foldForMatch(s));

function derivedForms(entry: GlossaryEntry, bn: string): string[] {
  const words = bn.split(' ');
  if (entry.type === 'person' && words.length >= 2) return [words[words.length - 1]!];
  if (entry.type === 'place' && words.length === 1) {
    return bn.endsWith('া') ? [bn + 'ন', bn.slice(0, -1) + 'ান'] : ADJECTIVE_ENDINGS.map((e) => bn + e);
  }
  return [];
}

/** How many leading characters `formPrefixes` keeps. */
export const FORM_PREFIX = 3;

/** Near misses are looked for only between long keys: short words sit one edit from too many common words. */
export const NEAR_MIN_KEY = 7;

function nearBucket(key: string): string {
  return `${key.slice(0, 2)}|${key.slice(-2)}`;
}

export function buildGlossaryIndex(entries: readonly GlossaryEntry[]): GlossaryIndex {
  const forms = new Map<string, GlossaryForm>();
  const english = new Map<string, number[]>();
  const nearKeys = new Map<string, { entry: number; key: string }[]>();
  const phraseStarts = new Map<string, number[]>();
  const formPrefixes = new Set<string>();
  let maxWords = 1;
  const add = (form: string, entry: number, kind: FormKind) => {
    if (form === '') return;
    const existing = forms.get(form);
    if (existing && KIND_RANK[existing.kind] <= KIND_RANK[kind]) return;
    forms.set(form, { entry, kind });
    const words = form.split(' ');
    if (words.length === 1) formPrefixes.add(form.slice(0, FORM_PREFIX));
    maxWords = Math.max(maxWords, words.length);
    if (words.length > 1) {
      const lengths = phraseStarts.get(words[0]!) ?? [];
      if (!lengths.includes(words.length)) phraseStarts.set(words[0]!, [...lengths, words.length].sort((a, b) => b - a));
    }
  };
  const addEnglish = (en: string, entry: number) => {
    const key = normalizeEnglish(en);
    const list = english.get(key) ?? [];
    if (!list.includes(entry)) list.push(entry);
    english.set(key, list);
  };
  // Derived forms go in last, so they never shadow a spelling some entry states outright.
  const derived: [string, number][] = [];
  entries.forEach((entry, i) => {
    const bn = foldPhrase(entry.bn);
    add(bn, i, 'canonical');
    for (const v of entry.variants) add(foldPhrase(v), i, 'variant');
    for (const a of entry.aliases ?? []) {
      if (hasBengali(a)) add(foldPhrase(a), i, 'alias');
      else addEnglish(a, i);
    }
    addEnglish(entry.en, i);
    for (const d of derivedForms(entry, bn)) derived.push([d, i]);

    if (!bn.includes(' ')) {
      const key = phoneticKey(bn);
      if (key.length >= NEAR_MIN_KEY) {
        const bucket = nearBucket(key);
        const list = nearKeys.get(bucket) ?? [];
        list.push({ entry: i, key });
        nearKeys.set(bucket, list);
      }
    }
  });
  // A derived short form shared by two entries (আলী, খান) names neither, and a very short one is a
  // common word more often than a name.
  const derivedCount = new Map<string, number>();
  for (const [form] of derived) derivedCount.set(form, (derivedCount.get(form) ?? 0) + 1);
  for (const [form, i] of derived) if (!forms.has(form) && derivedCount.get(form) === 1 && form.length >= 4) add(form, i, 'alias');
  return { entries, forms, maxWords, phraseStarts, formPrefixes, english, nearKeys };
}

/**
 * Glossary entries whose one-word canonical spelling is one phonetic edit from `key`, the edit inside
 * the word (both ends kept), and either a letter added or dropped or one vowel for another: a
 * consonant for another makes a different word (কারাবাস / কারাকাস), not a misspelt name.
 */
export function nearEntries(index: GlossaryIndex, key: string): number[] {
  if (key.length < NEAR_MIN_KEY - 1) return [];
  const out: number[] = [];
  for (const { entry, key: target } of index.nearKeys.get(nearBucket(key)) ?? []) {
    if (target === key || Math.abs(target.length - key.length) > 1) continue;
    if (editDistance(key, target, 1) !== 1) continue;
    if (key.length === target.length && !vowelSwap(key, target)) continue;
    out.push(entry);
  }
  return out;
}

function vowelSwap(a: string, b: string): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return 'aeiou'.includes(a[i]!) && 'aeiou'.includes(b[i]!);
  return false;
}
