// `npm run newsroom -- …`: the built command (dist/cli/newsroom.js, the package `bin`), rebuilt first
// only when a source under core/ is newer. Running the bundle starts in a fraction of the time tsx
// takes to compile the sources, and the README, the `bin` and the tests all run the same file.
import { createRequire } from 'node:module';
import { buildCli, cliIsStale, cliOutfile } from './cli-build.mjs';

if (cliIsStale()) await buildCli(true);
createRequire(import.meta.url)(cliOutfile).main(process.argv.slice(2));
