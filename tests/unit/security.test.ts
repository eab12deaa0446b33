import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MenuItemTemplate } from '../../electron/menu';
import type { GlossaryImportPreview, GlossaryView } from '../../core/api/glossary-api';
import type { Draft } from '../../core/document/draft';
import { DEFAULT_SETTINGS, INVOKE_METHODS } from '../../core/api/newsroom-api';
import { tempDir } from '../helpers/temp-dir';

const root = join(__dirname, '..', '..');

const runner = join(root, 'node_modules', '@doyensec', 'electronegativity');

/**
 * Runs Doyensec's electronegativity in a child process, the same runner its CLI calls, with the same
 * options as `electronegativity -i <dir> -r -e 39.5.0`, and reads the findings from the runner's result.
 * Not from its CSV: the runner writes the CSV's header and its rows with two unawaited writes, and when
 * the header lands last the rows are gone (seen in CI as a scan with no findings). Two more differences
 * from the plain CLI, both on purpose: its HTTP client is replaced by one that fails at once (the CLI
 * fetches translations and Electron's release list; tests make no network requests), and the parse
 * errors it collects are returned, because a file that fails to parse is a file that was not scanned.
 */
function scan(input: string): { rows: Record<string, string>[]; parseErrors: { file: string; message: string }[] } {
  const script = `
    const Module = require('module');
    const load = Module._load;
    const offline = () => Promise.reject(new Error('no network in tests'));
    offline.head = offline;
    offline.get = offline;
    Module._load = function (request, ...rest) { return request === 'got' ? offline : load.call(this, request, ...rest); };
    const [runner, input] = process.argv.slice(1);
    require(runner)({ input, isRelative: true, electronVersionOverride: '39.5.0', customScan: [], excludeFromScan: [], parserPlugins: [], isVerbose: false }, false)
      .then((r) => process.stdout.write('\\n@@' + JSON.stringify({
        errors: r.errors.filter((e) => !e.tolerable).map((e) => ({ file: e.file, message: e.message })),
        rows: r.issues.map((i) => ({
          issue: i.id,
          severity: i.severity.name,
          confidence: i.confidence.name,
          filename: i.file,
          location: i.location.line + ':' + i.location.column,
          sample: i.sample ?? '',
          description: i.description ?? '',
        })),
      })));
  `;
  const run = spawnSync(process.execPath, ['-e', script, runner, input], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const marker = run.stdout.lastIndexOf('\n@@');
  assert.ok(marker >= 0, `no result from electronegativity:\n${run.stdout}\n${run.stderr}`);
  const result = JSON.parse(run.stdout.slice(marker + 3)) as {
    errors: { file: string; message: string }[];
    rows: Record<string, string>[];
  };
  return { rows: result.rows, parseErrors: result.errors };
}

const serious = ({ severity, confidence }: Record<string, string>) =>
  (severity === 'HIGH' || severity === 'MEDIUM') && (confidence === 'FIRM' || confidence === 'CERTAIN');

/**
 * Findings that are prompts for a human review rather than misconfigurations, each reviewed here.
 * PRELOAD_JS_CHECK fires on any `preload` in a BrowserWindow (the tool marks it `manualReview`): the
 * app needs its preload, which exposes only the typed NewsroomApi through contextBridge and never
 * ipcRenderer itself (checked below).
 */
const REVIEWED = [{ issue: 'PRELOAD_JS_CHECK', filename: 'electron/main.ts' }];

function copyProject(dest: string): void {
  cpSync(join(root, 'electron'), join(dest, 'electron'), { recursive: true });
  cpSync(join(root, 'renderer'), join(dest, 'renderer'), { recursive: true });
  cpSync(join(root, 'package.json'), join(dest, 'package.json'));
}

describe('electronegativity over electron/ and renderer/', () => {
  test('no HIGH or MEDIUM finding of FIRM or CERTAIN confidence, and every file parsed', () => {
    const input = tempDir('electronegativity-in-');
    copyProject(input);
    const { rows, parseErrors } = scan(input);
    assert.deepEqual(parseErrors, [], 'files the scanner could not parse were not scanned');
    const unreviewed = rows.filter(serious).filter((row) => !REVIEWED.some((r) => r.issue === row.issue && r.filename === row.filename));
    assert.deepEqual(
      unreviewed.map((r) => `${r.issue} ${r.severity}/${r.confidence} ${r.filename}:${r.location} ${r.sample}`),
      [],
    );
    // The reviewed finding is the one preload of the one window, not a second one that slipped in.
    assert.equal(rows.filter((r) => r.issue === 'PRELOAD_JS_CHECK').length, 1);
    for (const r of rows.filter((row) => !serious(row)))
      console.log(`  electronegativity (not failing): ${r.issue} ${r.severity}/${r.confidence} ${r.filename} ${r.description}`);
  });

  test('the preload hands the page the bridge object only', () => {
    const preload = readFileSync(join(root, 'electron', 'preload.ts'), 'utf8');
    assert.deepEqual(
      [...preload.matchAll(/exposeInMainWorld\(\s*'([^']+)',\s*(\w+)\s*\)/g)].map((m) => [m[1], m[2]]),
      [['newsroom', 'api']],
    );
    assert.match(preload, /const api: NewsroomApi = \{/);
  });

  test('the preload exposes every invoke method, each one invoke on its own channel, and the two subscriptions; nothing else', async () => {
    const exposed: [string, Record<string, (...args: unknown[]) => unknown>][] = [];
    const invoked: unknown[][] = [];
    const listening = new Map<string, (...args: unknown[]) => void>();
    const electron = {
      contextBridge: {
        exposeInMainWorld: (key: string, api: Record<string, (...args: unknown[]) => unknown>) => void exposed.push([key, api]),
      },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => void invoked.push(args),
        on: (channel: string, fn: (...args: unknown[]) => void) => void listening.set(channel, fn),
        removeListener: (channel: string) => void listening.delete(channel),
      },
    };
    const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
    const load = Module._load;
    Module._load = function (request: string, ...rest: unknown[]) {
      return request === 'electron' ? electron : load.call(this, request, ...rest);
    };
    try {
      const preloadPath = require.resolve('../../electron/preload');
      delete require.cache[preloadPath];
      require(preloadPath);
    } finally {
      Module._load = load;
    }
    assert.deepEqual(
      exposed.map(([key]) => key),
      ['newsroom'],
    );
    const [exposedOnce] = exposed;
    assert.ok(exposedOnce);
    const [, api] = exposedOnce;
    assert.deepEqual(Object.keys(api).sort(), [...INVOKE_METHODS, 'onMenuCommand', 'onNewsroomFileChanged'].sort());
    for (const method of INVOKE_METHODS) await api[method]?.('ঢাকা', 2);
    assert.deepEqual(
      invoked,
      INVOKE_METHODS.map((method) => [`newsroom:${method}`, 'ঢাকা', 2]),
    );
    const commands: unknown[] = [];
    const { onMenuCommand } = api;
    assert.ok(onMenuCommand);
    const unsubscribe = onMenuCommand((command: unknown) => commands.push(command)) as () => void;
    listening.get('newsroom:menu')!({}, 'save');
    assert.deepEqual(commands, ['save']);
    unsubscribe();
    assert.equal(listening.size, 0);
    const files: unknown[] = [];
    const stopFiles = api.onNewsroomFileChanged!((file: unknown) => files.push(file)) as () => void;
    listening.get('newsroom:file-changed')!({}, 'glossary');
    assert.deepEqual(files, ['glossary']);
    stopFiles();
    assert.equal(listening.size, 0);
  });

  test('the scan fails an insecure window (the check can fail)', () => {
    const input = tempDir('electronegativity-bad-');
    mkdirSync(join(input, 'electron'));
    writeFileSync(
      join(input, 'electron', 'main.ts'),
      "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\nvoid w.loadURL('https://example.com/');\n",
    );
    const { rows } = scan(input);
    const issues = new Set(rows.filter(serious).map((r) => r.issue));
    for (const expected of [
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      'CSP_GLOBAL_CHECK',
    ]) {
      assert.ok(issues.has(expected), `${expected} missing from ${[...issues].join(', ')}`);
    }
  });
});

/**
 * A stand-in for the 'electron' module, recording what electron/main.ts asks of it. The real binary is
 * absent here; this checks the shell's own decisions (switches, handlers, wiring), not Electron.
 */
function fakeElectron(options: { lock: boolean; userData: string }) {
  // The fake reaches electron/main.ts as `unknown`, so its handlers need not match Electron's signatures.
  type Handler = (...args: unknown[]) => unknown;
  type DialogOptions = { title?: string; defaultPath?: string; filters: { extensions: string[] }[]; properties?: string[] };
  type WindowOptions = {
    x?: number;
    y?: number;
    width?: number;
    height?: number;
    webPreferences: Record<'contextIsolation' | 'sandbox' | 'nodeIntegration' | 'webSecurity' | 'webviewTag', boolean> & {
      preload: string;
    };
  };
  const emitter = () => {
    const handlers = new Map<string, Handler[]>();
    return {
      handlers,
      on(event: string, fn: Handler) {
        handlers.set(event, [...(handlers.get(event) ?? []), fn]);
        return this;
      },
      once(event: string, fn: Handler) {
        return this.on(event, fn);
      },
      emit(event: string, ...args: unknown[]) {
        for (const fn of handlers.get(event) ?? []) fn(...args);
      },
    };
  };
  const log = {
    quit: 0,
    sandbox: 0,
    windows: [] as BrowserWindow[],
    menus: [] as MenuItemTemplate[][],
    invokeHandlers: new Map<string, Handler>(),
    permissionRequest: null as Handler | null,
    saveDialogs: [] as { parent: unknown; options: DialogOptions }[],
    saveDialogAnswer: { canceled: true, filePath: '' } as { canceled: boolean; filePath: string },
    clipboard: [] as unknown[],
    openDialogs: [] as { parent: unknown; options: DialogOptions }[],
    openDialogAnswer: { canceled: true, filePaths: [] } as { canceled: boolean; filePaths: string[] },
    permissionCheck: null as Handler | null,
    beforeRequest: null as { filter: { urls: string[] }; fn: Handler } | null,
  };
  const app = Object.assign(emitter(), {
    requestSingleInstanceLock: () => options.lock,
    quit: () => void log.quit++,
    enableSandbox: () => void log.sandbox++,
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => {
      if (name === 'documents') return join(options.userData, 'Documents');
      assert.equal(name, 'userData');
      return options.userData;
    },
    getVersion: () => '0.1.0',
    getName: () => 'Newsroom Editor',
  });
  class BrowserWindow {
    readonly events = emitter();
    readonly webContents = { sent: [] as unknown[][], send: (...args: unknown[]) => void this.webContents.sent.push(args) };
    loaded = '';
    minimized = true;
    focused = 0;
    bounds = { x: 40, y: 30, width: 1100, height: 700 };
    constructor(readonly options: WindowOptions) {
      log.windows.push(this);
      if (options.width) this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width, height: options.height ?? 0 };
    }
    on(event: string, fn: Handler) {
      this.events.on(event, fn);
      return this;
    }
    once(event: string, fn: Handler) {
      this.events.once(event, fn);
      return this;
    }
    loadFile(path: string) {
      this.loaded = path;
      return Promise.resolve();
    }
    isMinimized() {
      return this.minimized;
    }
    restore() {
      this.minimized = false;
    }
    focus() {
      this.focused++;
    }
    isMaximized() {
      return false;
    }
    maximize() {}
    show() {}
    getNormalBounds() {
      return this.bounds;
    }
  }
  const electron = {
    app,
    BrowserWindow,
    ipcMain: { on: () => undefined, handle: (channel: string, fn: Handler) => void log.invokeHandlers.set(channel, fn) },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: MenuItemTemplate[]) => void log.menus.push(menu),
    },
    screen: { getDisplayMatching: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Handler) => void (log.permissionRequest = fn),
        setPermissionCheckHandler: (fn: Handler) => void (log.permissionCheck = fn),
        webRequest: { onBeforeRequest: (filter: { urls: string[] }, fn: Handler) => void (log.beforeRequest = { filter, fn }) },
      },
    },
    shell: {},
    dialog: {
      showSaveDialog: async (parent: unknown, options: DialogOptions) => {
        log.saveDialogs.push({ parent, options });
        return log.saveDialogAnswer;
      },
      showOpenDialog: async (parent: unknown, options: DialogOptions) => {
        log.openDialogs.push({ parent, options });
        return log.openDialogAnswer;
      },
    },
    clipboard: { write: (data: unknown) => void log.clipboard.push(data) },
  };
  return { electron, log };
}

