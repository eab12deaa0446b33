/**
 * `npm run bench [-- --json]`: every tests/bench/*.bench.ts exports `bench()`, returning figures under
 * its own keys (`check.*`, `cli.*`, `editor.*`, `drafts.*`, `export.*`, `glossary.*`). Human-readable lines go to stderr;
 * with --json, stdout gets exactly one JSON object with every key.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export type BenchFigures = Record<string, number | string | boolean | null>;
export interface BenchModule {
  bench(log: (line: string) => void): Promise<BenchFigures>;
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
    .sort();
  const all: BenchFigures = {};
  for (const file of files) {
    const mod = (await import(join(__dirname, file))) as BenchModule;
    const figures = await mod.bench((line) => process.stderr.write(`[${file}] ${line}\n`));
    for (const [key, value] of Object.entries(figures)) {
      all[key] = value;
      process.stderr.write(`${key}: ${value}\n`);
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(all)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
