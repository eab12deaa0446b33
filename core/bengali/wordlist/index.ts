/**
 * The shipped Bengali word list: surface forms the spelling check treats as correct, written for this
 * project (no outside list is copied; see DEPENDENCIES.md). Case suffixes are stripped before lookup,
 * so nouns are listed bare; verbs are generated in every form a newspaper uses (verbs.ts).
 *
 * This file is the list's one entry point; the words themselves live beside it, one file per kind,
 * each a template string of words separated by spaces and newlines.
 */
import economy from './economy';
import educationCulture from './education-culture';
import functionWords from './function-words';
import general from './general';
import health from './health';
import lawCrime from './law-crime';
import politics from './politics';
import sports from './sports';
import { verbForms } from './verbs';

const TOPICAL: readonly string[] = [functionWords, general, politics, economy, lawCrime, health, sports, educationCulture];

/** Every word of the list, once each, in NFC. */
export const WORD_LIST: readonly string[] = [
  ...new Set([...TOPICAL.flatMap((text) => text.split(/\s+/)), ...verbForms()].filter(Boolean).map((w) => w.normalize('NFC'))),
];
