/** Commands the application menu sends to the renderer; the renderer owns what they do. */
export type MenuCommand =
  | 'new-draft'
  | 'open-draft'
  | 'save'
  | 'export-html'
  | 'copy-html'
  | 'import-file'
  | 'undo'
  | 'redo'
  | 'find'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'versions'
  | 'glossary-manager'
  | 'settings'
  | 'send-to-desk';

export const MENU_CHANNEL = 'newsroom:menu';

/** The one message the main process starts: a menu command. Everything else is the page asking. */
export interface MenuApi {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
