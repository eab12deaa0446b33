import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNewsroomService, memorySettingsStore, type SettingsStore } from '../../../electron/services/newsroom-service';
import { DEFAULT_SETTINGS, INVOKE_METHODS, type Settings } from '../../../core/api/newsroom-api';
import type { Result } from '../../../core/api/result';

const tempDirs: string[] = [];
after(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-service-'));
  tempDirs.push(dir);
  return dir;
}

function value<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(`expected ok, got ${result.error.code}: ${result.error.message.en}`);
  return result.value;
}

describe('NewsroomService', () => {
  test('implements every invoke method of the bridge', () => {
    const service = createNewsroomService({ dataDir: tempDir(), settings: memorySettingsStore() });
    assert.deepEqual(Object.keys(service).sort(), [...INVOKE_METHODS].sort());
  });

  test('drafts round-trip through the service onto disk', async () => {
    const dataDir = tempDir();
    let t = Date.UTC(2026, 2, 1);
    const service = createNewsroomService({ dataDir, settings: memorySettingsStore(), now: () => new Date((t += 1000)) });
    const draft = value(await service.createDraft());
    const doc = {
      type: 'doc',
      content: [
        { type: 'headline', content: [{ type: 'text', text: 'নদীভাঙনে ঘর হারাল শতাধিক পরিবার' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'যমুনার ভাঙন থামছে না।' }] },
      ],
    };
    const summary = value(await service.saveDraft({ ...draft, doc }));
    assert.equal(summary.headline, 'নদীভাঙনে ঘর হারাল শতাধিক পরিবার');
    assert.equal(summary.wordCount, 9);
    assert.deepEqual(value(await service.listDrafts()), [summary]);
    assert.deepEqual(value(await service.openDraft(draft.id)).doc, doc);
    assert.deepEqual(readdirSync(join(dataDir, 'drafts')), [`${draft.id}.json`]);
    const trashed = value(await service.deleteDraft(draft.id));
    assert.deepEqual(value(await service.listTrash()), [trashed]);
    assert.deepEqual(value(await service.restoreDraft(draft.id)), summary);
  });

  test('no method throws: a malformed call comes back as a Result', async () => {
    const service = createNewsroomService({ dataDir: tempDir(), settings: memorySettingsStore() });
    const calls: Promise<Result<unknown>>[] = [
      service.openDraft(undefined as unknown as string),
      service.saveDraft(null as never),
      service.saveDraft('draft' as never),
      service.deleteDraft({} as never),
      service.restoreDraft('../../x'),
      service.updateSettings(null as never),
      service.updateSettings('bn' as never),
    ];
    for (const result of await Promise.all(calls)) {
      assert.equal(result.ok, false);
      assert.ok(!result.ok && ['invalid-id', 'invalid-argument'].includes(result.error.code), JSON.stringify(result));
    }
  });

  test('settings default, update by patch, and persist through the store', async () => {
    const backing = memorySettingsStore();
    const service = createNewsroomService({ dataDir: tempDir(), settings: backing });
    assert.deepEqual(value(await service.getSettings()), DEFAULT_SETTINGS);
    assert.deepEqual(value(await service.updateSettings({ fontSize: 22 })), { ...DEFAULT_SETTINGS, fontSize: 22 });
    assert.deepEqual(value(await service.updateSettings({ uiLanguage: 'en' })), { uiLanguage: 'en', fontSize: 22 });
    assert.deepEqual(backing.get(), { uiLanguage: 'en', fontSize: 22 });
    // A key sent as undefined means "unchanged".
    assert.deepEqual(value(await service.updateSettings({ fontSize: undefined })), { uiLanguage: 'en', fontSize: 22 });
  });

  test('invalid settings are refused and change nothing', async () => {
    const backing = memorySettingsStore({ fontSize: 20 });
    const service = createNewsroomService({ dataDir: tempDir(), settings: backing });
    const bad: unknown[] = [{ fontSize: 200 }, { fontSize: 3 }, { fontSize: 18.5 }, { fontSize: '20' }, { uiLanguage: 'fr' }, { theme: 'dark' }, [], 7];
    for (const patch of bad) {
      const result = await service.updateSettings(patch as Partial<Settings>);
      assert.equal(result.ok, false, JSON.stringify(patch));
      assert.ok(!result.ok && result.error.code === 'invalid-argument');
      assert.ok(!result.ok && result.error.message.bn.length > 0 && result.error.message.en.length > 0);
    }
    assert.deepEqual(backing.get(), { uiLanguage: 'bn', fontSize: 20 });
  });

  test('settings stored with missing or hand-edited values fall back per key', async () => {
    const stored = { uiLanguage: 'en', fontSize: 'huge' } as unknown as Settings;
    const settings: SettingsStore = { get: () => stored, set: () => undefined };
    const service = createNewsroomService({ dataDir: tempDir(), settings });
    assert.deepEqual(value(await service.getSettings()), { uiLanguage: 'en', fontSize: DEFAULT_SETTINGS.fontSize });
  });

  test('a settings store that fails is reported, not thrown', async () => {
    const settings: SettingsStore = {
      get: () => DEFAULT_SETTINGS,
      set: () => {
        throw Object.assign(new Error('EACCES: permission denied, open config.json'), { code: 'EACCES' });
      },
    };
    const service = createNewsroomService({ dataDir: tempDir(), settings });
    const result = await service.updateSettings({ fontSize: 24 });
    assert.ok(!result.ok);
    assert.equal(result.error.code, 'io');
    assert.match(result.error.detail ?? '', /EACCES/);
  });

  test('damaged files found while listing reach the onDamaged report', async () => {
    const dataDir = tempDir();
    const reports: string[] = [];
    const service = createNewsroomService({ dataDir, settings: memorySettingsStore(), onDamaged: (f) => reports.push(f.from) });
    value(await service.createDraft());
    writeFileSync(join(dataDir, 'drafts', 'd-halfwritten1.json'), '{"format":1,');
    assert.equal(value(await service.listDrafts()).length, 1);
    assert.deepEqual(reports, [join(dataDir, 'drafts', 'd-halfwritten1.json')]);
  });
});

