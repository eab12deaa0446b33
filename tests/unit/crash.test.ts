/**
 * The crash test of issue 5: a child process saves drafts in a loop and is killed with SIGKILL at
 * random moments, 200 times; after every kill each draft file parses and holds the old or the new text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCrashLoop } from '../fixtures/crash-loop';

test('drafts survive 200 SIGKILLs in the middle of saving: every file parses and holds the old or the new text', async () => {
  const report = await runCrashLoop({ kills: 200, log: (line) => console.log(line) });
  console.log(`crash test: ${JSON.stringify(report)}`);
  assert.equal(report.kills, 200);
  assert.equal(report.corrupt, 0);
  // The kills really interrupted saving: some landed between writes, some inside one.
  assert.ok(report.changed > 0, 'no kill came after a completed save');
  assert.ok(report.midWrite > 0, 'no kill interrupted a write');
  // Leftover temp files are not drafts, and nothing was moved aside as damaged.
  assert.equal(report.listed, 2);
  assert.equal(report.damaged, 0);
});
