import { wordRanges } from '../bengali/words';
import { suggestionIds } from './review-summary';
import { schema, type DocJSON } from './schema';
import { acceptAll } from './suggestions';

/**
 * Comparing two versions of an article, for the versions panel. Paragraphs are aligned first (an edit
 * script over whole paragraphs), and words are compared only inside the pairs of paragraphs that
 * changed, so a 10,000-word article never costs a diff over all of its words.
 */

export type ComparedKind = 'same' | 'changed' | 'inserted' | 'deleted';

export interface ComparedPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface ComparedBlock {
  kind: ComparedKind;
  /** Node type of the block (`headline`, `paragraph`, `heading`, …), from the newer side when it has one. */
  block: string;
  /** The block's text in order; deleted words come before the words inserted in their place. */
  parts: ComparedPart[];
}

type Op = ComparedPart['op'];

interface Block {
  type: string;
  /** What must be equal for two blocks to be "the same": position in the tree, type, attributes, text. */
  key: string;
  text: string;
}

/** A paragraph pair counts as "changed" (not deleted + inserted) when this share of its words survives. */
const PAIR_SIMILARITY = 0.35;
/** Above this many candidate pairs in one unaligned stretch, pairing goes greedily instead of optimally. */
const MAX_PAIRING_CELLS = 250_000;
/** Work limits for one edit script; past them the stretch is shown as deleted, then inserted. */
const MAX_BLOCK_WORK = 10_000_000;
const MAX_WORD_WORK = 2_000_000;

/**
 * A block's own attributes as they count for sameness: a suggested break (`break`) is review state, not
 * the block's, and is absent from a draft of format 2 where the same block carries it as null.
 */
function attrsKey(attrs: Record<string, unknown> | undefined): string {
  if (!attrs) return '';
  const { break: _suggestedBreak, ...own } = attrs;
  return Object.keys(own).length === 0 ? '' : JSON.stringify(own);
}

/** Every text block in document order (list items and quotes contribute their paragraphs), and rules. */
function blocksOf(doc: DocJSON): Block[] {
  const out: Block[] = [];
  const walk = (node: DocJSON, context: string): void => {
    const type = schema.nodes[node.type];
    const children = node.content ?? [];
    const isTextblock = type ? type.isTextblock : children.some((c) => c.type === 'text');
    if (isTextblock || children.length === 0) {
      const text = children.map((c) => c.text ?? '').join('');
      out.push({ type: node.type, key: `${context}${node.type}${attrsKey(node.attrs)}\u0000${text}`, text });
      return;
    }
    for (const child of children) walk(child, `${context}${node.type}/`);
  };
  for (const child of doc.content ?? []) walk(child, '');
  return out;
}

/**
 * Myers' O((N+M)·D) edit script from `a` to `b`, one op per element, in order. Returns null when the
 * work would pass `maxWork` (the two sides have little in common), so the caller can give up cheaply.
 */
function editScript(a: readonly string[], b: readonly string[], maxWork: number): Op[] | null {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  const head: Op[] = new Array<Op>(start).fill('equal');
  const tail: Op[] = new Array<Op>(a.length - endA).fill('equal');
  if (n === 0 || m === 0) return [...head, ...new Array<Op>(n).fill('delete'), ...new Array<Op>(m).fill('insert'), ...tail];

  const max = n + m;
  const offset = max + 1;
  // v spans diagonals -max-1..max+1, so every v[offset + k ± 1] read below is in range.
  const v = new Int32Array(2 * max + 3);
  // trace[d][k + d] is the furthest x on diagonal k after d edits.
  const trace: Int32Array[] = [];
  let work = 0;
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[start + x] === b[start + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return [...head, ...backtrack(trace, d, n, m), ...tail];
    }
    trace.push(v.slice(offset - d, offset + d + 1));
    work += 2 * d + 1;
    if (work > maxWork) return null;
  }
  return null;
}

