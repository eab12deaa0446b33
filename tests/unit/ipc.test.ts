import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isSameFileUrl, MAX_EXPORT_BYTES, registerNewsroomHandlers, type InvokeEvent, type IpcMainLike } from '../../electron/ipc';
import { createNewsroomService, memorySettingsStore } from '../../electron/services/newsroom-service';
import {
  DEFAULT_SETTINGS,
  INVOKE_METHODS,
  invokeChannel,
  type NewsroomInvokeMethods,
  type NewsroomService,
} from '../../core/api/newsroom-api';
import { DRAFT_FORMAT, newDraft, type Draft } from '../../core/document/draft';
import type { Result } from '../../core/api/result';

const APP_URL = pathToFileURL('/opt/Newsroom Editor/resources/app.asar/dist/renderer/index.html').href;
const trusted: InvokeEvent = { senderFrame: { url: APP_URL } };
const DHAKA = { bn: 'ঢাকা', variants: [], en: 'Dhaka', type: 'place' };

type Listener = Parameters<IpcMainLike['handle']>[1];

function fakeIpc(): IpcMainLike & { handlers: Map<string, Listener> } {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    handle(channel, listener) {
      assert.ok(!handlers.has(channel), `${channel} registered twice`);
      handlers.set(channel, listener);
    },
  };
}

/** Wraps a service so each test can see which methods were actually reached. */
function recording(service: NewsroomService): { service: NewsroomService; calls: string[] } {
  const calls: string[] = [];
  const wrapped = {} as Record<NewsroomInvokeMethods, (...args: unknown[]) => Promise<Result<unknown>>>;
  for (const method of INVOKE_METHODS) {
    wrapped[method] = (...args) => {
      calls.push(method);
      return (service[method] as (...a: unknown[]) => Promise<Result<unknown>>)(...args);
    };
  }
  return { service: wrapped as unknown as NewsroomService, calls };
}

function setup() {
  const ipc = fakeIpc();
  const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-ipc-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));
  const real = createNewsroomService({ dataDir, settings: memorySettingsStore() });
  const { service, calls } = recording(real);
  registerNewsroomHandlers(ipc, service, isSameFileUrl(APP_URL));
  const invoke = async (method: NewsroomInvokeMethods, event: InvokeEvent, ...args: unknown[]) =>
    (await ipc.handlers.get(invokeChannel(method))!(event, ...args)) as Result<unknown>;
  return { ipc, invoke, calls, real };
}

function assertRefused(result: Result<unknown>, code: 'invalid-argument' | 'invalid-id'): void {
  assert.equal(result.ok, false);
  assert.ok(!result.ok);
  assert.equal(result.error.code, code, JSON.stringify(result.error));
  assert.ok(result.error.message.bn.length > 0 && result.error.message.en.length > 0);
}

