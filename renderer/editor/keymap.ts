import { keymap } from 'prosemirror-keymap';
import { baseKeymap, chainCommands } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import { undoInputRule } from 'prosemirror-inputrules';
import { liftListItem, sinkListItem, splitListItem } from 'prosemirror-schema-list';
import type { Command, Plugin } from 'prosemirror-state';
import { schema } from '../../core/document/schema';
import { togglePhonetic } from '../plugins/phonetic-input';
import { leaveFrontMatter, setParagraph, setSubhead, toggleBold, toggleItalic, wrapBulletList, wrapOrderedList } from './commands';

/** What the editor asks of the app: things that need UI outside the document. */
export interface KeymapHooks {
  save(): void;
  requestLink(): void;
  openFind(): void;
}

/** Runs an app action and swallows the key, so the browser's own Mod-S/Mod-K/Mod-F never fire. */
const hook =
  (action: () => void): Command =>
  () => {
    action();
    return true;
  };

/** The editor's shortcuts. `Mod` is Cmd on macOS and Ctrl elsewhere. */
export function keymapPlugins(hooks: KeymapHooks): Plugin[] {
  const listItem = schema.nodes.list_item;
  const keys: Record<string, Command> = {
    'Mod-z': undo,
    'Shift-Mod-z': redo,
    'Mod-y': redo,
    Backspace: undoInputRule,
    'Mod-b': toggleBold,
    'Mod-i': toggleItalic,
    'Mod-s': hook(hooks.save),
    'Mod-k': hook(hooks.requestLink),
    'Mod-f': hook(hooks.openFind),
    'Mod-m': togglePhonetic,
    'Mod-Alt-2': setSubhead(2),
    'Mod-Alt-3': setSubhead(3),
    'Mod-Alt-0': setParagraph,
    'Shift-Mod-8': wrapBulletList,
    'Shift-Mod-9': wrapOrderedList,
    Enter: chainCommands(leaveFrontMatter, splitListItem(listItem)),
    Tab: sinkListItem(listItem),
    'Shift-Tab': liftListItem(listItem),
  };
  return [keymap(keys), keymap(baseKeymap)];
}
