import { history } from 'prosemirror-history';
import type { Plugin } from 'prosemirror-state';

/**
 * Undo history. Typing within half a second groups into one undo step, so Mod-Z takes back a burst
 * of typing (a word or a phrase), not a single Bengali code point of a conjunct.
 */
export function historyPlugin(): Plugin {
  return history({ depth: 500, newGroupDelay: 500 });
}
