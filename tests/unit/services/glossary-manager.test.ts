import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, type GlossaryView, type Settings } from '../../../core/api/newsroom-api';
import type { Result } from '../../../core/api/result';
import { DEFAULT_HOUSE_STYLE } from '../../../core/bengali/house-style';
import { importGlossaryCsv, importGlossaryJson } from '../../../core/glossary/io';
import type { GlossaryEntry } from '../../../core/glossary/types';
import { planGlossaryImport } from '../../../electron/services/glossary-store';
import { sanitizeSettings } from '../../../core/api/settings';
import { createNewsroomService, memorySettingsStore, type SettingsStore } from '../../../electron/services/newsroom-service';
import { tempDir } from '../../helpers/temp-dir';

// Names and files written for these tests.
const KHULNA: GlossaryEntry = { bn: 'খুলনা', variants: [], en: 'Khulna', type: 'place' };
const RAJSHAHI: GlossaryEntry = { bn: 'রাজশাহী', variants: ['রাজশাহি'], en: 'Rajshahi', type: 'place' };
const ORBAN: GlossaryEntry = { bn: 'ভিক্তর ওরবান', variants: [], en: 'Viktor Orban', type: 'person' };

function value<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(`expected ok, got ${result.error.code}: ${result.error.message.en}`);
  return result.value;
}

/** A service whose glossary dialogs answer with the paths a test sets. */
function setup(settings: SettingsStore = memorySettingsStore()) {
  const dataDir = tempDir();
  const files = tempDir();
  const answers: { import: string | null; export: string | null; shared: string | null; offered: string[] } = {
    import: null,
    export: null,
    shared: null,
    offered: [],
  };
  const service = createNewsroomService({
    dataDir,
    settings,
    glossaryDialogs: {
      chooseImport: async () => answers.import,
      chooseExport: async (name) => {
        answers.offered.push(name);
        return answers.export;
      },
      chooseShared: async () => answers.shared,
    },
  });
  const ownFile = () => {
    const file = join(dataDir, 'glossary.json');
    return existsSync(file) ? readFileSync(file, 'utf8') : null;
  };
  return { service, dataDir, files, answers, ownFile, settings };
}

