import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { isDraftId, type Draft } from '../../core/document/draft';
import { parseDraft } from '../../core/document/draft-file';
import { fail, ok, type Result } from '../../core/api/result';
import { fsErrorCode, fsFailure, writeFileAtomic, type AtomicWriteFs } from './atomic-write';

/**
 * External change detection. When a draft is opened the caller keeps its revision token; before the
 * next save it checks the file still has that revision. If another copy of the app or a sync tool wrote
 * the file meanwhile, the save is refused with 'conflict' and nothing is overwritten: the caller keeps
 * the user's text as a conflict copy beside the draft and lets the user choose.
 */

export interface RevisionToken {
  mtimeMs: number;
  size: number;
  /** SHA-256 of the content. mtime alone misses a same-size rewrite within the clock's granularity (2 s on FAT). */
  hash: string;
}

export interface GuardFs extends AtomicWriteFs {
  stat(path: string): Promise<{ mtimeMs: number; size: number }>;
  access(path: string): Promise<void>;
}

const READ_HEAD = { bn: 'ফাইলের অবস্থা পড়া যায়নি', en: 'The state of the file could not be read' };
const COPY_HEAD = { bn: 'আপনার লেখার আলাদা কপি সংরক্ষণ করা যায়নি', en: 'The conflict copy of your text could not be saved' };

/**
 * The revision of a file that holds `text` (read or written as UTF-8) and was last modified at
 * `mtimeMs`. The store takes it from the text it has just read or written, so the token describes
 * exactly what the user has in front of them, not a later state of the file.
 */
export function revisionFor(text: string, mtimeMs: number): RevisionToken {
  return revisionOfBytes(Buffer.from(text, 'utf8'), mtimeMs);
}

function revisionOfBytes(bytes: Buffer, mtimeMs: number): RevisionToken {
  return { mtimeMs, size: bytes.length, hash: createHash('sha256').update(bytes).digest('hex') };
}

/** The file's current revision. Read as bytes: decoding 10,000 Bengali words costs more than hashing them. */
export async function revisionOf(path: string, fs: GuardFs = nodeFs): Promise<Result<RevisionToken>> {
  try {
    const { mtimeMs } = await fs.stat(path);
    const handle = await fs.open(path, 'r');
    try {
      return ok(revisionOfBytes(await handle.readFile(), mtimeMs));
    } finally {
      await handle.close();
    }
  } catch (err) {
    return fsFailure(READ_HEAD, err);
  }
}

/**
 * Resolves to the file's current token when its content is what `token` describes; a file touched
 * without a change in content (some sync tools do) still counts as unchanged. Otherwise 'conflict'.
 */
export async function checkUnchanged(path: string, token: RevisionToken, fs: GuardFs = nodeFs): Promise<Result<RevisionToken>> {
  let current: { mtimeMs: number; size: number };
  try {
    current = await fs.stat(path);
  } catch (err) {
    if (fsErrorCode(err) !== 'not-found') return fsFailure(READ_HEAD, err);
    return fail(
      'conflict',
      'খসড়ার ফাইলটি খোলার পরে ডিস্ক থেকে সরানো বা মোছা হয়েছে। আপনার লেখা সম্পাদকে রয়েছে; কোথায় রাখবেন, বেছে নিন।',
      'The draft file was moved or deleted on disk after it was opened. Your text is still in the editor: choose where to keep it.',
      `${path}: missing`,
    );
  }
  if (current.size === token.size) {
    const read = await revisionOf(path, fs);
    if (!read.ok) return read;
    if (read.value.hash === token.hash) return ok(read.value);
  }
  return fail(
    'conflict',
    'খসড়াটি খোলার পরে ডিস্কে বদলে গেছে (অ্যাপের আরেকটি কপি বা সিঙ্ক টুল থেকে)। কোনো লেখা মুছে ফেলা হয়নি: কোনটি রাখবেন, বেছে নিন।',
    'The draft changed on disk after it was opened (another copy of the app or a sync tool). Nothing was overwritten: choose which text to keep.',
    `${path}: size ${token.size} → ${current.size}, mtime ${token.mtimeMs} → ${current.mtimeMs}`,
  );
}

/** `20261124T070512345Z`: sortable, and safe in a file name on every platform. */
function stampOf(time: Date): string {
  return time.toISOString().replace(/[-:.]/g, '');
}

/**
 * Keeps the user's text beside the draft as `<id>.conflict-<time>.json` (atomic), and resolves to its
 * path. The name is not a draft id, so the drafts list never takes it for a draft.
 */
export async function writeConflictCopy(
  draftsDir: string,
  draft: Draft,
  time: Date = new Date(),
  fs: GuardFs = nodeFs,
): Promise<Result<string>> {
  const id = (draft as Partial<Draft> | null)?.id;
  if (!isDraftId(id))
    return fail(
      'invalid-id',
      `${COPY_HEAD.bn}: খসড়ার শনাক্তকারী (আইডি) সঠিক নয়।`,
      `${COPY_HEAD.en}: that is not a valid draft id.`,
      `id: ${JSON.stringify(id)}`,
    );
  const parsed = parseDraft(draft);
  if (!parsed.ok)
    return fail('invalid-argument', `${COPY_HEAD.bn}: খসড়ার গঠন সঠিক নয়।`, `${COPY_HEAD.en}: the draft is not well-formed.`, parsed.reason);
  try {
    // Two conflicts in one millisecond must not overwrite each other.
    let path = join(draftsDir, `${id}.conflict-${stampOf(time)}.json`);
    for (let n = 2; await exists(fs, path); n++) path = join(draftsDir, `${id}.conflict-${stampOf(time)}-${n}.json`);
    await writeFileAtomic(path, JSON.stringify(parsed.draft), fs);
    return ok(path);
  } catch (err) {
    return fsFailure(COPY_HEAD, err);
  }
}

async function exists(fs: GuardFs, path: string): Promise<boolean> {
  try {
    await fs.access(path);
    return true;
  } catch (err) {
    if (fsErrorCode(err) === 'not-found') return false;
    throw err;
  }
}
