/**
 * What the checks ask of a single word (its stems, its glossary entry, its phonetic keys), worked
 * out once per distinct word and kept for the checker's lifetime, and each only when first asked:
 * most words are never a name, and a word that no glossary spelling starts like is never stemmed.
 */
import { foldForMatch } from '../bengali/fold';
import { firstSound, keyStart, phoneticKey, sameName, stemKeys } from '../bengali/phonetic';
import { isRepairSite, normalizeText } from '../bengali/normalize';
import { bengaliSkeleton } from '../bengali/romanize';
import { ENDINGS_ALSO_WORDS, ENDINGS_NEVER_WORDS, stemCandidates } from '../bengali/suffix';
import type { GlossaryEntry } from '../glossary/types';
import type { HouseStyle } from '../bengali/house-style';
import { presetSpelling, type PresetName } from '../bengali/presets';
import {
  mayEndNearMiss,
  mayStartNearMiss,
  NEAR_MIN_KEY,
  nearEntries,
  spellingsStarting,
  TRIE_PHRASE_START,
  TRIE_WORD,
  type FormKind,
  type GlossaryIndex,
} from '../glossary/index';

// What a spelling may be, a bit each. A paragraph keeps its words' bits in a row beside their
// offsets (see words.ts), so the checks' loops read small integers and open a word's facts only where
// a bit says they must: most words are none of these, and reaching each word's object was most of
// those loops' time.

/** Starts with a Bengali letter (a Bengali digit is not a word a gloss can attach to). */
export const WORD_BENGALI = 1;
/** A glossary spelling on its own, or the first word of a several-word one. */
export const WORD_NAME = 2;
/** Long enough, and its key starts as a near miss of some glossary name's would (see `WordFacts.near`). */
export const WORD_MAY_BE_NEAR = 4;
/** A case ending that, standing apart, may be a detached one (see suffix.ts). */
export const WORD_ENDING = 8;
/** Holds ড় ঢ় or য় as one code point. */
export const WORD_PRECOMPOSED = 16;
/** Holds ড় ঢ় or য় as letter + nukta. */
export const WORD_DECOMPOSED = 32;
/** One spelling of a house-style pair. */
export const WORD_PREFERRED = 64;
/** Holds a character some Unicode repair acts on (see `isRepairSite`). */
export const WORD_MAY_NEED_REPAIR = 128;
/** Holds ASCII digits. */
export const WORD_ASCII_DIGITS = 256;
/** Holds Bengali digits. */
export const WORD_BENGALI_DIGITS = 512;
/**
 * Longer than any word (`LONGEST_WORD`): a key held down or pasted data. The checks that try a word's
 * respellings, one nearly every letter and each as long as the word, skip it, so such a run costs
 * time in its length, not in its length squared (a 10,000-letter run took 3 s, a 5 MB one ran out of memory).
 */
export const WORD_TOO_LONG = 1024;

/** Code units; the longest words of the shipped list and of years of articles are about 20, a solid compound about 30. */
const LONGEST_WORD = 64;

export interface SingleWordMatch {
  entry: number;
  kind: FormKind;
  /** The stem that matched. */
  form: string;
}

/** A house-style spelling pair this word belongs to (folded preferred spelling, as the house writes it). */
export interface PreferredSpelling {
  preferred: string;
  display: string;
}

/**
 * The bits a spelling's characters give, in one pass. A word has the same repair sites alone as in
 * its text: it starts with a letter or digit, which is a site or not whatever precedes it, and what
 * follows a word is never a mark.
 */
function characterFlags(text: string): number {
  let flags = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) flags |= WORD_ASCII_DIGITS;
    else if (code >= 0x9e6 && code <= 0x9ef) flags |= WORD_BENGALI_DIGITS;
    else if (code === 0x9dc || code === 0x9dd || code === 0x9df) flags |= WORD_PRECOMPOSED;
    else if (code === 0x9bc) {
      const letter = text.charCodeAt(i - 1);
      if (letter === 0x9a1 || letter === 0x9a2 || letter === 0x9af) flags |= WORD_DECOMPOSED;
    }
    if ((flags & WORD_MAY_NEED_REPAIR) === 0 && isRepairSite(text, i)) flags |= WORD_MAY_NEED_REPAIR;
  }
  return flags;
}

/**
 * `list` in an array of just its size: one grown by pushing keeps room for 17, and a word's facts
 * live as long as the checker, so every collection until then copied the spare room too.
 */
function exactSize<T>(list: T[]): T[] {
  return list.length > 1 ? list.slice() : list;
}

export class WordFacts {
  private stemList?: string[];
  private keyList?: string[];
  private skeletonList?: string[];
  private sound?: string;
  private nearMiss?: { entry: number; stem: string } | null;
  private phraseEnd?: boolean;
  /** What the name checks keep of this spelling (rules/entity-names.ts); undefined until they ask. */
  names: object | null | undefined = undefined;
  /** What the spelling check keeps of this spelling (rules/spelling.ts); undefined until it asks. */
  spelling: object | null | undefined = undefined;
  /** The glossary spelling this word is on its own (with any case suffix), or null. */
  readonly single: SingleWordMatch | null = null;
  /** When the word starts several-word glossary spellings, their lengths in words, longest first. */
  readonly phraseLengths: number[] | undefined;

