/**
 * A seeded sample of what the spelling check says on bd-articles, for reading by hand (docs/checks.md,
 * "The spelling check on real copy"). Not a bench (run.ts does not pick it up) and not shipped:
 *
 *   npx tsx tests/bench/spelling-sample.ts [--seed N] [--count N] [--all] [--out FILE] [--corpus kolkata-snippets]
 *
 * It prints two lists, as TSV (article, word, stem tried, suggestions):
 * - every `spelling/unknown` finding on the corpus, at the default severity (info) and as a warning;
 * - a seeded random sample of the article's unknown words: each Bengali word (one per spelling per
 *   article) that the shipped list, its reformed ি/ু spelling and the glossary all miss, which is what
 *   the rule chooses its findings from. It reads the rule's inputs (the paragraph's words and their
 *   stems), so it sees the same words the rule sees, less the rule's own filters (a respelling the
 *   article or the dictionary offers).
 * Skips with a printed line when the corpus is absent.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shippedDictionary } from '../../core/bengali/dictionary';
import { DEFAULT_HOUSE_STYLE } from '../../core/bengali/house-style';
import { articleText } from '../../core/cli/article';
import { nodeIo } from '../../core/cli/io.node';
import { createChecker, type ParagraphInput } from '../../core/checks/engine';
import { WORD_ASCII_DIGITS, WORD_BENGALI, WORD_BENGALI_DIGITS, WORD_MAY_NEED_REPAIR, WORD_NAME } from '../../core/checks/lexicon';
import { inGlossary, knownAs } from '../../core/checks/rules/spelling';
import { bundledGlossary } from '../../core/glossary/bundled';
import { buildGlossaryIndex } from '../../core/glossary/index';

const corpora = join(__dirname, '..', '..', '..', 'shared', 'corpus');

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

/**
 * A word's place in the seed's order: an FNV-1a hash of the seed, the article and the word. The sample
 * is the lowest 50, so a word the list learns leaves the sample without reshuffling the rest: the same
 * seed before and after a change shows what the change fixed.
 */
function rank(seed: number, file: string, word: string): number {
  let h = 0x811c9dc5 ^ seed;
  for (const c of `${file}\u0000${word}`) h = Math.imul(h ^ c.codePointAt(0)!, 0x01000193) >>> 0;
  return h;
}

const NOT_CHECKED = WORD_ASCII_DIGITS | WORD_BENGALI_DIGITS | WORD_MAY_NEED_REPAIR | WORD_NAME;
const JOINED = /[-.'’]/;

function main(): void {
  const corpus = join(corpora, option('--corpus') ?? 'bd-articles');
  if (!existsSync(corpus)) {
    console.log(`skipping: ${corpus} is absent`);
    return;
  }
  const seed = Number(option('--seed') ?? 1);
  const count = Number(option('--count') ?? 50);
  const index = buildGlossaryIndex(bundledGlossary());
  const dictionary = shippedDictionary();
  const checkers = {
    info: createChecker({ glossary: index, dictionary, style: { ...DEFAULT_HOUSE_STYLE, spellingSeverity: 'info' } }),
    warning: createChecker({ glossary: index, dictionary, style: { ...DEFAULT_HOUSE_STYLE, spellingSeverity: 'warning' } }),
  };
  const lines: string[] = [];
  const unknown: { file: string; word: string; stem: string }[] = [];
  let words = 0;
  for (const file of readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const loaded = articleText(join(corpus, file), nodeIo);
    if (!loaded.ok) throw new Error(`${file}: ${loaded.error.message.en}`);
    const blocks: ParagraphInput[] = loaded.value.blocks;
    for (const [severity, checker] of Object.entries(checkers)) {
      const result = checker.checkText(blocks);
      for (const f of result.findings)
        if (f.rule === 'spelling/unknown') lines.push(['finding', severity, file, f.text, (f.suggestions ?? []).join(' ')].join('\t'));
      if (severity !== 'info') continue;
      const seen = new Set<string>();
      for (const { result: paragraph } of result.paragraphs) {
        const w = paragraph.words;
        for (let i = 0; i < w.length; i++) {
          words++;
          const flags = w.flags[i]!;
          if ((flags & WORD_BENGALI) === 0 || (flags & NOT_CHECKED) !== 0) continue;
          const facts = w.facts[i]!;
          if (facts.folded.length < 2 || JOINED.test(facts.folded) || seen.has(facts.folded)) continue;
          seen.add(facts.folded);
          const stems = facts.stems;
          if (inGlossary(stems, index)) continue;
          if (stems.some((s, k) => knownAs(s, k > 0, dictionary))) continue;
          unknown.push({ file, word: facts.text, stem: stems[stems.length - 1]! });
        }
      }
    }
  }
  const sample = unknown
    .map((u) => ({ u, r: rank(seed, u.file, u.word) }))
    .sort((a, b) => a.r - b.r)
    .slice(0, count)
    .map(({ u }) => u)
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const head = `# ${words} words; ${unknown.length} unknown spellings (one per article); sample of ${sample.length}, seed ${seed}`;
  const all = process.argv.includes('--all') ? unknown : sample;
  const out = [head, ...lines, ...all.map((u) => ['unknown', '', u.file, u.word, u.stem].join('\t'))].join('\n');
  const to = option('--out');
  if (to) writeFileSync(to, `${out}\n`);
  console.log(out);
}

main();
