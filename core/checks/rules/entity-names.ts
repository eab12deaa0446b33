/**
 * What the name checks (entity-variant.ts, entity-inconsistent.ts) ask of a word that may be a name:
 * a Bengali word that is no glossary spelling (nor, where a finding hangs on it, a dictionary word). Worked out once per spelling
 * (the lexicon shares one `WordFacts` per spelling) and kept; each paragraph's result lists its
 * name-like words, so the document pass groups an article's names without reading its text again.
 */
import { foldForMatch, hasBengali } from '../../bengali/fold';
import { phoneticKey } from '../../bengali/phonetic';
import { isSoundAlikeEdit, khandaTaAlternation } from '../../bengali/sound-alike';
import type { GlossaryIndex } from '../../glossary/index';
import { WORD_BENGALI, WORD_NAME, WORD_TOO_LONG, type WordFacts } from '../lexicon';
import type { CheckContext, Mention } from '../paragraph';
import type { Words } from '../words';

/** A glossary spelling a word is one sound-alike edit from. */
export interface GlossarySoundAlike {
  entry: number;
  /** The glossary's folded one-word spelling. */
  form: string;
  /** The word's stem that is one edit from it. */
  stem: string;
}

export interface NameFacts {
  /** The word as written, and folded (fold.ts). */
  text: string;
  folded: string;
  /** The word's stems long enough to be a name (the word itself first) and their phonetic keys. */
  stems: string[];
  keys: string[];
  /** Each key's `soundHash`, for the document pass's table of an article's sounds. */
  hashes: number[];
  /** A glossary spelling one sound-alike edit from a stem (entity/variant), or null. */
  glossary: GlossarySoundAlike | null;
  /** Whether it is a dictionary word (see `isDictionaryWord`); undefined until asked. */
  word: boolean | undefined;
  /**
   * Scratch of the document pass (entity-inconsistent.ts), which runs to its end without yielding: the
   * pass that last counted this spelling, its uses there, and what it decided. Kept on the spelling so
   * counting an article's words costs no map look-up per word.
   */
  round: number;
  uses: number;
  against: { stem: string; spelling: string; key: string } | null;
}

/** A name shorter than this (in key letters) is as often an ordinary short word another way. */
const MIN_KEY = 3;

/** FNV-1a of a phonetic key, cut to 30 bits so that a list of them stays small integers. */
export function soundHash(key: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash & 0x3fffffff;
}

const byGlossary = new WeakMap<GlossaryIndex, Map<string, { entry: number; form: string }[]>>();

/**
 * The glossary's one-word spellings by phonetic key: a sound-alike edit keeps the key, so a respelling
 * is looked for in one bucket. Only the spellings an entry states (its name, variants and Bengali
 * aliases): a derived short or adjective form (রেড্ডি for a রেড্ডি, চীনি for চীন) is one edit from too
 * many everyday words (রেডি, চিনি); the document pass sets a word against those only where the article
 * uses them (entity-inconsistent.ts).
 */
function glossaryByKey(index: GlossaryIndex): Map<string, { entry: number; form: string }[]> {
  let map = byGlossary.get(index);
  if (!map) {
    const byKey = new Map<string, { entry: number; form: string }[]>();
    index.entries.forEach((entry, i) => {
      for (const spelling of [entry.bn, ...entry.variants, ...(entry.aliases ?? [])]) {
        const form = foldForMatch(spelling.normalize('NFC')).trim();
        if (!hasBengali(form) || /\s/.test(form) || index.forms.get(form)?.entry !== i) continue;
        const key = phoneticKey(form);
        if (key.length < MIN_KEY) continue;
        const list = byKey.get(key) ?? [];
        if (!list.some((f) => f.form === form)) list.push({ entry: i, form });
        byKey.set(key, list);
      }
    });
    map = byKey;
    byGlossary.set(index, map);
  }
  return map;
}

/**
 * Whether the spelling is a dictionary word, asked only where a finding hangs on it: a look-up folds and
 * stems the word again, and most words are never set against another spelling.
 */
export function isDictionaryWord(facts: NameFacts, ctx: CheckContext): boolean {
  facts.word ??= ctx.dictionary.has(facts.text);
  return facts.word;
}

