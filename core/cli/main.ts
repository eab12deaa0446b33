/**
 * The `newsroom` command: finds the verb, parses its arguments from its declaration, runs it. Every
 * failure ends as one line in both languages and exit code 2; output is left to drain before the
 * process ends (exiting at once cuts piped output at the pipe's buffer).
 */
import { check } from './check';
import { convert } from './convert';
import { entities } from './entities';
import { exportVerb } from './export';
import type { CliIo } from './io';
import { nodeIo } from './io.node';
import { normalize } from './normalize';
import { parseArgs, usageOf } from './options';
import { reportUsage, say, USAGE_OR_FILE_ERROR } from './report';
import type { Verb } from './verb';

const VERBS: readonly Verb[] = [check, entities, normalize, exportVerb, convert];

export function usage(): string {
  const lines = VERBS.map((v) => `  newsroom ${usageOf(v)}\n      ${v.summary.bn} — ${v.summary.en}`);
  return `${['usage: newsroom <verb> [options]', '', ...lines].join('\n')}\n`;
}

export function runCli(argv: readonly string[], io: CliIo): number {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    (name === undefined ? io.stderr : io.stdout)(usage());
    return name === undefined ? USAGE_OR_FILE_ERROR : 0;
  }
  const verb = VERBS.find((v) => v.name === name);
  if (!verb) {
    say(io, '', { bn: `'${name}' নামে কোনো কাজ নেই`, en: `unknown verb '${name}'` });
    io.stderr(usage());
    return USAGE_OR_FILE_ERROR;
  }
  const parsed = parseArgs(verb, rest);
  if (!parsed.ok) return reportUsage(io, verb.name, parsed.message, usageOf(verb));
  if (parsed.args.help) {
    io.stdout(`usage: newsroom ${usageOf(verb)}\n`);
    return 0;
  }
  try {
    return verb.run(parsed.args, io);
  } catch (err) {
    // A bug, or an input no check foresaw: still one line, never a stack trace.
    say(
      io,
      verb.name,
      { bn: 'কাজটি শেষ করা গেল না: ভেতরের ত্রুটি।', en: 'Could not finish: an internal error.' },
      err instanceof Error ? err.message : String(err),
    );
    return USAGE_OR_FILE_ERROR;
  }
}

/** The process: arguments in, exit code set, output left to drain (never `process.exit` on success). */
export function main(argv: readonly string[]): void {
  // A reader that stops early (`| head`) is not an error of ours.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  process.exitCode = runCli(argv, nodeIo);
}

if (require.main === module) main(process.argv.slice(2));
