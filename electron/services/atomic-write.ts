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

/** Temp files start with a dot and end in `.tmp`, so no reader that lists `*.json` can take one for data. */
export const TEMP_FILE = /^\..*\.tmp$/;

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
 */
export async function writeFileAtomic(target: string, data: string, fs: AtomicWriteFs = nodeFs): Promise<void> {
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${process.pid}-${++tempCounter}-${Date.now().toString(36)}.tmp`);
  const handle = await fs.open(temp, 'wx');
  try {
    try {
      await handle.writeFile(data, 'utf8');
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

/** A failed file-system call as a Result: what could not be done (`head`), then why. */
export function fsFailure<T>(head: { bn: string; en: string }, err: unknown): Result<T> {
  const code = fsErrorCode(err);
  const reason = FS_ERROR_REASONS[code];
  return fail(code, `${head.bn}: ${reason.bn}`, `${head.en}: ${reason.en}`, (err as Error)?.message ?? String(err));
}
