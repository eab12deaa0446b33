import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, screen, session, type OpenDialogOptions, type Rectangle, type SaveDialogOptions } from 'electron';
import Store from 'electron-store';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_SETTINGS, MENU_CHANNEL, type MenuCommand, type Settings } from '../core/api/newsroom-api';
import { isSameFileUrl, registerNewsroomHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { IMPORT_EXTENSIONS } from './services/import-file';
import { GLOSSARY_FILE_EXTENSIONS, type GlossaryFileDialogs } from './services/glossary-manager';
import { sanitizeSettings } from '../core/api/settings';
import { createNewsroomService, type ExportTarget, type ImportSource, type SettingsStore } from './services/newsroom-service';

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
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ language: settings.uiLanguage, platform: process.platform, send: sendMenuCommand })));

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
    session.defaultSession.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (_details, callback) =>
      callback({ cancel: true }),
    );

    const service = createNewsroomService({
      dataDir: app.getPath('userData'),
      settings,
      onDamaged: (file) => console.warn(`damaged draft moved aside: ${file.from} -> ${file.movedTo}: ${file.reason}`),
      onSnapshotFailed: (error) => console.warn(`automatic version not kept: ${error.message.en} ${error.detail ?? ''}`),
      exportTarget: saveDialog(() => mainWindow, () => settings.get().uiLanguage),
      clipboard: { write: (html, text) => clipboard.write({ html, text }) },
      importSource: openDialog(() => mainWindow, () => settings.get().uiLanguage),
      glossaryDialogs: glossaryDialogs(() => mainWindow, () => settings.get().uiLanguage),
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

const SAVE_DIALOG_TEXT = {
  bn: { title: 'HTML হিসেবে রপ্তানি', filter: 'ওয়েব পাতা (HTML)' },
  en: { title: 'Export as HTML', filter: 'Web page (HTML)' },
};

/** The save dialog, attached to the window (a sheet on macOS), opening in Documents with the suggested name. */
function saveDialog(window: () => BrowserWindow | null, language: () => Settings['uiLanguage']): ExportTarget {
  return {
    chooseSavePath: async (suggestedName) => {
      const text = SAVE_DIALOG_TEXT[language()];
      const options: SaveDialogOptions = {
        title: text.title,
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: text.filter, extensions: ['html', 'htm'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = window();
      const answer = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return answer.canceled || !answer.filePath ? null : answer.filePath;
    },
  };
}

const OPEN_DIALOG_TEXT = {
  bn: { title: 'ইমপোর্ট', filter: 'ওয়েব পাতা (HTML) বা লেখা (TXT)' },
  en: { title: 'Import', filter: 'Web page (HTML) or text (TXT)' },
};

/** The open dialog, attached to the window, offering only the files import can read. */
function openDialog(window: () => BrowserWindow | null, language: () => Settings['uiLanguage']): ImportSource {
  return {
    chooseOpenPath: async () => {
      const text = OPEN_DIALOG_TEXT[language()];
      const options: OpenDialogOptions = {
        title: text.title,
        defaultPath: app.getPath('documents'),
        filters: [{ name: text.filter, extensions: [...IMPORT_EXTENSIONS] }],
        properties: ['openFile'],
      };
      const parent = window();
      const answer = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return answer.canceled || answer.filePaths.length === 0 ? null : answer.filePaths[0]!;
    },
  };
}

const GLOSSARY_DIALOG_TEXT = {
  bn: { import: 'শব্দকোষ ইমপোর্ট', export: 'শব্দকোষ রপ্তানি', shared: 'নিউজরুমের শব্দকোষের ফাইল', filter: 'শব্দকোষ (CSV বা JSON)' },
  en: { import: 'Import glossary', export: 'Export glossary', shared: "The newsroom's glossary file", filter: 'Glossary (CSV or JSON)' },
};

/** The glossary manager's dialogs, attached to the window, offering only CSV and JSON files. */
function glossaryDialogs(window: () => BrowserWindow | null, language: () => Settings['uiLanguage']): GlossaryFileDialogs {
  const open = async (title: string): Promise<string | null> => {
    const options: OpenDialogOptions = {
      title,
      defaultPath: app.getPath('documents'),
      filters: [{ name: GLOSSARY_DIALOG_TEXT[language()].filter, extensions: [...GLOSSARY_FILE_EXTENSIONS] }],
      properties: ['openFile'],
    };
    const parent = window();
    const answer = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return answer.canceled || answer.filePaths.length === 0 ? null : answer.filePaths[0]!;
  };
  return {
    chooseImport: () => open(GLOSSARY_DIALOG_TEXT[language()].import),
    chooseShared: () => open(GLOSSARY_DIALOG_TEXT[language()].shared),
    chooseExport: async (suggestedName) => {
      const text = GLOSSARY_DIALOG_TEXT[language()];
      const extension = suggestedName.endsWith('.csv') ? 'csv' : 'json';
      const options: SaveDialogOptions = {
        title: text.export,
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: text.filter, extensions: [extension] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = window();
      const answer = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return answer.canceled || !answer.filePath ? null : answer.filePath;
    },
  };
}

/** Saved bounds are used only if they still overlap a display: a monitor may have been unplugged. */
function visibleBounds(bounds: Rectangle | undefined): Partial<Rectangle> {
  if (!bounds) return { width: 1280, height: 860 };
  const display = screen.getDisplayMatching(bounds).workArea;
  const overlaps =
    bounds.x < display.x + display.width && bounds.x + bounds.width > display.x && bounds.y < display.y + display.height && bounds.y + bounds.height > display.y;
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
    store.set('window', { bounds: window.isMaximized() ? store.get('window').bounds : window.getNormalBounds(), maximized: window.isMaximized() });
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