describe('NewsroomService: export and clipboard', () => {
  const PAGE = '<!doctype html>\n<html lang="bn"><head><meta charset="utf-8"><title>বন্যা</title></head><body><article lang="bn"><h1>বন্যা</h1></article></body></html>\n';

  /** A save dialog that answers with a file in `dir`, or cancels; records the names it was offered. */
  function chooser(dir: string, answer: (suggested: string) => string | null = (name) => join(dir, name)) {
    const offered: string[] = [];
    return {
      offered,
      target: {
        chooseSavePath: async (suggestedName: string) => {
          offered.push(suggestedName);
          return answer(suggestedName);
        },
      },
    };
  }

  test('writes the page where the user chose, under a Bengali name, leaving no temp file', async () => {
    const dir = tempDir();
    const { offered, target } = chooser(dir);
    const service = createNewsroomService({ dataDir: tempDir(), settings: memorySettingsStore(), exportTarget: target });
    const saved = value(await service.exportHtml({ html: PAGE, suggestedName: 'ঢাকায় বন্যা: সতর্কতা' }));
    assert.deepEqual(offered, ['ঢাকায় বন্যা- সতর্কতা.html']);
    assert.deepEqual(saved, { path: join(dir, 'ঢাকায় বন্যা- সতর্কতা.html') });
    assert.deepEqual(readdirSync(dir), ['ঢাকায় বন্যা- সতর্কতা.html']);
    assert.equal(readFileSync(saved!.path, 'utf8'), PAGE);
  });

  test('replaces an existing file whole', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'বন্যা.html'), 'old content that is longer than the new page '.repeat(20));
    const service = createNewsroomService({ dataDir: tempDir(), settings: memorySettingsStore(), exportTarget: chooser(dir).target });
    value(await service.exportHtml({ html: PAGE, suggestedName: 'বন্যা' }));
    assert.equal(readFileSync(join(dir, 'বন্যা.html'), 'utf8'), PAGE);
  });

  test('a cancelled dialog is null and writes nothing', async () => {
    const dir = tempDir();
    const service = createNewsroomService({ dataDir: tempDir(), settings: memorySettingsStore(), exportTarget: chooser(dir, () => null).target });
    assert.equal(value(await service.exportHtml({ html: PAGE, suggestedName: 'বন্যা' })), null);
    assert.deepEqual(readdirSync(dir), []);
  });

  test('a folder that cannot be written is an error in both languages, and no temp file is left', async () => {
    const dir = tempDir();
    const missing = join(dir, 'no-such-folder', 'বন্যা.html');
    const service = createNewsroomService({ dataDir: tempDir(), settings: memorySettingsStore(), exportTarget: chooser(dir, () => missing).target });
    const result = await service.exportHtml({ html: PAGE, suggestedName: 'বন্যা' });
    assert.ok(!result.ok);
    assert.equal(result.error.code, 'not-found');
    assert.match(result.error.message.bn, /^HTML ফাইল সংরক্ষণ করা যায়নি/);
    assert.match(result.error.message.en, /^The HTML file could not be saved/);
    assert.deepEqual(readdirSync(dir), []);
  });

  test('a dialog that fails, or none at all, is an error value, not a throw', async () => {
    const failing = { chooseSavePath: async () => Promise.reject(new Error('no display')) };
    const withFailing = createNewsroomService({ dataDir: tempDir(), settings: memorySettingsStore(), exportTarget: failing });
    const failed = await withFailing.exportHtml({ html: PAGE, suggestedName: 'x' });
    assert.ok(!failed.ok);
    assert.match(failed.error.detail ?? '', /no display/);
    const without = createNewsroomService({ dataDir: tempDir(), settings: memorySettingsStore() });
    const refused = await without.exportHtml({ html: PAGE, suggestedName: 'x' });
    assert.ok(!refused.ok);
    assert.ok(refused.error.message.bn.length > 0 && refused.error.message.en.length > 0);
    assert.equal((await without.copyHtml({ html: '<p>x</p>', text: 'x' })).ok, false);
  });

  test('copy hands both flavours to the clipboard; a clipboard that throws is an error value', async () => {
    const written: [string, string][] = [];
    const service = createNewsroomService({ dataDir: tempDir(), settings: memorySettingsStore(), clipboard: { write: (html, text) => void written.push([html, text]) } });
    value(await service.copyHtml({ html: '<p>ঢাকা <span lang="en">(Dhaka)</span></p>', text: 'ঢাকা (Dhaka)' }));
    assert.deepEqual(written, [['<p>ঢাকা <span lang="en">(Dhaka)</span></p>', 'ঢাকা (Dhaka)']]);
    const broken = createNewsroomService({
      dataDir: tempDir(),
      settings: memorySettingsStore(),
      clipboard: {
        write: () => {
          throw new Error('clipboard busy');
        },
      },
    });
    const result = await broken.copyHtml({ html: '<p>x</p>', text: 'x' });
    assert.ok(!result.ok);
    assert.equal(result.error.code, 'io');
    assert.match(result.error.detail ?? '', /clipboard busy/);
  });
});