describe('IPC handlers', () => {
  test('every invoke method has exactly one handler on its channel, and nothing else is registered', () => {
    const { ipc } = setup();
    assert.deepEqual([...ipc.handlers.keys()].sort(), INVOKE_METHODS.map(invokeChannel).sort());
    assert.equal(ipc.handlers.size, INVOKE_METHODS.length);
  });

  test('a trusted sender reaches the service', async () => {
    const { invoke, calls } = setup();
    const created = await invoke('createDraft', trusted);
    assert.ok(created.ok);
    const draft = created.value as Draft;
    const opened = await invoke('openDraft', trusted, draft.id);
    assert.deepEqual(opened, { ok: true, value: draft });
    const saved = await invoke('saveDraft', trusted, draft);
    assert.ok(saved.ok);
    assert.deepEqual(await invoke('updateSettings', trusted, { fontSize: 24 }), { ok: true, value: { ...DEFAULT_SETTINGS, fontSize: 24 } });
    assert.deepEqual(calls, ['createDraft', 'openDraft', 'saveDraft', 'updateSettings']);
  });

  test('an untrusted sender is refused on every channel before the service is reached', async () => {
    const { invoke, calls } = setup();
    const senders: InvokeEvent[] = [
      { senderFrame: null },
      { senderFrame: { url: 'https://example.com/index.html' } },
      { senderFrame: { url: pathToFileURL('/tmp/evil/index.html').href } },
      { senderFrame: { url: APP_URL.replace('index.html', 'other.html') } },
      { senderFrame: { url: 'not a url' } },
      { senderFrame: { url: '' } },
    ];
    for (const event of senders) {
      for (const method of INVOKE_METHODS) {
        const result = await invoke(method, event, method === 'updateSettings' ? {} : 'd-abcdefgh');
        assertRefused(result, 'invalid-argument');
      }
    }
    assert.deepEqual(calls, []);
  });

  test('malformed arguments come back as refusals, never throws, and never reach the service', async () => {
    const { invoke, calls } = setup();
    const good = newDraft(new Date('2026-03-01T10:00:00Z'), 'd-abcdefgh12');
    const cases: [NewsroomInvokeMethods, unknown[], 'invalid-argument' | 'invalid-id'][] = [
      ['listDrafts', ['extra'], 'invalid-argument'],
      ['createDraft', [{}], 'invalid-argument'],
      ['getSettings', [1, 2], 'invalid-argument'],
      ['listTrash', [null], 'invalid-argument'],
      ['openDraft', [], 'invalid-argument'],
      ['openDraft', ['d-abcdefgh', 'd-abcdefgh'], 'invalid-argument'],
      ['openDraft', ['../x'], 'invalid-id'],
      ['openDraft', ['a/b'], 'invalid-id'],
      ['deleteDraft', ['..'], 'invalid-id'],
      ['deleteDraft', ['d-../../etc'], 'invalid-id'],
      ['restoreDraft', [42], 'invalid-id'],
      ['restoreDraft', [{ toString: () => 'd-abcdefgh' }], 'invalid-id'],
      ['saveDraft', [], 'invalid-argument'],
      ['saveDraft', [null], 'invalid-id'],
      ['saveDraft', [{ ...good, id: '../../x' }], 'invalid-id'],
      ['saveDraft', [{ ...good, format: DRAFT_FORMAT + 1 }], 'invalid-argument'],
      ['saveDraft', [{ ...good, meta: { ...good.meta, status: 'published' } }], 'invalid-argument'],
      ['saveDraft', [{ ...good, doc: { type: 'doc', content: [{ type: 'script' }] } }], 'invalid-argument'],
      ['saveDraft', [{ ...good, doc: { type: 'doc', content: [{ type: 'paragraph' }] } }], 'invalid-argument'],
      ['updateSettings', [], 'invalid-argument'],
      ['updateSettings', [{ fontSize: 'big' }], 'invalid-argument'],
      ['updateSettings', [{ fontSize: 1e9 }], 'invalid-argument'],
      ['updateSettings', [{ uiLanguage: 'fr' }], 'invalid-argument'],
      ['updateSettings', [{ __proto__: { fontSize: 20 }, theme: 'x' }], 'invalid-argument'],
      ['updateSettings', [{ fontSize: 20 }, 'extra'], 'invalid-argument'],
      ['exportHtml', [], 'invalid-argument'],
      ['exportHtml', ['<p>x</p>'], 'invalid-argument'],
      ['exportHtml', [{ html: '<p>x</p>' }], 'invalid-argument'],
      ['exportHtml', [{ html: 42, suggestedName: 'x' }], 'invalid-argument'],
      ['exportHtml', [{ html: '<p>x</p>', suggestedName: 'x', path: '/etc/passwd' }], 'invalid-argument'],
      ['exportHtml', [{ html: '<p>x</p>', suggestedName: 'x'.repeat(1001) }], 'invalid-argument'],
      ['exportHtml', [{ html: 'x'.repeat(MAX_EXPORT_BYTES + 1), suggestedName: 'x' }], 'invalid-argument'],
      // Within the length limit, beyond the byte limit: a Bengali letter is three bytes.
      ['exportHtml', [{ html: 'ক'.repeat(MAX_EXPORT_BYTES / 2), suggestedName: 'x' }], 'invalid-argument'],
      ['exportHtml', [{ html: '<p>x</p>', suggestedName: 'x' }, 'extra'], 'invalid-argument'],
      ['copyHtml', [], 'invalid-argument'],
      ['copyHtml', [{ html: '<p>x</p>' }], 'invalid-argument'],
      ['copyHtml', [{ html: '<p>x</p>', text: null }], 'invalid-argument'],
      ['copyHtml', [{ html: '<p>x</p>', text: 'x', format: 'rtf' }], 'invalid-argument'],
      // Only the main process's own dialog names the file to import.
      ['importFile', ['/etc/passwd'], 'invalid-argument'],
      ['importFile', [{ path: '/etc/passwd' }], 'invalid-argument'],
      ['importFile', [undefined], 'invalid-argument'],
      ['updateSettings', [{ markKnownNames: 'yes' }], 'invalid-argument'],
      ['updateSettings', [{ markKnownNames: 1 }], 'invalid-argument'],
      ['updateSettings', [{ pipeToDanda: 'no' }], 'invalid-argument'],
      ['updateSettings', [{ pipeToDanda: 0 }], 'invalid-argument'],
      ['getGlossary', ['ঢাকা'], 'invalid-argument'],
      ['addGlossaryEntry', [], 'invalid-argument'],
      ['addGlossaryEntry', ['ঢাকা'], 'invalid-argument'],
      ['addGlossaryEntry', [{ ...DHAKA }, 'extra'], 'invalid-argument'],
      ['addGlossaryEntry', [{ ...DHAKA, bn: '' }], 'invalid-argument'],
      ['addGlossaryEntry', [{ ...DHAKA, bn: 'Dhaka' }], 'invalid-argument'],
      ['addGlossaryEntry', [{ ...DHAKA, bn: '<b>ঢাকা</b>' }], 'invalid-argument'],
      ['addGlossaryEntry', [{ ...DHAKA, bn: 'ঢাকা\u0000' }], 'invalid-argument'],
      ['addGlossaryEntry', [{ ...DHAKA, bn: 'ক'.repeat(151) }], 'invalid-argument'],
      ['addGlossaryEntry', [{ ...DHAKA, en: '' }], 'invalid-argument'],
      ['addGlossaryEntry', [{ ...DHAKA, en: '   ' }], 'invalid-argument'],
      ['addGlossaryEntry', [{ ...DHAKA, en: 'ঢাকা' }], 'invalid-argument'],
      ['addGlossaryEntry', [{ ...DHAKA, en: '2024' }], 'invalid-argument'],
      ['addGlossaryEntry', [{ ...DHAKA, en: '<script>x</script>' }], 'invalid-argument'],
      ['addGlossaryEntry', [{ ...DHAKA, en: 'D'.repeat(151) }], 'invalid-argument'],
      ['addGlossaryEntry', [{ ...DHAKA, type: 'city' }], 'invalid-argument'],
      ['addGlossaryEntry', [{ bn: 'ঢাকা', en: 'Dhaka' }], 'invalid-argument'],
      ['addGlossaryEntry', [{ ...DHAKA, variants: ['Dacca'] }], 'invalid-argument'],
      ['addGlossaryEntry', [{ ...DHAKA, variants: Array.from({ length: 51 }, () => 'ঢাকা') }], 'invalid-argument'],
      ['addGlossaryEntry', [{ ...DHAKA, foreign: 'no' }], 'invalid-argument'],
      ['addGlossaryEntry', [{ ...DHAKA, note: 'x'.repeat(501) }], 'invalid-argument'],
      ['addGlossaryEntry', [{ ...DHAKA, path: '/etc/passwd' }], 'invalid-argument'],
      // The glossary manager and the settings dialog.
      ['editGlossaryEntry', [{ ...DHAKA }], 'invalid-argument'],
      ['editGlossaryEntry', ['ঢাকা', { ...DHAKA, en: '<script>x</script>' }], 'invalid-argument'],
      ['editGlossaryEntry', ['', { ...DHAKA }], 'invalid-argument'],
      ['removeGlossaryEntry', [], 'invalid-argument'],
      ['removeGlossaryEntry', [42], 'invalid-argument'],
      ['previewGlossaryImport', ['/etc/passwd'], 'invalid-argument'],
      ['applyGlossaryImport', ['not-a-token'], 'invalid-argument'],
      ['applyGlossaryImport', [[{ ...DHAKA }]], 'invalid-argument'],
      ['exportGlossary', ['xml'], 'invalid-argument'],
      ['exportGlossary', ['csv', '/etc/passwd'], 'invalid-argument'],
      ['chooseSharedGlossary', ['/etc/passwd'], 'invalid-argument'],
      ['clearSharedGlossary', ['x'], 'invalid-argument'],
      // The dictionary: words only (the service holds them to Bengali letters), files only from the main process's dialog.
      ['getDictionaryWords', [], 'invalid-argument'],
      ['getDictionaryWords', [{ since: '1' }], 'invalid-argument'],
      ['getDictionaryWords', [null], 'invalid-argument'],
      ['getDictionaryWords', ['x'.repeat(41)], 'invalid-argument'],
      ['addDictionaryWord', [], 'invalid-argument'],
      ['addDictionaryWord', [['শব্দ']], 'invalid-argument'],
      ['addDictionaryWord', ['ক'.repeat(61)], 'invalid-argument'],
      ['addDictionaryWord', ['word'], 'invalid-argument'],
      ['addDictionaryWord', ['দুই শব্দ'], 'invalid-argument'],
      ['addDictionaryWord', ['শব্দ', 'extra'], 'invalid-argument'],
      ['removeDictionaryWord', [42], 'invalid-argument'],
      ['chooseDictionaryFile', ['/usr/share/hunspell/bn_BD.dic'], 'invalid-argument'],
      ['chooseDictionaryFile', [], 'invalid-argument'],
      ['clearDictionaryFile', ['personal'], 'invalid-argument'],
      ['updateSettings', [{ hunspellDictionaryPath: '/etc/passwd' }], 'invalid-argument'],
      ['updateSettings', [{ sharedDictionaryPath: '/etc/passwd' }], 'invalid-argument'],
      ['updateSettings', [{ sharedGlossaryPath: '/etc/passwd' }], 'invalid-argument'],
      ['updateSettings', [{ autosaveDelayMs: 5000 }], 'invalid-argument'],
      ['updateSettings', [{ autosaveDelayMs: 50 }], 'invalid-argument'],
      ['updateSettings', [{ theme: 'sepia' }], 'invalid-argument'],
      ['updateSettings', [{ houseStyle: { unicodeForm: 'nfd' } }], 'invalid-argument'],
      // The desk: a folder only from the main process's dialog, drafts only by id.
      ['chooseDeskFolder', ['/mnt/desk'], 'invalid-argument'],
      ['clearDeskFolder', [{ path: '/mnt/desk' }], 'invalid-argument'],
      ['updateSettings', [{ deskPath: '/mnt/desk' }], 'invalid-argument'],
      ['updateSettings', [{ userColor: 'red' }], 'invalid-argument'],
      ['updateSettings', [{ userName: 'ক'.repeat(81) }], 'invalid-argument'],
      ['sendToDesk', ['../desk/x'], 'invalid-id'],
      ['sendToDesk', [{ ...good }], 'invalid-id'],
      ['openDeskDraft', ['/mnt/desk/d-abcdefgh12.json'], 'invalid-id'],
      ['listDesk', ['/mnt/desk'], 'invalid-argument'],
      ['setDeskStatus', ['d-abcdefgh12'], 'invalid-argument'],
      ['setDeskStatus', ['d-abcdefgh12', 'published'], 'invalid-argument'],
      ['setDeskStatus', ['../x', 'ready'], 'invalid-argument'],
      ['journalDraft', [], 'invalid-argument'],
      ['journalDraft', [{ ...good, id: '../recovery/x' }], 'invalid-id'],
      ['journalDraft', [{ ...good, doc: { type: 'doc', content: [{ type: 'script' }] } }], 'invalid-argument'],
      ['pendingRecoveries', ['d-abcdefgh'], 'invalid-argument'],
      ['acceptRecovery', ['../drafts/x'], 'invalid-id'],
      ['declineRecovery', [], 'invalid-argument'],
      ['resolveConflict', [good], 'invalid-argument'],
      ['resolveConflict', [good, 'both'], 'invalid-argument'],
      ['resolveConflict', [{ ...good, id: '../../x' }, 'mine'], 'invalid-id'],
      ['takeNotices', [true], 'invalid-argument'],
    ];
    for (const [method, args, code] of cases) {
      let result: Result<unknown>;
      try {
        result = await invoke(method, trusted, ...args);
      } catch (err) {
        assert.fail(`${method}(${JSON.stringify(args)}) threw ${(err as Error).message}`);
      }
      assertRefused(result, code);
    }
    assert.deepEqual(calls, []);
  });

  test('an export reaches the service with the suggested name reduced to a plain file name', async () => {
    const ipc = fakeIpc();
    const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-ipc-'));
    after(() => rmSync(dataDir, { recursive: true, force: true }));
    const received: unknown[] = [];
    const service = {
      ...createNewsroomService({ dataDir, settings: memorySettingsStore() }),
      exportHtml: async (request: unknown) => {
        received.push(request);
        return { ok: true as const, value: null };
      },
    };
    registerNewsroomHandlers(ipc, service, isSameFileUrl(APP_URL));
    const exportHtml = ipc.handlers.get(invokeChannel('exportHtml'))!;
    for (const suggestedName of ['../../.ssh/authorized_keys', 'C:\\Windows\\win.ini', '/etc/passwd', 'ঢাকা: বন্যা?', '']) {
      assert.deepEqual(await exportHtml(trusted, { html: '<p>x</p>', suggestedName }), { ok: true, value: null });
    }
    assert.deepEqual(
      received.map((r) => (r as { suggestedName: string }).suggestedName),
      ['ssh-authorized_keys.html', 'C-Windows-win.ini.html', 'etc-passwd.html', 'ঢাকা- বন্যা.html', 'শিরোনামহীন.html'],
    );
  });

  test('an import reaches the service with no arguments and answers with what it read', async () => {
    const ipc = fakeIpc();
    const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-ipc-'));
    after(() => rmSync(dataDir, { recursive: true, force: true }));
    const received: unknown[][] = [];
    const service = {
      ...createNewsroomService({ dataDir, settings: memorySettingsStore() }),
      importFile: async (...args: unknown[]) => {
        received.push(args);
        return { ok: true as const, value: { name: 'বন্যা.txt', kind: 'txt' as const, text: 'ঢাকা' } };
      },
    };
    registerNewsroomHandlers(ipc, service, isSameFileUrl(APP_URL));
    const importFile = ipc.handlers.get(invokeChannel('importFile'))!;
    assert.deepEqual(await importFile(trusted), { ok: true, value: { name: 'বন্যা.txt', kind: 'txt', text: 'ঢাকা' } });
    assert.deepEqual(received, [[]]);
  });

  test('a glossary entry reaches the service trimmed, is stored, and the merged glossary comes back', async () => {
    const { invoke, calls, real } = setup();
    assert.deepEqual(await invoke('getGlossary', trusted), { ok: true, value: [] });
    const added = await invoke('addGlossaryEntry', trusted, {
      bn: '  ঢাকা ',
      variants: [' ঢাকায়'],
      en: ' Dhaka ',
      type: 'place',
      aliases: ['Dacca'],
    });
    const expected = [{ bn: 'ঢাকা', variants: ['ঢাকায়'], en: 'Dhaka', type: 'place', aliases: ['Dacca'] }];
    assert.deepEqual(added, { ok: true, value: expected });
    assert.deepEqual(await real.getGlossary(), { ok: true, value: expected });
    // Names of several words and with the punctuation names carry are names.
    for (const [bn, en] of [
      ['ডা. শেখ হাসিনা', 'Dr Sheikh Hasina'],
      ['জি-২০', 'G20'],
      ['র‍্যাব', 'Rapid Action Battalion (RAB)'],
      ['ও’ব্রায়েন', "O'Brien"],
    ]) {
      const result = await invoke('addGlossaryEntry', trusted, { bn, variants: [], en, type: 'other' });
      assert.ok(result.ok, `${bn} / ${en}: ${JSON.stringify(result)}`);
    }
    // The same spelling twice is the store's refusal, in both languages.
    const again = await invoke('addGlossaryEntry', trusted, DHAKA);
    assert.ok(!again.ok);
    assert.equal(again.error.code, 'conflict');
    assert.deepEqual(calls, ['getGlossary', 'addGlossaryEntry', ...Array(4).fill('addGlossaryEntry'), 'addGlossaryEntry']);
  });

  test('a service that throws anyway is turned into a Result', async () => {
    const ipc = fakeIpc();
    const throwing = Object.fromEntries(
      INVOKE_METHODS.map((m) => [
        m,
        async () => {
          throw new Error('boom');
        },
      ]),
    ) as unknown as NewsroomService;
    registerNewsroomHandlers(ipc, throwing, isSameFileUrl(APP_URL));
    const result = (await ipc.handlers.get(invokeChannel('listDrafts'))!(trusted)) as Result<unknown>;
    assert.ok(!result.ok);
    assert.equal(result.error.code, 'io');
    assert.match(result.error.detail ?? '', /boom/);
  });
});

