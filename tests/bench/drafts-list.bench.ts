/**
 * The drafts list with 10,000 drafts (issue 5, budget 300 ms): `drafts.list10000Ms` is one list plus
 * one search by a running store that stats every draft file for each (median of 7). Also the same
 * just after an autosave (one draft read again, the index rewritten), repeated within
 * FULL_SCAN_MAX_AGE_MS (no file statted), by a freshly started store (the index read from disk; the
 * list alone too, as the app asks at start), the first list of all (no index yet: every draft
 * parsed), the search alone, and the sizes of the index's two files.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { newDraft, newDraftId } from '../../core/document/draft';
import type { DocJSON } from '../../core/document/schema';
import { createDraftStore, type DraftStore } from '../../electron/services/draft-store';
import { FULL_SCAN_MAX_AGE_MS } from '../../electron/services/drafts-index';
import type { BenchFigures } from './run';
import { median, round } from './stats';

const DRAFTS = 10_000;
const RUNS = 7;

// Our own newsroom-like words; ড় ঢ় য় alternate between their two encodings, as real drafts mix them.
const PLACES = ['ঢাকা', 'চট্টগ্রাম', 'খুলনা', 'রাজশাহী', 'সিলেট', 'বরিশাল', 'রংপুর', 'ময়মনসিংহ'];
const TOPICS = ['বৃষ্টি', 'যানজট', 'বাজারদর', 'নির্বাচন', 'বন্যা', 'লোডশেডিং', 'পরীক্ষা', 'খেলা'];
const SENTENCES = [
  'স্থানীয় প্রশাসন জানিয়েছে, পরিস্থিতি নিয়ন্ত্রণে আনতে বাড়তি লোক নামানো হয়েছে।',
  'বাসিন্দারা বলছেন, গত কয়েক দিনে ভোগান্তি অনেক বেড়েছে।',
  'জেলা প্রশাসক (Deputy Commissioner) সাংবাদিকদের বলেন, ক্ষতিগ্রস্তদের তালিকা তৈরি হচ্ছে।',
  'ব্যবসায়ীরা জানান, সরবরাহ কমে যাওয়ায় দাম বেড়েছে।',
  'বিশেষজ্ঞরা মনে করেন, দীর্ঘমেয়াদি পরিকল্পনা ছাড়া এ সমস্যার সমাধান হবে না।',
];

/** ড় and য় as one code point in odd drafts, as letter + nukta in even ones. */
function encoded(text: string, i: number): string {
  return i % 2 === 0
    ? text.replace(/\u09DF/g, '\u09AF\u09BC').replace(/\u09DC/g, '\u09A1\u09BC')
    : text.replace(/\u09AF\u09BC/g, '\u09DF').replace(/\u09A1\u09BC/g, '\u09DC');
}

function textOf(i: number, sentences: number): string {
  const out: string[] = [];
  for (let s = 0; s < sentences; s++) out.push(SENTENCES[(i + s) % SENTENCES.length]!);
  return out.join(' ');
}

/**
 * 10,000 drafts written straight to a drafts folder (setup, not measured): a headline, a standfirst
 * and three paragraphs (about 1,200 characters); every 20th a long piece of 40 paragraphs.
 */
export function writeManyDrafts(dataDir: string): void {
  const draftsDir = join(dataDir, 'drafts');
  mkdirSync(draftsDir, { recursive: true });
  const start = Date.parse('2026-01-01T00:00:00Z');
  for (let i = 0; i < DRAFTS; i++) {
    const time = new Date(start + i * 60_000);
    const place = PLACES[i % PLACES.length]!;
    const topic = TOPICS[(i * 3) % TOPICS.length]!;
    const headline = `${place}য় ${topic} ${i}`;
    const draft = newDraft(
      time,
      newDraftId(time.getTime(), () => ((i * 7919) % 997) / 997),
    );
    draft.meta.status = (['draft', 'review', 'ready'] as const)[i % 3]!;
    const paragraphs = i % 20 === 0 ? 40 : 3;
    const content: DocJSON[] = [
      { type: 'headline', content: [{ type: 'text', text: encoded(headline, i) }] },
      { type: 'standfirst', content: [{ type: 'text', text: encoded(`${place} থেকে আমাদের প্রতিনিধি জানাচ্ছেন ${topic} নিয়ে।`, i) }] },
    ];
    for (let p = 0; p < paragraphs; p++)
      content.push({ type: 'paragraph', content: [{ type: 'text', text: encoded(textOf(i + p, 4), i) }] });
    draft.doc = { type: 'doc', content };
    writeFileSync(join(draftsDir, `${draft.id}.json`), JSON.stringify(draft));
  }
}

