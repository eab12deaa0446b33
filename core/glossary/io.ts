/**
 * Import and export of a newsroom glossary as CSV or JSON. A file is taken whole or not at all: any
 * malformed row refuses the import with every problem listed by line, so nothing is half-applied.
 */
import type { AppError, Result } from '../api/result';
import { ok } from '../api/result';
import { bengaliDigits } from '../bengali/digits';
import { spellingPositions } from './merge';
import type { GlossaryEntry } from './types';
import { checkGlossaryEntry, type EntryRules } from './validate';

export const CSV_COLUMNS = ['bn', 'en', 'type', 'variants', 'aliases', 'note', 'foreign'] as const;
/** Separator of several spellings inside one CSV cell. */
const LIST_SEPARATOR = '|';

/**
 * A `foreign` cell as the entry's flag: true/false as export writes them, yes/no and হ্যাঁ/না as a
 * person types them, empty for "not said"; anything else is left for the entry check to refuse.
 */
function foreignCell(cell: string): boolean | string | undefined {
  const word = cell
    .normalize('NFC')
    .replace(/[\u200c\u200d]/g, '')
    .trim()
    .toLowerCase();
  if (word === '') return undefined;
  if (word === 'true' || word === 'yes' || word === 'হ্যাঁ') return true;
  if (word === 'false' || word === 'no' || word === 'না') return false;
  return cell;
}

export interface GlossaryProblem {
  line: number;
  message: { bn: string; en: string };
}

function refused(problems: GlossaryProblem[]): Result<never> {
  const shown = problems.slice(0, 20);
  const error: AppError = {
    code: 'invalid-argument',
    message: {
      bn: `শব্দকোষ ফাইলটি নেওয়া হয়নি; কিছুই বদলানো হয়নি। ${shown.map((p) => `লাইন ${bengaliDigits(p.line)}: ${p.message.bn}`).join('; ')}`,
      en: `The glossary file was not imported; nothing was changed. ${shown.map((p) => `line ${p.line}: ${p.message.en}`).join('; ')}`,
    },
    detail: problems.map((p) => `line ${p.line}: ${p.message.en}`).join('\n'),
  };
  return { ok: false, error };
}

/**
 * Entries read from a file, and where each was: `at[i]` is what the reader's `lineOf` turns into the
 * line of `entries[i]`. Two arrays, not an object per entry: a 10,000-entry file is read at every start.
 */
interface EntriesAt {
  entries: GlossaryEntry[];
  at: number[];
}

/** A CSV reader's `at` is the line itself. */
const lineItself = (line: number) => line;

/** Takes one entry into `read`, or tells its problems with its line. */
function checkEntry(
  raw: unknown,
  at: number,
  lineOf: (at: number) => number,
  rules: EntryRules,
  read: EntriesAt,
  problems: GlossaryProblem[],
): void {
  const checked = checkGlossaryEntry(raw, rules);
  if (checked.ok) {
    read.entries.push(checked.entry);
    read.at.push(at);
  } else for (const message of checked.problems) problems.push({ line: lineOf(at), message });
}

/**
 * A spelling given twice (in either encoding) is refused with both lines. A file whose spellings are
 * all in NFC and differ even folded for matching, the usual case, is told in one step an entry, and the
 * merge that comes next reuses that step (see `spellingPositions`); any other is gone through again by
 * NFC for the lines.
 */
function refuseDuplicates({ entries, at }: EntriesAt, lineOf: (at: number) => number, problems: GlossaryProblem[]): void {
  let nfc = true;
  for (let i = 0; i < entries.length && nfc; i++) nfc = entries[i]!.bn.normalize('NFC') === entries[i]!.bn;
  if (nfc && spellingPositions(entries).size === entries.length) return;
  const seen = new Map<string, number>();
  entries.forEach((entry, i) => {
    const key = entry.bn.normalize('NFC');
    const firstAt = seen.get(key);
    if (firstAt !== undefined) {
      const first = lineOf(firstAt);
      problems.push({
        line: lineOf(at[i]!),
        message: { bn: `"${entry.bn}" আগেই আছে (লাইন ${bengaliDigits(first)})`, en: `"${entry.bn}" is already defined on line ${first}` },
      });
    } else seen.set(key, at[i]!);
  });
}

