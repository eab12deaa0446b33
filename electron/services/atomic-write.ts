import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fail, type Result } from '../../core/api/result';

/**
 * The file-system calls an atomic write makes, a subset of `node:fs/promises`. Injectable because a
 * full disk or a read-only folder cannot be produced reliably in a test (tests run as root).
 */
export interface AtomicWriteFs {
  open: typeof nodeFs.open;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

/**
 * The temp file beside `target`: `.<name>.<pid>-<counter>-<time in base 36>.tmp`. It starts with a dot
 * and ends in `.tmp`, so no reader that lists `*.json` can take one for data.
 */
function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${++tempCounter}-${Date.now().toString(36)}.tmp`);
}

/** Exactly the names tempPathFor makes, and no other file: the start-up sweep removes only these. */
export const TEMP_FILE = /^\..+\.(\d+)-\d+-[0-9a-z]+\.tmp$/;

let tempCounter = 0;

/** fsync of a directory makes a rename durable on POSIX; Windows cannot open a directory for it. */
async function syncDir(fs: AtomicWriteFs, dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Temp file in the target's folder, write, fsync, rename over the target, fsync the folder. A crash at
 * any moment leaves the target holding either its old or its new content, and at worst a stray temp file.
 * `mode`, when given, is the new file's permissions (an old file's, kept: see writeChosenFile).
 */
export async function writeFileAtomic(target: string, data: string, fs: AtomicWriteFs = nodeFs, mode?: number): Promise<void> {
  const dir = dirname(target);
  const temp = tempPathFor(target);
  const handle = await fs.open(temp, 'wx');
  try {
    try {
      await handle.writeFile(data, 'utf8');
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (err) {
    await fs.unlink(temp).catch(() => undefined);
    throw err;
  }
  await syncDir(fs, dir);
}

/**
 * A file the user chose (an export), written atomically. Through a symlink it is the file the link
 * points to that is replaced, so the link stays a link; an old file keeps its permissions, so a web
 * folder a group shares stays writable by the group. Where and with what mode is read from the disk
 * itself, not the injected fs: a path the user picked is outside the data folder.
 */
export async function writeChosenFile(path: string, data: string, fs: AtomicWriteFs = nodeFs): Promise<void> {
  let target = path;
  let mode: number | undefined;
  try {
    const stat = await nodeFs.stat(path);
    if (stat.isFile()) {
      target = await nodeFs.realpath(path);
      mode = stat.mode & 0o7777;
    }
  } catch {
    // Nothing there yet, or not reachable: the write itself says why if it fails.
  }
  await writeFileAtomic(target, data, fs, mode);
}

/**
 * How old a temp file must be before the sweep takes it for a crash's leftover. An atomic write lasts
 * milliseconds; another copy of the app, or another process of this one, may be writing right now.
 */
export const STALE_TEMP_MS = 60 * 60 * 1000;

export interface SweepFs {
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ mtimeMs: number }>;
  unlink(path: string): Promise<void>;
}

/**
 * Removes the temp files a crash left between writing and renaming (see writeFileAtomic) from each
 * folder: only names TEMP_FILE matches, not this process's own, and only those last modified more than
 * STALE_TEMP_MS ago by the wall clock (file times are wall-clock times). Best effort and never throws:
 * a folder that cannot be read is left as it is. Resolves to the paths removed.
 */
export async function removeStaleTemps(dirs: readonly string[], fs: SweepFs = nodeFs, now: number = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const m = TEMP_FILE.exec(name);
      if (!m || Number(m[1]) === process.pid) continue;
      const path = join(dir, name);
      try {
        if (now - (await fs.stat(path)).mtimeMs <= STALE_TEMP_MS) continue;
        await fs.unlink(path);
        removed.push(path);
      } catch {
        // Gone already, or not ours to remove (a folder by that name): left alone.
      }
    }
  }
  return removed;
}

export type FsErrorCode = 'read-only' | 'disk-full' | 'not-found' | 'io';

/** What a failed file-system call means to the user. */
export function fsErrorCode(err: unknown): FsErrorCode {
  switch ((err as NodeJS.ErrnoException | null)?.code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'ENOENT':
      return 'not-found';
    default:
      return 'io';
  }
}

/** The reason half of an error message for each code, to follow "X could not be done: ". */
export const FS_ERROR_REASONS: Record<FsErrorCode, { bn: string; en: string }> = {
  'read-only': { bn: 'ফোল্ডারে লেখার অনুমতি নেই।', en: 'the folder is not writable.' },
  'disk-full': { bn: 'ডিস্কে আর জায়গা নেই।', en: 'the disk is full.' },
  'not-found': { bn: 'ফাইলটি খুঁজে পাওয়া যায়নি।', en: 'the file was not found.' },
  io: { bn: 'ডিস্কে পড়া বা লেখার সময় সমস্যা হয়েছে।', en: 'reading or writing the disk failed.' },
};

/**
 * Whether an error came from the operating system (ENOSPC, EACCES, EIO, EROFS, ENOTDIR…): only those
 * say anything about the disk. Anything else thrown while storing (a TypeError, a stack overflow) is a
 * fault in the app, and a disk message would send the user to look for one that is not there.
 */
export function isSystemError(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code);
}

export const UNEXPECTED_REASON = {
  bn: 'অপ্রত্যাশিত একটি ত্রুটি হয়েছে; ডিস্কে কোনো সমস্যা নেই। বিস্তারিত অংশটি সহায়তাকারীদের জানান।',
  en: 'an unexpected error occurred; the disk is not at fault. Please pass the details on to support.',
};

/** The error's name, message and where it was thrown, for the details a fault is reported with. */
function faultDetail(err: unknown): string {
  if (!(err instanceof Error)) return `thrown: ${String(err)}`;
  return (err.stack ?? `${err.name}: ${err.message}`).split('\n').slice(0, 8).join('\n');
}

/**
 * A failed file-system call as a Result: what could not be done (`head`), then why: the disk's reason
 * for an error of the operating system's, else "unexpected" with the fault's details.
 */
export function fsFailure<T>(head: { bn: string; en: string }, err: unknown): Result<T> {
  if (!isSystemError(err))
    return fail('io', `${head.bn}: ${UNEXPECTED_REASON.bn}`, `${head.en}: ${UNEXPECTED_REASON.en}`, faultDetail(err));
  const code = fsErrorCode(err);
  const reason = FS_ERROR_REASONS[code];
  return fail(code, `${head.bn}: ${reason.bn}`, `${head.en}: ${reason.en}`, (err as Error).message);
}
