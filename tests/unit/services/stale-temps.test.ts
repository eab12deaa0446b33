import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeStaleTemps, STALE_TEMP_MS, TEMP_FILE, writeFileAtomic } from '../../../electron/services/atomic-write';
import { createDraftStore } from '../../../electron/services/draft-store';
import { createGlossaryStore } from '../../../electron/services/glossary-store';
import { createRecoveryJournal } from '../../../electron/services/recovery';
import { createVersionStore } from '../../../electron/services/versions';

const tempDirs: string[] = [];
after(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-stale-temps-'));
  tempDirs.push(dir);
  return dir;
}

/** A file `ageMs` old by its modification time. */
function fileAged(path: string, ageMs: number, content = '{"half": "written'): string {
  writeFileSync(path, content);
  const then = new Date(Date.now() - ageMs);
  utimesSync(path, then, then);
  return path;
}

const HOUR = 60 * 60 * 1000;
// Another process's pid: this one's own temps are never taken for leftovers.
const OTHER_PID = process.pid === 4242 ? 4243 : 4242;
const tempName = (target: string, n = 1) => `.${target}.${OTHER_PID}-${n}-m0abc123.tmp`;

test('the temp-name pattern is exactly what the atomic write makes', async () => {
  const dir = tempDir();
  const seen: string[] = [];
  await writeFileAtomic(join(dir, 'd-abcdefgh.json'), '{}', {
    ...fsp,
    open: ((path: string, flags?: string) => {
      seen.push(path);
      return fsp.open(path, flags);
    }) as typeof fsp.open,
  });
  const temp = seen[0]!.slice(dir.length + 1);
  assert.match(temp, TEMP_FILE);
  for (const name of [
    '.d-abcdefgh.json.tmp',
    'x.tmp',
    '.notes.tmp',
    '.draft.json.12-3.tmp',
    '.a.json.12-3-abc.tmp.json',
    'd-abcdefgh.json',
  ])
    assert.doesNotMatch(name, TEMP_FILE, name);
});

test("only our temp files, only old ones, only other processes' ones are removed", async () => {
  const dir = tempDir();
  const old = fileAged(join(dir, tempName('d-abcdefgh.json')), 2 * HOUR);
  const young = fileAged(join(dir, tempName('d-abcdefgh.json', 2)), 5 * 60 * 1000);
  const mine = fileAged(join(dir, `.glossary.json.${process.pid}-7-m0abc123.tmp`), 2 * HOUR);
  const others = ['.d-abcdefgh.json.tmp', 'notes.tmp', '.backup.tmp', 'd-abcdefgh.json'].map((n) => fileAged(join(dir, n), 2 * HOUR));
  const folder = join(dir, tempName('x.json', 3));
  mkdirSync(folder);
  utimesSync(folder, new Date(Date.now() - 2 * HOUR), new Date(Date.now() - 2 * HOUR));
  assert.deepEqual(await removeStaleTemps([dir, join(dir, 'absent')]), [old]);
  for (const kept of [young, mine, folder, ...others]) assert.ok(existsSync(kept), kept);
  // Just past the hour counts; just short of it does not.
  const edge = fileAged(join(dir, tempName('e.json', 4)), STALE_TEMP_MS - 60_000);
  assert.deepEqual(await removeStaleTemps([dir]), []);
  assert.deepEqual(await removeStaleTemps([dir], undefined, Date.now() + 120_000), [edge]);
});

test('crash leftovers in every folder the stores write are gone once the stores start; young ones stay', async () => {
  const dataDir = tempDir();
  const id = 'd-abcdefgh';
  const folders = [join(dataDir, 'drafts'), join(dataDir, 'trash'), dataDir, join(dataDir, 'versions', id), join(dataDir, 'recovery')];
  for (const f of folders) mkdirSync(f, { recursive: true });
  const leftovers = folders.map((f, i) => fileAged(join(f, tempName(`${id}.json`, i)), 3 * HOUR));
  const young = folders.map((f, i) => fileAged(join(f, tempName(`${id}.json`, 10 + i)), 60_000));
  const glossaryTemp = fileAged(join(dataDir, tempName('glossary.json')), 3 * HOUR);

  assert.ok((await createDraftStore({ dataDir }).list()).ok);
  assert.ok((await createVersionStore(dataDir).list(id)).ok);
  assert.ok((await createRecoveryJournal(dataDir).pendingRecoveries()).ok);
  assert.ok((await createGlossaryStore(dataDir).own()).ok);

  for (const path of [...leftovers, glossaryTemp]) assert.ok(!existsSync(path), `${path} is left`);
  for (const path of young) assert.ok(existsSync(path), `${path} is gone`);
  assert.deepEqual(readdirSync(join(dataDir, 'versions', id)).length, 1);
});