describe('glossary manager', () => {
  test('edit and delete change the own entries and answer with the whole view', async () => {
    const { service } = setup();
    value(await service.addGlossaryEntry(KHULNA));
    value(await service.addGlossaryEntry(RAJSHAHI));
    const edited = value(await service.editGlossaryEntry('খুলনা', { ...KHULNA, en: 'Khulna City', variants: ['খুল্না'] }));
    assert.deepEqual(edited.own, [{ ...KHULNA, en: 'Khulna City', variants: ['খুল্না'] }, RAJSHAHI]);
    assert.deepEqual(edited.merged, edited.own);
    assert.deepEqual(edited.shared, []);
    assert.equal(edited.sharedStatus, null);
    const removed = value(await service.removeGlossaryEntry('রাজশাহী'));
    assert.deepEqual(
      removed.own.map((e) => e.bn),
      ['খুলনা'],
    );
    const missing = await service.removeGlossaryEntry('রাজশাহী');
    assert.ok(!missing.ok && missing.error.code === 'not-found');
  });

  test('an import with errors is previewed with every problem by line, cannot be applied, and changes nothing', async () => {
    const { service, files, answers, ownFile } = setup();
    value(await service.addGlossaryEntry(KHULNA));
    const before = ownFile();
    const file = join(files, 'bad.csv');
    writeFileSync(
      file,
      ['bn,en,type', 'রাজশাহী,Rajshahi,place', 'Sylhet,Sylhet,place', 'বরিশাল,,place', 'ভিক্তর ওরবান,Viktor Orban,politician'].join('\n'),
    );
    answers.import = file;
    const preview = value(await service.previewGlossaryImport())!;
    assert.equal(preview.fileName, 'bad.csv');
    assert.equal(preview.token, null);
    assert.deepEqual(
      preview.problems.map((p) => p.line),
      [3, 4, 5],
    );
    assert.match(preview.problems[0]!.message.en, /not a Bengali spelling/);
    assert.match(preview.problems[1]!.message.bn, /ইংরেজি/);
    assert.match(preview.problems[2]!.message.en, /politician/);
    assert.equal(ownFile(), before);
    // No token was given, so nothing can be applied, not even a guessed one.
    const forged = await service.applyGlossaryImport('00000000-0000-4000-8000-000000000000');
    assert.ok(!forged.ok && forged.error.code === 'not-found');
    assert.equal(ownFile(), before);
  });

  test('a valid import is previewed as adds and replaces, and applied only with its token, once', async () => {
    const { service, files, answers, ownFile } = setup();
    value(await service.addGlossaryEntry(KHULNA));
    value(await service.addGlossaryEntry(RAJSHAHI));
    const file = join(files, 'newsroom.json');
    writeFileSync(file, JSON.stringify([{ ...KHULNA, en: 'Khulna District' }, RAJSHAHI, ORBAN], null, 2));
    answers.import = file;
    const preview = value(await service.previewGlossaryImport())!;
    assert.deepEqual(preview.problems, []);
    assert.deepEqual(preview.add, [ORBAN]);
    assert.deepEqual(preview.replace, [{ before: KHULNA, after: { ...KHULNA, en: 'Khulna District' } }]);
    assert.equal(preview.unchanged, 1);
    assert.ok(preview.token);
    // Previewing wrote nothing.
    assert.deepEqual(value(importGlossaryJson(ownFile()!)), [KHULNA, RAJSHAHI]);

    const applied = value(await service.applyGlossaryImport(preview.token!));
    assert.deepEqual(applied.own, [{ ...KHULNA, en: 'Khulna District' }, RAJSHAHI, ORBAN]);
    assert.deepEqual(value(importGlossaryJson(ownFile()!)), applied.own);
    const again = await service.applyGlossaryImport(preview.token!);
    assert.ok(!again.ok && again.error.code === 'not-found');
  });

  test('a cancelled import dialog is null; a file that is not UTF-8 is refused', async () => {
    const { service, files, answers } = setup();
    assert.equal(value(await service.previewGlossaryImport()), null);
    const file = join(files, 'latin1.csv');
    writeFileSync(file, Buffer.from([0x62, 0x6e, 0x2c, 0x65, 0x6e, 0x0a, 0xe9, 0xff, 0x2c, 0x41, 0x0a]));
    answers.import = file;
    const refused = await service.previewGlossaryImport();
    assert.ok(!refused.ok && /UTF-8/.test(refused.error.message.en));
  });

  test('export writes the own entries as CSV or JSON that import reads back; cancelled writes nothing', async () => {
    const { service, files, answers } = setup();
    value(await service.addGlossaryEntry({ ...RAJSHAHI, note: 'বিভাগ, শহর' }));
    value(await service.addGlossaryEntry(ORBAN));
    assert.equal(value(await service.exportGlossary('csv')), null);
    answers.export = join(files, 'out.csv');
    assert.deepEqual(value(await service.exportGlossary('csv')), { path: answers.export });
    assert.deepEqual(value(importGlossaryCsv(readFileSync(answers.export, 'utf8'))), [{ ...RAJSHAHI, note: 'বিভাগ, শহর' }, ORBAN]);
    answers.export = join(files, 'out.json');
    value(await service.exportGlossary('json'));
    assert.deepEqual(value(importGlossaryJson(readFileSync(answers.export, 'utf8'))), [{ ...RAJSHAHI, note: 'বিভাগ, শহর' }, ORBAN]);
    assert.deepEqual(answers.offered, ['glossary.csv', 'glossary.csv', 'glossary.json']);
  });

  test('export over a shared file through a symlink replaces the file, keeps the link and the permissions', async () => {
    const { service, files, answers } = setup();
    value(await service.addGlossaryEntry(RAJSHAHI));
    const shared = tempDir();
    writeFileSync(join(shared, 'names.csv'), 'old');
    chmodSync(join(shared, 'names.csv'), 0o664);
    symlinkSync(join(shared, 'names.csv'), join(files, 'names.csv'));
    answers.export = join(files, 'names.csv');
    value(await service.exportGlossary('csv'));
    assert.ok(lstatSync(answers.export).isSymbolicLink());
    assert.deepEqual(value(importGlossaryCsv(readFileSync(join(shared, 'names.csv'), 'utf8'))), [RAJSHAHI]);
    assert.equal(statSync(join(shared, 'names.csv')).mode & 0o777, 0o664);
  });

  test('without dialogs, import, export and choosing a shared file are error values', async () => {
    const service = createNewsroomService({ dataDir: tempDir(), settings: memorySettingsStore() });
    for (const result of [
      await service.previewGlossaryImport(),
      await service.exportGlossary('json'),
      await service.chooseSharedGlossary(),
    ]) {
      assert.ok(!result.ok && result.error.code === 'io' && result.error.message.bn.length > 0);
    }
  });

  test('the chosen shared file is kept in the settings, read, shown read-only under the own entries, and used after a restart', async () => {
    const settings = memorySettingsStore();
    const { service, files, answers, dataDir } = setup(settings);
    value(await service.addGlossaryEntry({ ...KHULNA, en: 'Khulna (own)' }));
    const shared = join(files, 'shared.csv');
    writeFileSync(shared, 'bn,en,type\nখুলনা,Khulna,place\nভিক্তর ওরবান,Viktor Orban,person\n');
    assert.equal(value(await service.chooseSharedGlossary()), null, 'cancelled');
    assert.equal(settings.get().sharedGlossaryPath ?? null, null);
    answers.shared = shared;
    const view = value(await service.chooseSharedGlossary())!;
    assert.equal(settings.get().sharedGlossaryPath, shared);
    assert.equal(view.sharedStatus?.entries, 2);
    assert.equal(view.sharedStatus?.error, null);
    assert.deepEqual(
      view.shared.map((e) => e.bn),
      ['খুলনা', 'ভিক্তর ওরবান'],
    );
    // The user's own entry wins per spelling.
    assert.equal(view.merged.find((e) => e.bn === 'খুলনা')?.en, 'Khulna (own)');
    assert.ok(view.merged.some((e) => e.en === 'Viktor Orban'));

    const restarted = createNewsroomService({ dataDir, settings });
    const again: GlossaryView = value(await restarted.getGlossaryView());
    assert.equal(again.sharedStatus?.path, shared);
    assert.deepEqual(value(await restarted.getGlossary()), again.merged);

    // A broken rewrite keeps the last good entries and says why, by line.
    writeFileSync(shared, 'bn,en,type\nখুলনা,Khulna,place\nভিক্তর ওরবান,,person\nএক,দুই\n');
    const broken = value(await restarted.getGlossaryView());
    assert.equal(broken.sharedStatus?.entries, 2);
    assert.match(broken.sharedStatus?.error?.message.en ?? '', /line 3/);

    const cleared = value(await restarted.clearSharedGlossary());
    assert.equal(cleared.sharedStatus, null);
    assert.deepEqual(cleared.shared, []);
    assert.equal(settings.get().sharedGlossaryPath, null);
  });

  test('the import plan treats the two encodings of a spelling as one entry, and accumulates variants', () => {
    const own: GlossaryEntry[] = [{ bn: 'ন\u09DFাপল্টন', variants: ['নয়াপল্টন'], en: 'Naya Paltan', type: 'place' }];
    const plan = planGlossaryImport(own, [{ bn: 'ন\u09AF\u09BCাপল্টন', variants: ['নয়া পল্টন'], en: 'Naya Paltan', type: 'place' }, KHULNA]);
    assert.deepEqual(plan.add, [KHULNA]);
    assert.equal(plan.replace.length, 1);
    assert.deepEqual(plan.replace[0]!.after.variants, ['নয়াপল্টন', 'নয়া পল্টন']);
    assert.equal(planGlossaryImport(own, own).unchanged, 1);
  });
});

