/**
 * Suggest mode's cost (issue 14): in a 10,000-word article holding 300 suggestions, a keystroke with
 * suggest mode on (checks on too), transaction and view update, at p95 ≤ 8 ms (`review.keystrokeP95Ms`)
 * and ≤ 1.5× the same keystroke in the editor with checks alone (`review.ratioToEditor`, the editor of
 * editor.bench.ts, measured here in the same run, turn about); and accepting all of 500 suggestions in
 * one transaction with its view update ≤ 50 ms (`review.acceptAll500Ms`, median of five). The page is
 * pages/review-page.ts.
 */
import type { DocJSON } from '../../core/document/schema';
import { keystrokeFigures, onBenchPage } from './bench-page';
import { percentile, round } from './stats';
import { tenThousandWords } from './editor.bench';
import type { BenchFigures } from './run';
const EDITS = 200;
const WARMUP = 20;
const ACCEPT_RUNS = 5;

/**
 * The article with `count` suggestions spread through its paragraphs: every fifth word of a paragraph
 * in turn deleted or inserted, by two editors, until `count` are made.
 */
export function withSuggestions(doc: DocJSON, count: number): DocJSON {
  const paragraphs = (doc.content ?? []).filter((n) => n.type === 'paragraph').length;
  const perParagraph = Math.ceil(count / paragraphs);
  let made = 0;
  const content = (doc.content ?? []).map((node): DocJSON => {
    const text = node.content?.[0]?.text;
    if (node.type !== 'paragraph' || text === undefined || made >= count) return node;
    const words = text.split(' ');
    const parts: DocJSON[] = [];
    let plain: string[] = [];
    const step = Math.max(2, Math.floor(words.length / (perParagraph + 1)));
    words.forEach((word, i) => {
      const piece = i < words.length - 1 ? `${word} ` : word;
      if (made < count && i > 0 && i % step === 0) {
        if (plain.length > 0) parts.push({ type: 'text', text: plain.join('') });
        plain = [];
        const type = made % 2 === 0 ? 'deletion' : 'insertion';
        const attrs = {
          id: `bench${made.toString(36).padStart(5, '0')}`,
          author: made % 4 < 2 ? 'সম্পাদক' : 'প্রতিবেদক',
          color: '#aa3300',
          time: '2026-12-02T08:00:00.000Z',
        };
        parts.push({ type: 'text', text: piece, marks: [{ type, attrs }] });
        made++;
      } else plain.push(piece);
    });
    if (plain.length > 0) parts.push({ type: 'text', text: plain.join('') });
    return { ...node, content: parts };
  });
  return { ...doc, content };
}

export async function bench(log: (line: string) => void): Promise<BenchFigures> {
  const figures = await onBenchPage({ page: 'review-page.ts', elements: ['editor', 'suggesting', 'accepting'] }, log, async (page) => {
    const article = tenThousandWords();
    const doc = withSuggestions(article, 300);
    const acceptDoc = withSuggestions(article, 500);
    log(`${EDITS} single-character edits in a 10,000-word article with 300 suggestions, ${WARMUP} warm-up edits first`);
    log(`accept all of 500 suggestions, ${ACCEPT_RUNS} times`);
    const runs = [doc, acceptDoc, EDITS, WARMUP, ACCEPT_RUNS] as const;
    const times = await page.evaluate(([d, a, edits, warmup, r]) => window.reviewBench.runBench(d, a, edits, warmup, r), runs);
    const keystroke = keystrokeFigures(times.suggesting, times.editor);
    return {
      'review.keystrokeP95Ms': keystroke.p95,
      'review.keystrokeMedianMs': keystroke.median,
      'review.editorP95Ms': keystroke.baselineP95,
      'review.ratioToEditor': keystroke.ratio,
      'review.acceptAll500Ms': round(percentile(times.acceptAll, 50)),
    };
  });
  return figures ?? { 'review.keystrokeP95Ms': null, 'review.ratioToEditor': null, 'review.acceptAll500Ms': null };
}
