/** `newsroom entities FILE`: the names the checker found, with their mentions and glosses, as JSON. */
import { createChecker } from '../checks/engine';
import { glossaryWith } from '../glossary/bundled';
import { articleText } from './article';
import { stringValue } from './options';
import { readGlossary } from './read';
import { reportError } from './report';
import type { Verb } from './verb';

export const entities: Verb = {
  name: 'entities',
  summary: { bn: 'লেখার নামগুলোর তালিকা (JSON)', en: 'lists the names in the article (JSON)' },
  files: { name: 'FILE' },
  options: [{ name: '--glossary', value: 'FILE' }],
  run(args, io) {
    const glossary = readGlossary(io, stringValue(args, 'glossary'));
    if (!glossary.ok) return reportError(io, 'entities', glossary.error);
    const path = args.files[0]!;
    const article = articleText(path, io);
    if (!article.ok) return reportError(io, 'entities', article.error);
    const result = createChecker({ glossary: glossaryWith(glossary.value) }).checkText(article.value.blocks);
    io.stdout(`${JSON.stringify({ path, entities: result.entities }, null, 2)}\n`);
    return 0;
  },
};