function backtrack(trace: Int32Array[], edits: number, n: number, m: number): Op[] {
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = edits; d > 0; d--) {
    // trace has a row for each round before `edits`; row d - 1 spans diagonals -(d - 1)..d - 1, and `at`
    // is asked only for those (k lies in -d..d; at k = ±d only the inner neighbour is read).
    const prev = trace[d - 1]!;
    const k = x - y;
    const at = (kk: number) => prev[kk + d - 1]!;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push('equal');
      x--;
      y--;
    }
    ops.push(down ? 'insert' : 'delete');
    x = prevX;
    y = prevY;
  }
  while (x > 0) {
    ops.push('equal');
    x--;
  }
  return ops.reverse();
}

/**
 * Words, and each character between them (spaces, punctuation), covering the whole text. Punctuation
 * goes one character at a time so that `।` and `। ` can match: otherwise a sentence added after
 * another would take the danda before it along.
 */
function tokensOf(text: string): string[] {
  const tokens: string[] = [];
  let at = 0;
  for (const w of wordRanges(text)) {
    for (const c of text.slice(at, w.from)) tokens.push(c);
    tokens.push(w.word);
    at = w.to;
  }
  for (const c of text.slice(at)) tokens.push(c);
  return tokens;
}

const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Word-level parts of a changed paragraph. A space or comma left "equal" between two changes would
 * chop one replaced phrase into many, so such runs join the change; within each change, the deleted
 * text comes first, then the inserted text.
 */
function wordParts(older: string, newer: string): ComparedPart[] {
  const a = tokensOf(older);
  const b = tokensOf(newer);
  const ops = editScript(a, b, MAX_WORD_WORK);
  const raw: ComparedPart[] = [];
  const push = (op: Op, text: string) => {
    const last = raw[raw.length - 1];
    if (last && last.op === op) last.text += text;
    else raw.push({ op, text });
  };
  if (ops === null) {
    push('delete', older);
    push('insert', newer);
  } else {
    // The script has one 'equal' or 'delete' per token of a and one 'equal' or 'insert' per token of b.
    let i = 0;
    let j = 0;
    for (const op of ops) {
      if (op === 'equal') {
        push('equal', a[i++]!);
        j++;
      } else if (op === 'delete') push('delete', a[i++]!);
      else push('insert', b[j++]!);
    }
  }

  const parts: ComparedPart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) parts.push({ op: 'delete', text: deleted });
    if (inserted) parts.push({ op: 'insert', text: inserted });
    deleted = inserted = '';
  };
  raw.forEach((part, index) => {
    if (part.op === 'delete') deleted += part.text;
    else if (part.op === 'insert') inserted += part.text;
    else if (index > 0 && index < raw.length - 1 && !HAS_WORD.test(part.text)) {
      deleted += part.text;
      inserted += part.text;
    } else {
      flush();
      parts.push(part);
    }
  });
  flush();
  return parts;
}

function wordBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of wordRanges(text)) bag.set(w.word, (bag.get(w.word) ?? 0) + 1);
  return bag;
}

/** Dice coefficient over the two paragraphs' words: 1 for the same words, 0 for none in common. */
function similarity(a: Map<string, number>, b: Map<string, number>, aSize: number, bSize: number): number {
  if (aSize + bSize === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const [word, count] of small) common += Math.min(count, large.get(word) ?? 0);
  return (2 * common) / (aSize + bSize);
}

type Step = { pair: [number, number] } | { deleted: number } | { inserted: number };

/**
 * Within a stretch the paragraph script could not align, decide which old paragraph became which new
 * one: an order-keeping matching that maximises total similarity, pairs below PAIR_SIMILARITY excluded.
 */
