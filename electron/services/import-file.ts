import * as nodeFs from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ImportedFile } from '../../core/api/newsroom-api';
import { fail, ok, type Result } from '../../core/api/result';
import { looksLikeBijoy } from '../../core/input/bijoy';
import { decodeUtf8Text, decodeWindows1252 } from '../../core/document/decode-text';
import { fsErrorCode } from './atomic-write';

/** The largest file imported: far beyond any article, short of holding the page up for long. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const IMPORT_EXTENSIONS = ['html', 'htm', 'txt'] as const;

const KINDS: Record<string, ImportedFile['kind']> = { '.html': 'html', '.htm': 'html', '.txt': 'txt' };

/**
 * The file's bytes as text: UTF-8 (a byte-order mark is dropped), with one exception. Bijoy text is
 * usually saved by Windows in its ANSI code page, which is not UTF-8; such a file is decoded as
 * Windows-1252 when what it holds looks like Bijoy, so the page can offer to convert it. Anything
 * else that is not UTF-8 is refused with a way out, never guessed at.
 */
function decode(name: string, bytes: Uint8Array): Result<string> {
  const decoded = decodeUtf8Text(bytes);
  if (decoded.ok) return ok(decoded.text);
  if (decoded.problem === 'binary') {
    return fail('invalid-argument', `"${name}" টেক্সট ফাইল নয়, এটি বাইনারি ফাইল।`, `"${name}" is not a text file (it is binary).`);
  }
  if (decoded.problem === 'not-utf8') {
    const ansi = decodeWindows1252(bytes);
    if (looksLikeBijoy(ansi)) return ok(ansi);
  }
  return fail(
    'invalid-argument',
    `"${name}" ফাইলটি ইউনিকোড (UTF-8) নয়। ফাইলটি UTF-8 হিসেবে সংরক্ষণ করে আবার আমদানি করুন।`,
    `"${name}" is not UTF-8 text. Save it as UTF-8 and import it again.`,
  );
}

/** Reads a file chosen for import: an .html, .htm or .txt file of at most MAX_IMPORT_BYTES, as text. */
export async function readImportFile(path: string, fs: Pick<typeof nodeFs, 'open'> = nodeFs): Promise<Result<ImportedFile>> {
  const name = basename(path);
  const kind = KINDS[extname(path).toLowerCase()];
  if (!kind) {
    return fail(
      'invalid-argument',
      `"${name}" ফাইলটি আমদানি করা যায় না: শুধু .html, .htm আর .txt ফাইল আমদানি করা যায়।`,
      `Cannot import "${name}": only .html, .htm and .txt files can be imported.`,
    );
  }
  let bytes: Uint8Array;
  try {
    const handle = await fs.open(path, 'r');
    try {
      // Measured before reading, so a huge file is refused without being loaded.
      const { size } = await handle.stat();
      if (size > MAX_IMPORT_BYTES) {
        return fail(
          'invalid-argument',
          `"${name}" ফাইলটি আমদানির জন্য অনেক বড় (২০ মেগাবাইটের বেশি)।`,
          `"${name}" is too large to import (over 20 MB).`,
          `${size} bytes`,
        );
      }
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (err) {
    const detail = (err as Error)?.message ?? String(err);
    return fsErrorCode(err) === 'not-found'
      ? fail('not-found', `"${name}" ফাইলটি খুঁজে পাওয়া যায়নি।`, `"${name}" was not found.`, detail)
      : fail('io', `"${name}" ফাইলটি পড়া যায়নি।`, `"${name}" could not be read.`, detail);
  }
  const text = decode(name, bytes);
  return text.ok ? ok({ name, kind, text: text.value }) : text;
}
