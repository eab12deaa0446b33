/**
 * The drafts list's summary index: what the list and its search need of each draft, valid while the
 * draft's file keeps the times and size it had when it was read. Plain data and pure functions; the
 * store decides when to read files and when to write the index.
 */
import { statSync } from 'node:fs';
import type { Node as PMNode } from 'prosemirror-model';
import type { DraftSummary } from '../../core/api/newsroom-api';
import { isDraftId } from '../../core/document/draft';
import { foldForMatch } from '../../core/bengali/fold';

/**
 * What identifies one version of a file. ctime is here because no program can set it: a tool that
 * rewrites a file and then puts its old modification time back (rsync -t, touch -r) still moves ctime.
 */
export interface FileStamp {
  mtimeMs: number;
  ctimeMs: number;
  size: number;
}

export interface IndexEntry extends FileStamp {
  summary: DraftSummary;
  /**
   * The draft's text as search compares it (see foldForSearch), headline first, cut at
   * SEARCH_TEXT_MAX; null until the texts are read from disk, which the first search does.
   */
  text: string | null;
}

export type DraftsIndex = Map<string, IndexEntry>;

/**
 * How much of each draft the search looks at, in UTF-16 code units: the headline, standfirst and
 * about the first 500 words, where a story's names and subject are. The whole text of 10,000 long
 * articles would be an index of several hundred megabytes, held in memory and read at every start;
 * this bounds it at about 90 MB on disk (Bengali is three bytes a character in UTF-8), and a
 * newsroom's usual drafts of a few hundred words come to about 30 MB.
 */
export const SEARCH_TEXT_MAX = 3000;

/**
 * How long a full scan of the drafts folder (a stat of every file) stands while the folder itself is
 * unchanged: the longest a draft rewritten in place behind the store's back goes unseen. A search
 * typed letter by letter asks again every few hundred milliseconds; 10,000 stats cost 40–100 ms.
 */
export const FULL_SCAN_MAX_AGE_MS = 2000;

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.size === b.size;
}

/**
 * The form text and queries are compared in: NFC, then the matcher's fold (ড় ঢ় য় in one encoding,
 * split vowel signs joined, ZWJ/ZWNJ and invisible characters gone), Latin letters in lower case,
 * every run of white space one space. Two spellings that differ only in encoding compare equal.
 */
export function foldForSearch(text: string): string {
  return foldForMatch(text.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ');
}

/** The text a draft is searched by: its text blocks in order, folded, stopping once SEARCH_TEXT_MAX is reached. */
export function searchTextOf(doc: PMNode): string {
  let text = '';
  doc.descendants((node) => {
    if (text.length >= SEARCH_TEXT_MAX) return false;
    if (!node.isTextblock) return true;
    const block = foldForSearch(node.textContent.slice(0, SEARCH_TEXT_MAX)).trim();
    if (block !== '') text = text === '' ? block : `${text} ${block}`;
    return false;
  });
  return text.length > SEARCH_TEXT_MAX ? text.slice(0, SEARCH_TEXT_MAX) : text;
}

/** The words of a query as search compares them; no words matches every draft. */
export function queryWords(query: string): string[] {
  return foldForSearch(query)
    .split(' ')
    .filter((word) => word !== '');
}

/**
 * Whether a draft's text holds every word of the query, each anywhere (so a name matches its
 * inflected forms: মোদি finds মোদির, মোদিকে).
 */
export function matchesQuery(entry: IndexEntry, words: readonly string[]): boolean {
  return words.every((word) => entry.text?.includes(word));
}

/*
 * The index on disk is two files of lines, a header line first: the summaries (`drafts-index.jsonl`,
 * one JSON object a draft), which every start reads for the list, and the search texts
 * (`drafts-search.txt`, `<JSON of id and stamp>\t<text>` a line), tens of megabytes for 10,000 drafts,
 * read only when the first search is made. Lines, not one JSON document: splitting lines is several
 * times faster than JSON.parse of the whole. A line cannot break early: JSON.stringify escapes tabs
 * and newlines, and a search text has none (foldForSearch makes every white space run one space).
 * Whatever does not read (another format, a damaged line) is left out, never an error: the draft is
 * read again instead.
 */
const SUMMARIES_HEADER = '{"format":"newsroom-drafts-index","version":2}';
const TEXTS_HEADER = '{"format":"newsroom-drafts-search","version":1}';

interface StampedLine extends Partial<FileStamp> {
  id?: unknown;
  summary?: DraftSummary;
}

function eachLine(content: string, header: string, take: (line: StampedLine & FileStamp & { id: string }, rest: string) => void): void {
  const lines = content.split('\n');
  if (lines[0] !== header) return;
  for (const line of lines.slice(1)) {
    const tab = line.indexOf('\t');
    try {
      const head = JSON.parse(tab < 0 ? line : line.slice(0, tab)) as StampedLine;
      if (isDraftId(head.id) && typeof head.mtimeMs === 'number' && typeof head.ctimeMs === 'number' && typeof head.size === 'number') {
        take(head as StampedLine & FileStamp & { id: string }, tab < 0 ? '' : line.slice(tab + 1));
      }
    } catch {
      // A damaged line costs one draft's parse.
    }
  }
}

const stampOf = ({ mtimeMs, ctimeMs, size }: FileStamp): FileStamp => ({ mtimeMs, ctimeMs, size });

export function serializeSummaries(index: DraftsIndex): string {
  const lines = [SUMMARIES_HEADER];
  for (const [id, entry] of index) lines.push(JSON.stringify({ id, ...stampOf(entry), summary: entry.summary }));
  return lines.join('\n');
}

/** The summaries read back, without texts. */
export function parseSummaries(content: string): DraftsIndex {
  const index: DraftsIndex = new Map();
  eachLine(content, SUMMARIES_HEADER, (line) => {
    if (line.summary?.id === line.id) index.set(line.id, { ...stampOf(line), summary: line.summary, text: null });
  });
  return index;
}

/** The texts the index has; a draft whose text is not read yet has no line. */
export function serializeTexts(index: DraftsIndex): string {
  const lines = [TEXTS_HEADER];
  for (const [id, entry] of index) if (entry.text !== null) lines.push(`${JSON.stringify({ id, ...stampOf(entry) })}\t${entry.text}`);
  return lines.join('\n');
}

/** Gives each entry still without a text the one stored for the same version of its file. */
export function attachTexts(index: DraftsIndex, content: string): void {
  eachLine(content, TEXTS_HEADER, (line, text) => {
    const entry = index.get(line.id);
    if (entry && entry.text === null && sameStamp(entry, line)) entry.text = text;
  });
}

const STAT_CHUNK = 500;

/**
 * The stamps of many files, undefined for a file that is gone. Synchronous stats in chunks, yielding
 * between chunks so other requests keep flowing: 10,000 stats take ~40 ms this way, while as many
 * async stats queue through libuv's four threads and take 150–500 ms.
 */
export async function stampsOf(paths: readonly string[]): Promise<(FileStamp | undefined)[]> {
  const out: (FileStamp | undefined)[] = [];
  for (let i = 0; i < paths.length; i += STAT_CHUNK) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    for (const path of paths.slice(i, i + STAT_CHUNK)) {
      const stat = statSync(path, { throwIfNoEntry: false });
      out.push(stat && { mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, size: stat.size });
    }
  }
  return out;
}
