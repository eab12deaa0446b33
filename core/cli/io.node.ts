import { readFileSync, writeFileSync } from 'node:fs';
import type { CliIo } from './io';

export const nodeIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFileSync(path),
  writeFile: (path, data) => writeFileSync(path, data, 'utf8'),
};
