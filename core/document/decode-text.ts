/**
 * Bytes of a text file to a string, for every reader of user files (CLI verbs, import). Each caller
 * words the refusal for its own context; what counts as text is decided here, once.
 */
export type TextDecodeProblem = 'utf16' | 'binary' | 'not-utf8';

export type DecodedText = { ok: true; text: string } | { ok: false; problem: TextDecodeProblem };

// One decoder per encoding, made once: a decode without `stream` keeps no state between calls, and a
// command reads hundreds of files.
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF16 = {
  'utf-16le': new TextDecoder('utf-16le', { fatal: true }),
  'utf-16be': new TextDecoder('utf-16be', { fatal: true }),
};

/** UTF-8 only (a byte-order mark is dropped). UTF-16 and binary files are named as such, not "not UTF-8". */
export function decodeUtf8Text(bytes: Uint8Array): DecodedText {
  // A UTF-16 file starts with a byte-order mark and is full of NUL bytes; say what it is, not "binary".
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, problem: 'utf16' };
  }
  if (bytes.includes(0)) return { ok: false, problem: 'binary' };
  try {
    return { ok: true, text: UTF8.decode(bytes) };
  } catch {
    return { ok: false, problem: 'not-utf8' };
  }
}

/**
 * UTF-8, or UTF-16 when the file says so with a byte-order mark (Windows Notepad's "Unicode"): a
 * reporter's UTF-16 file is text, and is read as text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom =
    bytes.length >= 2
      ? bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'utf-16le'
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? 'utf-16be'
          : null
      : null;
  if (bom === null) return decodeUtf8Text(bytes);
  let text: string;
  try {
    text = UTF16[bom].decode(bytes);
  } catch {
    return { ok: false, problem: 'utf16' };
  }
  return text.includes('\0') ? { ok: false, problem: 'binary' } : { ok: true, text };
}

// Windows-1252 puts letters and punctuation where Latin-1 has C1 control characters (0x80–0x9F); five
// slots are unassigned and keep their Latin-1 meaning. Node 20's TextDecoder('windows-1252') decodes as
// plain Latin-1, so the table is applied by hand.
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Text that was read as Latin-1 but written in Windows-1252 ("ANSI"): the C1 slots become their glyphs. */
export function latin1AsWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]!);
}

export function decodeWindows1252(bytes: Uint8Array): string {
  let latin1 = '';
  for (let i = 0; i < bytes.length; i += 0x8000) latin1 += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return latin1AsWindows1252(latin1);
}
