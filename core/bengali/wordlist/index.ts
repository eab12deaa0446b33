/**
 * The shipped Bengali word list: surface forms the spelling check treats as correct, written for this
 * project (no outside list is copied; see DEPENDENCIES.md). Case endings are stripped before lookup
 * (suffix.ts), and a noun's classifier, plural and য় endings are taken off at lookup too (দলটি, চিকিৎসকরা,
 * লড়াইয়ে), so nouns are listed bare; verbs are generated in every form a newspaper uses (verbs.ts).
 *
 * This file is the list's one entry point; the words themselves live beside it, one file per kind,
 * each a template string of words separated by spaces and newlines.
 */
import actions from './actions';
import commonK from './common-k';
import commonP from './common-p';
import commonT from './common-t';
import commonVowels from './common-vowels';
import derived, { comparativeForms } from './derived';
import economy from './economy';
import educationCulture from './education-culture';
import everyday from './everyday';
import formal from './formal';
import functionWords from './function-words';
import general from './general';
import health from './health';
import kolkata from './kolkata';
import loanwords from './loanwords';
import more from './more';
import moreStock from './more-stock';
import numerals from './numerals';
import offices from './offices';
import lawCrime from './law-crime';
import learning from './learning';
import living from './living';
import nature from './nature';
import people from './people';
import politics from './politics';
import qualities from './qualities';
import reporting from './reporting';
import society from './society';
import sports from './sports';
import stock from './stock';
import technology from './technology';
import { verbForms } from './verbs';
import world from './world';

/** The content words: nouns, adjectives and adverbs by subject. */
const CONTENT: readonly string[] = [
  general,
  commonVowels,
  commonK,
  commonT,
  commonP,
  actions,
  qualities,
  politics,
  economy,
  lawCrime,
  health,
  sports,
  educationCulture,
  world,
  nature,
  technology,
  everyday,
  society,
  kolkata,
  loanwords,
  more,
  moreStock,
  derived,
  formal,
  living,
  stock,
  offices,
  learning,
  people,
  reporting,
];

/** The counters a spelt-out number takes joined to it: দুটি, তিনজন, পাঁচবার, সাতদিন, দশগুণ, তিনটে. */
const COUNTERS = ['টি', 'টা', 'টে', 'জন', 'বার', 'দিন', 'মাস', 'বছর', 'ঘণ্টা', 'গুণ', 'তলা', 'খানা', 'খানি'];

/**
 * Words that are also the bundled glossary's spelling of a name: ভোলা "to forget" and the district,
 * বিহার "monastery" and the state, মাল্টা the fruit and the country. The glossary knows them already,
 * and a name's spelling must stay a name for the name checks, so the list leaves them out.
 */
const NAMES_TOO = 'মালি মাল্টা আস্তানা ডাকার বার্ন দিলি বিহার বর্ধমান ভোলা নবান্ন সচিবালয়';

/**
 * The words of `text`. Hyphenated compounds (সুযোগ-সুবিধা) are looked up part by part, so their parts
 * are listed. One split of the whole text: a word at a time in script was half the list's first build.
 */
function wordsOf(text: string): string[] {
  const words = text.split(/[\s-]+/);
  if (words[0] === '') words.shift();
  if (words[words.length - 1] === '') words.pop();
  return words;
}

/** `words` less every `NAMES_TOO` entry, found by a native search for each of the few names rather than a look-up per word. */
function withoutNames(words: string[], names: readonly string[]): string[] {
  for (const name of names) for (let at = words.indexOf(name); at >= 0; at = words.indexOf(name, at)) words.splice(at, 1);
  return words;
}

/**
 * The shipped list in two parts. `nouns` are the content and function words as listed: each also stands
 * for the forms with a classifier, plural or য় ending the case stemmer leaves on (দলটি, চিকিৎসকরা,
 * লড়াইয়ে), which the dictionary takes off at lookup (suffix.ts `nounEndingBases`) rather than listing
 * seven forms of every noun. `forms` are every other surface form, as written: the verbs in each form
 * (verbs.ts) and the spelt-out numbers with their counters.
 */
export interface WordList {
  nouns: string[];
  forms: string[];
}

/**
 * The list's words. The sources are written in NFC, each word once (the word-list test holds them to
 * it), so building the list normalises nothing. It is built when first asked for (`shippedDictionary()`,
 * before the first spelling check), never at import: a process that checks nothing (the export, the
 * drafts list) does not pay for it.
 */
export function buildWordList(): WordList {
  const names = NAMES_TOO.split(' ');
  const nouns = withoutNames(wordsOf([functionWords, ...CONTENT].join('\n')), names);
  for (const form of comparativeForms()) nouns.push(form);
  const forms = withoutNames(verbForms(), names);
  for (const number of wordsOf(numerals)) {
    forms.push(number);
    for (const counter of COUNTERS) forms.push(number + counter);
  }
  return { nouns, forms };
}
