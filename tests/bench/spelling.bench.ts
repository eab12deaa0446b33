/**
 * Spelling figures on bd-articles: findings of `spelling/unknown` per 1,000 words with the shipped word
 * list, and with LibreOffice's bn_BD added where it is installed (`/usr/share/hunspell`, never shipped),
 * at the default severity (info: what the article proves) and as a warning (the dictionary trusted).
 * The time to check the corpus with a dictionary met for the first time is logged beside them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dictionaryOf, shippedDictionary, unionOf, type Dictionary } from '../../core/bengali/dictionary';
import { DEFAULT_HOUSE_STYLE } from '../../core/bengali/house-style';
import { wordsOfFile } from '../../core/bengali/hunspell';
import { countWords } from '../../core/bengali/words';
import { articleText } from '../../core/cli/article';
import { nodeIo } from '../../core/cli/io.node';
import { createChecker, type ParagraphInput } from '../../core/checks/engine';
import { bundledGlossary } from '../../core/glossary/bundled';
import { buildGlossaryIndex } from '../../core/glossary/index';
import { round } from './stats';

const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'bd-articles');
const BN_BD = '/usr/share/hunspell/bn_BD.dic';

export async function bench(log: (line: string) => void): Promise<Record<string, number | null>> {
  const keys = [
    'check.spellingPer1kWords',
    'check.spellingPer1kWordsBnBD',
    'check.spellingWarningPer1kWords',
    'check.spellingWarningPer1kWordsBnBD',
  ];
  if (!existsSync(corpus)) {
    log(`skipping spelling figures (null): ${corpus} is absent`);
    return Object.fromEntries(keys.map((k) => [k, null]));
  }
  const articles: { text: string; blocks: ParagraphInput[] }[] = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const loaded = articleText(join(corpus, f), nodeIo);
      if (!loaded.ok) throw new Error(`${f}: ${loaded.error.message.en}`);
      return loaded.value;
    });
  const words = articles.reduce((n, a) => n + countWords(a.text), 0);
  const index = buildGlossaryIndex(bundledGlossary());
  let bnBD: Dictionary | null = null;
  if (existsSync(BN_BD)) {
    const read = wordsOfFile(BN_BD, readFileSync(BN_BD, 'utf8'), null);
    if (read.ok) bnBD = unionOf([shippedDictionary(), dictionaryOf(read.value)]);
  } else log(`bn_BD figures null: ${BN_BD} is absent (apt-get install hunspell-bn)`);

  const per1k = (dictionary: Dictionary | null, severity: 'info' | 'warning', name: string): number | null => {
    if (!dictionary) return null;
    const checker = createChecker({ glossary: index, dictionary, style: { ...DEFAULT_HOUSE_STYLE, spellingSeverity: severity } });
    const start = performance.now();
    let found = 0;
    for (const a of articles) for (const f of checker.checkText(a.blocks).findings) if (f.rule === 'spelling/unknown') found++;
    log(`${name}, ${severity}: ${found} findings in ${words} words; ${round(performance.now() - start, 1)} ms for the corpus`);
    return round((found / words) * 1000);
  };
  return {
    'check.spellingPer1kWords': per1k(shippedDictionary(), 'info', 'shipped list'),
    'check.spellingPer1kWordsBnBD': per1k(bnBD, 'info', 'shipped + bn_BD'),
    'check.spellingWarningPer1kWords': per1k(shippedDictionary(), 'warning', 'shipped list'),
    'check.spellingWarningPer1kWordsBnBD': per1k(bnBD, 'warning', 'shipped + bn_BD'),
  };
}
