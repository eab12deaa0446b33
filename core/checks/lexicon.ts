/**
 * What the checks ask of a single word (its stems, its glossary entry, its phonetic keys), worked
 * out once per distinct word and kept for the checker's lifetime, and each only when first asked:
 * most words are never a name, and a word that no glossary spelling starts like is never stemmed.
 */
import { foldForMatch } from '../bengali/fold';
import { firstSound, keyStart, phoneticKey } from '../bengali/phonetic';
import { normalizeText } from '../bengali/normalize';
import { bengaliSkeleton } from '../bengali/romanize';
import { stemCandidates } from '../bengali/suffix';
import type { HouseStyle } from './house-style';
import { FORM_PREFIX, NEAR_MIN_KEY, nearEntries, type FormKind, type GlossaryIndex } from '../glossary/index';

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

export class WordFacts {
  private stemList?: string[];
  private keyList?: string[];
  private skeletonList?: string[];
  private sound?: string;
  private nearMiss?: { entry: number; stem: string } | null;
  private phraseEnd?: boolean;
  /** The glossary spelling this word is on its own (with any case suffix), or null. */
  readonly single: SingleWordMatch | null;
  /** When the word starts several-word glossary spellings, their lengths in words, longest first. */
  readonly phraseLengths: number[] | undefined;

  /** The house-style pair this word is a spelling of, if any. */
  readonly preferred: PreferredSpelling | undefined;

  /** Whether the word starts with a Bengali letter (a Bengali digit is not a word a gloss can attach to). */
  readonly bengali: boolean;

  constructor(
    /** The word as written. */
    readonly text: string,
    /** `text` folded for matching (see fold.ts). */
    readonly folded: string,
    private readonly index: GlossaryIndex,
    preferred: Map<string, PreferredSpelling>,
  ) {
    this.phraseLengths = index.phraseStarts.get(folded);
    this.preferred = preferred.get(folded);
    const first = folded.charCodeAt(0);
    this.bengali = first >= 0x980 && first <= 0x9ff && !(first >= 0x9e6 && first <= 0x9ef);
    this.single = null;
    // Every stem is a prefix of the word, so a word no glossary spelling starts like matches none.
    if (!index.formPrefixes.has(folded.slice(0, FORM_PREFIX)) && !index.formPrefixes.has(folded.slice(0, FORM_PREFIX - 1))) return;
    for (const stem of this.stems) {
      const hit = index.forms.get(stem);
      if (hit) {
        this.single = { entry: hit.entry, kind: hit.kind, form: stem };
        break;
      }
    }
  }

  get stems(): string[] {
    return (this.stemList ??= stemCandidates(this.folded));
  }

  /** Whether a stem of this word is a later word of some several-word glossary spelling, so may end one. */
  get endsPhrase(): boolean {
    return (this.phraseEnd ??= this.stems.some((stem) => this.index.phraseWords.has(stem)));
  }

  /** Phonetic keys of the stems, in the same order. */
  get keys(): string[] {
    return (this.keyList ??= this.stems.map(phoneticKey));
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
    if (this.preferred) return null;
    // Every stem is a prefix of the word, so a stem's key long enough to be looked up starts as the
    // word's key does; most words' keys start like no glossary name's (see `nearStarts`).
    const start = keyStart(this.folded, 4);
    if (!this.index.nearStarts.has(start.slice(0, 3)) && !this.index.nearStarts.has(start.slice(0, 2) + start.charAt(3))) return null;
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

export class Lexicon {
  private readonly repairs = new Map<string, string>();
  // Words by their spelling as written, in an open-addressing table looked up straight from the
  // paragraph's text: a word seen before costs a hash of its characters, with no slice, no folding
  // and no Map key. (Spellings that differ only in encoding get facts each: they are few.)
  private slots = new Int32Array(1 << 12);
  private hashes: number[] = [];
  private spellings: WordFacts[] = [];

  constructor(
    private readonly index: GlossaryIndex,
    private readonly preferred: Map<string, PreferredSpelling> = new Map(),
    private readonly limit = 200_000,
  ) {}

  /** The facts of the word `text.slice(from, to)`, keyed by its spelling as written. */
  spelling(text: string, from: number, to: number): WordFacts {
    let hash = 0x811c9dc5;
    for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let id = this.slots[slot]! - 1; id >= 0; id = this.slots[slot]! - 1) {
      const known = this.spellings[id]!;
      if (this.hashes[id] === hash && known.text.length === to - from && text.startsWith(known.text, from)) return known;
      slot = (slot + 1) & mask;
    }
    const word = text.slice(from, to);
    const facts = new WordFacts(word, foldForMatch(word), this.index, this.preferred);
    if (this.spellings.length >= this.limit) {
      this.hashes = [];
      this.spellings = [];
      this.slots.fill(0);
    } else if (this.spellings.length * 2 >= this.slots.length) {
      this.grow();
    }
    this.insert(hash, this.spellings.length);
    this.hashes.push(hash);
    this.spellings.push(facts);
    return facts;
  }

  private insert(hash: number, id: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = id + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let id = 0; id < this.hashes.length; id++) this.insert(this.hashes[id]!, id);
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
