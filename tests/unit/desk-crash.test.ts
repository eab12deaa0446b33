/**
 * The desk folder's crash test of issue 14: a child process saves desk drafts in place (lock, guard,
 * atomic write) and is SIGKILLed at random moments, 100 times; no desk file is ever damaged, and no
 * lock a killed writer left keeps the next one from saving.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runDeskCrashLoop } from '../fixtures/crash-loop';

test('desk drafts survive 100 SIGKILLs in the middle of saving: 0 damaged files, the next writer saves', async () => {
  const report = await runDeskCrashLoop({ kills: 100, log: (line) => console.log(line) });
  console.log(`desk crash test: ${JSON.stringify(report)}`);
  assert.equal(report.kills, 100);
  assert.equal(report.damaged, 0);
  assert.ok(report.changed > 0, 'no kill came after a completed save');
  assert.equal(report.listed, 2);
  assert.equal(report.unreadable, 0);
  assert.ok(report.savedAfter, 'a lock left by a killed writer held off the next one');
});