describe('settings of the settings dialog', () => {
  test('theme, autosave delay and house style have defaults, are updated by patch and kept', async () => {
    const backing = memorySettingsStore();
    const { service } = setup(backing);
    const start = value(await service.getSettings());
    assert.equal(start.theme, 'light');
    assert.equal(start.autosaveDelayMs, 600);
    assert.deepEqual(start.houseStyle, DEFAULT_HOUSE_STYLE);
    const style = {
      unicodeForm: 'nukta-precomposed',
      digits: 'ascii',
      preferredSpellings: { পূর্ণাঙ্গ: 'পূর্ণাঙ্গ' + 'ও' },
      glossPolicy: { firstMentionOnly: false, requireGlossOnFirstMention: true },
      preset: 'kolkata',
      spellingSeverity: 'warning',
    } as const;
    const next = value(await service.updateSettings({ theme: 'dark', autosaveDelayMs: 1000, houseStyle: style }));
    assert.deepEqual(next, { ...DEFAULT_SETTINGS, theme: 'dark', autosaveDelayMs: 1000, houseStyle: style });
    assert.deepEqual(backing.get(), next);
  });

  test('invalid values of the new keys are refused and change nothing', async () => {
    const backing = memorySettingsStore();
    const { service } = setup(backing);
    const bad: unknown[] = [
      { theme: 'sepia' },
      { autosaveDelayMs: 1001 },
      { autosaveDelayMs: 0 },
      { autosaveDelayMs: 300.5 },
      { houseStyle: { ...DEFAULT_HOUSE_STYLE, digits: 'roman' } },
      { houseStyle: { ...DEFAULT_HOUSE_STYLE, preferredSpellings: { সরকারী: 'Sarkari' } } },
      { houseStyle: { ...DEFAULT_HOUSE_STYLE, preferredSpellings: { সরকারি: 'সরকারি' } } },
      { houseStyle: { ...DEFAULT_HOUSE_STYLE, glossPolicy: { firstMentionOnly: true } } },
      { houseStyle: { unicodeForm: 'nfc' } },
      { sharedGlossaryPath: '/etc/passwd' },
    ];
    for (const patch of bad) {
      const result = await service.updateSettings(patch as Partial<Settings>);
      assert.ok(!result.ok && result.error.code === 'invalid-argument', JSON.stringify(patch));
    }
    assert.deepEqual(backing.get(), DEFAULT_SETTINGS);
  });

  test('stored values are sanitised per key, and per field inside the house style', () => {
    const stored = {
      uiLanguage: 'en',
      theme: 'neon',
      autosaveDelayMs: 60_000,
      sharedGlossaryPath: 42,
      houseStyle: { unicodeForm: 'nukta-precomposed', digits: 7, preferredSpellings: { বাড়ী: 'বাড়ি' }, glossPolicy: 'always' },
    };
    assert.deepEqual(sanitizeSettings(stored), {
      ...DEFAULT_SETTINGS,
      uiLanguage: 'en',
      houseStyle: { ...DEFAULT_HOUSE_STYLE, unicodeForm: 'nukta-precomposed', preferredSpellings: { বাড়ী: 'বাড়ি' } },
    });
    assert.equal(sanitizeSettings({ sharedGlossaryPath: '/mnt/desk/glossary.csv' }).sharedGlossaryPath, '/mnt/desk/glossary.csv');
    assert.deepEqual(sanitizeSettings({ houseStyle: null }).houseStyle, DEFAULT_HOUSE_STYLE);
  });
});
