/**
 * What the checks ask of a single word (its stems, its glossary entry, its phonetic keys), worked
 * out once per distinct word and kept for the checker's lifetime, and each only when first asked:
 * most words are never a name, and a word that no glossary spelling starts like is never stemmed.
 */
import { firstSound, keyStart, phoneticKey } from '../bengali/phonetic';
import { normalizeText } from '../bengali/normalize';
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
  private sound?: string;
  private nearMiss?: { entry: number; stem: string } | null;
  private phraseEnd?: boolean;
  /** The glossary spelling this word is on its own (with any case suffix), or null. */
  readonly single: SingleWordMatch | null;
  /** When the word starts several-word glossary spellings, their lengths in words, longest first. */
  readonly phraseLengths: number[] | undefined;

  /** The house-style pair this word is a spelling of, if any. */
  readonly preferred: PreferredSpelling | undefined;

  constructor(
    readonly folded: string,
    private readonly index: GlossaryIndex,
    preferred: Map<string, PreferredSpelling>,
  ) {
    this.phraseLengths = index.phraseStarts.get(folded);
    this.preferred = preferred.get(folded);
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
  private readonly facts = new Map<string, WordFacts>();
  private readonly repairs = new Map<string, string>();

  constructor(
    private readonly index: GlossaryIndex,
    private readonly preferred: Map<string, PreferredSpelling> = new Map(),
    private readonly limit = 200_000,
  ) {}

  of(folded: string): WordFacts {
    let f = this.facts.get(folded);
    if (f) return f;
    f = new WordFacts(folded, this.index, this.preferred);
    if (this.facts.size >= this.limit) this.facts.clear();
    this.facts.set(folded, f);
    return f;
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