/** Arrays in arrays, `depth` deep. */
function deepArray(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** Objects in objects, `depth` deep. */
function deepObject(depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** A draft whose article is lists in lists, `depth` deep: valid in shape at every level. */
function deepListDraft(depth: number): Draft {
  let block: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'ঢাকা' }] };
  for (let i = 0; i < depth; i++)
    block = { type: 'bullet_list', content: [{ type: 'list_item', content: [{ type: 'paragraph' }, block] }] };
  const draft = newDraft(new Date('2026-03-01T10:00:00Z'), 'd-abcdefgh12');
  return { ...draft, doc: { type: 'doc', content: [{ type: 'headline' }, block as Draft['doc']] } };
}

describe('IPC handlers against hostile arguments', () => {
  const good = newDraft(new Date('2026-03-01T10:00:00Z'), 'd-abcdefgh12');
  /** Arguments each method accepts; every hostile case below is one of these spoilt. */
  const VALID: { [M in NewsroomInvokeMethods]: unknown[] } = {
    listDrafts: [],
    createDraft: [],
    openDraft: ['d-abcdefgh12'],
    saveDraft: [good],
    deleteDraft: ['d-abcdefgh12'],
    listTrash: [],
    restoreDraft: ['d-abcdefgh12'],
    searchDrafts: ['ঢাকা'],
    getSettings: [],
    updateSettings: [{ fontSize: 20 }],
    exportHtml: [{ html: '<p>ঢাকা</p>', suggestedName: 'ঢাকা' }],
    copyHtml: [{ html: '<p>ঢাকা</p>', text: 'ঢাকা' }],
    importFile: [],
    getGlossary: [],
    addGlossaryEntry: [DHAKA],
    listVersions: ['d-abcdefgh12'],
    saveVersion: ['d-abcdefgh12', 'প্রথম খসড়া'],
    readVersion: ['d-abcdefgh12', '1772359200000-named'],
    restoreVersion: ['d-abcdefgh12', '1772359200000-named'],
    getGlossaryView: [],
    editGlossaryEntry: ['ঢাকা', DHAKA],
    removeGlossaryEntry: ['ঢাকা'],
    previewGlossaryImport: [],
    applyGlossaryImport: ['0b7f8f0e-6a43-4a4e-9a57-3a1f5f1f2a11'],
    exportGlossary: ['csv'],
    chooseSharedGlossary: [],
    clearSharedGlossary: [],
    journalDraft: [good],
    pendingRecoveries: [],
    acceptRecovery: ['d-abcdefgh12'],
    declineRecovery: ['d-abcdefgh12'],
    resolveConflict: [good, 'mine'],
    takeNotices: [],
    chooseDeskFolder: [],
    clearDeskFolder: [],
    sendToDesk: ['d-abcdefgh12'],
    listDesk: [],
    openDeskDraft: ['d-abcdefgh12'],
    setDeskStatus: ['d-abcdefgh12', 'ready'],
    getDictionaryWords: [''],
    addDictionaryWord: ['বিশ্ববিদ্যালয়'],
    removeDictionaryWord: ['বিশ্ববিদ্যালয়'],
    chooseDictionaryFile: ['hunspell'],
    clearDictionaryFile: ['shared'],
  };
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const HOSTILE: [string, unknown][] = [
    ['arrays nested 5,000 deep', deepArray(5000)],
    ['objects nested 5,000 deep', deepObject(5000)],
    ['a 20 MB string', 'x'.repeat(20 * 1024 * 1024)],
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['a boolean', true],
    ['an array', []],
    ['an own __proto__ key', JSON.parse('{"__proto__": {"id": "d-abcdefgh12", "fontSize": 20, "polluted": true}}')],
    ['a cycle', cyclic],
  ];

  /** Calls the handler, failing the test if it throws instead of answering. */
  async function refusal(
    invoke: ReturnType<typeof setup>['invoke'],
    method: NewsroomInvokeMethods,
    args: unknown[],
    what: string,
  ): Promise<Result<unknown>> {
    let result: Result<unknown>;
    try {
      result = await invoke(method, trusted, ...args);
    } catch (err) {
      assert.fail(`${method} with ${what} threw ${(err as Error).message}`);
    }
    assert.equal(result.ok, false, `${method} with ${what} was accepted`);
    assert.ok(!result.ok && result.error.message.bn.length > 0 && result.error.message.en.length > 0);
    return result;
  }

  test('every method answers an extra argument, or any hostile value in place of any argument, with a refusal', async () => {
    const { invoke, calls } = setup();
    for (const method of INVOKE_METHODS) {
      const valid = VALID[method];
      await refusal(invoke, method, [...valid, 'extra'], 'an extra argument');
      for (const [what, value] of HOSTILE) {
        await refusal(invoke, method, [...valid, value], `${what} as an extra argument`);
        for (let i = 0; i < valid.length; i++)
          await refusal(
            invoke,
            method,
            valid.map((arg, j) => (j === i ? value : arg)),
            `${what} as argument ${i + 1}`,
          );
      }
    }
    assert.deepEqual(calls, []);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  test('a draft nested 5,000 deep, or holding a cycle or a shared value that unfolds without end, is refused with a message saying so', async () => {
    const { invoke, calls } = setup();
    let bomb: unknown = 'ক';
    for (let i = 0; i < 6; i++) bomb = Array.from({ length: 100 }, () => bomb);
    const drafts: [string, Draft, RegExp][] = [
      ['lists nested 5,000 deep', deepListDraft(5000), /levels deep/],
      ['lists nested 400 deep', deepListDraft(400), /levels deep/],
      [
        'attributes nested 5,000 deep',
        { ...good, doc: { type: 'doc', attrs: { x: deepObject(5000) }, content: good.doc.content } },
        /levels deep/,
      ],
      ['a cycle in its attributes', { ...good, doc: { type: 'doc', attrs: { x: cyclic }, content: good.doc.content } }, /levels deep/],
      ['tags nested 5,000 deep', { ...good, meta: { ...good.meta, tags: deepArray(5000) as string[] } }, /levels deep/],
      ['one array shared 100 times over, six deep', { ...good, review: { ignored: bomb as [], comments: [] } }, /too large/],
      [
        'a value that is not JSON data',
        { ...good, doc: { type: 'doc', attrs: { x: new Map() }, content: good.doc.content } },
        /well-formed/,
      ],
    ];
    for (const [what, draft, message] of drafts) {
      for (const [method, args] of [
        ['saveDraft', [draft]],
        ['journalDraft', [draft]],
        ['resolveConflict', [draft, 'mine']],
        ['resolveConflict', [draft, 'theirs']],
      ] as const) {
        const result = await refusal(invoke, method, [...args], what);
        assert.ok(!result.ok);
        assert.equal(result.error.code, 'invalid-argument');
        assert.match(result.error.message.en, message, `${method} with ${what}`);
      }
    }
    // Within the limit, lists nested deep are an article like any other.
    const created = await invoke('createDraft', trusted);
    assert.ok(created.ok);
    const deepButFine = await invoke('saveDraft', trusted, { ...(created.value as Draft), doc: deepListDraft(50).doc });
    assert.ok(deepButFine.ok, JSON.stringify(deepButFine));
    assert.deepEqual(calls, ['createDraft', 'saveDraft']);
  });

  test('text past the draft limits (a long headline, one huge run of text, too much in all) is refused in both languages', async () => {
    const { invoke, calls } = setup();
    const withText = (headline: string, paragraphs: string[]): Draft => ({
      ...good,
      meta: { ...good.meta, headline },
      doc: {
        type: 'doc',
        content: [
          { type: 'headline', content: [{ type: 'text', text: headline }] },
          ...paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
        ],
      },
    });
    const run = 'ক'.repeat(1_900_000);
    const cases: [string, Draft, RegExp, RegExp][] = [
      ['a 6,000-character headline', withText('খ'.repeat(6_000), []), /headline is longer than 5,000 characters/, /শিরোনাম/],
      ['one run of 2,000,001 characters', withText('ঢাকা', ['গ'.repeat(2_000_001)]), /One run of text .* longer than 2,000,000/, /টানা লেখা/],
      ['six runs of 1,900,000 characters', withText('ঢাকা', Array(6).fill(run)), /too large .* 10,000,000 characters/, /খুব বড়/],
    ];
    for (const [what, draft, en, bn] of cases) {
      for (const method of ['saveDraft', 'journalDraft'] as const) {
        const result = await refusal(invoke, method, [draft], what);
        assert.ok(!result.ok);
        assert.equal(result.error.code, 'invalid-argument');
        assert.match(result.error.message.en, en, `${method} with ${what}`);
        assert.match(result.error.message.bn, bn, `${method} with ${what}`);
      }
    }
    assert.deepEqual(calls, []);
    const created = await invoke('createDraft', trusted);
    assert.ok(created.ok);
    const atTheLimit = withText('খ'.repeat(5_000), ['গ'.repeat(2_000_000)]);
    const saved = await invoke('saveDraft', trusted, { ...atTheLimit, id: (created.value as Draft).id });
    assert.ok(saved.ok, JSON.stringify(saved).slice(0, 300));
  });

  test('a validator that throws is answered as a refusal, and the service is not reached', async () => {
    const { invoke, calls } = setup();
    const exploding = {
      get id(): string {
        throw new Error('boom');
      },
    };
    const result = await invoke('saveDraft', trusted, exploding);
    assert.ok(!result.ok);
    assert.equal(result.error.code, 'invalid-argument');
    assert.match(result.error.detail ?? '', /boom/);
    const unprintable = await invoke('resolveConflict', trusted, exploding, 'mine');
    assert.equal(unprintable.ok, false);
    assert.deepEqual(calls, []);
  });
});

describe('NewsroomHandlers.idle', () => {
  test('waits for every request in flight, including one that starts while waiting', async () => {
    const ipc = fakeIpc();
    const finished: string[] = [];
    const slow = (name: string, ms: number) => () =>
      new Promise<Result<unknown>>((resolve) =>
        setTimeout(() => {
          finished.push(name);
          resolve({ ok: true, value: name });
        }, ms),
      );
    const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-ipc-'));
    after(() => rmSync(dataDir, { recursive: true, force: true }));
    const service = { ...createNewsroomService({ dataDir, settings: memorySettingsStore() }) };
    service.listDrafts = slow('list', 30) as NewsroomService['listDrafts'];
    service.listTrash = slow('trash', 60) as NewsroomService['listTrash'];
    const handlers = registerNewsroomHandlers(ipc, service, isSameFileUrl(APP_URL));
    await handlers.idle();
    void ipc.handlers.get(invokeChannel('listDrafts'))!(trusted);
    setTimeout(() => void ipc.handlers.get(invokeChannel('listTrash'))!(trusted), 10);
    await new Promise((resolve) => setTimeout(resolve, 15));
    await handlers.idle();
    assert.deepEqual(finished, ['list', 'trash']);
  });
});

describe('isSameFileUrl', () => {
  const isOurs = isSameFileUrl(APP_URL);
  test('accepts the page itself, with or without a hash or query', () => {
    assert.equal(isOurs(APP_URL), true);
    assert.equal(isOurs(`${APP_URL}#/drafts/d-abcdefgh`), true);
    assert.equal(isOurs(`${APP_URL}?lang=bn`), true);
  });
  test('compares paths, not spellings: a Bengali folder name matches however it is percent-encoded', () => {
    const href = pathToFileURL('/home/রহিম/Newsroom Editor/index.html').href;
    const isPage = isSameFileUrl(href);
    assert.equal(isPage(href), true);
    assert.equal(isPage(href.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())), true);
    assert.equal(isPage(pathToFileURL('/home/রহিম/Newsroom Editor/other.html').href), false);
  });
  test('refuses other files, other schemes and nonsense', () => {
    assert.equal(isOurs(APP_URL.replace('/renderer/', '/other/')), false);
    assert.equal(isOurs(APP_URL.replace('file://', 'https://')), false);
    assert.equal(isOurs('file://evil.example/opt/Newsroom%20Editor/resources/app.asar/dist/renderer/index.html'), false);
    assert.equal(isOurs('devtools://devtools/bundled/index.html'), false);
    assert.equal(isOurs('about:blank'), false);
    assert.equal(isOurs('index.html'), false);
  });
});