/** Loads electron/main.ts afresh with the stand-in in place of 'electron', and lets whenReady run. */
async function startShell(electron: unknown): Promise<void> {
  const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = Module._load;
  Module._load = function (request: string, ...rest: unknown[]) {
    return request === 'electron' ? electron : load.call(this, request, ...rest);
  };
  try {
    const mainPath = require.resolve('../../electron/main');
    for (const key of Object.keys(require.cache)) if (key.includes('electron-store') || key === mainPath) delete require.cache[key];
    require(mainPath);
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    Module._load = load;
  }
}

describe('the Electron shell (electron/main.ts) against a stand-in Electron', () => {
  test('a second instance quits at once and opens nothing', async () => {
    const { electron, log } = fakeElectron({ lock: false, userData: tempDir('newsroom-shell-') });
    await startShell(electron);
    assert.equal(log.quit, 1);
    assert.equal(log.windows.length, 0);
    assert.equal(log.invokeHandlers.size, 0);
  });

  test('the window, the session and every web contents get the checklist switches', async () => {
    const userData = tempDir('newsroom-shell-');
    const { electron, log } = fakeElectron({ lock: true, userData });
    await startShell(electron);
    assert.equal(log.quit, 0);
    assert.equal(log.sandbox, 1);
    assert.equal(log.windows.length, 1);
    const window = log.windows[0]!;
    const prefs = window.options.webPreferences;
    assert.equal(prefs.contextIsolation, true);
    assert.equal(prefs.sandbox, true);
    assert.equal(prefs.nodeIntegration, false);
    assert.equal(prefs.webSecurity, true);
    assert.equal(prefs.webviewTag, false);
    assert.match(prefs.preload, /[\\/]preload\.js$/);
    assert.match(window.loaded, /[\\/]renderer[\\/]index\.html$/);

    // Any web contents: no new windows, no navigation, no webviews.
    const contents = Object.assign(fakeContentsEvents(), {
      openHandler: null as null | (() => unknown),
      setWindowOpenHandler(fn: () => unknown) {
        this.openHandler = fn;
      },
    });
    electron.app.emit('web-contents-created', {}, contents);
    assert.deepEqual(contents.openHandler?.(), { action: 'deny' });
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      contents.emit(event, { preventDefault: () => (prevented = true) });
      assert.ok(prevented, `${event} is prevented`);
    }

    // Permissions: every request refused, every check false.
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      let granted: boolean | null = null;
      log.permissionRequest!({}, permission, (answer: boolean) => (granted = answer));
      assert.equal(granted, false, permission);
      assert.equal(log.permissionCheck!({}, permission), false);
    }
    // Remote content: cancelled whatever asks for it.
    assert.deepEqual(log.beforeRequest!.filter.urls.sort(), ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']);
    let cancelled: unknown = null;
    log.beforeRequest!.fn({ url: 'https://example.com/tracker.js' }, (answer: unknown) => (cancelled = answer));
    assert.deepEqual(cancelled, { cancel: true });

    // A second launch brings the existing window forward.
    electron.app.emit('second-instance');
    assert.equal(window.minimized, false);
    assert.equal(window.focused, 1);
  });

  test('IPC is wired to the real service over the user-data folder, for our page only', async () => {
    const userData = tempDir('newsroom-shell-');
    const { electron, log } = fakeElectron({ lock: true, userData });
    await startShell(electron);
    const page = { senderFrame: { url: pathToFileURL(log.windows[0]!.loaded).href } };
    assert.equal(log.invokeHandlers.size, INVOKE_METHODS.length);
    const created = (await log.invokeHandlers.get('newsroom:createDraft')!(page)) as { ok: boolean; value: { id: string } };
    assert.ok(created.ok);
    assert.deepEqual(readdirSync(join(userData, 'drafts')), [`${created.value.id}.json`]);
    const refused = (await log.invokeHandlers.get('newsroom:listDrafts')!({ senderFrame: { url: 'https://example.com/' } })) as {
      ok: boolean;
    };
    assert.equal(refused.ok, false);
  });

  test('export asks Electron’s save dialog, in Documents, with a cleaned Bengali name; copy writes both flavours', async () => {
    const userData = tempDir('newsroom-shell-');
    const { electron, log } = fakeElectron({ lock: true, userData });
    await startShell(electron);
    const page = { senderFrame: { url: pathToFileURL(log.windows[0]!.loaded).href } };
    const html = '<!doctype html><title>ঢাকা</title><p>ঢাকা</p>\n';

    const cancelled = await log.invokeHandlers.get('newsroom:exportHtml')!(page, { html, suggestedName: '../ঢাকা/বন্যা?.html' });
    assert.deepEqual(cancelled, { ok: true, value: null });
    const [asked] = log.saveDialogs;
    assert.ok(asked, 'a save dialog was shown');
    assert.equal(asked.parent, log.windows[0], 'the dialog belongs to the window');
    assert.equal(asked.options.defaultPath, join(userData, 'Documents', 'ঢাকা-বন্যা.html'));
    assert.deepEqual(asked.options.filters[0]!.extensions, ['html', 'htm']);
    assert.equal(asked.options.title, 'HTML হিসেবে রপ্তানি');

    mkdirSync(join(userData, 'Documents'));
    log.saveDialogAnswer = { canceled: false, filePath: join(userData, 'Documents', 'বন্যা.html') };
    const saved = await log.invokeHandlers.get('newsroom:exportHtml')!(page, { html, suggestedName: 'বন্যা' });
    assert.deepEqual(saved, { ok: true, value: { path: join(userData, 'Documents', 'বন্যা.html') } });
    assert.equal(readFileSync(join(userData, 'Documents', 'বন্যা.html'), 'utf8'), html);

    const copied = (await log.invokeHandlers.get('newsroom:copyHtml')!(page, { html: '<p>ঢাকা</p>', text: 'ঢাকা' })) as { ok: boolean };
    assert.equal(copied.ok, true);
    assert.deepEqual(log.clipboard, [{ html: '<p>ঢাকা</p>', text: 'ঢাকা' }]);
  });

  test('import asks Electron’s open dialog for .html/.htm/.txt, in Documents, and reads only the file chosen there', async () => {
    const userData = tempDir('newsroom-shell-');
    const { electron, log } = fakeElectron({ lock: true, userData });
    await startShell(electron);
    const page = { senderFrame: { url: pathToFileURL(log.windows[0]!.loaded).href } };
    const importFile = log.invokeHandlers.get('newsroom:importFile')!;

    assert.deepEqual(await importFile(page), { ok: true, value: null });
    const [asked] = log.openDialogs;
    assert.ok(asked, 'an open dialog was shown');
    assert.equal(asked.parent, log.windows[0], 'the dialog belongs to the window');
    assert.equal(asked.options.defaultPath, join(userData, 'Documents'));
    assert.deepEqual(asked.options.filters[0]!.extensions, ['html', 'htm', 'txt']);
    assert.deepEqual(asked.options.properties, ['openFile']);
    assert.equal(asked.options.title, 'আমদানি');

    const file = join(userData, 'বন্যা.txt');
    writeFileSync(file, 'ঢাকায় বন্যা\nপানি বাড়ছে।\n');
    log.openDialogAnswer = { canceled: false, filePaths: [file] };
    assert.deepEqual(await importFile(page), { ok: true, value: { name: 'বন্যা.txt', kind: 'txt', text: 'ঢাকায় বন্যা\nপানি বাড়ছে।\n' } });
    // A path sent by the page is refused: only the dialog names the file.
    const refused = (await importFile(page, file)) as { ok: boolean; error: { code: string } };
    assert.equal(refused.ok, false);
    assert.equal(refused.error.code, 'invalid-argument');
    assert.equal(log.openDialogs.length, 2, 'no dialog for a refused request');
    const foreign = (await importFile({ senderFrame: { url: 'https://example.com/' } })) as { ok: boolean };
    assert.equal(foreign.ok, false);
    assert.equal(log.openDialogs.length, 2, 'no dialog for an unknown page');

    await log.invokeHandlers.get('newsroom:updateSettings')!(page, { uiLanguage: 'en' });
    log.openDialogAnswer = { canceled: true, filePaths: [] };
    await importFile(page);
    assert.equal(log.openDialogs.at(-1)!.options.title, 'Import');
  });

  test('the glossary manager asks Electron’s dialogs for .csv/.json files; the shared file’s path is kept for the next launch', async () => {
    const userData = tempDir('newsroom-shell-');
    const first = fakeElectron({ lock: true, userData });
    await startShell(first.electron);
    const { log } = first;
    const page = { senderFrame: { url: pathToFileURL(log.windows[0]!.loaded).href } };
    const invoke = <T>(method: string, ...args: unknown[]) =>
      log.invokeHandlers.get(`newsroom:${method}`)!(page, ...args) as Promise<{ ok: boolean; value: T }>;

    const shared = join(userData, 'desk.csv');
    writeFileSync(shared, 'bn,en,type\nখুলনা,Khulna,place\n');
    log.openDialogAnswer = { canceled: false, filePaths: [shared] };
    const chosen = await invoke<GlossaryView>('chooseSharedGlossary');
    assert.equal(chosen.value.sharedStatus?.entries, 1);
    const asked = log.openDialogs.at(-1)!;
    assert.equal(asked.parent, log.windows[0], 'the dialog belongs to the window');
    assert.deepEqual(asked.options.filters[0]!.extensions, ['csv', 'json']);
    assert.equal(asked.options.title, 'নিউজরুমের শব্দকোষের ফাইল');

    const preview = await invoke<GlossaryImportPreview>('previewGlossaryImport');
    assert.equal(log.openDialogs.at(-1)!.options.title, 'শব্দকোষ আমদানি');
    assert.deepEqual(
      preview.value.add.map((e: { bn: string }) => e.bn),
      ['খুলনা'],
    );
    assert.equal((await invoke('applyGlossaryImport', preview.value.token)).ok, true);

    log.saveDialogAnswer = { canceled: false, filePath: join(userData, 'out.json') };
    assert.deepEqual(await invoke('exportGlossary', 'json'), { ok: true, value: { path: join(userData, 'out.json') } });
    const saved = log.saveDialogs.at(-1)!;
    assert.equal(saved.options.defaultPath, join(userData, 'Documents', 'glossary.json'));
    assert.deepEqual(saved.options.filters[0]!.extensions, ['json']);
    assert.match(readFileSync(join(userData, 'out.json'), 'utf8'), /Khulna/);

    const second = fakeElectron({ lock: true, userData });
    await startShell(second.electron);
    const view = (await second.log.invokeHandlers.get('newsroom:getGlossaryView')!({
      senderFrame: { url: pathToFileURL(second.log.windows[0]!.loaded).href },
    })) as { ok: boolean; value: GlossaryView };
    assert.equal(view.value.sharedStatus?.path, shared);
    assert.deepEqual(
      view.value.own.map((e: { bn: string }) => e.bn),
      ['খুলনা'],
    );
  });

  test('the menu follows the UI language, and menu commands reach the page', async () => {
    const { electron, log } = fakeElectron({ lock: true, userData: tempDir('newsroom-shell-') });
    await startShell(electron);
    const page = { senderFrame: { url: pathToFileURL(log.windows[0]!.loaded).href } };
    assert.equal(log.menus.at(-1)![0]!.label, 'ফাইল');
    await log.invokeHandlers.get('newsroom:updateSettings')!(page, { uiLanguage: 'en' });
    assert.equal(log.menus.at(-1)![0]!.label, 'File');
    const items = log.menus.at(-1)!.flatMap((menu) => menu.submenu ?? []);
    const byAccelerator = Object.fromEntries(items.filter((i) => i.accelerator).map((i) => [i.accelerator, i]));
    const expected: [string, string][] = [
      ['CmdOrCtrl+N', 'new-draft'],
      ['CmdOrCtrl+O', 'open-draft'],
      ['CmdOrCtrl+S', 'save'],
      ['CmdOrCtrl+E', 'export-html'],
      ['CmdOrCtrl+Shift+E', 'copy-html'],
      ['CmdOrCtrl+Shift+O', 'import-file'],
      ['CmdOrCtrl+Z', 'undo'],
      ['CmdOrCtrl+Shift+Z', 'redo'],
      ['CmdOrCtrl+F', 'find'],
      ['CmdOrCtrl+Plus', 'zoom-in'],
      ['CmdOrCtrl+-', 'zoom-out'],
      ['CmdOrCtrl+0', 'zoom-reset'],
      ['CmdOrCtrl+Shift+H', 'versions'],
      ['CmdOrCtrl+Shift+G', 'glossary-manager'],
      ['CmdOrCtrl+,', 'settings'],
    ];
    // No two menu items share an accelerator (the byAccelerator table would hide one of them).
    assert.equal(Object.keys(byAccelerator).length, items.filter((i) => i.accelerator).length);
    for (const [accelerator, command] of expected) {
      byAccelerator[accelerator].click!();
      assert.deepEqual(log.windows[0]!.webContents.sent.at(-1), ['newsroom:menu', command], accelerator);
    }
    assert.equal(byAccelerator['CmdOrCtrl+Q'].role, 'quit');
    assert.equal(byAccelerator['CmdOrCtrl+E'].label, 'Export as HTML…');
    assert.equal(byAccelerator['CmdOrCtrl+Shift+E'].label, 'Copy as HTML');
    assert.equal(byAccelerator['CmdOrCtrl+Shift+O'].label, 'Import…');
  });

  test('quitting waits for a save that is still being written', async () => {
    const userData = tempDir('newsroom-shell-');
    const { electron, log } = fakeElectron({ lock: true, userData });
    await startShell(electron);
    const page = { senderFrame: { url: pathToFileURL(log.windows[0]!.loaded).href } };
    const created = (await log.invokeHandlers.get('newsroom:createDraft')!(page)) as { ok: true; value: Draft };
    const draft = created.value;
    const doc = {
      type: 'doc',
      content: [{ type: 'headline', content: [{ type: 'text', text: 'শেষ মুহূর্তের লেখা' }] }, { type: 'paragraph' }],
    };
    const saving = log.invokeHandlers.get('newsroom:saveDraft')!(page, { ...draft, doc }) as Promise<unknown>;
    let prevented = false;
    electron.app.emit('will-quit', { preventDefault: () => (prevented = true) });
    assert.equal(prevented, true);
    assert.equal(log.quit, 0, 'not yet: the save is in flight');
    await saving;
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(log.quit, 1);
    const onDisk = JSON.parse(readFileSync(join(userData, 'drafts', `${draft.id}.json`), 'utf8')) as Draft;
    assert.equal(onDisk.meta.headline, 'শেষ মুহূর্তের লেখা');
    // The second will-quit, from that quit, goes through.
    prevented = false;
    electron.app.emit('will-quit', { preventDefault: () => (prevented = true) });
    assert.equal(prevented, false);
  });

  test('settings and window bounds persist across launches (electron-store in the user-data folder)', async () => {
    const userData = tempDir('newsroom-shell-');
    const first = fakeElectron({ lock: true, userData });
    await startShell(first.electron);
    const page = { senderFrame: { url: pathToFileURL(first.log.windows[0]!.loaded).href } };
    await first.log.invokeHandlers.get('newsroom:updateSettings')!(page, { fontSize: 23 });
    await first.log.invokeHandlers.get('newsroom:updateSettings')!(page, { markKnownNames: false });
    await first.log.invokeHandlers.get('newsroom:updateSettings')!(page, { pipeToDanda: false });
    first.log.windows[0]!.bounds = { x: 200, y: 120, width: 1000, height: 720 };
    first.log.windows[0]!.events.emit('close');

    const second = fakeElectron({ lock: true, userData });
    await startShell(second.electron);
    const options = second.log.windows[0]!.options;
    assert.deepEqual(
      { x: options.x, y: options.y, width: options.width, height: options.height },
      { x: 200, y: 120, width: 1000, height: 720 },
    );
    const settings = (await second.log.invokeHandlers.get('newsroom:getSettings')!({
      senderFrame: { url: pathToFileURL(second.log.windows[0]!.loaded).href },
    })) as unknown;
    assert.deepEqual(settings, { ok: true, value: { ...DEFAULT_SETTINGS, fontSize: 23, markKnownNames: false, pipeToDanda: false } });
  });

  test('a name added to the glossary is kept in the user-data folder and known at the next launch', async () => {
    const userData = tempDir('newsroom-shell-');
    const first = fakeElectron({ lock: true, userData });
    await startShell(first.electron);
    const page = { senderFrame: { url: pathToFileURL(first.log.windows[0]!.loaded).href } };
    const entry = { bn: 'ইসলামবাদ', variants: [], en: 'Islambad', type: 'place' };
    assert.deepEqual(await first.log.invokeHandlers.get('newsroom:addGlossaryEntry')!(page, entry), { ok: true, value: [entry] });
    assert.match(readFileSync(join(userData, 'glossary.json'), 'utf8'), /ইসলামবাদ/);
    const foreign = (await first.log.invokeHandlers.get('newsroom:addGlossaryEntry')!(
      { senderFrame: { url: 'https://example.com/' } },
      { ...entry, bn: 'ঢাকা' },
    )) as { ok: boolean };
    assert.equal(foreign.ok, false);

    const second = fakeElectron({ lock: true, userData });
    await startShell(second.electron);
    const glossary = await second.log.invokeHandlers.get('newsroom:getGlossary')!({
      senderFrame: { url: pathToFileURL(second.log.windows[0]!.loaded).href },
    });
    assert.deepEqual(glossary, { ok: true, value: [entry] });
  });
});

function fakeContentsEvents() {
  const handlers = new Map<string, ((event: unknown) => void)[]>();
  return {
    on(event: string, fn: (event: unknown) => void) {
      handlers.set(event, [...(handlers.get(event) ?? []), fn]);
    },
    emit(event: string, payload: unknown) {
      for (const fn of handlers.get(event) ?? []) fn(payload);
    },
  };
}
