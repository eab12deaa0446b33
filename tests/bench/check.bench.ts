/**
 * Checker figures: a synthetic 5,000-word article (cold checker each run), the shared corpus against a
 * plain regex word scan of the same text in the same run, noise on professional copy, and how many
 * Latin parentheticals in Kolkata copy are parsed as glosses with a head (the misses are printed).
 *
 * The checker is timed as it ships: bundled by esbuild, as the renderer and the `newsroom` bin are
 * (scripts/build.mjs), with the word scan from the same bundle. Run from source, tsx compiles each
 * module on its own, so every imported name is reached through two getters, and wraps named
 * functions to keep their names; no shipped build does either, and from source the same check takes
 * about one and a half times as long.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { articleText } from '../../core/cli/article';
import type { ParagraphInput } from '../../core/checks/engine';
import { nodeIo } from '../../core/cli/io.node';
import type * as Engine from './check-engine';
import { median, round } from './stats';

async function shippedEngine(): Promise<typeof Engine> {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-check-bench-'));
  try {
    const outfile = join(dir, 'engine.js');
    await build({
      entryPoints: [join(__dirname, 'check-engine.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'error',
    });
    return require(outfile) as typeof Engine;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * article5k(): a synthetic 5,000-word news article for the check benchmark, written for the project: Bengali
 * prose words, glossary names in several inflections, glosses (some repeated, some late), the
 * punctuation and spelling slips the checker looks for. Deterministic, so runs compare.
 */
const PROSE = (
  'সরকার আজ নতুন নীতি ঘোষণা করেছে এবং মন্ত্রী বলেছেন যে দেশের অর্থনীতি এখন স্থিতিশীল অবস্থায় আছে ' +
  'বিরোধী দল এই সিদ্ধান্তের সমালোচনা করে বলেছে সাধারণ মানুষের জীবনযাত্রার খরচ বেড়েই চলেছে ' +
  'বৈঠকে উপস্থিত কর্মকর্তারা জানিয়েছেন আগামী মাসে আলোচনার পরবর্তী পর্ব শুরু হবে ' +
  'বিশেষজ্ঞরা মনে করছেন বাজারে চালের দাম কমাতে আরও কিছু সময় লাগবে তবে পরিস্থিতি নিয়ন্ত্রণে আছে ' +
  'সংবাদ সম্মেলনে তিনি বলেন নির্বাচনের আগে সব দলের সঙ্গে কথা বলা হবে ইতোমধ্যে প্রস্তুতি শুরু হয়েছে'
).split(' ');

const NAMED = [
  'ইউক্রেনের প্রেসিডেন্ট ভলোদিমির জেলেনস্কি (Ukrainian President Volodymyr Zelensky) বলেছেন',
  'জেলেনস্কির দফতর জানিয়েছে',
  'চিনের (China) প্রতিনিধিদল ঢাকায় পৌঁছেছে',
  'চিন সরকার এ বিষয়ে মন্তব্য করেনি',
  'পরে চিনের (China) মুখপাত্র বলেন',
  'ইরান (Iran)-এ হামলার পর তেহরানে বৈঠক হয়',
  'নেতানিয়াহু (Netanyahu) এক বিবৃতিতে বলেন',
  'নেতানইয়াহু (Netanyahu) আবার বলেন',
  'জার্মানির (France) চ্যান্সেলর সফরে আসছেন',
  'ইসলামবাদে আলোচনা চলছে',
  'হোয়াইট হাউস এর মুখপাত্র জানান',
  'ভারত- বাংলাদেশ সীমান্তে উত্তেজনা',
  'তিনি বলেন , এটি ইতিমধ্যে আলোচনায় এসেছে',
  'ডিএসএ এর অধীনে মামলা হয়েছে',
  'মোট 12 জন আহত হয়েছেন',
];

function article5k(): string {
  const paragraphs: string[] = [];
  let words = 0;
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  while (words < 5000) {
    const parts: string[] = [];
    const length = 40 + (next() % 40);
    for (let i = 0; i < length; i++) {
      parts.push(PROSE[next() % PROSE.length]!);
      if (i % 25 === 12) parts.push(NAMED[next() % NAMED.length]!);
    }
    const text = `${parts.join(' ')}।`;
    words += text.split(/\s+/).length;
    paragraphs.push(text);
  }
  return paragraphs.join('\n\n');
}

/**
 * longParagraph(chars): one paragraph, no line break, of about `chars` characters, dense with glosses
 * (glossary names, unknown romanised names, a hyphenated ending after a bracket), so the gloss pass's
 * work per gloss shows: linear work makes the 300k paragraph take about twice the 150k one.
 */
const LONG_PARAGRAPH_PIECES = [
  'সরকার আজ নতুন নীতি ঘোষণা করেছে',
  'চিনের (China) প্রতিনিধিদল ঢাকায় পৌঁছেছে',
  'নেতানিয়াহু (Netanyahu) এক বিবৃতিতে বলেন',
  'মুখপাত্র রবার্টসন (Robertson) বলেন',
  'ইরান (Iran)-এ হামলার পর বৈঠক হয়',
  'মন্ত্রী বলেছেন দেশের অর্থনীতি স্থিতিশীল',
  'জার্মানির (France) চ্যান্সেলর সফরে আসছেন',
];

function longParagraph(chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const piece = LONG_PARAGRAPH_PIECES[i % LONG_PARAGRAPH_PIECES.length]!;
    parts.push(piece);
    length += piece.length + 1;
  }
  return `${parts.join(' ')}।`;
}

const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus');

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
      return { path, text: loaded.value.text, paragraphs: loaded.value.blocks };
    });
}

