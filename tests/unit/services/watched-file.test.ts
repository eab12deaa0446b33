import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { watchedFiles } from '../../../electron/services/watched-file';
import { tempDir } from '../../helpers/temp-dir';

/** Writes a file and moves its mtime on by `seconds`, as an edit on a shared drive would. */
function edit(path: string, text: string, seconds: number): void {
  writeFileSync(path, text);
  const at = new Date(Date.now() + seconds * 1000);
  utimesSync(path, at, at);
}

/** A store's read in small: the stamp of each file as last read; what changed since is the news. */
function reader(paths: () => readonly string[]) {
  const stamps = new Map<string, string>();
  let reads = 0;
  const stampOf = (path: string) => {
    const s = statSync(path);
    return `${s.mtimeMs}/${s.size}`;
  };
  const readAll = () => {
    for (const path of paths()) stamps.set(path, stampOf(path));
  };
  return {
    readAll,
    reads: () => reads,
    readChanged: async () => {
      reads++;
      const moved = paths().filter((path) => stamps.get(path) !== stampOf(path));
      readAll();
      return moved.length > 0 ? moved : null;
    },
  };
}

/** The next news the listener hears, or 'nothing' after `ms`. */
function heard<T>(listen: (listener: (news: T) => void) => () => void, ms: number): Promise<T | 'nothing'> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      stop();
      resolve('nothing');
    }, ms);
    const stop = listen((news) => {
      clearTimeout(timer);
      stop();
      resolve(news);
    });
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The watch does not keep the process alive (the app's window does): a test holds it open till it ends, pass or fail. */
function holdOpen(watch: { close(): void }): void {
  const alive = setInterval(() => undefined, 1000);
  after(() => {
    clearInterval(alive);
    watch.close();
  });
}

/** A newsroom file, written and read. */
function readNewsroomFile() {
  const path = join(tempDir(), 'newsroom.txt');
  writeFileSync(path, 'তামজিদ\n');
  const files = reader(() => [path]);
  files.readAll();
  return { path, files };
}

test('a change between the last read and the start of the watch is told at once, not missed', async () => {
  const { path, files } = readNewsroomFile();
  edit(path, 'তামজিদ\nরবিউল\n', 5);
  // A poll a minute away: only the watch's own first look can tell this change within the test.
  const watch = watchedFiles({ paths: () => [path], readChanged: files.readChanged, intervalMs: 60_000 });
  assert.deepEqual(await heard(watch.listen, 2_000), [path]);
  watch.close();
});

test('a change while watching is told once it is read; nothing is heard after close', async () => {
  const { path, files } = readNewsroomFile();
  const watch = watchedFiles({ paths: () => [path], readChanged: files.readChanged, intervalMs: 20 });
  holdOpen(watch);
  const news = heard(watch.listen, 5_000);
  await pause(50);
  edit(path, 'তামজিদ\nরবিউল\n', 5);
  assert.deepEqual(await news, [path]);

  let calls = 0;
  watch.listen(() => calls++);
  watch.close();
  const reads = files.reads();
  edit(path, 'রবিউল\n', 10);
  await pause(150);
  assert.equal(calls, 0);
  assert.equal(files.reads(), reads, 'the file is no longer polled');
});

test('update watches the files named now: a new one is looked at at once, a gone one is let go', async () => {
  const dir = tempDir();
  const first = join(dir, 'first.txt');
  const second = join(dir, 'second.txt');
  writeFileSync(first, 'ক\n');
  writeFileSync(second, 'খ\n');
  let named = [first];
  const files = reader(() => named);
  files.readAll();
  const watch = watchedFiles({ paths: () => named, readChanged: files.readChanged, intervalMs: 20 });
  holdOpen(watch);
  const told: (readonly string[])[] = [];
  watch.listen((news) => told.push(news));
  await pause(50);
  assert.deepEqual(told, [], 'nothing changed since the read');
  named = [second];
  watch.update();
  await pause(50);
  assert.deepEqual(told, [[second]], 'the newly named file is read, never having been read before');
  const reads = files.reads();
  edit(first, 'গ\n', 5);
  await pause(150);
  assert.equal(files.reads(), reads, 'the file no longer named is no longer polled');
});
