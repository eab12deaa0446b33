/** What a CLI verb may touch: output streams and the file system, injected so verbs are testable. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: string): void;
}

/** A verb takes its arguments (after the verb name) and returns the exit code. */
export type CliVerb = (args: string[], io: CliIo) => Promise<number>;
