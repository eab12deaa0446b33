/**
 * What the check bench runs, as one entry for esbuild to bundle the way the app and the `newsroom`
 * bin are bundled (see check.bench.ts): the checker and the regex word scan it is measured against.
 */
import { WORD_PATTERN } from '../../core/bengali/words';

export { countWords } from '../../core/bengali/words';
export { createChecker, splitParagraphs } from '../../core/checks/engine';
export { scanParentheticals } from '../../core/checks/gloss';
export { bundledGlossary } from '../../core/glossary/bundled';
export { buildGlossaryIndex } from '../../core/glossary/index';

/**
 * The plain regex word scan DESIGN.md's budget is stated against: every match of the word pattern.
 * Not `countWords`, which walks words with a faster hand-written loop and so is no longer a regex scan.
 */
export function regexWordScan(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD_PATTERN)) count++;
  return count;
}
