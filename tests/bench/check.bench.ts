/**
 * Checker figures: a synthetic 5,000-word article (cold checker each run), the shared corpus against a
 * plain regex word scan of the same text in the same run, noise on professional copy, and how many
 * Latin parentheticals in Kolkata copy are parsed as glosses with a head (the misses are printed).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { countWords } from '../../core/bengali/words';
import { articleText } from '../../core/checks/cli-check.node';
import { createChecker } from '../../core/checks/engine';
import type { ParagraphInput } from '../../core/checks/engine';
import { scanParentheticals } from '../../core/checks/gloss';
import { nodeIo } from '../../core/cli/io.node';
import { bundledGlossary } from '../../core/glossary/bundled';
import { buildGlossaryIndex } from '../../core/glossary/index';
import { article5k } from './article-fixture';
import { splitParagraphs } from '../../core/checks/engine';

const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}

interface Article {
  path: string;
  text: string;
  paragraphs: ParagraphInput[];
}

function readArticles(dir: string): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const path = join(dir, f);
      const loaded = articleText(path, nodeIo);
      if (!loaded.ok) throw new Error(`${path}: ${loaded.error.message.en}`);
      return { path, text: loaded.text, paragraphs: loaded.paragraphs };
    });
}

export async function bench(log: (line: string) => void): Promise<Record<string, number | string | boolean | null>> {
  const index = buildGlossaryIndex(bundledGlossary());
  const figures: Record<string, number | string | boolean | null> = {};

  const article = article5k();
  const paragraphs = splitParagraphs(article);
  for (let i = 0; i < 5; i++) createChecker({ glossary: index }).checkText(paragraphs);
  const times: number[] = [];
  for (let i = 0; i < 40; i++) {
    const checker = createChecker({ glossary: index });
    const start = performance.now();
    checker.checkText(paragraphs);
    times.push(performance.now() - start);
  }
  figures['check.article5kMs'] = round(median(times));
  log(`5k-word article (${countWords(article)} words, ${paragraphs.length} paragraphs): median ${round(median(times))} ms, min ${round(Math.min(...times))} ms, cold checker each run`);

  if (!existsSync(corpus)) {
    console.log(`skipping corpus figures: ${corpus} is absent`);
    log(`corpus absent at ${corpus}: corpus figures are null`);
    return { ...figures, 'check.corpusRatioToRegexScan': null, 'check.noisePer1kWords': null, 'check.glossParseCoverage': null };
  }
  const bd = readArticles(join(corpus, 'bd-articles'));
  const kolkata = readArticles(join(corpus, 'kolkata-snippets'));
  const all = [...bd, ...kolkata];

  const scans: number[] = [];
  const checks: number[] = [];
  for (let i = 0; i < 7; i++) {
    let start = performance.now();
    for (const a of all) countWords(a.text);
    scans.push(performance.now() - start);
    const checker = createChecker({ glossary: index });
    start = performance.now();
    for (const a of all) checker.checkText(a.paragraphs);
    checks.push(performance.now() - start);
  }
  figures['check.corpusRatioToRegexScan'] = round(median(checks) / median(scans));
  log(`corpus (${all.length} files): check median ${round(median(checks))} ms, regex word scan median ${round(median(scans))} ms, cold checker each run`);

  const checker = createChecker({ glossary: index });
  let words = 0;
  let counted = 0;
  const byRule = new Map<string, number>();
  for (const a of bd) {
    words += countWords(a.text);
    for (const f of checker.checkText(a.paragraphs).findings) {
      byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
      if (f.rule.startsWith('unicode/') || f.rule.startsWith('punctuation/')) continue;
      counted++;
      log(`finding ${a.path.split('/').pop()} ${f.rule} “${f.text}” → ${f.suggestions.map((s) => `“${s}”`).join(' / ')}`);
    }
  }
  figures['check.noisePer1kWords'] = round((counted / words) * 1000, 3);
  log(`bd-articles: ${words} words, ${counted} findings outside unicode/ and punctuation/; by rule: ${[...byRule].map(([r, n]) => `${r} ${n}`).join(', ')}`);

  let latin = 0;
  let headed = 0;
  let matched = 0;
  for (const a of kolkata) {
    for (const p of a.paragraphs) {
      const result = checker.paragraph(p.text);
      for (const pair of scanParentheticals(p.text).pairs) {
        if (/[\u0980-\u09FF]/.test(pair.inner) || !/[A-Za-z]/.test(pair.inner)) continue;
        latin++;
        const gloss = result.glosses.find((g) => g.open === pair.open);
        if (gloss?.head) headed++;
        if (gloss?.head && gloss.head.method !== 'adjacent') matched++;
        else log(`${gloss?.head ? 'unverified' : 'miss'} ${a.path.split('/').pop()}: …${p.text.slice(Math.max(0, pair.open - 40), pair.close + 1)}${gloss?.head ? ` (head “${gloss.head.text}”, adjacent word only)` : ''}`);
      }
    }
  }
  figures['check.glossParseCoverage'] = round(headed / latin, 3);
  figures['check.glossMatchedCoverage'] = round(matched / latin, 3);
  log(`kolkata-snippets: ${latin} Latin parentheticals, ${headed} parsed as glosses with a head, ${matched} of them with the head matched (glossary, romanisation, translation, acronym)`);
  return figures;
}
