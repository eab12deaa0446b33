/**
 * The shipped Bengali word list: surface forms the spelling check treats as correct, written for this
 * project (no outside list is copied; see DEPENDENCIES.md). Case endings are stripped before lookup
 * (suffix.ts), so nouns are listed bare, with the endings the stemmer leaves on (classifiers, -রা after a
 * consonant, -য়ে after a vowel letter) added here; verbs are generated in every form a newspaper uses
 * (verbs.ts).
 *
 * This file is the list's one entry point; the words themselves live beside it, one file per kind,
 * each a template string of words separated by spaces and newlines.
 */
import actions from './actions';
import commonK from './common-k';
import commonP from './common-p';
import commonT from './common-t';
import commonVowels from './common-vowels';
import derived, { derivedForms } from './derived';
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

/**
 * The classifiers and plural and "with" endings a noun takes that the stemmer leaves on: দলটি, দলটা,
 * দলগুলো, দলগুলি, দলসমূহ, পরিবারসহ. Their case forms (দলটির, দলগুলোকে) strip back to these.
 */
const CLASSIFIERS = ['টি', 'টা', 'গুলো', 'গুলি', 'সমূহ', 'সহ'];

/** After a consonant the stemmer takes only -এরা off; Dhaka print writes the plural -রা there too (চিকিৎসকরা). */
const PLURAL_AFTER_CONSONANT = 'রা';

const ENDS_IN_VOWEL = /[\u0985-\u0994\u09BE-\u09CC\u09D7]$/;

/**
 * After a vowel letter or ং the locative and genitive take য়: লড়াইয়ে, মিটিংয়ে, ব্রিফিংয়ের. The
 * stemmer undoes -য়ের after a vowel only, and -য়ে never.
 */
const ENDS_IN_VOWEL_LETTER_OR_ANUSVARA = /[\u0985-\u0994\u0982]$/;
const Y_ENDINGS = ['য়ে', 'য়ের', 'য়'];

/** The counters a spelt-out number takes joined to it: দুটি, তিনজন, পাঁচবার, সাতদিন, দশগুণ, তিনটে. */
const COUNTERS = ['টি', 'টা', 'টে', 'জন', 'বার', 'দিন', 'মাস', 'বছর', 'ঘণ্টা', 'গুণ', 'তলা', 'খানা', 'খানি'];

/**
 * Words that are also the bundled glossary's spelling of a name: ভোলা "to forget" and the district,
 * বিহার "monastery" and the state, মাল্টা the fruit and the country. The glossary knows them already,
 * and a name's spelling must stay a name for the name checks, so the list leaves them out.
 */
const NAMES_TOO = 'মালি মাল্টা আস্তানা ডাকার বার্ন দিলি বিহার বর্ধমান ভোলা নবান্ন সচিবালয়';

function wordsOf(text: string): string[] {
  // Hyphenated compounds (সুযোগ-সুবিধা) are looked up part by part, so their parts are listed.
  return text.split(/[\s-]+/).filter(Boolean);
}

/**
 * Every word of the list, once each. The sources are written in NFC, each word once (the word-list
 * test holds them to it), so building the list normalises nothing. It is built when first asked for
 * (`shippedDictionary()`, before the first spelling check), never at import: a process that checks
 * nothing (the export, the drafts list) does not pay for 160,000 words.
 */
export function buildWordList(): string[] {
  const words = new Set<string>();
  for (const text of [functionWords, ...CONTENT])
    for (const word of wordsOf(text)) {
      words.add(word);
      for (const classifier of CLASSIFIERS) words.add(word + classifier);
      if (!ENDS_IN_VOWEL.test(word)) words.add(word + PLURAL_AFTER_CONSONANT);
      if (ENDS_IN_VOWEL_LETTER_OR_ANUSVARA.test(word)) for (const ending of Y_ENDINGS) words.add(word + ending);
    }
  for (const number of wordsOf(numerals)) {
    words.add(number);
    for (const counter of COUNTERS) words.add(number + counter);
  }
  for (const form of derivedForms(CONTENT.flatMap(wordsOf))) words.add(form);
  for (const form of verbForms()) words.add(form);
  for (const name of wordsOf(NAMES_TOO)) words.delete(name);
  return [...words];
}
