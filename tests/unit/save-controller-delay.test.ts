import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newDraft } from '../../core/document/draft';
import { SaveController } from '../../renderer/save-controller';

function controller(delayMs?: number) {
  const writes: number[] = [];
  const draft = newDraft(new Date('2026-05-01T08:00:00Z'), 'd-delaytest1');
  const saver = new SaveController({
    snapshot: () => draft,
    write: async () => {
      writes.push(Date.now());
      return { ok: true, value: { id: draft.id, headline: '', status: 'draft', updatedAt: draft.meta.updatedAt, wordCount: 0 } };
    },
    onSaved: () => undefined,
    delayMs,
  });
  return { saver, writes };
}

test('the autosave delay follows the setting from the next edit on, and never exceeds a second', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'Date'] });
  const { saver, writes } = controller();
  saver.setDelay(200);
  saver.markDirty();
  t.mock.timers.tick(199);
  assert.equal(writes.length, 0);
  t.mock.timers.tick(1);
  assert.equal(writes.length, 1);
  // The first write lands before the next edit.
  await saver.flush();
  assert.ok(saver.clean);

  saver.setDelay(60_000);
  saver.markDirty();
  t.mock.timers.tick(999);
  assert.equal(writes.length, 1);
  t.mock.timers.tick(1);
  assert.equal(writes.length, 2, 'capped at one second');
});
