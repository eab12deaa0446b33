/**
 * What a verb may touch: output streams and the file system, injected so verbs are testable with a
 * fake. `readFile` refuses anything but a regular file of at most `MAX_INPUT_BYTES` (a FIFO or
 * `/dev/zero` named `.txt` would otherwise never end); a refusal is thrown as a Node-style error
 * with one of the codes `read.ts` words for the user.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Uint8Array;
  /** Writes atomically: the file is either as it was or all new. */
  writeFile(path: string, data: string): void;
  /** Whether two paths name one existing file (so export never writes over its input). */
  sameFile(a: string, b: string): boolean;
}

/** Far above any article or glossary, far below what would make the command crawl. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

/** Codes `readFile` throws besides the system's own (ENOENT, EACCES, EISDIR, …). */
export const NOT_REGULAR = 'ENOTREGULAR';
export const TOO_LARGE = 'ETOOLARGE';
