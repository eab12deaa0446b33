/**
 * A fresh folder under the system's temp dir for one test (or one suite, or one file: wherever it is
 * called), removed when that test, suite or file ends. Node's `after` attaches to whatever is running
 * when it is called, so the folder lives exactly as long as the code that asked for it.
 */
import { after } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function tempDir(prefix = 'newsroom-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
