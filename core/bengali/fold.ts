/** What `foldForMatch` rewrites; each match folds on its own, so a text can be folded piecewise. */
export const FOLD_PATTERN = /[\u09DC\u09DD\u09DF\u200B-\u200D\u2060\u00AD\uFEFF]|\u09C7[\u09BE\u09D7]/g;
const FOLDED: Record<string, string> = {
  '\u09DC': '\u09A1\u09BC',
  '\u09DD': '\u09A2\u09BC',
  '\u09DF': '\u09AF\u09BC',
  '\u09C7\u09BE': '\u09CB',
  '\u09C7\u09D7': '\u09CC',
};

/**
 * The form two spellings are compared in: nukta letters as letter + nukta (as NFC has them), split
 * vowel signs joined, no ZWJ/ZWNJ or invisible characters. Two spellings that differ only in
 * encoding fold to the same string. Bengali only: it does not run full NFC, which costs a call into
 * ICU per word and changes nothing else the matcher looks at.
 */
export function foldForMatch(text: string): string {
  return text.replace(FOLD_PATTERN, (c) => FOLDED[c] ?? '');
}

const BENGALI_LETTER = /[\u0980-\u09FF]/;

export function hasBengali(text: string): boolean {
  return BENGALI_LETTER.test(text);
}
