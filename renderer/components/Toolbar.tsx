import { useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
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

/** What a tool can reach when pressed. */
interface ToolContext {
  editor: EditorController;
  onLink(): void;
}

/**
 * One button of the toolbar. Adding a tool is adding an entry to TOOLS: its place in the list is its
 * place in the row, and the row gives up its last tools first to the আরও menu when it is too narrow
 * (so the block styles, used least, go first); tools of one `group` stand together.
 */
export interface Tool {
  /** Unique; also the button's `data-tool`. */
  id: string;
  group: 'history' | 'marks' | 'blocks' | 'front';
  label: MessageKey;
  /** A shorter text for the button when the full name is long; the full name is its tooltip. */
  short?: MessageKey;
  /** A sign shown instead of any text (undo, redo); the label is then the accessible name. */
  symbol?: string;
  shortcut?: string;
  className?: string;
  run(context: ToolContext): void;
}

export const TOOLS: readonly Tool[] = [
  { id: 'undo', group: 'history', label: 'undo', symbol: '↶', shortcut: 'Mod-Z', className: 'symbol', run: ({ editor }) => editor.undo() },
  {
    id: 'redo',
    group: 'history',
    label: 'redo',
    symbol: '↷',
    shortcut: 'Shift-Mod-Z',
    className: 'symbol',
    run: ({ editor }) => editor.redo(),
  },
  { id: 'bold', group: 'marks', label: 'bold', shortcut: 'Mod-B', className: 'tool-bold', run: ({ editor }) => editor.run(toggleBold) },
  {
    id: 'italic',
    group: 'marks',
    label: 'italic',
    shortcut: 'Mod-I',
    className: 'tool-italic',
    run: ({ editor }) => editor.run(toggleItalic),
  },
  { id: 'link', group: 'marks', label: 'link', shortcut: 'Mod-K', run: ({ onLink }) => onLink() },
  { id: 'standfirst', group: 'front', label: 'addStandfirst', short: 'addStandfirstShort', run: ({ editor }) => editor.run(addStandfirst) },
  { id: 'byline', group: 'front', label: 'addByline', short: 'addBylineShort', run: ({ editor }) => editor.run(addByline) },
  { id: 'paragraph', group: 'blocks', label: 'paragraph', shortcut: 'Mod-Alt-0', run: ({ editor }) => editor.run(setParagraph) },
  { id: 'subhead', group: 'blocks', label: 'subhead', shortcut: 'Mod-Alt-2', run: ({ editor }) => editor.run(setSubhead(2)) },
  { id: 'subhead-minor', group: 'blocks', label: 'subheadMinor', shortcut: 'Mod-Alt-3', run: ({ editor }) => editor.run(setSubhead(3)) },
  { id: 'quote', group: 'blocks', label: 'quote', run: ({ editor }) => editor.run(toggleQuote) },
  {
    id: 'bullet-list',
    group: 'blocks',
    label: 'bulletList',
    short: 'bulletListShort',
    shortcut: 'Shift-Mod-8',
    run: ({ editor }) => editor.run(wrapBulletList),
  },
  {
    id: 'ordered-list',
    group: 'blocks',
    label: 'orderedList',
    short: 'orderedListShort',
    shortcut: 'Shift-Mod-9',
    run: ({ editor }) => editor.run(wrapOrderedList),
  },
];

/** The tools in runs of one group, in order. */
function groups(tools: readonly Tool[]): Tool[][] {
  const out: Tool[][] = [];
  for (const tool of tools) {
    const last = out[out.length - 1];
    if (last && last[0]!.group === tool.group) last.push(tool);
    else out.push([tool]);
  }
  return out;
}

/**
 * One row, always. Every tool keeps its place in the row; those the row has no room for are hidden
 * there (kept in the layout, so the row is measured the same way each time) and offered in the আরও
 * menu instead, which the keyboard opens and walks like the application's menus.
 */
export function Toolbar({ editor, onLink }: ToolbarProps) {
  const i18n = useI18n();
  const context: ToolContext = { editor, onLink };
  const row = useRef<HTMLDivElement>(null);
  const moreButton = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState(false);

  useLayoutEffect(() => {
    const element = row.current;
    if (!element) return;
    const measure = () => {
      const limit = element.clientWidth;
      const out = new Set<string>();
      for (const button of element.querySelectorAll<HTMLElement>('[data-tool]')) {
        if (button.offsetLeft + button.offsetWidth > limit) out.add(button.dataset.tool!);
      }
      setHidden((prev) => (prev.size === out.size && [...out].every((id) => prev.has(id)) ? prev : out));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    if (!open) return;
    const away = (event: MouseEvent) => {
      if (!(event.target as Element).closest?.('.toolbar-more')) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);
  // A menu left open while its tools come back into the row has nothing to offer.
  if (open && hidden.size === 0) setOpen(false);

  const title = (tool: Tool) => (tool.shortcut ? `${i18n.t(tool.label)} (${shortcutLabel(tool.shortcut)})` : i18n.t(tool.label));
  const overflow = TOOLS.filter((tool) => hidden.has(tool.id));
  const menuItems = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  const openMenu = (focus: 'first' | 'last' | null) => {
    setOpen(true);
    if (focus) requestAnimationFrame(() => (focus === 'first' ? menuItems()[0] : menuItems().at(-1))?.focus());
  };
  const closeMenu = (refocus: boolean) => {
    setOpen(false);
    if (refocus) moreButton.current?.focus();
  };
  const onMoreKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openMenu('first');
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu('last');
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      closeMenu(true);
    }
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const items = menuItems();
    const at = items.indexOf(document.activeElement as HTMLElement);
    const step = (by: number) => items[(at + by + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') step(1);
    else if (event.key === 'ArrowUp') step(-1);
    else if (event.key === 'Home') items[0]?.focus();
    else if (event.key === 'End') items.at(-1)?.focus();
    else if (event.key === 'Escape') closeMenu(true);
    else if (event.key === 'Tab') closeMenu(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  return (
    <div className="toolbar" role="toolbar" aria-label={i18n.t('formatting')}>
      <div className="toolbar-row" ref={row}>
        {groups(TOOLS).map((group) => (
          <div className="tool-group" key={group[0]!.id}>
            {group.map((tool) => {
              const away = hidden.has(tool.id);
              return (
                <button
                  key={tool.id}
                  type="button"
                  data-tool={tool.id}
                  className={`tool${tool.className ? ` ${tool.className}` : ''}${away ? ' tool-away' : ''}`}
                  title={title(tool)}
                  aria-label={i18n.t(tool.label)}
                  aria-hidden={away || undefined}
                  tabIndex={away ? -1 : undefined}
                  // Keep the editor's selection: a mousedown on a button would otherwise take focus from it.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => tool.run(context)}
                >
                  {tool.symbol ?? i18n.t(tool.short ?? tool.label)}
                </button>
              );
            })}
          </div>
        ))}
      </div>
      <ReviewToggle editor={editor} />
      {overflow.length > 0 && (
        <div className="toolbar-more">
          <button
            ref={moreButton}
            type="button"
            className={open ? 'tool tool-more open' : 'tool tool-more'}
            title={i18n.t('toolbarMoreTitle')}
            aria-haspopup="menu"
            aria-expanded={open}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => (open ? closeMenu(false) : openMenu(null))}
            onKeyDown={onMoreKey}
          >
            {i18n.t('toolbarMore')} ▾
          </button>
          {open && (
            <div className="toolbar-menu" role="menu" aria-label={i18n.t('toolbarMore')} ref={menu} onKeyDown={onMenuKey}>
              {overflow.map((tool) => (
                <button
                  key={tool.id}
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  data-tool={tool.id}
                  className="toolbar-menu-item"
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => {
                    closeMenu(false);
                    tool.run(context);
                  }}
                >
                  <span>{i18n.t(tool.label)}</span>
                  {tool.shortcut && <span className="toolbar-menu-shortcut">{shortcutLabel(tool.shortcut)}</span>}
                </button>
              ))}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
