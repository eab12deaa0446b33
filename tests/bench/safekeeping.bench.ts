/**
 * What keeping unsaved text costs, on a 10,000-word article. Inside a keystroke only
 * `SaveController.markDirty` runs (`safekeeping.markDirtyP95Us`, with the journal on, and
 * `safekeeping.markDirtyBareP95Us` without it, in one run); the journal's snapshot and its write
 * happen at most once a second off the keystroke (`safekeeping.journalSnapshot10kMs`: the document as
 * JSON text, as it crosses IPC; `safekeeping.journalWrite10kMs`: the main process writing it). The
 * check that the draft's file is unchanged runs before every save (`safekeeping.revisionCheck10kMs`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schema, type DocJSON } from '../../core/document/schema';
import { newDraft, type Draft } from '../../core/document/draft';
import { ok } from '../../core/api/result';
import { createNewsroomService, memorySettingsStore } from '../../electron/services/newsroom-service';
import { checkUnchanged, revisionOf } from '../../electron/services/file-guard';
import { SaveController } from '../../renderer/save-controller';
import type { BenchFigures } from './run';
import { percentile, round } from './stats';

const SENTENCE = 'রাজধানীর বিভিন্ন এলাকায় সকাল থেকে টানা বৃষ্টিতে সড়কে জলাবদ্ধতা তৈরি হয়েছে।';
const KEYSTROKES = 5000;
const RUNS = 30;

function tenThousandWordDoc(): DocJSON {
  const paragraph = Array.from({ length: 10 }, () => SENTENCE).join(' ');
  const content: DocJSON[] = [{ type: 'headline', content: [{ type: 'text', text: 'টানা বৃষ্টিতে জলাবদ্ধতা' }] }];
  for (let i = 0; i < 100; i++) content.push({ type: 'paragraph', content: [{ type: 'text', text: paragraph }] });
  return { type: 'doc', content };
}

/** markDirty timings in µs; timers are cleared by reset, so nothing is written. */
function markDirtyTimes(controller: SaveController): number[] {
  const times: number[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    const start = performance.now();
    controller.markDirty();
    times.push((performance.now() - start) * 1000);
    if (i % 100 === 99) controller.reset();
  }
  controller.reset();
  return times;
}

export async function bench(log: (line: string) => void): Promise<BenchFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-bench-keeping-'));
  try {
    const node = schema.nodeFromJSON(tenThousandWordDoc());
    const base = newDraft();
    const snapshot = (): Draft => ({ ...base, doc: node.toJSON() as DocJSON });
    const never = () => new Promise<never>(() => {});
    const journaled = new SaveController({ snapshot, write: never, onSaved: () => {}, journal: async () => ok({ path: '' }) });
    const bare = new SaveController({ snapshot, write: never, onSaved: () => {} });
    // Alternating halves, so drift in the machine's load falls on both alike.
    const withJournal: number[] = [];
    const without: number[] = [];
    for (let half = 0; half < 4; half++) {
      withJournal.push(...markDirtyTimes(journaled));
      without.push(...markDirtyTimes(bare));
    }

    const snapshots: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      JSON.stringify([snapshot()]);
      snapshots.push(performance.now() - start);
    }

    const service = createNewsroomService({ dataDir, settings: memorySettingsStore() });
    const created = await service.createDraft();
    if (!created.ok) throw new Error(created.error.message.en);
    const draft = { ...created.value, doc: node.toJSON() as DocJSON };
    const writes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const kept = await service.journalDraft(draft);
      writes.push(performance.now() - start);
      if (!kept.ok) throw new Error(kept.error.message.en);
    }
    const saved = await service.saveDraft(draft);
    if (!saved.ok) throw new Error(saved.error.message.en);
    const path = join(dataDir, 'drafts', `${draft.id}.json`);
    const token = await revisionOf(path);
    if (!token.ok) throw new Error(token.error.message.en);
    const checks: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const checked = await checkUnchanged(path, token.value);
      checks.push(performance.now() - start);
      if (!checked.ok) throw new Error(checked.error.message.en);
    }

    const figures = {
      'safekeeping.markDirtyP95Us': round(percentile(withJournal, 95)),
      'safekeeping.markDirtyBareP95Us': round(percentile(without, 95)),
      'safekeeping.journalSnapshot10kMs': round(percentile(snapshots, 50)),
      'safekeeping.journalWrite10kMs': round(percentile(writes, 50)),
      'safekeeping.revisionCheck10kMs': round(percentile(checks, 50)),
    };
    log(
      `markDirty p95 ${figures['safekeeping.markDirtyP95Us']} µs with the journal, ${figures['safekeeping.markDirtyBareP95Us']} µs without; ` +
        `journal snapshot ${figures['safekeeping.journalSnapshot10kMs']} ms and write ${figures['safekeeping.journalWrite10kMs']} ms (median, at most once a second); ` +
        `unchanged-file check ${figures['safekeeping.revisionCheck10kMs']} ms (median)`,
    );
    return figures;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