function pairStretch(older: Block[], newer: Block[]): Step[] {
  const wordsOf = (blk: Block) => {
    const bag = wordBag(blk.text);
    let size = 0;
    for (const c of bag.values()) size += c;
    return { type: blk.type, bag, size };
  };
  const wordsA = older.map(wordsOf);
  const wordsB = newer.map(wordsOf);
  // Every caller below asks only for i < n and j < m.
  const score = (i: number, j: number) => {
    const x = wordsA[i]!;
    const y = wordsB[j]!;
    if (x.type !== y.type && x.size + y.size === 0) return 0;
    const s = similarity(x.bag, y.bag, x.size, y.size);
    return s >= PAIR_SIMILARITY ? s : 0;
  };
  const n = older.length;
  const m = newer.length;
  const steps: Step[] = [];

  if (n * m > MAX_PAIRING_CELLS) {
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (score(i, j) > 0) steps.push({ pair: [i++, j++] });
      else if (i + 1 < n && score(i + 1, j) > 0) steps.push({ deleted: i++ });
      else if (j + 1 < m && score(i, j + 1) > 0) steps.push({ inserted: j++ });
      else steps.push({ deleted: i++ }, { inserted: j++ });
    }
    while (i < n) steps.push({ deleted: i++ });
    while (j < m) steps.push({ inserted: j++ });
    return steps;
  }

  // best[i][j]: best total similarity pairing older[i..] with newer[j..]. Every read below is inside the
  // (n + 1) × (m + 1) table, and pairScore's inside n × m.
  const width = m + 1;
  const best = new Float64Array((n + 1) * width);
  const pairScore = new Float64Array(n * m);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = score(i, j);
      pairScore[i * m + j] = s;
      best[i * width + j] = Math.max(best[(i + 1) * width + j]!, best[i * width + j + 1]!, s > 0 ? s + best[(i + 1) * width + j + 1]! : 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = pairScore[i * m + j]!;
    if (s > 0 && best[i * width + j] === s + best[(i + 1) * width + j + 1]!) steps.push({ pair: [i++, j++] });
    else if (best[i * width + j] === best[(i + 1) * width + j]) steps.push({ deleted: i++ });
    else steps.push({ inserted: j++ });
  }
  while (i < n) steps.push({ deleted: i++ });
  while (j < m) steps.push({ inserted: j++ });
  return steps;
}

const whole = (op: Op, text: string): ComparedPart[] => (text ? [{ op, text }] : []);

/** A document as it reads with every pending suggestion accepted; one without any as it is. */
function asAccepted(doc: DocJSON): DocJSON {
  return suggestionIds(doc).size === 0 ? doc : acceptAll(doc);
}

/**
 * Compares two documents (ProseMirror JSON): `older` → `newer`, block by block, in `newer`'s order.
 * Each side is compared as it would read with its pending suggestions accepted (what export would write
 * after "accept all"): text suggested for deletion is left out, suggested insertions read as text. Without
 * that, a pending replacement would show both its old and new words as the version's text.
 */
export function compareDocs(older: DocJSON, newer: DocJSON): ComparedBlock[] {
  const a = blocksOf(asAccepted(older));
  const b = blocksOf(asAccepted(newer));
  const ops = editScript(
    a.map((blk) => blk.key),
    b.map((blk) => blk.key),
    MAX_BLOCK_WORK,
  ) ?? [...new Array<Op>(a.length).fill('delete'), ...new Array<Op>(b.length).fill('insert')];

  const out: ComparedBlock[] = [];
  let stretchA: Block[] = [];
  let stretchB: Block[] = [];
  const flushStretch = () => {
    // pairStretch's steps index into the two stretches it was given.
    for (const step of pairStretch(stretchA, stretchB)) {
      if ('pair' in step) {
        const from = stretchA[step.pair[0]]!;
        const to = stretchB[step.pair[1]]!;
        out.push({ kind: 'changed', block: to.type, parts: wordParts(from.text, to.text) });
      } else if ('deleted' in step) {
        const blk = stretchA[step.deleted]!;
        out.push({ kind: 'deleted', block: blk.type, parts: whole('delete', blk.text) });
      } else {
        const blk = stretchB[step.inserted]!;
        out.push({ kind: 'inserted', block: blk.type, parts: whole('insert', blk.text) });
      }
    }
    stretchA = [];
    stretchB = [];
  };

  // As in wordParts: one op per block of a ('equal' or 'delete') and of b ('equal' or 'insert').
  let i = 0;
  let j = 0;
  for (const op of ops) {
    if (op === 'equal') {
      flushStretch();
      const blk = b[j++]!;
      i++;
      out.push({ kind: 'same', block: blk.type, parts: whole('equal', blk.text) });
    } else if (op === 'delete') stretchA.push(a[i++]!);
    else stretchB.push(b[j++]!);
  }
  flushStretch();
  return out;
}
