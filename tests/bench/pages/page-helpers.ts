/** What the bench pages share. */
import type { Node } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';

export const pause = (ms = 10) => new Promise((resolve) => setTimeout(resolve, ms));

/** A position in the middle of each paragraph, in document order: where the benches type. */
export function paragraphMiddles(doc: Node): number[] {
  const positions: number[] = [];
  doc.forEach((node, offset) => {
    if (node.type.name === 'paragraph') positions.push(offset + 1 + Math.floor(node.content.size / 2));
  });
  return positions;
}

/**
 * `warmup + edits` keystrokes in each of the editors (all on the same document), spread through the
 * article, last first so earlier positions stay valid. The editors take turns at going first, so drift
 * in the machine's load falls on all alike. Each keystroke's time, transaction and view update, by
 * editor, the warm-up left out.
 */
export async function keystrokesInTurns<Name extends string>(
  views: Record<Name, EditorView>,
  edits: number,
  warmup: number,
): Promise<Record<Name, number[]>> {
  const names = Object.keys(views) as Name[];
  const first = views[names[0]!];
  const positions = paragraphMiddles(first.state.doc);
  const total = edits + warmup;
  const at = Array.from({ length: total }, (_, i) => positions[Math.floor((i * positions.length) / total)]!).reverse();
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Name, number[]>;
  for (let i = 0; i < total; i++) {
    for (const name of i % 2 === 0 ? names : [...names].reverse()) {
      const view = views[name];
      const start = performance.now();
      view.dispatch(view.state.tr.insertText('ক', at[i]));
      const elapsed = performance.now() - start;
      if (i >= warmup) times[name].push(elapsed);
    }
    await pause();
  }
  return times;
}
