#!/usr/bin/env node
/**
 * The `newsroom` command. Each verb lives in its own module and returns an exit code; this file only
 * dispatches, so a verb can be tested by calling it with a fake `CliIo`.
 */
import type { CliIo, CliVerb } from './cli/io';
import { nodeIo } from './cli/io.node';

type CheckVerbs = typeof import('./checks/cli-check.node');

// Verbs load on demand so `newsroom convert` does not pay for the glossary. `require` rather than
// `import()`: tsx would read the `.node` in these names as a file extension, and esbuild bundles both.
const VERBS: Record<string, { summary: string; load: () => CliVerb }> = {
  check: { summary: 'check FILE... [--format text|json] [--glossary FILE] [--style FILE]', load: () => (require('./checks/cli-check.node') as CheckVerbs).check },
  entities: { summary: 'entities FILE', load: () => (require('./checks/cli-check.node') as CheckVerbs).entities },
  normalize: { summary: 'normalize FILE', load: () => (require('./checks/cli-check.node') as CheckVerbs).normalize },
  export: { summary: 'export FILE -o OUT.html [--full-page]', load: () => (require('./document/cli-export.node') as typeof import('./document/cli-export.node')).exportVerb },
  convert: { summary: 'convert --from avro|bijoy FILE', load: () => (require('./input/cli-convert.node') as typeof import('./input/cli-convert.node')).convert },
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
  return entry.load()(rest, io);
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
