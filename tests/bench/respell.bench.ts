/**
 * Fault injection over ../shared/corpus (bd-articles and kolkata-snippets; skipped, with a printed line,
 * where it is absent): one sound-alike respelling at a time in a copy of a real article (see
 * respell.ts), and whether a finding of any rule then covers the respelt word.
 *
 * - `check.respellNameRecall`: of respelt names, glossed and unglossed (goal ≥ 0.9);
 * - `check.respellWordRecall`: of respelt words the article uses 3+ times (goal ≥ 0.7; the spelling
 *   check raises most of these);
 * - `check.injectedNewFindings`: findings a respelling adds elsewhere, per mutant (goal ≤ 0.05).
 * Mutants are drawn with a fixed seed, at most MUTANTS_PER_KIND of each kind per article, so runs compare.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker } from '../../core/checks/engine';
import { articleText } from '../../core/cli/article';
import { nodeIo } from '../../core/cli/io.node';
import { bundledGlossary } from '../../core/glossary/bundled';
import { buildGlossaryIndex } from '../../core/glossary/index';
import { type MutantKind, mutantsOf, random, runMutant } from './respell';
import { round } from './stats';

const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus');
const MUTANTS_PER_KIND = 4;
const SEED = 20261202;

export async function bench(log: (line: string) => void): Promise<Record<string, number | string | boolean | null>> {
  if (!existsSync(corpus)) {
    log(`skipping respell figures (null): ${corpus} is absent`);
    return { 'check.respellNameRecall': null, 'check.respellWordRecall': null, 'check.injectedNewFindings': null };
  }
  const index = buildGlossaryIndex(bundledGlossary());
  const checker = createChecker({ glossary: index });
  const next = random(SEED);
  const tally: Record<MutantKind, { mutants: number; caught: number }> = {
    glossed: { mutants: 0, caught: 0 },
    unglossed: { mutants: 0, caught: 0 },
    word: { mutants: 0, caught: 0 },
  };
  const byRule = new Map<string, number>();
  let added = 0;
  let mutants = 0;
  const start = performance.now();
  for (const dir of ['bd-articles', 'kolkata-snippets']) {
    for (const file of readdirSync(join(corpus, dir))
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const loaded = articleText(join(corpus, dir, file), nodeIo);
      if (!loaded.ok) throw new Error(`${file}: ${loaded.error.message.en}`);
      const paragraphs = loaded.value.blocks;
      const before = checker.checkText([...paragraphs]).findings;
      for (const mutant of mutantsOf(checker, paragraphs, index, next, MUTANTS_PER_KIND)) {
        const result = runMutant(checker, paragraphs, before, mutant);
        mutants++;
        tally[mutant.kind].mutants++;
        added += result.added;
        if (result.caught) tally[mutant.kind].caught++;
        for (const rule of new Set(result.rules)) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
        if (!result.caught || result.added > 0)
          log(
            `${result.caught ? 'caught' : 'missed'} ${mutant.kind} ${file}: “${mutant.original}” → “${mutant.respelt}”${result.added > 0 ? `, ${result.added} finding(s) added elsewhere` : ''}`,
          );
      }
    }
  }
  const names = tally.glossed.mutants + tally.unglossed.mutants;
  const namesCaught = tally.glossed.caught + tally.unglossed.caught;
  log(
    `${mutants} mutants in ${round((performance.now() - start) / 1000, 1)} s: glossed names ${tally.glossed.caught}/${tally.glossed.mutants}, unglossed names ${tally.unglossed.caught}/${tally.unglossed.mutants}, words ${tally.word.caught}/${tally.word.mutants}; ${added} findings added elsewhere; caught by ${[...byRule].map(([r, n]) => `${r} ${n}`).join(', ')}`,
  );
  return {
    'check.respellNameRecall': names === 0 ? null : round(namesCaught / names),
    'check.respellWordRecall': tally.word.mutants === 0 ? null : round(tally.word.caught / tally.word.mutants),
    'check.injectedNewFindings': mutants === 0 ? null : round(added / mutants),
  };
}
