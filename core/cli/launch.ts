/**
 * The `newsroom` bin (dist/cli/newsroom.js): loads the command's bundle (newsroom-core.js) with the V8
 * code cache the build writes beside it, so a start does not parse and compile a megabyte of
 * JavaScript again. A cache from another Node version, or none,
 * is refused by V8 and the bundle compiles as it would without one. Kept free of imports from the
 * rest of core/: this file is its own small bundle.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/** What main.ts exports. */
interface Core {
  main(argv: readonly string[]): void;
}

const CORE_FILE = join(__dirname, 'newsroom-core.js');
export const CODE_CACHE_FILE = `${CORE_FILE}.cache`;

/**
 * V8 flags for a short batch run. Most of a cold `newsroom check` is V8 compiling the checker while it
 * runs: the corpus pass takes ~550 ms cold against ~150 ms in a process whose JIT is warm but whose
 * dictionary, glossary index and checker are new. Less inlining and no loop peeling make each optimising
 * compile smaller, so hot code reaches its fast tier sooner (the cold pass ~400 ms; ten passes in one
 * process are still faster, not slower). Set before the bundle is compiled, here and so in the build
 * that writes the code cache: V8 refuses a cache made under other flags.
 */
const BATCH_JIT_FLAGS = '--max-inlined-bytecode-size-cumulative=100 --no-turbo-loop-peeling';

/** The bundle compiled (with the code cache when V8 accepts it) and run as a CommonJS module. */
export function loadCore(): { core: Core; script: Script } {
  setFlagsFromString(BATCH_JIT_FLAGS);
  const source = readFileSync(CORE_FILE, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(CODE_CACHE_FILE);
  } catch {
    cachedData = undefined; // not built yet, or removed: compiled as usual
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: CORE_FILE,
    cachedData,
  });
  const module = { exports: {} as Core };
  script.runInThisContext()(module.exports, createRequire(CORE_FILE), module, CORE_FILE, __dirname);
  return { core: module.exports, script };
}

if (require.main === module) loadCore().core.main(process.argv.slice(2));

/** For `npm run newsroom` (scripts/newsroom.mjs), which loads the bin rather than starting it. */
export function main(argv: readonly string[]): void {
  loadCore().core.main(argv);
}
