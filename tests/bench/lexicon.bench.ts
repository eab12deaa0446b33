/**
 * The shipped word list. `check.lexiconWords`: its entries (bare nouns and the other surface forms). `check.lexiconMB`: the heap
 * the built dictionary holds (goal ≤ 40; exact only when run with
 * `node --expose-gc`, e.g. `NODE_OPTIONS=--expose-gc npx tsx tests/bench/run.ts lexicon`, else it is
 * null). `check.lexiconBuildMs`: building the list and its dictionary again once the code is loaded,
 * the median of 3 (the first spelling check pays it once), in CPU milliseconds so that a loaded machine
 * does not inflate it. `check.lexiconCoverage`: the share of Bengali word tokens in ../shared/corpus/bd-articles that
 * the dictionary or the bundled glossary knows (numbers left out; null without the corpus).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldForMatch } from '../../core/bengali/fold';
import { stemCandidates } from '../../core/bengali/suffix';
import { bundledGlossary } from '../../core/glossary/bundled';
import type { BenchFigures } from './run';

const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'bd-articles');

const gc = (globalThis as { gc?: () => void }).gc;

export async function bench(log: (line: string) => void): Promise<BenchFigures> {
  gc?.();
  const before = process.memoryUsage().heapUsed;
  // Imported here, not at the top, so that what the list and its dictionary hold is what is weighed.
  const { buildWordList } = await import('../../core/bengali/wordlist');
  const { buildShippedDictionary, shippedDictionary } = await import('../../core/bengali/dictionary');
  const dictionary = shippedDictionary();
  gc?.();
  const heapMB = gc ? (process.memoryUsage().heapUsed - before) / 2 ** 20 : null;
  const { nouns, forms } = buildWordList();
  const wordCount = nouns.length + forms.length;
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const started = process.cpuUsage();
    buildShippedDictionary();
    const used = process.cpuUsage(started);
    times.push((used.user + used.system) / 1000);
  }
  const buildMs = times.sort((a, b) => a - b)[1]!;
  if (!gc) log('lexiconMB needs node --expose-gc (NODE_OPTIONS=--expose-gc): reported as null');
  const figures: BenchFigures = {
    'check.lexiconWords': wordCount,
    'check.lexiconMB': heapMB === null ? null : Math.round(heapMB * 10) / 10,
    'check.lexiconBuildMs': Math.round(buildMs),
  };
  if (!existsSync(corpus)) {
    log(`skipping check.lexiconCoverage (null): ${corpus} is absent`);
    return { ...figures, 'check.lexiconCoverage': null };
  }
  const glossary = new Set<string>();
  for (const e of bundledGlossary())
    for (const name of [e.bn, ...e.variants, ...(e.aliases ?? [])])
      for (const w of name.split(/[\s-]+/)) if (w) glossary.add(foldForMatch(w.normalize('NFC')));
  let tokens = 0;
  let known = 0;
  for (const file of readdirSync(corpus).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(join(corpus, file), 'utf8').normalize('NFC');
    for (const [word] of text.matchAll(/[\u0980-\u09FF\u200c\u200d]+/g)) {
      if (/[\u09E6-\u09EF]/.test(word) || !/[\u0985-\u09B9\u09DC-\u09DF]/.test(word)) continue;
      tokens++;
      if (dictionary.has(word) || stemCandidates(foldForMatch(word)).some((s) => glossary.has(s))) known++;
    }
  }
  log(`${known} of ${tokens} Bengali word tokens known`);
  return { ...figures, 'check.lexiconCoverage': Math.round((known / tokens) * 10_000) / 10_000 };
}
