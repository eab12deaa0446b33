#!/usr/bin/env node
/**
 * The `newsroom` command. Each verb lives in its own module and returns an exit code; this file only
 * dispatches, so a verb can be tested by calling it with a fake `CliIo`.
 */
import type { CliIo, CliVerb } from './cli/io';
import { nodeIo } from './cli/io.node';

const VERBS: Record<string, { summary: string; load: () => Promise<CliVerb> }> = {
  check: { summary: 'check FILE... [--format text|json] [--glossary FILE] [--style FILE]', load: async () => (await import('./checks/cli-check.node')).check },
  entities: { summary: 'entities FILE', load: async () => (await import('./checks/cli-check.node')).entities },
  normalize: { summary: 'normalize FILE', load: async () => (await import('./checks/cli-check.node')).normalize },
  export: { summary: 'export FILE -o OUT.html [--full-page]', load: async () => (await import('./document/cli-export.node')).exportVerb },
  convert: { summary: 'convert --from avro|bijoy FILE', load: async () => (await import('./input/cli-convert.node')).convert },
};

export function usage(): string {
  return ['usage: newsroom <verb> [options]', '', ...Object.values(VERBS).map((v) => `  newsroom ${v.summary}`)].join('\n') + '\n';
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === '--help' || verb === '-h') {
    (verb === undefined ? io.stderr : io.stdout)(usage());
    return verb === undefined ? 2 : 0;
  }
  const entry = VERBS[verb];
  if (!entry) {
    io.stderr(`newsroom: unknown verb '${verb}'\n${usage()}`);
    return 2;
  }
  return (await entry.load())(rest, io);
}

if (require.main === module) {
  runCli(process.argv.slice(2), nodeIo).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`newsroom: ${(err as Error).stack ?? String(err)}\n`);
      process.exit(2);
    },
  );
}
