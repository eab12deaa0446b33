/**
 * `export.10kMs`: median time to export a 10,000-word article (glosses, marks, links, headings) to HTML
 * with the default house style, from the ProseMirror node the editor holds. Budget (DESIGN.md): 20 ms.
 */
import { schema } from '../../core/document/schema';
import { wordCountOf } from '../../core/document/draft';
import { exportHtml } from '../../core/document/export-html';
import { longArticle } from '../unit/document/fixtures';
import type { BenchFigures } from './run';
import { median } from './stats';

const RUNS = 30;

export async function bench(log: (line: string) => void): Promise<BenchFigures> {
  const doc = schema.nodeFromJSON(longArticle(10_000));
  const words = wordCountOf(doc);
  for (let i = 0; i < 5; i++) exportHtml(doc);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    bytes = exportHtml(doc).html.length;
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  const ms = Number(median(times).toFixed(2));
  // CPU time alongside wall time: on a busy machine the wall clock also counts time spent waiting for a core.
  const cpuMs = Number(median(cpuTimes).toFixed(2));
  log(`${words} words → ${bytes} characters of HTML; median of ${RUNS} runs ${ms} ms wall, ${cpuMs} ms CPU (budget 20 ms)`);
  return { 'export.10kMs': ms, 'export.10kCpuMs': cpuMs, 'export.10kWords': words };
}