export async function bench(log: (line: string) => void): Promise<Record<string, number | string | boolean | null>> {
  const { buildGlossaryIndex, bundledGlossary, countWords, createChecker, regexWordScan, scanParentheticals, splitParagraphs } =
    await shippedEngine();
  const index = buildGlossaryIndex(bundledGlossary());
  const figures: Record<string, number | string | boolean | null> = {};

  const article = article5k();
  const paragraphs = splitParagraphs(article);
  for (let i = 0; i < 30; i++) createChecker({ glossary: index }).checkText(paragraphs);
  const times: number[] = [];
  for (let i = 0; i < 40; i++) {
    const checker = createChecker({ glossary: index });
    const start = performance.now();
    checker.checkText(paragraphs);
    times.push(performance.now() - start);
  }
  figures['check.article5kMs'] = round(median(times));
  log(
    `5k-word article (${countWords(article)} words, ${paragraphs.length} paragraphs): median ${round(median(times))} ms, min ${round(Math.min(...times))} ms, cold checker each run`,
  );

  // Half and whole alternate, each on a cold checker; run 0 warms up and is not counted. The figure is
  // the fastest whole over the fastest half: on a shared machine a run is only ever slowed, and single
  // pairs' ratios scatter widely (they are logged).
  const half = splitParagraphs(longParagraph(150_000));
  const whole = splitParagraphs(longParagraph(300_000));
  const growth: number[] = [];
  const halfTimes: number[] = [];
  const wholeTimes: number[] = [];
  for (let i = 0; i < 16; i++) {
    let start = performance.now();
    createChecker({ glossary: index }).checkText(half);
    const halfMs = performance.now() - start;
    start = performance.now();
    createChecker({ glossary: index }).checkText(whole);
    const wholeMs = performance.now() - start;
    if (i === 0) continue;
    halfTimes.push(halfMs);
    wholeTimes.push(wholeMs);
    growth.push(wholeMs / halfMs);
  }
  figures['check.longParagraphGrowth'] = round(Math.min(...wholeTimes) / Math.min(...halfTimes));
  log(
    `one paragraph of 150k / 300k characters: fastest ${round(Math.min(...halfTimes))} / ${round(Math.min(...wholeTimes))} ms, median ${round(median(halfTimes))} / ${round(median(wholeTimes))} ms, pair ratios ${growth.map((r) => round(r, 2)).join(' ')}; cold checker each run`,
  );

  if (!existsSync(corpus)) {
    log(`skipping corpus figures (null): ${corpus} is absent`);
    return { ...figures, 'check.corpusRatioToRegexScan': null, 'check.noisePer1kWords': null, 'check.glossParseCoverage': null };
  }
  const bd = readArticles(join(corpus, 'bd-articles'));
  const kolkata = readArticles(join(corpus, 'kolkata-snippets'));
  const all = [...bd, ...kolkata];

  // Scan and check alternate, and each run's ratio is taken on its own, so a busy machine slowing one
  // run slows both sides of that ratio; the figure is the median ratio.
  const scans: number[] = [];
  const checks: number[] = [];
  const ratios: number[] = [];
  // The first runs warm up the JIT for both sides and are not counted: until the third, a run's ratio
  // is still two to four times the steady one (the command's cold figure is cli.corpusRatioToRegexScan).
  const WARM_UP = 3;
  for (let i = 0; i < WARM_UP + 11; i++) {
    let start = performance.now();
    for (const a of all) regexWordScan(a.text);
    const scan = performance.now() - start;
    const checker = createChecker({ glossary: index });
    start = performance.now();
    for (const a of all) checker.checkText(a.paragraphs);
    const check = performance.now() - start;
    if (i < WARM_UP) continue;
    scans.push(scan);
    checks.push(check);
    ratios.push(check / scan);
  }
  figures['check.corpusRatioToRegexScan'] = round(median(ratios));
  log(
    `corpus (${all.length} files): check median ${round(median(checks))} ms, regex word scan median ${round(median(scans))} ms, ratios ${ratios.map((r) => round(r, 1)).join(' ')}; cold checker each run`,
  );

  const checker = createChecker({ glossary: index });
  let words = 0;
  let counted = 0;
  const byRule = new Map<string, number>();
  for (const a of bd) {
    words += countWords(a.text);
    for (const f of checker.checkText(a.paragraphs).findings) {
      byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
      // Noise is what the name and gloss checks say of professional copy; the spelling check has its own figure.
      if (f.rule.startsWith('unicode/') || f.rule.startsWith('punctuation/') || f.rule.startsWith('spelling/')) continue;
      counted++;
      log(`finding ${a.path.split('/').pop()} ${f.rule} “${f.text}” → ${f.suggestions.map((s) => `“${s}”`).join(' / ')}`);
    }
  }
  figures['check.noisePer1kWords'] = round((counted / words) * 1000, 3);
  log(
    `bd-articles: ${words} words, ${counted} findings outside unicode/, punctuation/ and spelling/; by rule: ${[...byRule].map(([r, n]) => `${r} ${n}`).join(', ')}`,
  );

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
        else
          log(
            `${gloss?.head ? 'unverified' : 'miss'} ${a.path.split('/').pop()}: …${p.text.slice(Math.max(0, pair.open - 40), pair.close + 1)}${gloss?.head ? ` (head “${gloss.head.text}”, adjacent word only)` : ''}`,
          );
      }
    }
  }
  figures['check.glossParseCoverage'] = round(headed / latin, 3);
  figures['check.glossMatchedCoverage'] = round(matched / latin, 3);
  log(
    `kolkata-snippets: ${latin} Latin parentheticals, ${headed} parsed as glosses with a head, ${matched} of them with the head matched (glossary, romanisation, translation, acronym)`,
  );
  return figures;
}
