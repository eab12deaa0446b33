/**
 * What the check bench runs, as one entry for esbuild to bundle the way the app and the `newsroom`
 * bin are bundled (see check.bench.ts): the checker and the regex word scan it is measured against.
 */
export { countWords } from '../../core/bengali/words';
export { createChecker, splitParagraphs } from '../../core/checks/engine';
export { scanParentheticals } from '../../core/checks/gloss';
export { bundledGlossary } from '../../core/glossary/bundled';
export { buildGlossaryIndex } from '../../core/glossary/index';