/** Splits CSV (RFC 4180: quoted fields may hold commas, quotes as "", and line breaks) into records with their first line. */
export function parseCsvRecords(text: string): Result<{ line: number; fields: string[] }[]> {
  const split = csvRecords(text);
  return split.problem ? refused([split.problem]) : ok(split.records);
}

function csvRecords(text: string): { records: { line: number; fields: string[] }[]; problem: GlossaryProblem | null } {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let fieldStarted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      fieldStarted = false;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      fields.push(field);
      if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
      fields = [];
      field = '';
      fieldStarted = false;
      line++;
      recordLine = line;
    } else if (c === '"') {
      return {
        records,
        problem: { line, message: { bn: 'উদ্ধৃতিচিহ্ন (") ঘরের মাঝখানে', en: 'a quote (") in the middle of an unquoted field' } },
      };
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (quoted)
    return { records, problem: { line: recordLine, message: { bn: 'উদ্ধৃতিচিহ্ন (") বন্ধ হয়নি', en: 'a quoted field is never closed' } } };
  if (fieldStarted || fields.length > 0) {
    fields.push(field);
    records.push({ line: recordLine, fields });
  }
  return { records, problem: null };
}

/**
 * A glossary file read in full: the entries it holds and every problem, by line. The import's preview
 * shows both; the file is taken only when `problems` is empty.
 */
export interface GlossaryFileRead {
  entries: GlossaryEntry[];
  problems: GlossaryProblem[];
}

const taken = (read: GlossaryFileRead): Result<GlossaryEntry[]> => (read.problems.length > 0 ? refused(read.problems) : ok(read.entries));

function readGlossaryCsv(text: string): GlossaryFileRead {
  const split = csvRecords(text);
  if (split.problem) return { entries: [], problems: [split.problem] };
  const [header, ...rows] = split.records;
  if (!header) return { entries: [], problems: [{ line: 1, message: { bn: 'ফাইলটি খালি', en: 'the file is empty' } }] };
  const columns = header.fields.map((f) => f.trim().toLowerCase());
  const problems: GlossaryProblem[] = [];
  for (const required of ['bn', 'en', 'type']) {
    if (!columns.includes(required))
      problems.push({ line: header.line, message: { bn: `শিরোনামে "${required}" কলাম নেই`, en: `the header has no "${required}" column` } });
  }
  for (const c of columns) {
    if (!(CSV_COLUMNS as readonly string[]).includes(c))
      problems.push({ line: header.line, message: { bn: `অজানা কলাম "${c}"`, en: `unknown column "${c}"` } });
  }
  if (problems.length > 0) return { entries: [], problems };
  const read: EntriesAt = { entries: [], at: [] };
  for (const row of rows) {
    if (row.fields.length !== columns.length) {
      problems.push({
        line: row.line,
        message: {
          bn: `${bengaliDigits(columns.length)}টি ঘর প্রত্যাশিত, আছে ${bengaliDigits(row.fields.length)}টি`,
          en: `expected ${columns.length} fields, found ${row.fields.length}`,
        },
      });
      continue;
    }
    const raw: Record<string, unknown> = {};
    columns.forEach((c, i) => {
      const cell = unguardedCell(row.fields[i]!);
      raw[c] = c === 'variants' || c === 'aliases' ? cell.split(LIST_SEPARATOR) : c === 'foreign' ? foreignCell(cell) : cell;
    });
    checkEntry(raw, row.line, lineItself, 'import', read, problems);
  }
  refuseDuplicates(read, lineItself, problems);
  return { entries: read.entries, problems };
}

