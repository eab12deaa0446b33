import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';

export interface PlaceholderTexts {
  headline: string;
  standfirst: string;
  byline: string;
  body: string;
}

export const placeholdersKey = new PluginKey<PlaceholderTexts>('placeholders');

function placeholder(pos: number, node: PMNode, text: string): Decoration {
  return Decoration.node(pos, pos + node.nodeSize, { class: 'is-empty', 'data-placeholder': text });
}

/**
 * Grey prompts in empty front-matter blocks and in an empty body. Shown with CSS `::before` from a
 * data attribute, so they are never part of the document and never saved. Only the first few
 * top-level nodes are looked at, so this costs nothing per keystroke in a long article.
 */
export function placeholdersPlugin(initial: PlaceholderTexts): Plugin<PlaceholderTexts> {
  return new Plugin<PlaceholderTexts>({
    key: placeholdersKey,
    state: {
      init: () => initial,
      // The UI language can change while a draft is open; the new texts arrive as transaction meta.
      apply: (tr, texts) => tr.getMeta(placeholdersKey) ?? texts,
    },
    props: {
      decorations(state) {
        const texts = placeholdersKey.getState(state)!;
        const doc = state.doc;
        const found: Decoration[] = [];
        let pos = 0;
        let bodyIndex = 0;
        for (; bodyIndex < doc.childCount; bodyIndex++) {
          const child = doc.child(bodyIndex);
          const name = child.type.name;
          if (name !== 'headline' && name !== 'standfirst' && name !== 'byline') break;
          if (child.content.size === 0) found.push(placeholder(pos, child, texts[name]));
          pos += child.nodeSize;
        }
        const first = doc.maybeChild(bodyIndex);
        if (first && bodyIndex === doc.childCount - 1 && first.type.name === 'paragraph' && first.content.size === 0) {
          found.push(placeholder(pos, first, texts.body));
        }
        return found.length ? DecorationSet.create(doc, found) : DecorationSet.empty;
      },
    },
  });
}
