/**
 * Drafts you never lose (issue 5): the crash loop's figures and comparing two versions of a
 * 10,000-word article. The drafts list with 10,000 drafts is timed in drafts-list.bench.ts.
 */
import { performance } from 'node:perf_hooks';
import type { DocJSON } from '../../core/document/schema';
import { compareDocs } from '../../core/document/compare';
import { runCrashLoop } from '../fixtures/crash-loop';
import type { BenchFigures } from './run';
import { median, round } from './stats';

const PLACES = ['ঢাকা', 'চট্টগ্রাম', 'খুলনা', 'রাজশাহী', 'সিলেট', 'বরিশাল', 'রংপুর', 'ময়মনসিংহ'];
const TOPICS = ['বৃষ্টি', 'যানজট', 'বাজারদর', 'নির্বাচন', 'বন্যা', 'লোডশেডিং', 'পরীক্ষা', 'খেলা'];

/** Two versions of a 10,000-word article: 400 paragraphs, a word changed in every 20th, a few moved. */
function compareTenThousand(log: (line: string) => void): number {
  const paragraphs: string[] = [];
  for (let p = 0; p < 400; p++) {
    const words: string[] = [];
    for (let w = 0; w < 25; w++) words.push(`${PLACES[(p + w) % PLACES.length]}${TOPICS[(p * w) % TOPICS.length]}`);
    paragraphs.push(`${words.join(' ')}।`);
  }
  const edited = paragraphs.map((p, i) => (i % 20 === 0 ? p.replace(/^\S+/, 'সংশোধিত') : p));
  edited.splice(100, 0, ...edited.splice(300, 3));
  const doc = (texts: string[]): DocJSON => ({
    type: 'doc',
    content: [
      { type: 'headline', content: [{ type: 'text', text: 'দীর্ঘ প্রতিবেদন' }] },
      ...texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    ],
  });
  const older = doc(paragraphs);
  const newer = doc(edited);
  const times: number[] = [];
  let changed = 0;
  for (let run = 0; run < 11; run++) {
    const start = performance.now();
    const out = compareDocs(older, newer);
    times.push(performance.now() - start);
    changed = out.filter((b) => b.kind !== 'same').length;
  }
  log(`compare two versions of a 10,000-word article: median ${round(median(times))} ms over 11 runs; ${changed} blocks marked`);
  return median(times);
}

export async function bench(log: (line: string) => void): Promise<BenchFigures> {
  const crash = await runCrashLoop({ kills: 200, log });
  log(`crash loop: ${JSON.stringify(crash)}`);
  return {
    'drafts.crashKills': crash.kills,
    'drafts.crashCorrupt': crash.corrupt,
    'drafts.compare10kMs': round(compareTenThousand(log)),
  };
}
