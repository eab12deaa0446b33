/**
 * Word lists a newsroom points to: a Hunspell dictionary (`.dic`, with the `.aff` beside it when there
 * is one, such as LibreOffice's bn_BD) and a plain list (one word a line, `#` comments). Only read
 * from where the user points: a GPL list such as bn_BD is never shipped with the app.
 *
 * Of the `.aff` file only what a word list needs is read: `FLAG` and the `PFX`/`SFX` rules (strip,
 * add, condition; cross products of a prefix and a suffix that both allow it). Everything else
 * (suggestion tables, compounding, morphology) is left aside. bn_BD has no affix rules at all.
 */
import { fail, ok, type Result } from '../api/result';
import { bengaliDigits } from './digits';

interface AffixRule {
  strip: string;
  add: string;
  /** The Hunspell condition, as a regex anchored at the word's end (suffix) or start (prefix). */
  condition: RegExp;
}

interface AffixClass {
  kind: 'PFX' | 'SFX';
  cross: boolean;
  rules: AffixRule[];
}

export interface Affixes {
  flagType: 'char' | 'long' | 'num' | 'UTF-8';
  classes: Map<string, AffixClass>;
}

export const NO_AFFIXES: Affixes = { flagType: 'char', classes: new Map() };

function invalid<T>(name: string, line: number, bn: string, en: string): Result<T> {
  return fail(
    'invalid-argument',
    `"${name}" হানস্পেল ফাইলের ${bengaliDigits(line)} নম্বর লাইন পড়া গেল না: ${bn}`,
    `Line ${line} of the Hunspell file "${name}" could not be read: ${en}`,
  );
}

/** A Hunspell condition (`[^aeiou]y`, `.`) as a regex; `[` `]` `^` `.` are its only syntax. */
function conditionRegex(condition: string, kind: 'PFX' | 'SFX'): RegExp | null {
  if (condition === '.' || condition === '') return null;
  const escaped = condition.replace(/[\\$*+?(){}|/]/g, (c) => `\\${c}`);
  try {
    return new RegExp(kind === 'SFX' ? `${escaped}$` : `^${escaped}`, 'u');
  } catch {
    return null;
  }
}

const ANY = /(?:)/;

/** The affix rules of an `.aff` file's text; `name` words the errors. */
export function parseAff(text: string, name: string): Result<Affixes> {
  const affixes: Affixes = { flagType: 'char', classes: new Map() };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const fields = lines[i]!.replace(/^\uFEFF/, '')
      .trim()
      .split(/\s+/);
    const head = fields[0];
    if (head === 'FLAG') {
      const type = fields[1];
      if (type !== 'long' && type !== 'num' && type !== 'UTF-8')
        return invalid(name, i + 1, `অজানা FLAG “${type}”`, `unknown FLAG “${type}”`);
      affixes.flagType = type;
      continue;
    }
    if (head !== 'PFX' && head !== 'SFX') continue;
    const flag = fields[1];
    if (flag === undefined) return invalid(name, i + 1, 'চিহ্ন নেই', 'no flag');
    const known = affixes.classes.get(flag);
    if (!known) {
      // The header: PFX flag Y|N count.
      if (fields.length < 4) return invalid(name, i + 1, 'শিরোনাম অসম্পূর্ণ', 'incomplete header');
      affixes.classes.set(flag, { kind: head, cross: fields[2] === 'Y', rules: [] });
      continue;
    }
    // A rule: PFX flag strip add [condition].
    if (fields.length < 4) return invalid(name, i + 1, 'নিয়ম অসম্পূর্ণ', 'incomplete rule');
    const strip = fields[2] === '0' ? '' : fields[2]!;
    const add = fields[3] === '0' ? '' : fields[3]!.split('/')[0]!;
    known.rules.push({ strip, add, condition: conditionRegex(fields[4] ?? '.', head) ?? ANY });
  }
  return ok(affixes);
}

/** The flags of a `.dic` entry, as the `.aff` file's FLAG says they are written. */
function flagsOf(flags: string, type: Affixes['flagType']): string[] {
  if (flags === '') return [];
  if (type === 'long') return flags.match(/../gu) ?? [];
  if (type === 'num') return flags.split(',');
  return [...flags];
}

function applies(rule: AffixRule, word: string, kind: 'PFX' | 'SFX'): string | null {
  if (!rule.condition.test(word)) return null;
  if (kind === 'SFX') {
    if (rule.strip !== '' && !word.endsWith(rule.strip)) return null;
    return word.slice(0, word.length - rule.strip.length) + rule.add;
  }
  if (rule.strip !== '' && !word.startsWith(rule.strip)) return null;
  return rule.add + word.slice(rule.strip.length);
}

/** A stem with its flags' affixes: every form the dictionary means by the entry. */
function expand(stem: string, flags: string[], affixes: Affixes, out: string[]): void {
  out.push(stem);
  const suffixed: string[] = [];
  for (const flag of flags) {
    const cls = affixes.classes.get(flag);
    if (cls?.kind !== 'SFX') continue;
    for (const rule of cls.rules) {
      const form = applies(rule, stem, 'SFX');
      if (form === null) continue;
      out.push(form);
      if (cls.cross) suffixed.push(form);
    }
  }
  for (const flag of flags) {
    const cls = affixes.classes.get(flag);
    if (cls?.kind !== 'PFX') continue;
    for (const rule of cls.rules) {
      for (const base of cls.cross ? [stem, ...suffixed] : [stem]) {
        const form = applies(rule, base, 'PFX');
        if (form !== null) out.push(form);
      }
    }
  }
}

/**
 * Every word of a `.dic` file's text: the first line is the entry count, then `word/FLAGS` a line
 * (morphological fields after a tab or space are ignored), each expanded by the affix rules.
 */
export function parseDic(text: string, affixes: Affixes, name: string): Result<string[]> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!/^\s*\d+\s*$/.test(lines[0] ?? '')) {
    return invalid(name, 1, 'প্রথম লাইনে শব্দের সংখ্যা থাকার কথা', 'the first line should be the number of entries');
  }
  const words: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const entry = lines[i]!.trim().split(/[\t ]/)[0]!;
    if (entry === '') continue;
    const slash = entry.search(/(?<!\\)\//);
    const stem = (slash < 0 ? entry : entry.slice(0, slash)).replace(/\\\//g, '/');
    expand(stem, slash < 0 ? [] : flagsOf(entry.slice(slash + 1), affixes.flagType), affixes, words);
  }
  return ok(words);
}

/** A plain word list: one word a line, blank lines and `#` comments skipped. */
export function parseWordList(text: string): string[] {
  const words: string[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const word = line.replace(/#.*$/, '').trim();
    if (word !== '') words.push(word);
  }
  return words;
}

/** Whether `path` names a Hunspell `.dic` file (its `.aff` is the same path ending `.aff`). */
export function isHunspellDic(path: string): boolean {
  return /\.dic$/i.test(path);
}

export function affPathOf(dicPath: string): string {
  return dicPath.replace(/\.dic$/i, '.aff');
}

/**
 * The words of a dictionary file the newsroom points to: a `.dic` with its `.aff` text (null when
 * there is none beside it), or a plain list.
 */
export function wordsOfFile(path: string, text: string, affText: string | null): Result<string[]> {
  if (!isHunspellDic(path)) return ok(parseWordList(text));
  const affixes = affText === null ? ok(NO_AFFIXES) : parseAff(affText, affPathOf(path));
  return affixes.ok ? parseDic(text, affixes.value, path) : affixes;
}