  /** The house-style pair this word is a spelling of, if any. */
  readonly preferred: PreferredSpelling | undefined;

  /** The WORD_* bits of this spelling. */
  readonly flags: number;

  constructor(
    /** The word as written. */
    readonly text: string,
    /** `text` folded for matching (see fold.ts). */
    readonly folded: string,
    private readonly index: GlossaryIndex,
    preferred: Map<string, PreferredSpelling>,
  ) {
    const starts = spellingsStarting(index, folded);
    this.phraseLengths = starts & TRIE_PHRASE_START ? index.phraseStarts.get(folded) : undefined;
    this.preferred = preferred.get(folded);
    const first = folded.charCodeAt(0);
    const bengali = first >= 0x980 && first <= 0x9ff && !(first >= 0x9e6 && first <= 0x9ef);
    let flags = bengali ? WORD_BENGALI : 0;
    if (this.preferred) flags |= WORD_PREFERRED;
    if (ENDINGS_NEVER_WORDS.has(folded) || ENDINGS_ALSO_WORDS.has(folded)) flags |= WORD_ENDING;
    flags |= characterFlags(text);
    if (folded.length > LONGEST_WORD) flags |= WORD_TOO_LONG;
    if (bengali && !this.preferred && folded.length >= NEAR_MIN_KEY - 1) {
      // Every stem is a prefix of the word, so a stem's key long enough to be looked up starts as the
      // word's key does; most words' keys start like no glossary name's.
      if (mayStartNearMiss(index, keyStart(folded, 4))) flags |= WORD_MAY_BE_NEAR;
    }
    // Every stem is a prefix of the word, so a word that starts with no glossary spelling matches none.
    if (starts & TRIE_WORD) {
      for (const stem of this.stems) {
        const hit = index.forms.get(stem);
        if (hit) {
          this.single = { entry: hit.entry, kind: hit.kind, form: stem };
          break;
        }
      }
    }
    if (this.single || this.phraseLengths) flags |= WORD_NAME;
    this.flags = flags;
  }

  /** Whether the word starts with a Bengali letter. */
  get bengali(): boolean {
    return (this.flags & WORD_BENGALI) !== 0;
  }

  get stems(): string[] {
    return (this.stemList ??= exactSize(stemCandidates(this.folded)));
  }

  /** Whether a stem of this word is a later word of some several-word glossary spelling, so may end one. */
  get endsPhrase(): boolean {
    return (this.phraseEnd ??= this.stems.some((stem) => this.index.phraseWords.has(stem)));
  }

  /** Phonetic keys of the stems, in the same order. */
  get keys(): string[] {
    return (this.keyList ??= stemKeys(this.folded, this.stems));
  }

  /** Consonant skeletons of the stems (see romanize.ts), in the same order. */
  get skeletons(): string[] {
    return (this.skeletonList ??= this.stems.map(bengaliSkeleton));
  }

  /** First letter of the word's phonetic key. */
  get firstSound(): string {
    return (this.sound ??= firstSound(this.folded));
  }

  /** The one glossary name this unknown word is a near miss of (see `nearEntries`), with the stem that is. */
  get near(): { entry: number; stem: string } | null {
    if (this.nearMiss !== undefined) return this.nearMiss;
    this.nearMiss = null;
    if ((this.flags & WORD_MAY_BE_NEAR) === 0 || !mayEndNearMiss(this.index, phoneticKey(this.folded))) return null;
    const keys = this.keys;
    for (let k = 0; k < keys.length; k++) {
      if (keys[k]!.length < NEAR_MIN_KEY - 1) continue;
      const near = nearEntries(this.index, keys[k]!);
      if (near.length === 1) {
        this.nearMiss = { entry: near[0]!, stem: this.stems[k]! };
        break;
      }
    }
    return this.nearMiss;
  }
}

/** `array` copied into a new one at least twice its length and at least `size`. */
function grown<T extends Int32Array | Uint16Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}

export class Lexicon {
  private readonly repairs = new Map<string, string>();
  private readonly canonicals = new Map<string, string>();
  // Spellings as written, in an open-addressing table looked up straight from the paragraph's text:
  // a word seen before costs a hash of its characters, with no slice, no folding and no Map key.
  // (Spellings that differ only in encoding get facts each: they are few.) A slot is two numbers,
  // the hash and id + 1, so a probe reads one place; the spelling is compared with its code units
  // kept one after another in `units`, and its bits read from `flagsById`: reaching the spelling's
  // string or facts object instead, somewhere in the heap, was a cache miss, most of the scan's time.
  private slots = new Int32Array(2 << 12);
  private spellings: WordFacts[] = [];
  private units = new Uint16Array(1 << 15);
  /** Where each spelling's units start in `units`; the next one's start is where it ends. */
  private starts = new Int32Array(1 << 11);
  private flagsById = new Int32Array(1 << 11);

