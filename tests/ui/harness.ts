/**
 * Runs the built renderer in Debian's Chromium with the real main-process side behind it: the same
 * IPC handlers (sender check, argument validation) and the same services, against a temporary folder.
 * Only the transport differs: a Playwright binding per invoke method instead of Electron's ipcRenderer,
 * and every argument and result crosses as JSON text, as it would over IPC.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { INVOKE_METHODS, invokeChannel } from '../../core/api/newsroom-api';
import type { DictionaryFileKind, MenuCommand, NewsroomFile, NewsroomInvokeMethods, Settings } from '../../core/api/newsroom-api';
import { createNewsroomService, memorySettingsStore } from '../../electron/services/newsroom-service';
import type { DraftFs } from '../../electron/services/draft-store';
import { isSameFileUrl, registerNewsroomHandlers } from '../../electron/ipc';
import type { InvokeEvent } from '../../electron/ipc';
import { CHROMIUM_PATH } from '../helpers/chromium';

export { CHROMIUM_PATH, launchChromium } from '../helpers/chromium';

export const projectRoot = join(__dirname, '..', '..');
export const RENDERER_HTML = join(projectRoot, 'dist', 'renderer', 'index.html');
export const TEST_OUTPUT = join(projectRoot, 'test-output');

/** Reason to skip the UI tests on this machine, or false. Printed once per test file. */
export const skipUi: string | false = !existsSync(CHROMIUM_PATH)
  ? `${CHROMIUM_PATH} is not installed`
  : !existsSync(RENDERER_HTML)
    ? 'the renderer is not built (run node scripts/build.mjs)'
    : false;
if (skipUi) console.log(`# UI tests skipped: ${skipUi}`);

/**
 * A file system for the draft store whose writes can be refused the way a read-only folder refuses
 * them, or slowed down. Tests run as root, where a read-only mode bit stops nothing, so the refusal is
 * made here: the store sees the same EROFS error the operating system gives.
 */
export function controllableFs(): { fs: DraftFs; block(on: boolean): void; slowWrites(ms: number): void } {
  let blocked = false;
  let writeDelayMs = 0;
  const refuse = (syscall: string, path: string) =>
    Object.assign(new Error(`EROFS: read-only file system, ${syscall} '${path}'`), { code: 'EROFS', errno: -30, syscall, path });
  const fs: DraftFs = {
    open: ((path: string, flags?: string, mode?: number) => {
      if (blocked && flags !== undefined && flags !== 'r') return Promise.reject(refuse('open', path));
      return nodeFs.open(path, flags, mode);
    }) as DraftFs['open'],
    readFile: (path, encoding) => nodeFs.readFile(path, encoding),
    readdir: (path) => nodeFs.readdir(path),
    async rename(from, to) {
      if (blocked) throw refuse('rename', from);
      if (writeDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, writeDelayMs));
      return nodeFs.rename(from, to);
    },
    unlink: (path) => (blocked ? Promise.reject(refuse('unlink', path)) : nodeFs.unlink(path)),
    mkdir: (path, options) => nodeFs.mkdir(path, options),
    access: (path) => nodeFs.access(path),
    stat: (path) => nodeFs.stat(path),
  };
  return {
    fs,
    block(on) {
      blocked = on;
    },
    slowWrites(ms) {
      writeDelayMs = ms;
    },
  };
}

export interface AppOptions {
  /** Reuse a data folder (e.g. to reopen what an earlier page wrote); a new temp folder otherwise. */
  dataDir?: string;
  /** The file system of the draft store and of exports; see controllableFs. */
  fs?: DraftFs;
  settings?: Partial<Settings>;
  /** The unsaved-text journal's backup folder (off the data folder's disk in the app); a new temp folder otherwise. */
  backupDir?: string;
  /** How often the main process polls the newsroom's shared files; 100 ms unless a test needs the poll out of the way. */
  newsroomWatchIntervalMs?: number;
}

/**
 * The save dialog's stand-in: by default it saves the suggested name in `exportDir`; a test sets
 * `answer` to choose another path or to cancel (null). `offered` records every name it was given.
 */
