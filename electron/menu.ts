import type { MessageKeyOf } from '../core/api/i18n';
import type { MenuCommand, UiLanguage } from '../core/api/newsroom-api';
import { menuMessages } from './i18n-menu';

/**
 * A menu item as plain data, the subset of Electron's MenuItemConstructorOptions the app uses, so the
 * menu is built and tested without Electron. Editing roles (cut, copy, paste) are Electron's own:
 * without them macOS has no clipboard shortcuts at all.
 */
export interface MenuItemTemplate {
  label?: string;
  role?: 'appMenu' | 'quit' | 'cut' | 'copy' | 'paste' | 'selectAll';
  type?: 'separator';
  accelerator?: string;
  click?: () => void;
  submenu?: MenuItemTemplate[];
}

export interface MenuOptions {
  language: UiLanguage;
  platform: NodeJS.Platform;
  /** Sends a command to the renderer, which owns what it does. */
  send: (command: MenuCommand) => void;
}

type LabelKey = MessageKeyOf<typeof menuMessages>;

const separator: MenuItemTemplate = { type: 'separator' };

/** The application menu for one UI language. */
export function buildMenuTemplate({ language, platform, send }: MenuOptions): MenuItemTemplate[] {
  const label = (key: LabelKey) => menuMessages.text(language, key);
  const command = (key: LabelKey, cmd: MenuCommand, accelerator?: string): MenuItemTemplate => ({
    label: label(key),
    accelerator,
    click: () => send(cmd),
  });
  const quit: MenuItemTemplate = { label: label('quit'), role: 'quit', accelerator: 'CmdOrCtrl+Q' };
  const isMac = platform === 'darwin';

  const file: MenuItemTemplate = {
    label: label('file'),
    submenu: [
      command('newDraft', 'new-draft', 'CmdOrCtrl+N'),
      command('openDraft', 'open-draft', 'CmdOrCtrl+O'),
      command('save', 'save', 'CmdOrCtrl+S'),
      command('versions', 'versions', 'CmdOrCtrl+Shift+H'),
      command('sendToDesk', 'send-to-desk', 'CmdOrCtrl+Shift+D'),
      separator,
      command('importFile', 'import-file', 'CmdOrCtrl+Shift+O'),
      command('exportHtml', 'export-html', 'CmdOrCtrl+E'),
      command('copyHtml', 'copy-html', 'CmdOrCtrl+Shift+E'),
      separator,
      command('glossaryManager', 'glossary-manager', 'CmdOrCtrl+Shift+G'),
      command('settings', 'settings', 'CmdOrCtrl+,'),
      // macOS quits from the application menu.
      ...(isMac ? [] : [separator, quit]),
    ],
  };
  const edit: MenuItemTemplate = {
    label: label('edit'),
    submenu: [
      command('undo', 'undo', 'CmdOrCtrl+Z'),
      command('redo', 'redo', 'CmdOrCtrl+Shift+Z'),
      separator,
      { label: label('cut'), role: 'cut' },
      { label: label('copy'), role: 'copy' },
      { label: label('paste'), role: 'paste' },
      { label: label('selectAll'), role: 'selectAll' },
      separator,
      command('find', 'find', 'CmdOrCtrl+F'),
    ],
  };
  const view: MenuItemTemplate = {
    label: label('view'),
    submenu: [
      command('zoomIn', 'zoom-in', 'CmdOrCtrl+Plus'),
      command('zoomOut', 'zoom-out', 'CmdOrCtrl+-'),
      command('zoomReset', 'zoom-reset', 'CmdOrCtrl+0'),
    ],
  };
  return isMac ? [{ role: 'appMenu' }, file, edit, view] : [file, edit, view];
}
