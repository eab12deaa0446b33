import { closeSync, constants, fstatSync, openSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { MAX_INPUT_BYTES, NOT_REGULAR, TOO_LARGE, type CliIo } from './io';

function refusal(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

/**
 * A regular file, read whole. Opened non-blocking so a FIFO with no writer cannot stall the open;
 * the size is checked on the open descriptor, and reading stops at the limit even if the file grows.
 */
function readRegularFile(path: string): Uint8Array {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw refusal('EISDIR', path);
    if (!stat.isFile()) throw refusal(NOT_REGULAR, path);
    if (stat.size > MAX_INPUT_BYTES) throw refusal(TOO_LARGE, path);
    const buffer = Buffer.allocUnsafe(Math.min(stat.size + 1, MAX_INPUT_BYTES + 1));
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_INPUT_BYTES) throw refusal(TOO_LARGE, path);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** Temp file beside the target, then rename: a reader never sees half a file. */
function writeAtomically(path: string, data: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(temp, data, { encoding: 'utf8', flag: 'wx' });
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}

function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

export const nodeIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: readRegularFile,
  writeFile: writeAtomically,
  sameFile,
};
