/**
 * The regional presets on real copy: `entity/variant` + `style/variant` findings per 1,000 words of
 * Kolkata copy under `kolkata` and of Dhaka copy under `dhaka` (goal ≤ 0.5 each), and the Kolkata copy
 * under the default style (no preset), the figure the presets were made to bring down. Each finding
 * counted is printed, so a figure that rises can be read. Counts, not times: run from source.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../../core/bengali/house-style';
import { presetStyle } from '../../core/bengali/presets';
import { countWords } from '../../core/bengali/words';
import { createChecker } from '../../core/checks/engine';
import { articleText } from '../../core/cli/article';
import { nodeIo } from '../../core/cli/io.node';
import { bundledGlossary } from '../../core/glossary/bundled';
import { buildGlossaryIndex } from '../../core/glossary/index';

const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus');

const COUNTED = new Set(['entity/variant', 'style/variant']);

function variantsPer1kWords(dir: string, style: HouseStyle, label: string, log: (line: string) => void): number {
  const checker = createChecker({ glossary: buildGlossaryIndex(bundledGlossary()), style });
  let words = 0;
  let counted = 0;
  let mixes = 0;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const article = articleText(join(dir, file), nodeIo);
    if (!article.ok) throw new Error(`${file}: ${article.error.message.en}`);
    words += countWords(article.value.text);
    for (const f of checker.checkText(article.value.blocks).findings) {
      if (f.rule === 'entity/inconsistent') mixes++;
      if (!COUNTED.has(f.rule)) continue;
      counted++;
      log(`${label} ${file} ${f.rule} “${f.text}” → ${f.suggestions.map((s) => `“${s}”`).join(' / ')}`);
    }
  }
  log(`${label}: ${words} words, ${counted} entity/variant + style/variant, ${mixes} entity/inconsistent`);
  return Number(((counted / words) * 1000).toFixed(3));
}

export async function bench(log: (line: string) => void): Promise<Record<string, number | null>> {
  if (!existsSync(corpus)) {
    log(`skipping the regional figures (null): ${corpus} is absent`);
    return { 'check.kolkataVariantPer1kWords': null, 'check.dhakaVariantPer1kWords': null, 'check.kolkataVariantPer1kWordsNoPreset': null };
  }
  const kolkata = join(corpus, 'kolkata-snippets');
  const bd = join(corpus, 'bd-articles');
  return {
    'check.kolkataVariantPer1kWords': variantsPer1kWords(kolkata, presetStyle('kolkata'), 'kolkata-snippets, kolkata', log),
    'check.dhakaVariantPer1kWords': variantsPer1kWords(bd, presetStyle('dhaka'), 'bd-articles, dhaka', log),
    'check.kolkataVariantPer1kWordsNoPreset': variantsPer1kWords(kolkata, DEFAULT_HOUSE_STYLE, 'kolkata-snippets, no preset', log),
  };
}