/** The name facts of a Bengali word that is no glossary spelling (`nameUses` skips the others by their bits). */
function computeNameFacts(w: WordFacts, ctx: CheckContext): NameFacts | null {
  if (w.folded.length < 2) return null;
  let stems = w.stems;
  let keys = w.keys;
  // The word's own arrays when every stem's key may be a name's, as most are; a copy without the others.
  if (!allNameKeys(keys)) {
    const allStems = stems;
    const allKeys = keys;
    stems = [];
    keys = [];
    for (let k = 0; k < allKeys.length; k++) {
      const key = allKeys[k]!;
      if (key.length >= MIN_KEY && !keys.includes(key)) {
        stems.push(allStems[k]!);
        keys.push(key);
      }
    }
  }
  if (stems.length === 0) return null;
  let glossary: GlossarySoundAlike | null = null;
  const buckets = glossaryByKey(ctx.index);
  for (let k = 0; k < stems.length && !glossary; k++) {
    for (const candidate of buckets.get(keys[k]!) ?? []) {
      if (isSoundAlikeEdit(stems[k]!, candidate.form) && !khandaTaAlternation(stems[k]!, candidate.form)) {
        glossary = { entry: candidate.entry, form: candidate.form, stem: stems[k]! };
        break;
      }
    }
  }
  const facts: NameFacts = {
    text: w.text,
    folded: w.folded,
    stems,
    keys,
    hashes: keys.map(soundHash),
    glossary,
    word: undefined,
    round: 0,
    uses: 0,
    against: null,
  };
  // A dictionary word one edit from a name is the word (মালী, a gardener, not Mali).
  if (glossary && isDictionaryWord(facts, ctx)) facts.glossary = null;
  return facts;
}

/** Whether every key is long enough to be a name's and none repeats an earlier one. */
function allNameKeys(keys: readonly string[]): boolean {
  for (let k = 0; k < keys.length; k++) {
    if (keys[k]!.length < MIN_KEY) return false;
    for (let j = 0; j < k; j++) if (keys[j] === keys[k]) return false;
  }
  return true;
}

/** A paragraph's name-like words: their indices in its word list and their facts, in order. */
export interface NameUses {
  index: number[];
  facts: NameFacts[];
}

export const NO_NAMES: NameUses = { index: [], facts: [] };

// Gathered here, then copied out at their number: the lists live in the checker's cache, and arrays
// grown word by word allocate twice what they keep (as in words.ts).
const usedIndex: number[] = [];
const usedFacts: (NameFacts | undefined)[] = [];

/**
 * The paragraph's words that may be names and are not part of a glossary name, each with its name
 * facts, worked out once per spelling. A word one sound-alike edit from a glossary spelling becomes a
 * mention of that entity (kind `variant`, its own stem as the form): a misspelt name is still the
 * name, so its gloss is checked against the entity's English and `entity/variant` offers the glossary's
 * spelling. Such words are covered, as mentions are.
 */
export function nameUses(text: string, words: Words, covered: Uint8Array, mentions: Mention[], ctx: CheckContext): NameUses {
  if ((words.anyFlags & WORD_BENGALI) === 0) return NO_NAMES;
  let n = 0;
  for (let i = 0; i < words.length; i++) {
    // A glossary spelling (WORD_NAME) is never a name-like word, nor is a run too long for a word: their facts need not be opened.
    if ((words.flags[i]! & (WORD_BENGALI | WORD_NAME | WORD_TOO_LONG)) !== WORD_BENGALI || covered[i] === 1) continue;
    const w = words.facts[i]!;
    // Kept on the spelling's facts (a WordFacts belongs to one checker's lexicon): no look-up per word.
    let f = w.names as NameFacts | null | undefined;
    if (f === undefined) w.names = f = computeNameFacts(w, ctx);
    if (!f) continue;
    const near = f.glossary;
    if (near) {
      const from = words.from[i]!;
      const to = words.to[i]!;
      mentions.push({
        entity: ctx.index.ids[near.entry]!,
        entry: near.entry,
        from,
        to,
        text: text.slice(from, to),
        form: near.stem,
        kind: 'variant',
        near: near.form,
      });
      covered[i] = 1;
      continue;
    }
    usedIndex[n] = i;
    usedFacts[n] = f;
    n++;
  }
  const uses = { index: usedIndex.slice(0, n), facts: usedFacts.slice(0, n) as NameFacts[] };
  // The scratch must not keep an old checker's facts alive.
  usedFacts.fill(undefined, 0, n);
  return uses;
}

/**
 * `names` without the words a later check covered (a glossed name is a mention, not a name to count),
 * in place: the lists are `nameUses`'s own, made for this paragraph.
 */
export function uncovered(names: NameUses, covered: Uint8Array): NameUses {
  const { index, facts } = names;
  let kept = 0;
  for (let u = 0; u < index.length; u++) {
    if (covered[index[u]!] === 1) continue;
    index[kept] = index[u]!;
    facts[kept] = facts[u]!;
    kept++;
  }
  if (kept < index.length) {
    index.length = kept;
    facts.length = kept;
  }
  return names;
}