export interface SaveDialogStandIn {
  answer: (suggestedName: string) => string | null;
  offered: string[];
}

/** The open dialog's stand-in: it answers with `path`, the file the user chose, or null (cancelled, the default). */
export interface OpenDialogStandIn {
  path: string | null;
  /** How many times the dialog was shown. */
  asked: number;
}

/** The glossary manager's dialogs' stand-in: each answers with the path a test sets, or null (cancelled, the default). */
export interface GlossaryDialogStandIn {
  import: string | null;
  export: string | null;
  shared: string | null;
}

/** The dictionary file dialog's stand-in: for each kind, the path a test sets, or null (cancelled, the default). */
export type DictionaryDialogStandIn = Record<DictionaryFileKind, string | null>;

export interface RunningApp {
  page: Page;
  dataDir: string;
  /** A temp folder of its own where the save dialog puts exports by default. */
  exportDir: string;
  /** Where the journal goes when the data folder refuses writes; written with node's own fs, never blocked. */
  backupDir: string;
  saveDialog: SaveDialogStandIn;
  openDialog: OpenDialogStandIn;
  glossaryDialog: GlossaryDialogStandIn;
  dictionaryDialog: DictionaryDialogStandIn;
  /** What "Copy as HTML" last put on the clipboard, or null. */
  clipboard(): { html: string; text: string } | null;
  /** Errors the page reported: uncaught exceptions, console errors, CSP violations. Should stay empty. */
  problems: string[];
  /** Sends an application-menu command, as the main process does over MENU_CHANNEL. */
  menu(command: MenuCommand): Promise<void>;
  /**
   * Holds every call of `method` from the page until the returned function is called, as a slow disk
   * would: for a test to see what the page shows while it waits.
   */
  hold(method: NewsroomInvokeMethods): () => void;
  close(): Promise<void>;
}

type Handler = (event: InvokeEvent, ...args: unknown[]) => unknown;

/**
 * Builds `window.newsroom` in the page before any of the app's scripts run. Plain JavaScript text:
 * a function here would be serialised after the TypeScript transform, which may add helpers that do
 * not exist in the page.
 */
function bridgeScript(methods: readonly string[]): string {
  return `(() => {
  const listeners = new Set();
  const api = {};
  for (const method of ${JSON.stringify(methods)}) {
    const binding = window['__newsroom_' + method];
    api[method] = async (...args) => JSON.parse(await binding(JSON.stringify(args)));
  }
  api.onMenuCommand = (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  Object.defineProperty(window, '__newsroomMenu', { value: (command) => listeners.forEach((listener) => listener(command)) });
  const fileListeners = new Set();
  api.onNewsroomFileChanged = (listener) => {
    fileListeners.add(listener);
    return () => fileListeners.delete(listener);
  };
  Object.defineProperty(window, '__newsroomFileChanged', { value: (file) => fileListeners.forEach((listener) => listener(file)) });
  Object.defineProperty(window, 'newsroom', { value: Object.freeze(api), enumerable: true });
})();`;
}

