import type { Command } from 'prosemirror-state';
import type { EditorController } from '../editor/controller';
import {
  addByline,
  addStandfirst,
  setParagraph,
  setSubhead,
  toggleBold,
  toggleItalic,
  toggleQuote,
  wrapBulletList,
  wrapOrderedList,
} from '../editor/commands';
import { useI18n } from '../i18n';
import { shortcutLabel } from './shortcuts';
import { ReviewToggle } from './ReviewToggle';
import type { MessageKey } from '../i18n';

interface ToolbarProps {
  editor: EditorController;
  onLink(): void;
}

interface Tool {
  label: MessageKey;
  /** A shorter text for the button when the full name is long; the full name is its tooltip. */
  short?: MessageKey;
  command: Command;
  shortcut?: string;
  className?: string;
}

const BLOCK_TOOLS: Tool[] = [
  { label: 'paragraph', command: setParagraph, shortcut: 'Mod-Alt-0' },
  { label: 'subhead', command: setSubhead(2), shortcut: 'Mod-Alt-2' },
  { label: 'subheadMinor', command: setSubhead(3), shortcut: 'Mod-Alt-3' },
  { label: 'quote', command: toggleQuote },
  { label: 'bulletList', short: 'bulletListShort', command: wrapBulletList, shortcut: 'Shift-Mod-8' },
  { label: 'orderedList', short: 'orderedListShort', command: wrapOrderedList, shortcut: 'Shift-Mod-9' },
];

const MARK_TOOLS: Tool[] = [
  { label: 'bold', command: toggleBold, shortcut: 'Mod-B', className: 'tool-bold' },
  { label: 'italic', command: toggleItalic, shortcut: 'Mod-I', className: 'tool-italic' },
];

const FRONT_TOOLS: Tool[] = [
  { label: 'addStandfirst', short: 'addStandfirstShort', command: addStandfirst },
  { label: 'addByline', short: 'addBylineShort', command: addByline },
];

export function Toolbar({ editor, onLink }: ToolbarProps) {
  const i18n = useI18n();
  const button = (tool: Tool) => (
    <button
      key={tool.label}
      type="button"
      className={tool.className ? `tool ${tool.className}` : 'tool'}
      title={tool.shortcut ? `${i18n.t(tool.label)} (${shortcutLabel(tool.shortcut)})` : i18n.t(tool.label)}
      // Keep the editor's selection: a mousedown on a button would otherwise take focus from it.
      onMouseDown={(event) => event.preventDefault()}
      aria-label={i18n.t(tool.label)}
      onClick={() => editor.run(tool.command)}
    >
      {i18n.t(tool.short ?? tool.label)}
    </button>
  );
  return (
    <div className="toolbar" role="toolbar" aria-label={i18n.t('formatting')}>
      <div className="tool-group">
        <button
          type="button"
          className="tool symbol"
          title={`${i18n.t('undo')} (${shortcutLabel('Mod-Z')})`}
          aria-label={i18n.t('undo')}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => editor.undo()}
        >
          ↶
        </button>
        <button
          type="button"
          className="tool symbol"
          title={`${i18n.t('redo')} (${shortcutLabel('Shift-Mod-Z')})`}
          aria-label={i18n.t('redo')}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => editor.redo()}
        >
          ↷
        </button>
      </div>
      <div className="tool-group">
        {MARK_TOOLS.map(button)}
        <button
          type="button"
          className="tool"
          title={`${i18n.t('link')} (${shortcutLabel('Mod-K')})`}
          onMouseDown={(e) => e.preventDefault()}
          onClick={onLink}
        >
          {i18n.t('link')}
        </button>
      </div>
      <div className="tool-group">{BLOCK_TOOLS.map(button)}</div>
      <div className="tool-group">{FRONT_TOOLS.map(button)}</div>
      <ReviewToggle editor={editor} />
    </div>
  );
}
