import type { CliIo } from '../../../core/cli/io';

/** A CliIo over files in memory: what the verb printed, and what it wrote. */
export function fakeIo(files: Record<string, string | Uint8Array>, options: { failWrite?: boolean } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: (path) => {
      const f = files[path];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    writeFile: (path, data) => {
      if (options.failWrite) throw Object.assign(new Error(`EROFS: read-only file system, open '${path}'`), { code: 'EROFS' });
      written[path] = data;
    },
    sameFile: (a, b) => a === b && files[a] !== undefined,
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written };
}