export async function openApp(browser: Browser, options: AppOptions = {}): Promise<RunningApp> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'newsroom-ui-'));
  const exportDir = mkdtempSync(join(tmpdir(), 'newsroom-export-'));
  const backupDir = options.backupDir ?? mkdtempSync(join(tmpdir(), 'newsroom-backup-'));
  const saveDialog: SaveDialogStandIn = { answer: (name) => join(exportDir, name), offered: [] };
  const openDialog: OpenDialogStandIn = { path: null, asked: 0 };
  const glossaryDialog: GlossaryDialogStandIn = { import: null, export: null, shared: null };
  const dictionaryDialog: DictionaryDialogStandIn = { hunspell: null, shared: null };
  let copied: { html: string; text: string } | null = null;
  // Where the main process's NEWSROOM_FILE_CHANNEL message goes: the page, once it is open and until it closes.
  let tellPage: ((file: NewsroomFile) => void) | null = null;
  const service = createNewsroomService({
    dataDir,
    settings: memorySettingsStore(options.settings),
    fs: options.fs,
    backupDir,
    exportTarget: {
      chooseSavePath: async (suggestedName) => {
        saveDialog.offered.push(suggestedName);
        return saveDialog.answer(suggestedName);
      },
    },
    clipboard: {
      write: (html, text) => {
        copied = { html, text };
      },
    },
    importSource: {
      chooseOpenPath: async () => {
        openDialog.asked++;
        return openDialog.path;
      },
    },
    glossaryDialogs: {
      chooseImport: async () => glossaryDialog.import,
      chooseExport: async () => glossaryDialog.export,
      chooseShared: async () => glossaryDialog.shared,
    },
    chooseDictionaryFile: async (kind) => dictionaryDialog[kind],
    onNewsroomFileChanged: (file) => tellPage?.(file),
    newsroomWatchIntervalMs: options.newsroomWatchIntervalMs ?? 100,
  });
  const pageUrl = pathToFileURL(RENDERER_HTML).href;

  // The real handlers, registered on a stand-in for ipcMain.
  const handlers = new Map<string, Handler>();
  const ipc = registerNewsroomHandlers(
    { handle: (channel, listener) => void handlers.set(channel, listener) },
    service,
    isSameFileUrl(pageUrl),
  );

  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'bn-BD' });
  const page = await context.newPage();
  const problems: string[] = [];
  const held = new Map<string, Promise<void>>();
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text()))
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  for (const method of INVOKE_METHODS) {
    const handler = handlers.get(invokeChannel(method))!;
    await page.exposeBinding(`__newsroom_${method}`, async (source, argsJson: string) => {
      const args = JSON.parse(argsJson) as unknown[];
      await held.get(method);
      const result = await handler({ senderFrame: { url: source.frame.url() } }, ...args);
      return JSON.stringify(result);
    });
  }
  await page.addInitScript({ content: bridgeScript(INVOKE_METHODS) });
  await page.goto(pageUrl);
  tellPage = (file) =>
    void page
      .evaluate((f) => (window as unknown as { __newsroomFileChanged(f: string): void }).__newsroomFileChanged(f), file)
      .catch(() => undefined);

  return {
    page,
    dataDir,
    exportDir,
    backupDir,
    saveDialog,
    openDialog,
    glossaryDialog,
    dictionaryDialog,
    clipboard: () => copied,
    problems,
    menu: (command) => page.evaluate((c) => (window as unknown as { __newsroomMenu(c: string): void }).__newsroomMenu(c), command),
    hold(method) {
      let release = () => {};
      held.set(method, new Promise<void>((resolve) => (release = resolve)));
      return () => {
        held.delete(method);
        release();
      };
    },
    async close() {
      tellPage = null;
      await context.close();
      // As the shell does before quitting: a save the page sent while closing must land before the
      // folder is removed, or the removal races the write.
      await ipc.idle();
      rmSync(exportDir, { recursive: true, force: true });
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
      if (!options.backupDir) rmSync(backupDir, { recursive: true, force: true });
    },
  };
}

export function testOutputDir(): string {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  return TEST_OUTPUT;
}

/** The open article as text, one entry per top-level block, read from the editor's DOM. */
export function editorBlocks(page: Page): Promise<string[]> {
  // textContent, not innerText: an empty block holds only ProseMirror's trailing <br>.
  return page.locator('.article > *').evaluateAll((blocks) => blocks.map((block) => block.textContent ?? ''));
}

/** Selects the first occurrence of `text` in the article, as a drag with the mouse would. */
export function selectText(page: Page, text: string): Promise<void> {
  return placeSelection(page, text, 'whole');
}

/** Puts the caret right before (`start`) or right after (`end`) the first occurrence of `text` in the article. */
export function caretAt(page: Page, text: string, where: 'start' | 'end'): Promise<void> {
  return placeSelection(page, text, where);
}

