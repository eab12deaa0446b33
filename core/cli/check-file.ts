/**
 * What `newsroom check` does for one call and for one file, on whichever thread checks it: the checker
 * its options ask for, and one file's findings.
 */
import { dictionaryOf, shippedDictionary, unionOf, type Dictionary } from '../bengali/dictionary';
import { affPathOf, isHunspellDic, wordsOfFile } from '../bengali/hunspell';
import { ok, type Result } from '../api/result';
import { createChecker, type Checker } from '../checks/engine';
import type { Finding } from '../checks/types';
import { ignoredIds, isIgnored } from '../document/checker-input';
import { glossaryWith } from '../glossary/bundled';
import { articleText } from './article';
import type { CliIo } from './io';
import { listValue, stringValue, type ParsedArgs } from './options';
import { readGlossary, readStyle, readText } from './read';

export interface FileFindings {
  path: string;
  text: string;
  findings: Finding[];
}

/**
 * The shipped word list with the `--dictionary` files: a Hunspell `.dic` (its `.aff` beside it is read
 * when there is one) or a plain list, one word a line.
 */
function readDictionaries(io: Pick<CliIo, 'readFile'>, paths: readonly string[]): Result<Dictionary> {
  const words: string[] = [];
  for (const path of paths) {
    const text = readText(io, path);
    if (!text.ok) return text;
    const aff = isHunspellDic(path) ? readText(io, affPathOf(path)) : null;
    if (aff && !aff.ok && aff.error.code !== 'not-found') return aff;
    const read = wordsOfFile(path, text.value, aff?.ok ? aff.value : null);
    if (!read.ok) return read;
    for (const word of read.value) words.push(word);
  }
  return ok(paths.length === 0 ? shippedDictionary() : unionOf([shippedDictionary(), dictionaryOf(words)]));
}

/** The checker `--glossary`, `--style` and `--dictionary` ask for, or the first of them that cannot be read. */
export function checkerFor(args: ParsedArgs, io: Pick<CliIo, 'readFile'>): Result<Checker> {
  const glossary = readGlossary(io, stringValue(args, 'glossary'));
  if (!glossary.ok) return glossary;
  const style = readStyle(io, stringValue(args, 'style'));
  if (!style.ok) return style;
  const dictionary = readDictionaries(io, listValue(args, 'dictionary'));
  if (!dictionary.ok) return dictionary;
  return ok(createChecker({ glossary: glossaryWith(glossary.value), style: style.value, dictionary: dictionary.value }));
}

/** One file's findings, less those a draft's desk chose to ignore (as in the editor). */
export function checkFile(checker: Checker, path: string, io: Pick<CliIo, 'readFile'>): Result<FileFindings> {
  const article = articleText(path, io);
  if (!article.ok) return article;
  const ignored = ignoredIds(article.value.ignored);
  const findings = checker.checkText(article.value.blocks).findings.filter((f) => !isIgnored(ignored, f));
  return ok({ path, text: article.value.text, findings });
}