// Two words, one of them written with য় as one code point while half the drafts have it as য + nukta.
const QUERY = 'ম\u09DFমনসিংহ প্রশাসক';

async function listAndSearch(store: DraftStore): Promise<{ ms: number; hits: number }> {
  const start = performance.now();
  const listed = await store.list();
  const found = await store.search(QUERY);
  const ms = performance.now() - start;
  if (!listed.ok) throw new Error(listed.error.message.en);
  if (!found.ok) throw new Error(found.error.message.en);
  if (listed.value.length !== DRAFTS) throw new Error(`listed ${listed.value.length} of ${DRAFTS} drafts`);
  return { ms, hits: found.value.length };
}

export async function bench(log: (line: string) => void): Promise<BenchFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-bench-list-'));
  try {
    writeManyDrafts(dataDir);
    // A clock that has always moved on by more than FULL_SCAN_MAX_AGE_MS: every list stats every file.
    let clock = 0;
    const store = createDraftStore({ dataDir, monotonicNow: () => (clock += 60_000) });
    let start = performance.now();
    const first = await store.list();
    const firstMs = performance.now() - start;
    if (!first.ok || first.value.length !== DRAFTS) throw new Error('the first list did not list every draft');

    const full: number[] = [];
    const searches: number[] = [];
    let hits = 0;
    for (let run = 0; run < RUNS; run++) {
      const measured = await listAndSearch(store);
      full.push(measured.ms);
      hits = measured.hits;
      start = performance.now();
      await store.search(QUERY);
      searches.push(performance.now() - start);
    }
    if (hits === 0) throw new Error('the search found nothing: the bench would time a search that stops early');

    // Asked again within FULL_SCAN_MAX_AGE_MS of a full scan, the folder unchanged (a search typed letter by letter).
    const running = createDraftStore({ dataDir });
    await running.list();
    const repeated: number[] = [];
    for (let run = 0; run < RUNS; run++) repeated.push((await listAndSearch(running)).ms);

    // Just after an autosave: the folder changed, so every file is statted, one draft read again and the index rewritten.
    const afterSave: number[] = [];
    const [top] = first.value;
    if (!top) throw new Error('the drafts list came back empty');
    const saved = await running.open(top.id);
    if (!saved.ok) throw new Error(saved.error.message.en);
    for (let run = 0; run < RUNS; run++) {
      const written = await running.save(saved.value);
      if (!written.ok) throw new Error(written.error.message.en);
      afterSave.push((await listAndSearch(running)).ms);
    }

    // A fresh store each time, as after a restart: the index on disk spares it parsing every draft.
    // The app lists at start; the search texts are read at the first search.
    const restartLists: number[] = [];
    const restarts: number[] = [];
    for (let run = 0; run < 3; run++) {
      const fresh = createDraftStore({ dataDir });
      start = performance.now();
      const listed = await fresh.list();
      restartLists.push(performance.now() - start);
      if (!listed.ok || listed.value.length !== DRAFTS) throw new Error('the restarted store did not list every draft');
      restarts.push((await listAndSearch(createDraftStore({ dataDir }))).ms);
    }
    const summariesBytes = statSync(join(dataDir, 'drafts-index.jsonl')).size;
    const textsBytes = statSync(join(dataDir, 'drafts-search.txt')).size;

    log(
      `${DRAFTS} drafts, list + search "${QUERY}" (${hits} found), medians (budget 300): every file statted ${round(median(full))} ms; ` +
        `after an autosave ${round(median(afterSave))} ms; repeated within ${FULL_SCAN_MAX_AGE_MS} ms ${round(median(repeated))} ms; ` +
        `after a restart ${round(median(restarts))} ms (list alone ${round(median(restartLists))} ms). Search alone (every file statted) ${round(median(searches))} ms; ` +
        `first list, no index yet ${round(firstMs)} ms; index ${(summariesBytes / 1e6).toFixed(1)} MB of summaries, ${(textsBytes / 1e6).toFixed(1)} MB of search texts`,
    );
    return {
      'drafts.list10000Ms': round(median(full)),
      'drafts.list10000AfterSaveMs': round(median(afterSave)),
      'drafts.list10000RepeatMs': round(median(repeated)),
      'drafts.list10000RestartMs': round(median(restarts)),
      'drafts.list10000RestartListOnlyMs': round(median(restartLists)),
      'drafts.list10000FirstMs': round(firstMs),
      'drafts.search10000Ms': round(median(searches)),
      'drafts.list10000IndexMB': Math.round(summariesBytes / 1e5) / 10,
      'drafts.search10000TextsMB': Math.round(textsBytes / 1e5) / 10,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
