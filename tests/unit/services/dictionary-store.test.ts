import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Result } from '../../../core/api/result';
import { createDictionaryStore } from '../../../electron/services/dictionary-store';
import { createNewsroomService, memorySettingsStore } from '../../../electron/services/newsroom-service';
import { tempDir } from '../../helpers/temp-dir';

function value<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(`${result.error.code}: ${result.error.message.en}`);
  return result.value;
}

/** Moves a file's mtime on, as an edit on a shared drive would. */
function touch(path: string, seconds: number): void {
  const at = new Date(Date.now() + seconds * 1000);
  utimesSync(path, at, at);
}

describe('the personal dictionary', () => {
  test('a word added is kept on disk, one a line, and read by the next start; removing takes it away', async () => {
    const dir = tempDir();
    const store = createDictionaryStore(dir);
    assert.deepEqual(value(await store.words('')).personal, []);
    assert.deepEqual(value(await store.add(' বিশ্ববিদ্যালয় ')).personal, ['বিশ্ববিদ্যালয়']);
    assert.deepEqual(value(await store.add('তামজিদ')).personal, ['বিশ্ববিদ্যালয়', 'তামজিদ']);
    assert.deepEqual(value(await store.add('তামজিদ')).personal, ['বিশ্ববিদ্যালয়', 'তামজিদ'], 'once each');
    assert.equal(readFileSync(join(dir, 'dictionary.txt'), 'utf8'), 'বিশ্ববিদ্যালয়\nতামজিদ\n');
    const again = createDictionaryStore(dir);
    assert.deepEqual(value(await again.words('')).personal, ['বিশ্ববিদ্যালয়', 'তামজিদ']);
    assert.deepEqual(value(await again.remove('বিশ্ববিদ্যালয়')).personal, ['তামজিদ']);
  });

  test('only one word in Bengali letters, refused in both languages', async () => {
    const store = createDictionaryStore(tempDir());
    for (const bad of ['', 'word', 'দুই শব্দ', 'ক'.repeat(61), 42]) {
      const r = await store.add(bad as string);
      assert.equal(r.ok, false, String(bad));
      assert.ok(!r.ok && /বাংলা/.test(r.error.message.bn) && /Bengali/.test(r.error.message.en));
    }
  });
});

describe('the newsroom’s dictionary files', () => {
  test('a Hunspell .dic with its .aff, and a shared list: their words, sent again only when they changed', async () => {
    const dir = tempDir();
    const dic = join(dir, 'bn.dic');
    writeFileSync(dic, '2\nসাবধান/A\nচলুন\n');
    writeFileSync(join(dir, 'bn.aff'), 'SET UTF-8\nSFX A Y 1\nSFX A 0 ে .\n');
    const shared = join(dir, 'newsroom.txt');
    writeFileSync(shared, '# desk words\nতামজিদ\n');
    const store = createDictionaryStore(join(dir, 'data'), { hunspellPath: dic, sharedPath: shared });
    const first = value(await store.words(''));
    assert.deepEqual(first.newsroom, ['সাবধান', 'সাবধানে', 'চলুন', 'তামজিদ']);
    assert.deepEqual(first.hunspell, { path: dic, words: 3, error: null });
    assert.deepEqual(first.shared, { path: shared, words: 1, error: null });
    const same = value(await store.words(first.version));
    assert.equal(same.newsroom, null, 'unchanged: not sent again');
    writeFileSync(shared, 'তামজিদ\nরবিউল\n');
    touch(shared, 5);
    const changed = value(await store.words(first.version));
    assert.notEqual(changed.version, first.version);
    assert.deepEqual(changed.newsroom, ['সাবধান', 'সাবধানে', 'চলুন', 'তামজিদ', 'রবিউল']);
  });

  test('a file that cannot be read says why and keeps its last good words; nothing throws', async () => {
    const dir = tempDir();
    const dic = join(dir, 'bn.dic');
    writeFileSync(dic, '1\nসাবধান\n');
    const store = createDictionaryStore(join(dir, 'data'), { hunspellPath: dic, sharedPath: join(dir, 'away.txt') });
    const first = value(await store.words(''));
    assert.deepEqual(first.newsroom, ['সাবধান']);
    assert.equal(first.shared?.error?.code, 'not-found');
    assert.match(first.shared?.error?.message.bn ?? '', /অভিধান/);
    writeFileSync(dic, 'not a dictionary\n');
    touch(dic, 5);
    const broken = value(await store.words(first.version));
    assert.equal(broken.newsroom, null, 'the last good words stay in use');
    assert.match(broken.hunspell?.error?.message.en ?? '', /first line/);
  });

  // A missed change would wait for ever (the interval below holds the process): fail after 10 s instead.
  test('watching: a change on disk is read and told', { timeout: 10_000 }, async () => {
    const dir = tempDir();
    const shared = join(dir, 'newsroom.txt');
    writeFileSync(shared, 'তামজিদ\n');
    const store = createDictionaryStore(join(dir, 'data'), { sharedPath: shared, watchIntervalMs: 20 });
    await store.words('');
    // The watch does not keep the process alive (the app's window does): the test holds it open.
    const alive = setInterval(() => undefined, 1000);
    const told = new Promise<void>((resolve) => {
      const stop = store.watch(() => {
        stop();
        resolve();
      });
    });
    writeFileSync(shared, 'তামজিদ\nরবিউল\n');
    touch(shared, 5);
    await told;
    clearInterval(alive);
    assert.deepEqual(value(await store.words('')).newsroom, ['তামজিদ', 'রবিউল']);
    store.close();
  });

  test('watching: a change between the last read and the start of the watch is told, not missed', async () => {
    const dir = tempDir();
    const shared = join(dir, 'newsroom.txt');
    writeFileSync(shared, 'তামজিদ\n');
    // A poll a minute away: only the watch's own look at its start can tell this change within the test.
    const store = createDictionaryStore(join(dir, 'data'), { sharedPath: shared, watchIntervalMs: 60_000 });
    const first = value(await store.words(''));
    writeFileSync(shared, 'তামজিদ\nরবিউল\n');
    touch(shared, 5);
    const told = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 2_000);
      store.watch(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    store.close();
    assert.equal(told, true);
    const now = value(await store.words(first.version));
    assert.deepEqual(now.newsroom, ['তামজিদ', 'রবিউল']);
  });
});

describe('the bridge’s dictionary methods', () => {
  test('a file chosen in the main process’s dialog is kept in the settings and read; clearing forgets it', async () => {
    const dir = tempDir();
    const shared = join(dir, 'newsroom.txt');
    writeFileSync(shared, 'তামজিদ\n');
    const settings = memorySettingsStore();
    const service = createNewsroomService({ dataDir: join(dir, 'data'), settings, chooseDictionaryFile: async () => shared });
    const chosen = value(await service.chooseDictionaryFile('shared'));
    assert.deepEqual(chosen?.newsroom, ['তামজিদ']);
    assert.equal(settings.get().sharedDictionaryPath, shared);
    const restarted = createNewsroomService({ dataDir: join(dir, 'data'), settings });
    assert.deepEqual(value(await restarted.getDictionaryWords('')).newsroom, ['তামজিদ'], 'the next start reads the same file');
    assert.deepEqual(value(await restarted.clearDictionaryFile('shared')).newsroom, []);
    assert.equal(settings.get().sharedDictionaryPath, null);
    const noDialog = await restarted.chooseDictionaryFile('hunspell');
    assert.equal(noDialog.ok, false);
  });
});
