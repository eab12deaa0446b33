import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  screen,
  session,
  type FileFilter,
  type OpenDialogOptions,
  type Rectangle,
  type SaveDialogOptions,
} from 'electron';
import Store from 'electron-store';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DEFAULT_SETTINGS,
  MENU_CHANNEL,
  NEWSROOM_FILE_CHANNEL,
  type MenuCommand,
  type Settings,
  type UiLanguage,
} from '../core/api/newsroom-api';
import { dialogText, type DialogTextKey } from './i18n-dialogs';
import { isSameFileUrl, registerNewsroomHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { IMPORT_EXTENSIONS } from './services/import-file';
import { GLOSSARY_FILE_EXTENSIONS, type GlossaryFileDialogs } from './services/glossary-manager';
import { sanitizeSettings } from '../core/api/settings';
import { createNewsroomService, type ExportTarget, type ImportSource, type SettingsStore } from './services/newsroom-service';
import type { DeskFolderDialog } from './services/desk-bridge';

// The thin shell: window, security switches, settings persistence and wiring. Everything testable
// lives in the modules it imports, which never import 'electron'.

interface StoredState {
  settings: Settings;
  window: { bounds?: Rectangle; maximized: boolean };
}

const INDEX_HTML = join(__dirname, '..', 'renderer', 'index.html');
const PRELOAD = join(__dirname, 'preload.js');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  start();
}

function start(): void {
  const store = new Store<StoredState>({
    defaults: { settings: DEFAULT_SETTINGS, window: { maximized: false } },
  });
  let mainWindow: BrowserWindow | null = null;

  const sendMenuCommand = (command: MenuCommand) => mainWindow?.webContents.send(MENU_CHANNEL, command);
  const applyMenu = (settings: Settings) =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate({ language: settings.uiLanguage, platform: process.platform, send: sendMenuCommand })),
    );

  const settings: SettingsStore = {
    // The file may have been edited by hand: the menu is built from these too, so they are cleaned here.
    get: () => sanitizeSettings(store.get('settings')),
    set: (next) => {
      const languageChanged = next.uiLanguage !== settings.get().uiLanguage;
      store.set('settings', next);
      if (languageChanged) applyMenu(next);
    },
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Every web contents, including any the app never meant to create, may neither open windows nor
  // navigate away from the bundled page, nor embed a webview.
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    // No remote content, whatever the page asks for: the app ships everything it shows.
    session.defaultSession.webRequest.onBeforeRequest(
      { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
      (_details, callback) => callback({ cancel: true }),
    );

    const service = createNewsroomService({
      dataDir: app.getPath('userData'),
      settings,
      onDamaged: (file) => console.warn(`damaged draft moved aside: ${file.from} -> ${file.movedTo}: ${file.reason}`),
      onSnapshotFailed: (error) => console.warn(`automatic version not kept: ${error.message.en} ${error.detail ?? ''}`),
      ...serviceDialogs(
        fileDialogs(() => mainWindow),
        () => settings.get().uiLanguage,
      ),
      chooseDictionaryFile: (kind) => {
        const say = (key: DialogTextKey) => dialogText.text(settings.get().uiLanguage, key);
        return fileDialogs(() => mainWindow).open(
          say(kind === 'hunspell' ? 'hunspellDictionaryTitle' : 'sharedDictionaryTitle'),
          kind === 'hunspell'
            ? { name: say('hunspellFiles'), extensions: ['dic'] }
            : { name: say('wordListFiles'), extensions: ['txt', 'dic'] },
        );
      },
      clipboard: { write: (html, text) => clipboard.write({ html, text }) },
      onNewsroomFileChanged: (file) => mainWindow?.webContents.send(NEWSROOM_FILE_CHANNEL, file),
      // The unsaved-text journal's second place, off the data folder's disk where it can be (see safekeeping.ts).
      backupDir: join(tmpdir(), 'newsroom-editor-backup'),
    });
    const handlers = registerNewsroomHandlers(ipcMain, service, isSameFileUrl(pathToFileURL(INDEX_HTML).href));
    // A closing window saves on its way out; the app quits only once that save is on disk.
    let flushed = false;
    app.on('will-quit', (event) => {
      if (flushed) return;
      event.preventDefault();
      void handlers.idle().then(() => {
        flushed = true;
        app.quit();
      });
    });
    applyMenu(settings.get());

    const createWindow = () => {
      mainWindow = openWindow(store);
      mainWindow.on('closed', () => {
        mainWindow = null;
      });
    };
    createWindow();
    app.on('activate', () => {
      if (!mainWindow) createWindow();
    });
  });
}

