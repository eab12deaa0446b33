/**
 * The one reader: a file's bytes through `CliIo.readFile`, decoded as text, every refusal worded in
 * both languages. The glossary and house-style files every verb may be given are read here too.
 */
import { bengaliDigits } from '../bengali/digits';
import { fail, ok, type Result } from '../api/result';
import { DEFAULT_HOUSE_STYLE, parseHouseStyle, type HouseStyle } from '../bengali/house-style';
import { isPresetName, PRESET_NAMES, presetStyle } from '../bengali/presets';
import { decodeText } from '../document/decode-text';
import { importGlossary } from '../glossary/io';
import type { GlossaryEntry } from '../glossary/types';
import { MAX_INPUT_BYTES, NOT_REGULAR, TOO_LARGE, type CliIo } from './io';
import type { OptionSpec } from './options';

const LIMIT_MB = MAX_INPUT_BYTES / (1024 * 1024);

export function readBytes(io: Pick<CliIo, 'readFile'>, path: string): Result<Uint8Array> {
  try {
    return ok(io.readFile(path));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    switch (code) {
      case 'ENOENT':
        return fail('not-found', `"${path}" ফাইলটি পাওয়া যায়নি।`, `File not found: "${path}".`);
      case 'EISDIR':
        return fail('invalid-argument', `"${path}" একটি ফোল্ডার, ফাইল নয়।`, `"${path}" is a folder, not a file.`);
      case NOT_REGULAR:
        return fail(
          'invalid-argument',
          `"${path}" সাধারণ ফাইল নয় (পাইপ বা ডিভাইস), তাই পড়া হলো না।`,
          `"${path}" is not a regular file (a pipe or a device), so it was not read.`,
        );
      case TOO_LARGE:
        return fail(
          'invalid-argument',
          `"${path}" ফাইলটি খুব বড়: ${bengaliDigits(LIMIT_MB)} MB-র বেশি।`,
          `"${path}" is too large: over ${LIMIT_MB} MB.`,
        );
      default:
        return fail('io', `"${path}" ফাইলটি পড়া যায়নি।`, `Could not read "${path}".`, (err as Error).message);
    }
  }
}

/** A text file's text: UTF-8, or UTF-16 with a byte-order mark; a leading byte-order mark is dropped. */
export function readText(io: Pick<CliIo, 'readFile'>, path: string): Result<string> {
  const bytes = readBytes(io, path);
  return bytes.ok ? bytesToText(path, bytes.value) : bytes;
}

/** The bytes read from `path` as text, as `readText` decodes them. */
export function bytesToText(path: string, bytes: Uint8Array): Result<string> {
  const decoded = decodeText(bytes);
  if (decoded.ok) return ok(decoded.text.replace(/^\uFEFF/, ''));
  switch (decoded.problem) {
    case 'binary':
      return fail('invalid-argument', `"${path}" টেক্সট ফাইল নয়, এটি বাইনারি ফাইল।`, `"${path}" is not a text file (it is binary).`);
    case 'utf16':
      return fail(
        'invalid-argument',
        `"${path}" ফাইলটি UTF-16 বলে চিহ্নিত, কিন্তু তাতে ভাঙা অক্ষর আছে।`,
        `"${path}" is marked as UTF-16 but holds broken characters.`,
      );
    default:
      return fail(
        'invalid-argument',
        `"${path}" ফাইলটি UTF-8 নয়। ফাইলটি UTF-8 হিসেবে সংরক্ষণ করে আবার চেষ্টা করুন; বিজয়ে লেখা হলে আগে newsroom convert --from bijoy দিয়ে রূপান্তর করে নিন।`,
        `"${path}" is not UTF-8 text. Save it as UTF-8 and try again; if it was typed in Bijoy, convert it first with newsroom convert --from bijoy.`,
      );
  }
}

/** The newsroom's glossary file (`--glossary`), or none. */
export function readGlossary(io: Pick<CliIo, 'readFile'>, path: string | undefined): Result<GlossaryEntry[]> {
  if (path === undefined) return ok([]);
  const text = readText(io, path);
  return text.ok ? importGlossary(path, text.value) : text;
}

/** `--style`, as every verb that follows a house style declares it: a preset's name or a house-style file. */
export const STYLE_OPTION: OptionSpec = { name: '--style', value: `${PRESET_NAMES.join('|')}|FILE` };

/**
 * The house style `--style` names: a preset (`kolkata`, `dhaka`; a file of that name is given as
 * `./kolkata`), a house-style file, or the default without it.
 */
export function readStyle(io: Pick<CliIo, 'readFile'>, path: string | undefined): Result<HouseStyle> {
  if (path === undefined) return ok(DEFAULT_HOUSE_STYLE);
  if (isPresetName(path)) return ok(presetStyle(path));
  const text = readText(io, path);
  if (!text.ok) return text;
  let json: unknown;
  try {
    json = JSON.parse(text.value);
  } catch (err) {
    return fail(
      'invalid-argument',
      `"${path}" হাউস স্টাইল ফাইলটি ঠিকঠাক JSON নয়।`,
      `The house style file "${path}" is not valid JSON.`,
      (err as Error).message,
    );
  }
  return parseHouseStyle(json);
}
