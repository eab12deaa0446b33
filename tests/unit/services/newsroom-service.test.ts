import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNewsroomService, memorySettingsStore, type SettingsStore } from '../../../electron/services/newsroom-service';
import { DEFAULT_SETTINGS, INVOKE_METHODS, type Settings } from '../../../core/api/newsroom-api';
import type { Result } from '../../../core/api/result';
import { importGlossaryJson } from '../../../core/glossary/io';
import type { GlossaryEntry } from '../../../core/glossary/types';
import { bijoyToUnicode } from '../../../core/input/bijoy';
import { MAX_IMPORT_BYTES } from '../../../electron/services/import-file';
import { tempDir } from '../../helpers/temp-dir';

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
      service.journalDraft(null as never),
      service.acceptRecovery('../x'),
      service.declineRecovery(undefined as never),
      service.resolveConflict(null as never, 'mine'),
      service.resolveConflict({ id: 'd-abcdefgh' } as never, 'theirs'),
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
    assert.deepEqual(value(await service.updateSettings({ uiLanguage: 'en' })), { ...DEFAULT_SETTINGS, uiLanguage: 'en', fontSize: 22 });
    assert.deepEqual(backing.get(), { ...DEFAULT_SETTINGS, uiLanguage: 'en', fontSize: 22 });
    // A key sent as undefined means "unchanged".
    assert.deepEqual(value(await service.updateSettings({ fontSize: undefined })), { ...DEFAULT_SETTINGS, uiLanguage: 'en', fontSize: 22 });
  });

  test('the mark on glossary names is off by default, and turning it on is kept', async () => {
    const backing = memorySettingsStore();
    const service = createNewsroomService({ dataDir: tempDir(), settings: backing });
    assert.equal(value(await service.getSettings()).markKnownNames, false);
    assert.deepEqual(value(await service.updateSettings({ markKnownNames: true })), { ...DEFAULT_SETTINGS, markKnownNames: true });
    assert.equal(backing.get().markKnownNames, true);
    assert.equal(value(await service.updateSettings({ fontSize: 21 })).markKnownNames, true, 'another change leaves it on');
    assert.equal(value(await service.updateSettings({ markKnownNames: false })).markKnownNames, false);
  });

  test('| as danda is on by default, and turning it off is kept', async () => {
    const backing = memorySettingsStore();
    const service = createNewsroomService({ dataDir: tempDir(), settings: backing });
    assert.equal(value(await service.getSettings()).pipeToDanda, true);
    assert.deepEqual(value(await service.updateSettings({ pipeToDanda: false })), { ...DEFAULT_SETTINGS, pipeToDanda: false });
    assert.equal(backing.get().pipeToDanda, false);
    assert.equal(value(await service.updateSettings({ markKnownNames: false })).pipeToDanda, false, 'another change leaves it off');
    assert.equal(value(await service.updateSettings({ pipeToDanda: true })).pipeToDanda, true);
  });

  test('invalid settings are refused and change nothing', async () => {
    const backing = memorySettingsStore({ fontSize: 20 });
    const service = createNewsroomService({ dataDir: tempDir(), settings: backing });
    const bad: unknown[] = [
      { fontSize: 200 },
      { fontSize: 3 },
      { fontSize: 18.5 },
      { fontSize: '20' },
      { uiLanguage: 'fr' },
      { theme: 'sepia' },
      [],
      7,
      { markKnownNames: 'no' },
      { markKnownNames: null },
      { pipeToDanda: 'no' },
      { pipeToDanda: 1 },
      { pipeToDanda: null },
    ];
    for (const patch of bad) {
      const result = await service.updateSettings(patch as Partial<Settings>);
      assert.equal(result.ok, false, JSON.stringify(patch));
      assert.ok(!result.ok && result.error.code === 'invalid-argument');
      assert.ok(!result.ok && result.error.message.bn.length > 0 && result.error.message.en.length > 0);
    }
    assert.deepEqual(backing.get(), { ...DEFAULT_SETTINGS, fontSize: 20 });
  });

  test('settings stored with missing or hand-edited values fall back per key', async () => {
    const stored = { uiLanguage: 'en', fontSize: 'huge' } as unknown as Settings;
    const settings: SettingsStore = { get: () => stored, set: () => undefined };
    const service = createNewsroomService({ dataDir: tempDir(), settings });
    assert.deepEqual(value(await service.getSettings()), { ...DEFAULT_SETTINGS, uiLanguage: 'en' });
    const handEdited = createNewsroomService({
      dataDir: tempDir(),
      settings: { get: () => ({ ...DEFAULT_SETTINGS, markKnownNames: 'off' }) as unknown as Settings, set: () => undefined },
    });
    assert.equal(value(await handEdited.getSettings()).markKnownNames, DEFAULT_SETTINGS.markKnownNames);
    const off = createNewsroomService({
      dataDir: tempDir(),
      settings: { get: () => ({ uiLanguage: 'bn', markKnownNames: false }) as unknown as Settings, set: () => undefined },
    });
    assert.deepEqual(value(await off.getSettings()), { ...DEFAULT_SETTINGS, markKnownNames: false });
    const handEditedDanda = createNewsroomService({
      dataDir: tempDir(),
      settings: { get: () => ({ ...DEFAULT_SETTINGS, pipeToDanda: 'no' }) as unknown as Settings, set: () => undefined },
    });
    assert.equal(value(await handEditedDanda.getSettings()).pipeToDanda, DEFAULT_SETTINGS.pipeToDanda);
    const dandaOff = createNewsroomService({
      dataDir: tempDir(),
      settings: { get: () => ({ uiLanguage: 'bn', pipeToDanda: false }) as unknown as Settings, set: () => undefined },
    });
    assert.deepEqual(value(await dandaOff.getSettings()), { ...DEFAULT_SETTINGS, pipeToDanda: false });
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

describe('NewsroomService: the glossary', () => {
  const VILLAGE: GlossaryEntry = { bn: 'ইসলামবাদ', variants: [], en: 'Islambad', type: 'place' };
  const MINISTER: GlossaryEntry = { bn: 'রহিমা খাতুন', variants: ['রহিমা খাতূন'], en: 'Rahima Khatun', type: 'person', note: 'মন্ত্রী' };

  test('an added name is kept in glossary.json in the data folder, and a new service on that folder knows it', async () => {
    const dataDir = tempDir();
    const service = createNewsroomService({ dataDir, settings: memorySettingsStore() });
    assert.deepEqual(value(await service.getGlossary()), []);
    assert.deepEqual(value(await service.addGlossaryEntry(VILLAGE)), [VILLAGE]);
    assert.deepEqual(value(await service.addGlossaryEntry(MINISTER)), [VILLAGE, MINISTER]);
    const onDisk = importGlossaryJson(readFileSync(join(dataDir, 'glossary.json'), 'utf8'));
    assert.ok(onDisk.ok);
    assert.deepEqual(onDisk.value, [VILLAGE, MINISTER]);

    const restarted = createNewsroomService({ dataDir, settings: memorySettingsStore() });
    assert.deepEqual(value(await restarted.getGlossary()), [VILLAGE, MINISTER]);
  });

  test('an entry without an English name, or a spelling already there, is refused and nothing changes', async () => {
    const dataDir = tempDir();
    const service = createNewsroomService({ dataDir, settings: memorySettingsStore() });
    value(await service.addGlossaryEntry(VILLAGE));
    const before = readFileSync(join(dataDir, 'glossary.json'), 'utf8');
    const refusals = [
      await service.addGlossaryEntry({ ...MINISTER, en: '' }),
      await service.addGlossaryEntry({ ...MINISTER, bn: 'Rahima' }),
      await service.addGlossaryEntry({ ...MINISTER, type: 'city' as never }),
      await service.addGlossaryEntry(null as never),
      await service.addGlossaryEntry({ ...VILLAGE, en: 'Islambad Village' }),
    ];
    assert.deepEqual(
      refusals.map((r) => (r.ok ? 'ok' : r.error.code)),
      ['invalid-argument', 'invalid-argument', 'invalid-argument', 'invalid-argument', 'conflict'],
    );
    for (const r of refusals) assert.ok(!r.ok && r.error.message.bn.length > 0 && r.error.message.en.length > 0);
    assert.equal(readFileSync(join(dataDir, 'glossary.json'), 'utf8'), before);
    assert.deepEqual(value(await service.getGlossary()), [VILLAGE]);
  });

  test('a glossary.json that cannot be read is moved aside and reported, never overwritten', async () => {
    const dataDir = tempDir();
    const reports: string[] = [];
    writeFileSync(join(dataDir, 'glossary.json'), '{"entries": [');
    const service = createNewsroomService({ dataDir, settings: memorySettingsStore(), onDamaged: (f) => reports.push(f.from) });
    assert.deepEqual(value(await service.getGlossary()), []);
    assert.deepEqual(reports, [join(dataDir, 'glossary.json')]);
    assert.equal(readdirSync(join(dataDir, 'damaged')).length, 1);
    assert.equal(readFileSync(join(dataDir, 'damaged', readdirSync(join(dataDir, 'damaged'))[0]!), 'utf8'), '{"entries": [');
    assert.deepEqual(value(await service.addGlossaryEntry(VILLAGE)), [VILLAGE]);
  });
});

describe('NewsroomService: export and clipboard', () => {
  const PAGE =
    '<!doctype html>\n<html lang="bn"><head><meta charset="utf-8"><title>বন্যা</title></head><body><article lang="bn"><h1>বন্যা</h1></article></body></html>\n';

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

  test('over an old file its permissions are kept; through a symlink the file it points to is replaced, the link kept', async () => {
    const web = tempDir();
    const desk = tempDir();
    writeFileSync(join(web, 'বন্যা.html'), 'old');
    chmodSync(join(web, 'বন্যা.html'), 0o664);
    symlinkSync(join(web, 'বন্যা.html'), join(desk, 'বন্যা.html'));
    const service = createNewsroomService({ dataDir: tempDir(), settings: memorySettingsStore(), exportTarget: chooser(desk).target });
    value(await service.exportHtml({ html: PAGE, suggestedName: 'বন্যা' }));
    assert.ok(lstatSync(join(desk, 'বন্যা.html')).isSymbolicLink());
    assert.equal(readFileSync(join(web, 'বন্যা.html'), 'utf8'), PAGE);
    assert.equal(statSync(join(web, 'বন্যা.html')).mode & 0o777, 0o664);
    assert.deepEqual(readdirSync(web), ['বন্যা.html']);
  });

  test('a cancelled dialog is null and writes nothing', async () => {
    const dir = tempDir();
    const service = createNewsroomService({
      dataDir: tempDir(),
      settings: memorySettingsStore(),
      exportTarget: chooser(dir, () => null).target,
    });
    assert.equal(value(await service.exportHtml({ html: PAGE, suggestedName: 'বন্যা' })), null);
    assert.deepEqual(readdirSync(dir), []);
  });

  test('a folder that cannot be written is an error in both languages, and no temp file is left', async () => {
    const dir = tempDir();
    const missing = join(dir, 'no-such-folder', 'বন্যা.html');
    const service = createNewsroomService({
      dataDir: tempDir(),
      settings: memorySettingsStore(),
      exportTarget: chooser(dir, () => missing).target,
    });
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
    const service = createNewsroomService({
      dataDir: tempDir(),
      settings: memorySettingsStore(),
      clipboard: { write: (html, text) => void written.push([html, text]) },
    });
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

/** The bytes 0x80–0x9F of Windows-1252 that differ from Latin-1, from the code page's published table. */
const CP1252_HIGH: Record<number, number> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8e: 0x017d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9e: 0x017e,
  0x9f: 0x0178,
};

describe('NewsroomService: import', () => {
  /** An open dialog that answers with `path` (or cancels with null), counting how often it was asked. */
  function picking(path: string | null) {
    const source = {
      asked: 0,
      chooseOpenPath: async () => {
        source.asked++;
        return path;
      },
    };
    return source;
  }

  function importing(path: string | null) {
    return createNewsroomService({ dataDir: tempDir(), settings: memorySettingsStore(), importSource: picking(path) });
  }

  /** Text in the Windows ANSI code page (1252), as Windows Notepad saves Bijoy text. */
  function windows1252(text: string): Buffer {
    const byteOf = new Map<number, number>(Object.entries(CP1252_HIGH).map(([byte, codePoint]) => [codePoint, Number(byte)]));
    return Buffer.from(
      Array.from(text, (ch) => {
        const codePoint = ch.codePointAt(0)!;
        if (codePoint < 0x80 || (codePoint >= 0xa0 && codePoint <= 0xff)) return codePoint;
        return byteOf.get(codePoint) ?? assert.fail(`${ch} is not in Windows-1252`);
      }),
    );
  }

  const BIJOY = 'XvKvq eb¨vi cvwb evo‡Q\nbx‡Pi GjvKvi gvbyl AvkÖq‡K‡›`ª hv‡”Q|\n';

  function refusal(result: Result<unknown>): { code: string; bn: string; en: string } {
    assert.ok(!result.ok, 'expected an error');
    return { code: result.error.code, bn: result.error.message.bn, en: result.error.message.en };
  }

  test('reads the chosen .html, .htm or .txt file as text, with its name and kind; a UTF-8 byte-order mark goes', async () => {
    const dir = tempDir();
    const cases: [string, string | Buffer, { kind: 'html' | 'txt'; text: string }][] = [
      ['বন্যা.html', '<h1>ঢাকায় বন্যা</h1>', { kind: 'html', text: '<h1>ঢাকায় বন্যা</h1>' }],
      ['old.HTM', '<p>পানি</p>', { kind: 'html', text: '<p>পানি</p>' }],
      [
        'নোট.txt',
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('ঢাকা\r\nপানি বাড়ছে।')]),
        { kind: 'txt', text: 'ঢাকা\r\nপানি বাড়ছে।' },
      ],
    ];
    for (const [name, content, expected] of cases) {
      writeFileSync(join(dir, name), content);
      assert.deepEqual(value(await importing(join(dir, name)).importFile()), { name, ...expected });
    }
  });

  test('a cancelled dialog is null', async () => {
    const source = picking(null);
    const service = createNewsroomService({ dataDir: tempDir(), settings: memorySettingsStore(), importSource: source });
    assert.equal(value(await service.importFile()), null);
    assert.equal(source.asked, 1);
  });

  test('Bijoy text saved in the Windows code page is read as the characters Bijoy typed', async () => {
    const path = join(tempDir(), 'bonna.txt');
    writeFileSync(path, windows1252(BIJOY));
    const imported = value(await importing(path).importFile());
    assert.equal(imported?.text, BIJOY);
    assert.equal(bijoyToUnicode(imported!.text), 'ঢাকায় বন্যার পানি বাড়ছে\nনীচের এলাকার মানুষ আশ্রয়কেন্দ্রে যাচ্ছে।\n');
  });

  test('text that is not UTF-8 (and not Bijoy) is refused in Bengali and English, suggesting UTF-8', async () => {
    const dir = tempDir();
    const latin1 = join(dir, 'notes.txt');
    writeFileSync(latin1, Buffer.from('Café résumé: the old façade.\n', 'latin1'));
    const utf16 = join(dir, 'ঢাকা.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ঢাকায় বন্যা', 'utf16le')]));
    for (const [path, name] of [
      [latin1, 'notes.txt'],
      [utf16, 'ঢাকা.txt'],
    ] as const) {
      const error = refusal(await importing(path).importFile());
      assert.equal(error.code, 'invalid-argument');
      assert.equal(error.bn, `"${name}" ফাইলটি ইউনিকোড (UTF-8) নয়। ফাইলটি UTF-8 হিসেবে সংরক্ষণ করে আবার আমদানি করুন।`);
      assert.equal(error.en, `"${name}" is not UTF-8 text. Save it as UTF-8 and import it again.`);
    }
  });

  test('a binary file, another kind of file, a missing or a too-large file are refused with a reason', async () => {
    const dir = tempDir();
    const binary = join(dir, 'photo.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    assert.match(refusal(await importing(binary).importFile()).bn, /বাইনারি/);

    const docx = join(dir, 'বন্যা.docx');
    writeFileSync(docx, 'ঢাকা');
    const other = refusal(await importing(docx).importFile());
    assert.equal(other.code, 'invalid-argument');
    assert.match(other.bn, /শুধু \.html, \.htm আর \.txt ফাইল/);
    assert.match(other.en, /only \.html, \.htm and \.txt files/);

    const missing = refusal(await importing(join(dir, 'নেই.txt')).importFile());
    assert.equal(missing.code, 'not-found');
    assert.equal(missing.bn, '"নেই.txt" ফাইলটি খুঁজে পাওয়া যায়নি।');

    // Sparse: the size is there without the bytes, and the file is refused before it is read.
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_IMPORT_BYTES + 1);
    const tooLarge = refusal(await importing(huge).importFile());
    assert.equal(tooLarge.code, 'invalid-argument');
    assert.match(tooLarge.bn, /অনেক বড়/);
    const atLimit = join(dir, 'limit.txt');
    writeFileSync(atLimit, '');
    truncateSync(atLimit, MAX_IMPORT_BYTES);
    // Exactly at the limit the size passes; this one is all NUL bytes, so it is refused as binary instead.
    assert.match(refusal(await importing(atLimit).importFile()).bn, /বাইনারি/);
  });

  test('a dialog that fails, or none at all, is an error value, not a throw', async () => {
    const failing = createNewsroomService({
      dataDir: tempDir(),
      settings: memorySettingsStore(),
      importSource: { chooseOpenPath: () => Promise.reject(new Error('no display')) },
    });
    const failed = await failing.importFile();
    assert.ok(!failed.ok);
    assert.match(failed.error.message.bn, /^ফাইল আমদানি করা যায়নি/);
    assert.match(failed.error.detail ?? '', /no display/);
    const without = await createNewsroomService({ dataDir: tempDir(), settings: memorySettingsStore() }).importFile();
    assert.ok(!without.ok);
    assert.ok(without.error.message.bn.length > 0 && without.error.message.en.length > 0);
  });
});