/** Electron's file dialogs as the services ask for files: each answers with a path, or null when cancelled. */
interface FileDialogs {
  /** Where to save a file offered as `suggestedName`, in Documents. */
  save(title: string, filter: FileFilter, suggestedName: string): Promise<string | null>;
  /** One file to open, starting in Documents. */
  open(title: string, filter: FileFilter): Promise<string | null>;
  /** One folder (the desk folder), starting in Documents. */
  folder(title: string): Promise<string | null>;
}

/** The one place a dialog is shown: attached to the window when there is one (a sheet on macOS). */
function fileDialogs(window: () => BrowserWindow | null): FileDialogs {
  return {
    save: async (title, filter, suggestedName) => {
      const options: SaveDialogOptions = {
        title,
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [filter],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = window();
      const answer = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return answer.canceled || !answer.filePath ? null : answer.filePath;
    },
    open: async (title, filter) => {
      const options: OpenDialogOptions = { title, defaultPath: app.getPath('documents'), filters: [filter], properties: ['openFile'] };
      const parent = window();
      const answer = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return answer.canceled ? null : (answer.filePaths[0] ?? null);
    },
    folder: async (title) => {
      const options: OpenDialogOptions = { title, defaultPath: app.getPath('documents'), properties: ['openDirectory', 'createDirectory'] };
      const parent = window();
      const answer = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return answer.canceled ? null : (answer.filePaths[0] ?? null);
    },
  };
}

/** The dialogs each service asks for, worded in the interface language of the moment, offering only the files it reads. */
function serviceDialogs(
  dialogs: FileDialogs,
  language: () => UiLanguage,
): { exportTarget: ExportTarget; importSource: ImportSource; glossaryDialogs: GlossaryFileDialogs; deskDialog: DeskFolderDialog } {
  const say = (key: DialogTextKey) => dialogText.text(language(), key);
  const glossaryFiles = (extensions: string[]): FileFilter => ({ name: say('glossaryFiles'), extensions });
  return {
    exportTarget: {
      chooseSavePath: (name) => dialogs.save(say('exportHtmlTitle'), { name: say('htmlFiles'), extensions: ['html', 'htm'] }, name),
    },
    importSource: {
      chooseOpenPath: () => dialogs.open(say('importTitle'), { name: say('importFiles'), extensions: [...IMPORT_EXTENSIONS] }),
    },
    glossaryDialogs: {
      chooseImport: () => dialogs.open(say('glossaryImportTitle'), glossaryFiles([...GLOSSARY_FILE_EXTENSIONS])),
      chooseShared: () => dialogs.open(say('sharedGlossaryTitle'), glossaryFiles([...GLOSSARY_FILE_EXTENSIONS])),
      chooseExport: (name) => dialogs.save(say('glossaryExportTitle'), glossaryFiles([name.endsWith('.csv') ? 'csv' : 'json']), name),
    },
    deskDialog: { chooseFolder: () => dialogs.folder(say('deskFolderTitle')) },
  };
}

/** Saved bounds are used only if they still overlap a display: a monitor may have been unplugged. */
function visibleBounds(bounds: Rectangle | undefined): Partial<Rectangle> {
  if (!bounds) return { width: 1280, height: 860 };
  const display = screen.getDisplayMatching(bounds).workArea;
  const overlaps =
    bounds.x < display.x + display.width &&
    bounds.x + bounds.width > display.x &&
    bounds.y < display.y + display.height &&
    bounds.y + bounds.height > display.y;
  return overlaps ? bounds : { width: bounds.width, height: bounds.height };
}

function openWindow(store: Store<StoredState>): BrowserWindow {
  const saved = store.get('window');
  const window = new BrowserWindow({
    ...visibleBounds(saved.bounds),
    minWidth: 720,
    minHeight: 480,
    show: false,
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // A middle click on a link would otherwise ask for a new window (denied anyway, but not even asked).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (saved.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  // Bounds change many times a second while dragging; electron-store writes the file on every set.
  let saveTimer: NodeJS.Timeout | undefined;
  const saveBounds = () => {
    clearTimeout(saveTimer);
    store.set('window', {
      bounds: window.isMaximized() ? store.get('window').bounds : window.getNormalBounds(),
      maximized: window.isMaximized(),
    });
  };
  const saveBoundsSoon = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveBounds, 400);
  };
  window.on('move', saveBoundsSoon);
  window.on('resize', saveBoundsSoon);
  window.on('close', saveBounds);

  void window.loadFile(INDEX_HTML);
  return window;
}
