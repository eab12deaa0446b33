/**
 * The desk queue over a desk folder of 500 drafts (issue 14, budget 300 ms): `desk.list500Ms` is the
 * first list by a freshly started app that has listed the folder before (its list cache on disk, the
 * files statted, none read); `desk.list500ColdMs` the very first list, which reads every draft. Also a
 * list repeated by the same app, and one after another writer saved one draft. Medians of 5.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { newDraft, newDraftId } from '../../core/document/draft';
import type { DocJSON } from '../../core/document/schema';
import { createDesk } from '../../electron/services/desk';
import type { BenchFigures } from './run';
import { median, round } from './stats';

const DRAFTS = 500;
const RUNS = 5;

const SENTENCES = [
  'জেলা প্রশাসন জানিয়েছে, নদীর পানি বিপৎসীমার ওপর দিয়ে বইছে।',
  'বাসিন্দারা বলছেন, গত তিন দিনে ভোগান্তি অনেক বেড়েছে।',
  'ব্যবসায়ীরা জানান, সরবরাহ কমে যাওয়ায় চালের দাম বেড়েছে।',
];
const who = { author: 'ডেস্ক সম্পাদক', color: '#aa3300', time: '2026-12-01T08:00:00.000Z' };

/** A desk draft of some 700 words with a few suggestions and comments, as the desk receives them. */
function deskDraft(i: number): string {
  const draft = newDraft(new Date(Date.UTC(2026, 11, 1, 8, 0, i)), newDraftId(Date.UTC(2026, 11, 1) + i));
  const paragraphs: DocJSON[] = [];
  for (let p = 0; p < 25; p++) {
    const text = `${SENTENCES[p % 3]} ${SENTENCES[(p + 1) % 3]} ${SENTENCES[(p + 2) % 3]}`;
    paragraphs.push({
      type: 'paragraph',
      content:
        p % 5 === 0
          ? [
              { type: 'text', text },
              { type: 'text', text: ' বাড়তি শব্দ', marks: [{ type: 'insertion', attrs: { id: `s${p}`, ...who } }] },
            ]
          : [{ type: 'text', text }],
    });
  }
  const doc: DocJSON = { type: 'doc', content: [{ type: 'headline', content: [{ type: 'text', text: `খবর ${i}` }] }, ...paragraphs] };
  const comments = [{ id: 'c1', ...who, text: 'সূত্র?', resolved: i % 2 === 0, replies: [] }];
  return JSON.stringify({
    ...draft,
    meta: { ...draft.meta, headline: `খবর ${i}`, status: 'review', author: 'রফিক' },
    doc,
    review: { ignored: [], comments },
  });
}

export async function bench(log: (line: string) => void): Promise<BenchFigures> {
  const folder = mkdtempSync(join(tmpdir(), 'newsroom-desk-bench-'));
  try {
    const files = Array.from({ length: DRAFTS }, (_, i) => deskDraft(i));
    for (const text of files) writeFileSync(join(folder, `${JSON.parse(text).id}.json`), text);
    const timed = async (desk: ReturnType<typeof createDesk>) => {
      const start = performance.now();
      const listed = await desk.list();
      const ms = performance.now() - start;
      if (!listed.ok || listed.value.entries.length !== DRAFTS) throw new Error('desk list failed');
      return ms;
    };
    const cacheFile = join(folder, '..', `${folder.split('/').pop()}-cache.json`);
    const cold: number[] = [];
    const started: number[] = [];
    const repeated: number[] = [];
    const afterSave: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      rmSync(cacheFile, { force: true });
      cold.push(await timed(createDesk({ folder, cacheFile })));
      const desk = createDesk({ folder, cacheFile });
      started.push(await timed(desk));
      repeated.push(await timed(desk));
      const id = JSON.parse(files[run] ?? '{}').id as string;
      writeFileSync(join(folder, `${id}.json`), files[run]!.replace('খবর', 'সংবাদ'));
      afterSave.push(await timed(desk));
    }
    rmSync(cacheFile, { force: true });
    const figures = {
      'desk.list500Ms': round(median(started)),
      'desk.list500ColdMs': round(median(cold)),
      'desk.list500RepeatedMs': round(median(repeated)),
      'desk.list500AfterSaveMs': round(median(afterSave)),
    };
    log(
      `desk: first list of ${DRAFTS} ${figures['desk.list500Ms']} ms, repeated ${figures['desk.list500RepeatedMs']} ms, after a save ${figures['desk.list500AfterSaveMs']} ms`,
    );
    return figures;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
