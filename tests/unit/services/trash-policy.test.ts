import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fsp from 'node:fs/promises';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDraftStore } from '../../../electron/services/draft-store';
import { expiredEntries, purgeExpired, TRASH_DAYS } from '../../../electron/services/trash-policy';
import { tempDir } from '../../helpers/temp-dir';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-11-24T07:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

test('entries deleted more than 30 days ago expire; the boundary, future and undated ones stay', () => {
  assert.equal(TRASH_DAYS, 30);
  const listing = [
    { id: 'd-old0000001', deletedAt: daysAgo(31) },
    { id: 'd-justover01', deletedAt: new Date(NOW.getTime() - 30 * DAY - 1).toISOString() },
    { id: 'd-boundary01', deletedAt: daysAgo(30) },
    { id: 'd-recent0001', deletedAt: daysAgo(1) },
    { id: 'd-future0001', deletedAt: daysAgo(-5) },
    { id: 'd-undated001', deletedAt: null },
    { id: 'd-garbage001', deletedAt: 'last tuesday' },
  ];
  assert.deepEqual(expiredEntries(listing, NOW), ['d-old0000001', 'd-justover01']);
  assert.deepEqual(expiredEntries(listing, NOW, 0), ['d-old0000001', 'd-justover01', 'd-boundary01', 'd-recent0001']);
});

test("the draft store's trash is purged of old entries only; recent ones can still be restored", async () => {
  const dataDir = tempDir();
  let now = new Date(NOW.getTime() - 40 * DAY);
  const store = createDraftStore({ dataDir, now: () => now });
  const old = await store.create();
  const recent = await store.create();
  const kept = await store.create();
  assert.ok(old.ok && recent.ok && kept.ok);
  now = new Date(NOW.getTime() - 35 * DAY);
  assert.ok((await store.remove(old.value.id)).ok);
  now = new Date(NOW.getTime() - 2 * DAY);
  assert.ok((await store.remove(recent.value.id)).ok);
  const trashDir = join(dataDir, 'trash');
  writeFileSync(join(trashDir, 'd-damaged0001.json'), '{"deletedAt": "2020-01-01T00:00:00Z", "draft": ');
  writeFileSync(join(trashDir, '.d-x.json.1-1-a.tmp'), '');

  const result = await purgeExpired(trashDir, NOW);
  assert.deepEqual(result, { ok: true, value: { purged: [old.value.id] } });
  assert.deepEqual(readdirSync(trashDir).sort(), ['.d-x.json.1-1-a.tmp', 'd-damaged0001.json', `${recent.value.id}.json`].sort());
  assert.ok((await store.restore(recent.value.id)).ok);
  const listed = await store.list();
  assert.ok(listed.ok);
  assert.deepEqual(listed.value.map((d) => d.id).sort(), [recent.value.id, kept.value.id].sort());
});

test('a missing trash folder is nothing to purge; a read-only one is reported', async () => {
  const dir = tempDir();
  assert.deepEqual(await purgeExpired(join(dir, 'trash'), NOW), { ok: true, value: { purged: [] } });
  writeFileSync(join(dir, 'd-expired001.json'), JSON.stringify({ deletedAt: daysAgo(60), draft: {} }));
  const readOnly = {
    ...fsp,
    unlink: async () => {
      throw Object.assign(new Error('EROFS: simulated'), { code: 'EROFS' });
    },
  };
  const result = await purgeExpired(dir, NOW, readOnly);
  assert.equal(result.ok ? 'ok' : result.error.code, 'read-only');
  if (!result.ok) assert.match(result.error.message.bn, /^ট্র্যাশের পুরোনো খসড়া মুছে ফেলা যায়নি: /);
  assert.deepEqual(readdirSync(dir), ['d-expired001.json']);
});
