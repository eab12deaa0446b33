import type { Result } from './result';

/** A finished page to save where the user chooses; `suggestedName` is offered in the save dialog. */
export interface ExportHtmlRequest {
  html: string;
  suggestedName: string;
}

/** The article for the clipboard in both flavours: a web editor takes the HTML, a plain field the text. */
export interface CopyHtmlRequest {
  html: string;
  text: string;
}

/** A file the user chose to import, read and decoded by the main process; the page makes the article of it. */
export interface ImportedFile {
  /** The file's name without its folder, to tell the user what was imported. */
  name: string;
  kind: 'html' | 'txt';
  text: string;
}

/** The article out of the app and into it: export, the clipboard, import. */
export interface FilesApi {
  /** Asks where to save (a save dialog) and writes the file atomically; null when the user cancelled. */
  exportHtml(request: ExportHtmlRequest): Promise<Result<{ path: string } | null>>;
  /** Puts the article on the system clipboard as HTML and as plain text. */
  copyHtml(request: CopyHtmlRequest): Promise<Result<void>>;
  /** Asks which .html, .htm or .txt file to import (an open dialog) and reads it; null when the user cancelled. */
  importFile(): Promise<Result<ImportedFile | null>>;
}

/** Every method of FilesApi, once; the type makes one left out or misspelt a build error. */
export const FILES_METHODS: Record<keyof FilesApi, true> = {
  exportHtml: true,
  copyHtml: true,
  importFile: true,
};

/**
 * Characters no file name may hold on Windows, macOS or Linux, control characters among them, and
 * invisible marks; not ZWJ and ZWNJ (U+200D, U+200C), which Bengali spelling needs.
 */
const FILE_NAME_ILLEGAL = /[<>:"/\\|?*\u0000-\u001f\u007f\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]+/g;
/** Names Windows reserves for devices, whatever the extension. */
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;
/** Bytes of a file name before `.html`: file systems allow 255, and a Bengali letter takes three. */
const FILE_STEM_MAX_BYTES = 200;
export const UNTITLED_FILE_STEM = 'শিরোনামহীন';

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * The one rule for an exported file's name, applied by the page when it suggests one from the headline
 * and again by the main process, which never trusts what it is given: Bengali letters are kept,
 * characters illegal in file names (path separators among them) become hyphens, and the name ends in `.html`.
 */
export function htmlFileName(name: string): string {
  let stem = name
    .normalize('NFC')
    .replace(/\.html?$/i, '')
    .replace(FILE_NAME_ILLEGAL, '-')
    .replace(/\s+/g, ' ')
    // A leading dot hides a file; Windows drops trailing dots and spaces.
    .replace(/^[\s.-]+|[\s.-]+$/g, '');
  let bytes = 0;
  let end = 0;
  for (const ch of stem) {
    bytes += utf8Length(ch.codePointAt(0)!);
    if (bytes > FILE_STEM_MAX_BYTES) {
      stem = stem.slice(0, end).replace(/[\s.-]+$/, '');
      break;
    }
    end += ch.length;
  }
  if (stem === '') stem = UNTITLED_FILE_STEM;
  if (WINDOWS_DEVICE.test(stem)) stem = `${stem}-`;
  return `${stem}.html`;
}