/**
 * Sets the DOM selection and returns once ProseMirror has read it. ProseMirror reads it in its own
 * `selectionchange` listener, registered when the editor was made, so a listener added now runs after
 * it; a key pressed before then would act on the old selection (as a fixed wait allowed on a busy CI).
 */
async function placeSelection(page: Page, text: string, where: 'whole' | 'start' | 'end'): Promise<void> {
  await page.evaluate(
    ([wanted, part]) =>
      new Promise<void>((resolve, reject) => {
        const article = document.querySelector('.article')!;
        const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(wanted);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, part === 'end' ? at + wanted.length : at);
          range.setEnd(node, part === 'start' ? at : at + wanted.length);
          // No selectionchange comes when the selection is already this one: then there is nothing to read.
          setTimeout(resolve, 1000);
          document.addEventListener('selectionchange', () => setTimeout(resolve, 0), { once: true });
          const selection = window.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
          return;
        }
        reject(new Error(`"${wanted}" is not in the article`));
      }),
    [text, where] as const,
  );
}

/** Waits until the app has a draft open in the editor. */
export async function waitForOpenDraft(page: Page): Promise<string> {
  const item = page.locator('.draft-item.current');
  await item.waitFor();
  return (await item.getAttribute('data-draft-id'))!;
}

/**
 * Writes an article into the open draft: `headline` in the headline, then each paragraph after an
 * Enter. Each block goes in as one input, so on a loaded machine no autosave or undo step can fall
 * between its keystrokes; a test of typing itself types. Resolves to the draft's id.
 */
export async function writeArticle(page: Page, headline: string, ...paragraphs: string[]): Promise<string> {
  const id = await waitForOpenDraft(page);
  await page.locator('.article .headline').click();
  await page.keyboard.insertText(headline);
  for (const paragraph of paragraphs) {
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(paragraph);
  }
  return id;
}

/** Text of every top-level block of a stored ProseMirror document. */
export function blocksOf(doc: { content?: { content?: { text?: string; content?: unknown[] }[] }[] }): string[] {
  const text = (node: { text?: string; content?: unknown[] }): string =>
    (node.text ?? '') + (node.content ?? []).map((child) => text(child as { text?: string; content?: unknown[] })).join('');
  return (doc.content ?? []).map(text);
}

/** Bengali digits for a number, written out independently of the app's Intl formatting. */
export function bengaliDigits(n: number): string {
  return String(n).replace(/\d/g, (d) => String.fromCharCode(0x09e6 + Number(d)));
}

/**
 * Saves a named version from the open versions panel and resolves to its row, once the list has
 * finished reading and shows one more version of that name. The count is taken from a list that is
 * not loading, so a first read still on its way is not mistaken for the new row.
 */
export async function saveNamedVersion(page: Page, name: string): Promise<Locator> {
  const panel = page.locator('.versions-panel');
  const named = panel.locator('.version-item[data-kind="named"]').filter({ has: page.getByText(name, { exact: true }) });
  const loaded = async () => (await panel.locator('.version-list[aria-busy="false"]').count()) === 1;
  await until(loaded, 'the versions list loaded');
  const before = await named.count();
  await panel.locator('.version-save input').fill(name);
  await panel.locator('[data-action="save-version"]').click();
  await until(async () => (await loaded()) && (await named.count()) === before + 1, `the version "${name}" in the list`);
  // Newest first.
  return named.first();
}

/** Resolves once the status bar says the draft is saved. */
export async function saved(page: Page): Promise<void> {
  await page.locator('.save-state[data-save="saved"]').waitFor();
}

/** Polls a condition the page cannot express as a selector; fails the test with `what` after the timeout. */
export async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * A draft's version files other than the automatic ones, oldest first. The versions the never-lost
 * flows keep (before a restore, a declined recovery, the side of a conflict not taken) are what those
 * tests look at; automatic snapshots come and go with the editing clock.
 */
export function keptVersionFiles(dataDir: string, id: string): string[] {
  const dir = join(dataDir, 'versions', id);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => !name.endsWith('-auto.json'))
        .sort()
    : [];
}
