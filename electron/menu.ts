import type { MenuCommand, UiLanguage } from '../core/api/newsroom-api';

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

type Label = { bn: string; en: string };

const LABELS = {
  file: { bn: 'ফাইল', en: 'File' },
  newDraft: { bn: 'নতুন খসড়া', en: 'New Draft' },
  openDraft: { bn: 'খসড়া খুলুন…', en: 'Open Draft…' },
  save: { bn: 'সংরক্ষণ করুন', en: 'Save' },
  exportHtml: { bn: 'HTML হিসেবে রপ্তানি করুন…', en: 'Export as HTML…' },
  copyHtml: { bn: 'HTML হিসেবে কপি করুন', en: 'Copy as HTML' },
  importFile: { bn: 'ইমপোর্ট…', en: 'Import…' },
  versions: { bn: 'সংস্করণসমূহ…', en: 'Versions…' },
  quit: { bn: 'বন্ধ করুন', en: 'Quit' },
  edit: { bn: 'সম্পাদনা', en: 'Edit' },
  undo: { bn: 'পূর্বাবস্থায় ফিরুন', en: 'Undo' },
  redo: { bn: 'পুনরায় করুন', en: 'Redo' },
  cut: { bn: 'কাটুন', en: 'Cut' },
  copy: { bn: 'কপি করুন', en: 'Copy' },
  paste: { bn: 'পেস্ট করুন', en: 'Paste' },
  selectAll: { bn: 'সব নির্বাচন করুন', en: 'Select All' },
  find: { bn: 'খুঁজুন…', en: 'Find…' },
  view: { bn: 'দেখুন', en: 'View' },
  zoomIn: { bn: 'লেখা বড় করুন', en: 'Zoom In' },
  zoomOut: { bn: 'লেখা ছোট করুন', en: 'Zoom Out' },
  zoomReset: { bn: 'স্বাভাবিক মাপ', en: 'Actual Size' },
  glossaryManager: { bn: 'শব্দকোষ…', en: 'Glossary…' },
  settings: { bn: 'সেটিংস…', en: 'Settings…' },
};

const separator: MenuItemTemplate = { type: 'separator' };

/** The application menu for one UI language. */
export function buildMenuTemplate({ language, platform, send }: MenuOptions): MenuItemTemplate[] {
  const label = (l: Label) => l[language];
  const command = (l: Label, cmd: MenuCommand, accelerator?: string): MenuItemTemplate => ({
    label: label(l),
    accelerator,
    click: () => send(cmd),
  });
  const quit: MenuItemTemplate = { label: label(LABELS.quit), role: 'quit', accelerator: 'CmdOrCtrl+Q' };
  const isMac = platform === 'darwin';

  const file: MenuItemTemplate = {
    label: label(LABELS.file),
    submenu: [
      command(LABELS.newDraft, 'new-draft', 'CmdOrCtrl+N'),
      command(LABELS.openDraft, 'open-draft', 'CmdOrCtrl+O'),
      command(LABELS.save, 'save', 'CmdOrCtrl+S'),
      command(LABELS.versions, 'versions', 'CmdOrCtrl+Shift+H'),
      separator,
      command(LABELS.importFile, 'import-file', 'CmdOrCtrl+Shift+O'),
      command(LABELS.exportHtml, 'export-html', 'CmdOrCtrl+E'),
      command(LABELS.copyHtml, 'copy-html', 'CmdOrCtrl+Shift+E'),
      separator,
      command(LABELS.glossaryManager, 'glossary-manager', 'CmdOrCtrl+Shift+G'),
      command(LABELS.settings, 'settings', 'CmdOrCtrl+,'),
      // macOS quits from the application menu.
      ...(isMac ? [] : [separator, quit]),
    ],
  };
  const edit: MenuItemTemplate = {
    label: label(LABELS.edit),
    submenu: [
      command(LABELS.undo, 'undo', 'CmdOrCtrl+Z'),
      command(LABELS.redo, 'redo', 'CmdOrCtrl+Shift+Z'),
      separator,
      { label: label(LABELS.cut), role: 'cut' },
      { label: label(LABELS.copy), role: 'copy' },
      { label: label(LABELS.paste), role: 'paste' },
      { label: label(LABELS.selectAll), role: 'selectAll' },
      separator,
      command(LABELS.find, 'find', 'CmdOrCtrl+F'),
    ],
  };
  const view: MenuItemTemplate = {
    label: label(LABELS.view),
    submenu: [
      command(LABELS.zoomIn, 'zoom-in', 'CmdOrCtrl+Plus'),
      command(LABELS.zoomOut, 'zoom-out', 'CmdOrCtrl+-'),
      command(LABELS.zoomReset, 'zoom-reset', 'CmdOrCtrl+0'),
    ],
  };
  return isMac ? [{ role: 'appMenu' }, file, edit, view] : [file, edit, view];
}
