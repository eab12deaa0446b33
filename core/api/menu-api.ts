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

/** The newsroom's files on a shared drive that the main process watches: the shared glossary, the dictionaries. */
export type NewsroomFile = 'glossary' | 'dictionary';

export const NEWSROOM_FILE_CHANNEL = 'newsroom:file-changed';

/**
 * The messages the main process starts: a menu command, and a newsroom file that changed on its drive
 * (so a reporter typing all day in a focused window gets a colleague's new glossary name without
 * leaving it). Everything else is the page asking.
 */
export interface MenuApi {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribes to changes of the newsroom's files; the page asks for what they hold now. Returns the unsubscribe function. */
  onNewsroomFileChanged(listener: (file: NewsroomFile) => void): () => void;
}
