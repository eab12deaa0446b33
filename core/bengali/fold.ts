/** What a character folds to; undefined when it stays. ে + া and ে + ৗ are looked at in `foldForMatch`. */
function foldedChar(code: number): string | undefined {
  switch (code) {
    case 0x09dc:
      return '\u09A1\u09BC';
    case 0x09dd:
      return '\u09A2\u09BC';
    case 0x09df:
      return '\u09AF\u09BC';
    case 0x200b:
    case 0x200c:
    case 0x200d:
    case 0x2060:
    case 0x00ad:
    case 0xfeff:
      return '';
    default:
      return undefined;
  }
}

/**
 * The form two spellings are compared in: nukta letters as letter + nukta (as NFC has them), split
 * vowel signs joined, no ZWJ/ZWNJ or invisible characters. Two spellings that differ only in
 * encoding fold to the same string. Bengali only: it does not run full NFC, which costs a call into
 * ICU per word and changes nothing else the matcher looks at. Each rewrite is local to one character
 * (or ে + its second half), so a text folds the same whole or word by word; a text with nothing to
 * fold comes back as it is, since most words have nothing.
 */
export function foldForMatch(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let folded = foldedChar(code);
    let width = 1;
    if (code === 0x09c7) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x09be) folded = '\u09CB';
      else if (next === 0x09d7) folded = '\u09CC';
      if (folded !== undefined) width = 2;
    }
    if (folded === undefined) continue;
    out += text.slice(copied, i) + folded;
    i += width - 1;
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Whether `foldForMatch` would change the text, tested natively: a list of thousands of words, nearly
 * none with anything to fold, is sorted by this rather than folded word by word in script. It names the
 * characters `foldedChar` folds and ে before া or ৗ; fold.test.ts holds the two together.
 */
export const MAY_FOLD = /[\u09DC\u09DD\u09DF\u200B-\u200D\u2060\u00AD\uFEFF]|\u09C7[\u09BE\u09D7]/;

const BENGALI_LETTER = /[\u0980-\u09FF]/;

export function hasBengali(text: string): boolean {
  return BENGALI_LETTER.test(text);
}
