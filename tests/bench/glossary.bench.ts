/**
 * A newsroom's own glossary at scale. `glossary.load10kMs`: a 10,000-entry glossary file read by a
 * fresh store, merged and indexed for the checker (goal ≤ 100). `glossary.import10kMs`: a 10,000-row
 * CSV previewed and applied through the glossary manager, as the import dialog does it (goal ≤ 1,000).
 * `glossary.repeatCallMs`: one more glossary call with the file unchanged (it is not parsed again).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ok } from '../../core/api/result';
import { glossaryWith } from '../../core/glossary/bundled';
import { buildGlossaryIndex } from '../../core/glossary/index';
import { exportGlossaryCsv, exportGlossaryJson } from '../../core/glossary/io';
import type { EntityType, GlossaryEntry } from '../../core/glossary/types';
import { createGlossaryManager } from '../../electron/services/glossary-manager';
import { createGlossaryStore } from '../../electron/services/glossary-store';
import type { BenchFigures } from './run';
import { median, round } from './stats';

const ENTRIES = 10_000;
const RUNS = 5;
const CONSONANTS = ['ক', 'খ', 'গ', 'চ', 'জ', 'ট', 'ড', 'ত', 'দ', 'ন', 'প', 'ব', 'ম', 'র', 'ল', 'স', 'হ', 'শ'];
const SIGNS = ['', 'া', 'ি', 'ী', 'ু', 'ে', 'ো'];
const LATIN = ['k', 'kh', 'g', 'ch', 'j', 't', 'd', 't', 'd', 'n', 'p', 'b', 'm', 'r', 'l', 's', 'h', 'sh'];
const VOWELS = ['a', 'a', 'i', 'ee', 'u', 'e', 'o'];
const TYPES: EntityType[] = ['person', 'place', 'org', 'other'];

/** The i-th of a run of distinct made-up names, in Bengali and in Latin letters, three syllables a word. */
function name(i: number, words: number): { bn: string; en: string } {
  const bn: string[] = [];
  const en: string[] = [];
  let n = i;
  for (let w = 0; w < words; w++) {
    let b = '';
    let e = '';
    for (let s = 0; s < 3; s++) {
      const c = n % CONSONANTS.length;
      const v = Math.floor(n / CONSONANTS.length) % SIGNS.length;
      n = Math.floor(n / (CONSONANTS.length * SIGNS.length)) + s + w;
      b += CONSONANTS[c]! + SIGNS[v]!;
      e += LATIN[c]! + VOWELS[v]!;
    }
    bn.push(b);
    en.push(e[0]!.toUpperCase() + e.slice(1));
  }
  return { bn: bn.join(' '), en: en.join(' ') };
}

function entries(count: number, offset: number): GlossaryEntry[] {
  const out: GlossaryEntry[] = [];
  const seen = new Set<string>();
  for (let i = offset; out.length < count; i++) {
    const { bn, en } = name(i, 2);
    if (seen.has(bn)) continue;
    seen.add(bn);
    const entry: GlossaryEntry = { bn, variants: [`${bn}ে`], en: `${en} ${out.length}`, type: TYPES[i % TYPES.length]! };
    if (i % 3 === 0) entry.aliases = [bn.split(' ')[1]!];
    if (i % 5 === 0) entry.note = 'নিউজরুমের নিজস্ব বানান';
    out.push(entry);
  }
  return out;
}

export async function bench(log: (line: string) => void): Promise<BenchFigures> {
  const root = mkdtempSync(join(tmpdir(), 'newsroom-bench-glossary-'));
  try {
    const own = entries(ENTRIES, 0);
    const loads: number[] = [];
    const repeats: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const dataDir = join(root, `load-${run}`);
      const store = createGlossaryStore(dataDir);
      const written = await store.importEntries([]);
      if (!written.ok) throw new Error(written.error.message.en);
      writeFileSync(join(dataDir, 'glossary.json'), exportGlossaryJson(own));
      const fresh = createGlossaryStore(dataDir);
      const start = performance.now();
      const merged = await fresh.merged();
      if (!merged.ok || merged.value.entries.length !== ENTRIES) throw new Error('the glossary did not load');
      buildGlossaryIndex(glossaryWith(merged.value.entries));
      loads.push(performance.now() - start);
      const again = performance.now();
      await fresh.merged();
      repeats.push(performance.now() - again);
    }
    log(`10,000-entry glossary.json read, merged and indexed: median ${round(median(loads))} ms of ${loads.map(round).join(', ')}`);

    const csvPath = join(root, 'import.csv');
    writeFileSync(csvPath, exportGlossaryCsv(entries(ENTRIES, 7 * ENTRIES)));
    const imports: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const store = createGlossaryStore(join(root, `import-${run}`));
      const manager = createGlossaryManager({
        store,
        keepSharedPath: () => ok(undefined),
        dialogs: { chooseImport: async () => csvPath, chooseExport: async () => null, chooseShared: async () => null },
      });
      const start = performance.now();
      const preview = await manager.previewGlossaryImport();
      if (!preview.ok || !preview.value?.token)
        throw new Error(
          `the import was not previewed: ${preview.ok ? JSON.stringify(preview.value?.problems.slice(0, 3)) : preview.error.message.en}`,
        );
      const applied = await manager.applyGlossaryImport(preview.value.token);
      if (!applied.ok || applied.value.own.length !== ENTRIES) throw new Error('the import was not applied');
      imports.push(performance.now() - start);
    }
    log(`10,000-row CSV previewed and applied: median ${round(median(imports))} ms of ${imports.map(round).join(', ')}`);
    return {
      'glossary.load10kMs': round(median(loads)),
      'glossary.import10kMs': round(median(imports)),
      'glossary.repeatCallMs': round(median(repeats)),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
