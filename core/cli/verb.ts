import type { CliIo } from './io';
import type { ParsedArgs, VerbSpec } from './options';

/** A verb: its declaration (options, files, usage) and what it does; `run` returns the exit code. */
export interface Verb extends VerbSpec {
  /** One line for `newsroom --help`, after the usage. */
  summary: { bn: string; en: string };
  run(args: ParsedArgs, io: CliIo): number;
}
