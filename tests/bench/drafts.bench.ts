/**
 * Draft storage speed (DESIGN.md budgets): saving a 10,000-word draft ≤ 10 ms median, opening it
 * ≤ 50 ms. Measured through the real store against a temp folder, fsyncs included.
 * `drafts.save10kMs` is an autosave (one paragraph changed since the last save, as after a pause in
 * typing); `drafts.saveFirst10kMs` is the first save by a freshly started store.
 * `drafts.parse20kParagraphsMs`: `parseDraft` (limits, shape, ProseMirror's check) on a draft of
 * 20,000 short paragraphs, as every save over the bridge and every open runs it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDraftStore } from '../../electron/services/draft-store';
import { schema, type DocJSON } from '../../core/document/schema';
import { newDraft, wordCountOf } from '../../core/document/draft';
import { parseDraft } from '../../core/document/draft-file';
import type { BenchFigures } from './run';
import { median, round } from './stats';

const RUNS = 41;

// Newsroom-like sentences of our own; paragraphs of about 100 words, with a gloss now and then.
const SENTENCES = [
  'রাজধানীর বিভিন্ন এলাকায় সকাল থেকে টানা বৃষ্টিতে সড়কে জলাবদ্ধতা তৈরি হয়েছে।',
  'আবহাওয়া অধিদপ্তর (Meteorological Department) জানিয়েছে, আগামী দুই দিন বৃষ্টি চলতে পারে।',
  'নগর কর্তৃপক্ষ বলছে, পানি নিষ্কাশনের কাজ দ্রুত শেষ করা হবে।',
  'ভোগান্তিতে পড়েছেন অফিসগামী মানুষ, স্কুলের শিক্ষার্থী ও দিনমজুরেরা।',
  'বাজারে সবজির দাম বেড়েছে, কারণ সরবরাহ কমে গেছে।',
  'স্থানীয় বাসিন্দারা দ্রুত স্থায়ী সমাধানের দাবি জানিয়েছেন।',
];

function paragraphOf(words: number, seed: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = seed; count < words; i++) {
    const sentence = SENTENCES[i % SENTENCES.length]!;
    out.push(sentence);
    count += sentence.split(' ').length;
  }
  return out.join(' ');
}

function tenThousandWordDoc(): DocJSON {
  const content: DocJSON[] = [{ type: 'headline', content: [{ type: 'text', text: 'টানা বৃষ্টিতে রাজধানীতে জলাবদ্ধতা' }] }];
  for (let i = 0; i < 100; i++) {
    if (i % 20 === 10) content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `পরিস্থিতি ${i / 10}` }] });
    content.push({ type: 'paragraph', content: [{ type: 'text', text: paragraphOf(98, i) }] });
  }
  return { type: 'doc', content };
}

/** 20,000 paragraphs of a sentence or two, every fifth with a bold word: some 300,000 words. */
function twentyThousandParagraphDraft(): unknown {
  const content: DocJSON[] = [{ type: 'headline', content: [{ type: 'text', text: 'টানা বৃষ্টিতে রাজধানীতে জলাবদ্ধতা' }] }];
  for (let i = 0; i < 20_000; i++) {
    const text: DocJSON[] = [{ type: 'text', text: paragraphOf(12, i) }];
    if (i % 5 === 0) text.push({ type: 'text', text: ' জরুরি', marks: [{ type: 'strong' }] });
    content.push({ type: 'paragraph', content: text });
  }
  return { ...newDraft(new Date('2026-12-01T00:00:00Z'), 'd-bench20000'), doc: { type: 'doc', content } };
}

/** The document after one more word typed into one paragraph: what an autosave writes. */
function withOneParagraphEdited(doc: DocJSON, run: number): DocJSON {
  const content = [...doc.content!];
  const target = 1 + (run % (content.length - 1));
  const block = content[target]!; // target is 1..length - 1
  const text = block.content?.[0]?.text ?? '';
  content[target] = { ...block, content: [{ type: 'text', text: `${text} আরও` }] };
  return { ...doc, content };
}

export async function bench(log: (line: string) => void): Promise<BenchFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-bench-drafts-'));
  try {
    const store = createDraftStore({ dataDir });
    const created = await store.create();
    if (!created.ok) throw new Error(created.error.message.en);
    let doc = tenThousandWordDoc();
    const words = wordCountOf(schema.nodeFromJSON(doc));
    log(`draft: ${words} words, ${JSON.stringify({ ...created.value, doc }).length} characters of JSON`);

    // Autosave: the same draft, one paragraph changed since the last save.
    const saves: number[] = [];
    const opens: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      doc = withOneParagraphEdited(doc, run);
      let start = performance.now();
      const saved = await store.save({ ...created.value, doc });
      saves.push(performance.now() - start);
      if (!saved.ok) throw new Error(saved.error.message.en);
      start = performance.now();
      const opened = await store.open(created.value.id);
      opens.push(performance.now() - start);
      if (!opened.ok) throw new Error(opened.error.message.en);
    }
    // First save of a draft by a fresh store (just after the app started): every paragraph counted.
    const coldSaves: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const fresh = createDraftStore({ dataDir });
      const start = performance.now();
      const saved = await fresh.save({ ...created.value, doc });
      coldSaves.push(performance.now() - start);
      if (!saved.ok) throw new Error(saved.error.message.en);
    }
    log(
      `autosave: median ${round(median(saves))} ms (budget 10); first save: median ${round(median(coldSaves))} ms; ` +
        `open: median ${round(median(opens))} ms (budget 50); ${RUNS} runs each`,
    );

    const bigText = JSON.stringify(twentyThousandParagraphDraft());
    const parses: number[] = [];
    for (let run = 0; run < 5; run++) {
      const value: unknown = JSON.parse(bigText);
      const start = performance.now();
      const parsed = parseDraft(value);
      parses.push(performance.now() - start);
      if (!parsed.ok) throw new Error(parsed.reason);
    }
    log(
      `parseDraft on 20,000 paragraphs (${bigText.length} characters of JSON): median ${round(median(parses))} ms of ${parses.map(round).join(', ')}`,
    );
    return {
      'drafts.parse20kParagraphsMs': round(median(parses)),
      'drafts.save10kMs': round(median(saves)),
      'drafts.saveFirst10kMs': round(median(coldSaves)),
      'drafts.open10kMs': round(median(opens)),
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
