import {
  chmodSync,
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
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
function writeAtomically(target: string, data: string, mode: number | undefined): void {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(temp, data, { encoding: 'utf8', flag: 'wx' });
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, target);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}

/**
 * A regular file, new or old, is written atomically. Through a symlink it is the file the link points
 * to that is replaced, so the link stays; an old file keeps its permissions. Anything else already
 * there (a pipe, a terminal) is written to as it is: a rename would put a file in place of the
 * device's name. The command's own stdout under another name (`/dev/stdout`) is written as stdout
 * is, so it drains before exit; it may be a socket, which cannot be opened by name.
 */
function writeOutput(path: string, data: string): void {
  let stat: Stats | undefined;
  try {
    stat = statSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  if (!stat) {
    writeAtomically(path, data, undefined);
  } else if (stat.isFile()) {
    writeAtomically(realpathSync(path), data, stat.mode & 0o7777);
  } else {
    const stdout = fstatSync(1);
    if (stat.dev === stdout.dev && stat.ino === stdout.ino) process.stdout.write(data);
    else writeFileSync(path, data, 'utf8');
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
  writeFile: writeOutput,
  sameFile,
};
