import { InputRule, inputRules, textblockTypeInputRule, wrappingInputRule } from 'prosemirror-inputrules';
import { TextSelection } from 'prosemirror-state';
import type { Plugin } from 'prosemirror-state';
import { asciiDigits } from '../../core/bengali/digits';
import { schema } from '../../core/document/schema';

/** Bengali digits count as list numbers too: a reporter typing "১. " means a numbered list. */
function listNumber(digits: string): number {
  return Number(asciiDigits(digits)) || 1;
}

/** `---` on an empty body line becomes a section rule, followed by a fresh paragraph. */
const horizontalRule = new InputRule(/^---$/, (state, _match, start, end) => {
  const $start = state.doc.resolve(start);
  // The rule fires before the third dash lands: the paragraph holds exactly "--" and nothing else.
  if ($start.parent.type !== schema.nodes.paragraph || $start.depth !== 1 || $start.parent.content.size !== end - start) return null;
  const before = $start.before();
  const after = $start.after();
  const tr = state.tr.replaceWith(before, after, [schema.nodes.horizontal_rule.create(), schema.nodes.paragraph.create()]);
  return tr.setSelection(TextSelection.create(tr.doc, before + 2));
});

/** Markdown-like shortcuts newsroom writers already use: ## subhead, > quote, - list, 1. list, --- rule. */
export function inputRulesPlugin(): Plugin {
  // Group 1 of each pattern below is not optional, so match[1] is always there.
  return inputRules({
    rules: [
      textblockTypeInputRule(/^(#{2,3})\s$/, schema.nodes.heading, (match) => ({ level: match[1]!.length })),
      wrappingInputRule(/^\s*>\s$/, schema.nodes.blockquote),
      wrappingInputRule(/^\s*([-*])\s$/, schema.nodes.bullet_list),
      wrappingInputRule(
        /^([0-9০-৯]+)\.\s$/,
        schema.nodes.ordered_list,
        (match) => ({ order: listNumber(match[1]!) }),
        (match, node) => node.childCount + node.attrs.order === listNumber(match[1]!),
      ),
      horizontalRule,
    ],
  });
}