/** Reads a glossary CSV with a header row naming at least bn, en and type (see CSV_COLUMNS). */
export function importGlossaryCsv(text: string): Result<GlossaryEntry[]> {
  return taken(readGlossaryCsv(text));
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * The line on which each element of the top-level JSON array starts, so problems can name their line.
 * One pass that counts line breaks as it goes: counting from the start of the file for every entry
 * made 10,000 entries take seconds.
 */
function arrayElementLines(text: string, arrayStart: number): number[] {
  const out: number[] = [];
  let line = lineAt(text, arrayStart);
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = arrayStart; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      // JSON strings hold no raw line breaks.
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x0a) line++;
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    if (expectElement && depth === 1 && c !== 0x5d) {
      out.push(line);
      expectElement = false;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
      if (depth === 0) break;
    } else if (c === 0x2c && depth === 1) expectElement = true;
  }
  return out;
}

function readGlossaryJson(text: string, rules: EntryRules): GlossaryFileRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const position = /position (\d+)/.exec((err as Error).message);
    const line = position ? lineAt(text, Number(position[1])) : 1;
    return { entries: [], problems: [{ line, message: { bn: 'JSON ঠিক নেই', en: `not valid JSON (${(err as Error).message})` } }] };
  }
  const list = Array.isArray(data) ? data : (data as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(list))
    return {
      entries: [],
      problems: [{ line: 1, message: { bn: 'শব্দকোষের তালিকা (entries) নেই', en: 'expected an array of entries or { "entries": [...] }' } }],
    };
  // Lines are counted only when a problem needs one: a good file, the usual case, is not scanned again.
  let lines: number[] | undefined;
  const lineOf = (i: number) => {
    lines ??= arrayElementLines(text, Array.isArray(data) ? text.indexOf('[') : text.indexOf('[', text.indexOf('"entries"')));
    return lines[i] ?? 1;
  };
  const problems: GlossaryProblem[] = [];
  const read: EntriesAt = { entries: [], at: [] };
  for (let i = 0; i < list.length; i++) checkEntry(list[i], i, lineOf, rules, read, problems);
  refuseDuplicates(read, lineOf, problems);
  return { entries: read.entries, problems };
}

/**
 * Reads a glossary JSON file: an array of entries, or `{ "entries": [...] }` as `exportGlossaryJson`
 * writes. `rules` (see EntryRules): 'import' for a file from outside, 'stored' for the app's own.
 */
export function importGlossaryJson(text: string, rules: EntryRules = 'import'): Result<GlossaryEntry[]> {
  return taken(readGlossaryJson(text, rules));
}

/*
 * A spreadsheet takes a cell that starts with = + - @ (or a tab or carriage return before one) for a
 * formula, and runs it. The export writes such a cell with a leading apostrophe, which spreadsheets
 * show as text, and the import takes one apostrophe off again. A cell that already starts with
 * apostrophes before such a character gets one more, so every value comes back as it went out.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

function guardedCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function unguardedCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

function csvField(value: string): string {
  const cell = guardedCell(value);
  return /[",\r\n]/.test(cell) || /^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function exportGlossaryCsv(entries: GlossaryEntry[]): string {
  const rows = entries.map((e) =>
    [e.bn, e.en, e.type, e.variants.join(LIST_SEPARATOR), (e.aliases ?? []).join(LIST_SEPARATOR), e.note ?? '', e.foreign?.toString() ?? '']
      .map(csvField)
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\n')}\n`;
}

/**
 * `{ "entries": [...] }` with one entry a line: a third smaller than indented JSON, so the user's own
 * glossary, read at every start, reads and parses that much faster, while a diff or a problem's line
 * still points at one entry.
 */
export function exportGlossaryJson(entries: GlossaryEntry[]): string {
  if (entries.length === 0) return '{ "entries": [] }\n';
  return `{ "entries": [\n${entries.map((entry) => JSON.stringify(entry)).join(',\n')}\n] }\n`;
}

/** Picks the reader by file name: `.csv` or `.json`. */
export function readGlossaryFile(fileName: string, text: string): GlossaryFileRead {
  return /\.csv$/i.test(fileName) ? readGlossaryCsv(text) : readGlossaryJson(text, 'import');
}

/** Picks the reader by file name, as `readGlossaryFile` does; a file with any problem is refused whole. */
export function importGlossary(fileName: string, text: string): Result<GlossaryEntry[]> {
  return taken(readGlossaryFile(fileName, text));
}