  constructor(
    private readonly index: GlossaryIndex,
    private readonly preferred: Map<string, PreferredSpelling> = new Map(),
    private readonly limit = 200_000,
  ) {}

  /**
   * The id of the word `text.slice(from, to)`'s spelling as written (its facts made on first sight);
   * `hash` is its `scanWords` hash. An id holds until the next spelling is met.
   */
  idOf(text: string, from: number, to: number, hash: number): number {
    const mask = (this.slots.length >> 1) - 1;
    let slot = hash & mask;
    for (let id = this.slots[2 * slot + 1]! - 1; id >= 0; id = this.slots[2 * slot + 1]! - 1) {
      if (this.slots[2 * slot] === hash && this.isSpelling(id, text, from, to)) return id;
      slot = (slot + 1) & mask;
    }
    const word = text.slice(from, to);
    const facts = new WordFacts(word, foldForMatch(word), this.index, this.preferred);
    let id = this.spellings.length;
    if (id >= this.limit) {
      this.spellings = [];
      this.slots.fill(0);
      id = 0;
      slot = hash & mask;
    } else if (id * 4 >= this.slots.length) {
      this.grow();
      slot = this.freeSlot(hash);
    }
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = id + 1;
    this.spellings.push(facts);
    this.keep(id, text, from, to, facts.flags);
    return id;
  }

  /** The facts of spelling `id` (see `idOf`). */
  facts(id: number): WordFacts {
    return this.spellings[id]!;
  }

  /** `facts(id).flags`. */
  flags(id: number): number {
    return this.flagsById[id]!;
  }

  /** Whether spelling `id` is `text.slice(from, to)`, without making the slice. */
  private isSpelling(id: number, text: string, from: number, to: number): boolean {
    const start = this.starts[id]!;
    if (this.starts[id + 1]! - start !== to - from) return false;
    for (let i = from; i < to; i++) if (this.units[start + i - from] !== text.charCodeAt(i)) return false;
    return true;
  }

  /** Notes new spelling `id`'s units and bits. */
  private keep(id: number, text: string, from: number, to: number, flags: number): void {
    if (id + 2 > this.starts.length) {
      this.starts = grown(this.starts, id + 2);
      this.flagsById = grown(this.flagsById, id + 2);
    }
    // Spelling 0 starts at 0 (after a fresh start too), and each later one where the one before ended.
    const start = this.starts[id]!;
    if (start + to - from > this.units.length) this.units = grown(this.units, start + to - from);
    for (let i = from; i < to; i++) this.units[start + i - from] = text.charCodeAt(i);
    this.starts[id + 1] = start + to - from;
    this.flagsById[id] = flags;
  }

  private freeSlot(hash: number): number {
    const mask = (this.slots.length >> 1) - 1;
    let slot = hash & mask;
    while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1] === 0) continue;
      const slot = this.freeSlot(old[at]!);
      this.slots[2 * slot] = old[at]!;
      this.slots[2 * slot + 1] = old[at + 1]!;
    }
  }

  /**
   * The spelling a variant `form` (folded, words joined by one space) of `entry` is repaired to under
   * `preset` (the region's spelling of the name, see presets.ts; the glossary's without one), remembered. A one-word variant of a
   * longer name is its short form: জেলেনস্কীর → জেলেনস্কির, not the full name. (A shorter variant
   * that sounds like the canonical's last words is a short form; one that does not, like উত্তরপ্রদেশ
   * for উত্তর প্রদেশ, stands for the whole name.)
   */
  canonicalFor(entry: GlossaryEntry, form: string, preset: PresetName | null): string {
    const key = `${preset}\u0000${entry.bn}\u0000${form}`;
    let canonical = this.canonicals.get(key);
    if (canonical === undefined) {
      const spelling = presetSpelling(entry.bn, preset);
      const canonicalWords = spelling.split(/\s+/);
      const formWords = form.split(' ').length;
      const tail = canonicalWords.slice(-formWords).join(' ');
      const shortForm = formWords < canonicalWords.length && sameName(phoneticKey(foldForMatch(tail)), phoneticKey(form));
      canonical = shortForm ? tail : spelling;
      if (this.canonicals.size >= this.limit) this.canonicals.clear();
      this.canonicals.set(key, canonical);
    }
    return canonical;
  }

  /**
   * `normalizeText` of a damaged word or a suggested spelling, remembered: a split vowel sign tends to
   * recur in every word it is in, and a misspelt name in every paragraph.
   */
  repaired(word: string, style: Pick<HouseStyle, 'unicodeForm'>): string {
    let fixed = this.repairs.get(word);
    if (fixed === undefined) {
      fixed = normalizeText(word, style);
      if (this.repairs.size >= this.limit) this.repairs.clear();
      this.repairs.set(word, fixed);
    }
    return fixed;
  }
}
