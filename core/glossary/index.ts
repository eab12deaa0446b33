/**
 * The glossary as the checker looks things up: every spelling of every entry, folded, pointing back
 * at its entry with the kind of spelling it is. Built once per glossary, shared by every check.
 */
import { foldForMatch, hasBengali } from '../bengali/fold';
import { memoByString } from '../bengali/memo';
import { editDistance, phoneticKey } from '../bengali/phonetic';
import type { GlossaryEntry } from './types';

export type FormKind = 'canonical' | 'variant' | 'alias';

export interface GlossaryForm {
  entry: number;
  kind: FormKind;
}

export interface GlossaryIndex {
  entries: readonly GlossaryEntry[];
  /** Folded spelling (words joined by one space) → entry. */
  forms: Map<string, GlossaryForm>;
  /** Longest spelling, in words: how far a phrase match needs to look. */
  maxWords: number;
  /** The first words of several-word spellings, and how long those spellings are. */
  phraseStarts: PhraseStarts;
  /** The other words of several-word spellings: a phrase can only match where each later word is one. */
  phraseWords: Set<string>;
  /** One-word spellings and the first words of several-word ones, for `spellingsStarting`. */
  trie: SpellingTrie;
  /** Lower-cased English name or English alias → entries. */
  english: Map<string, number[]>;
  /**
   * One-word canonical spellings with long phonetic keys, bucketed by the key's first two and last
   * two letters (see `nearBucket`): a near miss keeps both ends (see `nearEntries`), so it only looks
   * in one bucket.
   */
  nearKeys: Map<number, { entry: number; key: string }[]>;
  /**
   * For each key in `nearKeys`, its letters 1-3 and 1, 2, 4 (see `letterCode`): a key one edit from it
   * (both ends kept) starts with one of the two, so a word whose key starts with neither needs no
   * stem's key (see `mayStartNearMiss`).
   */
  nearStarts: Set<number>;
  /** `entityIdOf` each entry, by entry index. */
  ids: string[];
}

/**
 * First word of each several-word spelling → the lengths (in words) of such spellings, longest first.
 * First words with the same lengths share one list: read them, never change them.
 */
export interface PhraseStarts {
  get(first: string): number[] | undefined;
}

/** The stable id of a glossary entity: its folded canonical spelling. */
export function entityIdOf(entry: GlossaryEntry): string {
  return idOfFolded(foldForMatch(entry.bn.trim()));
}

function idOfFolded(folded: string): string {
  return `g:${folded}`;
}

/** Printable ASCII words with single spaces between them: English as glosses and glossaries mostly write it. */
const PLAIN_ENGLISH = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

function englishKey(text: string): string {
  // Plain English is already NFC, straight-quoted, single-spaced and trimmed: only the case changes.
  if (PLAIN_ENGLISH.test(text)) return text.toLowerCase();
  return text.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * English as glosses are compared: NFC, straight apostrophes, single spaces, lower case. Remembered for
 * the checks, which ask it of the same glosses again and again; the index build calls `englishKey`
 * itself, since a glossary's names (more of them than the memo holds) are each asked once.
 */
export const normalizeEnglish: (text: string) => string = memoByString(englishKey);

/** A spelling folded with its words joined by one space. */
function foldPhrase(text: string): string {
  return phraseOfFolded(foldForMatch(text));
}

/** Space other than single spaces. Kept in a constant: a regular expression literal in a function is a new object each call. */
const ODD_SPACE = /[^\S ]| {2}/;

/**
 * A folded spelling with its words joined by one space; most have no run of spaces, and skip the
 * replace. Folding only ever drops or keeps a space, so folding before or after a trim is the same.
 */
function phraseOfFolded(folded: string): string {
  const trimmed = folded.trim();
  return ODD_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

// Adjective forms of a place: ইউক্রেন → ইউক্রেনীয়, ইজরায়েল → ইজরায়েলি, আমেরিকা → আমেরিকান.
const ADJECTIVE_ENDINGS = ['ীয়', 'িয়', 'ি', 'ী', 'িয়ান'].map((s) => foldForMatch(s));

/**
 * Last names that are no one's short form: name parts thousands of people share (রহমান, উদ্দিন,
 * কুমার), which in a Bangladeshi article name whoever the article is about, and surnames that are
 * also everyday words (রায় is a verdict, শান্ত calm, কিশোর a teenager). A glossary entry that one
 * of them ends still matches by its full name and by the aliases it lists.
 */
export const COMMON_NAME_PARTS: ReadonlySet<string> = new Set(
  [
    'রহমান',
    'আহমেদ',
    'আহমদ',
    'উদ্দিন',
    'উদ্দীন',
    'ইসলাম',
    'চৌধুরী',
    'চৌধুরি',
    'রহিম',
    'রহীম',
    'কুমার',
    'হোসেন',
    'হোসাইন',
    'হুসাইন',
    'হাসান',
    'মিয়া',
    'সরকার',
    'দত্ত',
    'সাহা',
    'মজুমদার',
    'ভট্টাচার্য',
    'চক্রবর্তী',
    'মুখোপাধ্যায়',
    'বন্দ্যোপাধ্যায়',
    'চট্টোপাধ্যায়',
    'গঙ্গোপাধ্যায়',
    'শর্মা',
    'গুপ্তা',
    'গুপ্ত',
    'যাদব',
    'প্যাটেল',
    'মোহাম্মদ',
    'মুহাম্মদ',
    'মহম্মদ',
    'ইব্রাহিম',
    'আব্বাস',
    'মোস্তফা',
    'কামাল',
    'হামিদ',
    'করিম',
    'কাদের',
    'জামান',
    'ইকবাল',
    'নজরুল',
    'মনসুর',
    'সাঈদ',
    'আসিফ',
    'মুনির',
    'সেলিম',
    'সালমান',
    'আজিজ',
    'কাসেম',
    'জিয়া',
    'আলমগীর',
    'ভূঁইয়া',
    'তালুকদার',
    'মণ্ডল',
    'বিশ্বাস',
    'মাহমুদ',
    'রশিদ',
    'হাবিব',
    'আবদুল্লাহ',
    'সিদ্দিক',
    'সিদ্দিকী',
    'আবেদ',
    'ওয়াজেদ',
    'রেহানা',
    'রায়',
    'কিশোর',
    'মাঝি',
    'শান্ত',
    'ঠাকুর',
    'অধিকারী',
    'পাওয়ার',
    'বেবি',
    'টাটা',
    'কান্ত',
    'সালাম',
  ].map((name) => foldForMatch(name.normalize('NFC'))),
);

const NONE: readonly string[] = [];

function derivedForms(entry: GlossaryEntry, bn: string): readonly string[] {
  const lastSpace = bn.lastIndexOf(' ');
  if (entry.type === 'person' && lastSpace >= 0) return [bn.slice(lastSpace + 1)];
  if (entry.type === 'place' && lastSpace < 0) {
    return bn.endsWith('া') ? [`${bn}ন`, `${bn.slice(0, -1)}ান`] : ADJECTIVE_ENDINGS.map((e) => bn + e);
  }
  return NONE;
}

/**
 * Spellings as a trie over their UTF-16 code units. Walking a word through it finds every spelling
 * the word starts with, and most words leave it after a character or two: a word's stems are all
 * prefixes of it, so only the words that reach a spelling need stemming. The edges sit in one
 * open-addressing table of (parent, code unit, child) triples, small enough to stay in cache, where
 * a Map of them was a cache miss a step.
 */
export interface SpellingTrie {
  edges: Int32Array;
  /** Slots in `edges` less one (a power of two less one). */
  mask: number;
  /** Per node, the TRIE_* bits of the spelling that ends there; the root is node 0. */
  ends: Uint8Array;
  /** Per node where a several-word spelling's first word ends, 1 + its place in `lengthLists`; else 0. */
  phraseLengths: Int32Array;
  /** The distinct lists of `PhraseStarts`. */
  lengthLists: number[][];
}

/** A one-word spelling ends here. */
export const TRIE_WORD = 1;
/** The first word of a several-word spelling ends here. */
export const TRIE_PHRASE_START = 2;

function edgeSlot(node: number, unit: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ unit) & mask;
}

/** The node `text` leads to, or 0 when it leaves the trie. */
function trieNode(trie: SpellingTrie, text: string): number {
  let node = 0;
  for (let i = 0; i < text.length && (i === 0 || node !== 0); i++) node = trieChild(trie, node, text.charCodeAt(i));
  return node;
}

/**
 * `PhraseStarts` kept on the trie's nodes: a first word is looked up by walking to its node, and the
 * index needs no map of first words, which took a string and a map entry for nearly every entry of a
 * newsroom's glossary of people's names.
 */
class TriePhraseStarts implements PhraseStarts {
  constructor(private readonly trie: SpellingTrie) {}

  get(first: string): number[] | undefined {
    const at = first === '' ? 0 : this.trie.phraseLengths[trieNode(this.trie, first)]!;
    return at === 0 ? undefined : this.trie.lengthLists[at - 1];
  }
}

/** The child of `node` along `unit`, or 0 (the root is no node's child). */
function trieChild(trie: SpellingTrie, node: number, unit: number): number {
  const { edges, mask } = trie;
  for (let slot = edgeSlot(node, unit, mask); ; slot = (slot + 1) & mask) {
    const child = edges[slot * 3 + 2]!;
    if (child === 0 || (edges[slot * 3] === node && edges[slot * 3 + 1] === unit)) return child;
  }
}

/**
 * A trie being built: each spelling walks its edges straight in the table, which doubles when half
 * full, so it ends sized as `trieChild` reads it. Keying edges by strings in a Map first, then
 * copying them, made a 10,000-entry glossary's trie most of its load time.
 */
class TrieBuilder {
  edges = new Int32Array(16 * 3);
  mask = 15;
  /** Per node, as `SpellingTrie.ends`; sized with the table, which holds at most half as many edges as slots. */
  ends = new Uint8Array(16);
  /** Per node, as `SpellingTrie.phraseLengths`, sized as `ends`. */
  phraseLengths = new Int32Array(16);
  lengthLists: number[][] = [];
  /** Place in `lengthLists` + 1 of the list of one length, by the length. */
  private single: number[] = [];
  /** Place in `lengthLists` + 1 of each list of several lengths, by its lengths joined with commas. */
  private several = new Map<string, number>();
  /** Nodes so far, the root included. */
  nodes = 1;

  /** Adds the spelling `spelling` starts with, `length` code units long, and gives its node. */
  add(spelling: string, end: number, length = spelling.length): number {
    let node = 0;
    for (let i = 0; i < length; i++) {
      const unit = spelling.charCodeAt(i);
      const { edges, mask } = this;
      let slot = edgeSlot(node, unit, mask);
      let child = edges[slot * 3 + 2]!;
      while (child !== 0 && !(edges[slot * 3] === node && edges[slot * 3 + 1] === unit)) {
        slot = (slot + 1) & mask;
        child = edges[slot * 3 + 2]!;
      }
      if (child === 0) {
        child = this.nodes++;
        edges[slot * 3] = node;
        edges[slot * 3 + 1] = unit;
        edges[slot * 3 + 2] = child;
        // Edges are nodes less the root: keep the table at most half full.
        if (child * 2 > mask + 1) this.grow();
      }
      node = child;
    }
    this.ends[node]! |= end;
    return node;
  }

  /** Notes that the first word ending at `node` starts a spelling of `words` words. */
  addPhraseLength(node: number, words: number): void {
    const at = this.phraseLengths[node]!;
    if (at === 0) {
      this.phraseLengths[node] = this.single[words] ??= this.lengthLists.push([words]);
      return;
    }
    const lengths = this.lengthLists[at - 1]!;
    if (lengths.includes(words)) return;
    const next = [...lengths, words].sort((a, b) => b - a);
    const key = next.join();
    let nextAt = this.several.get(key);
    if (nextAt === undefined) this.several.set(key, (nextAt = this.lengthLists.push(next)));
    this.phraseLengths[node] = nextAt;
  }

  finish(): SpellingTrie {
    return {
      edges: this.edges,
      mask: this.mask,
      ends: this.ends.slice(0, this.nodes),
      phraseLengths: this.phraseLengths.slice(0, this.nodes),
      lengthLists: this.lengthLists,
    };
  }

  private grow(): void {
    const old = this.edges;
    const mask = this.mask * 2 + 1;
    const edges = new Int32Array((mask + 1) * 3);
    for (let from = 0; from < old.length; from += 3) {
      const child = old[from + 2]!;
      if (child === 0) continue;
      let slot = edgeSlot(old[from]!, old[from + 1]!, mask);
      while (edges[slot * 3 + 2] !== 0) slot = (slot + 1) & mask;
      edges[slot * 3] = old[from]!;
      edges[slot * 3 + 1] = old[from + 1]!;
      edges[slot * 3 + 2] = child;
    }
    const ends = new Uint8Array(mask + 1);
    ends.set(this.ends);
    const phraseLengths = new Int32Array(mask + 1);
    phraseLengths.set(this.phraseLengths);
    this.edges = edges;
    this.mask = mask;
    this.ends = ends;
    this.phraseLengths = phraseLengths;
  }
}

/**
 * What glossary spellings a folded word starts with: TRIE_WORD when some one-word spelling is a
 * prefix of it (itself included), TRIE_PHRASE_START when the whole word starts a several-word one.
 */
export function spellingsStarting(index: GlossaryIndex, folded: string): number {
  const { trie } = index;
  let found = 0;
  let node = 0;
  for (let i = 0; i < folded.length; i++) {
    node = trieChild(trie, node, folded.charCodeAt(i));
    if (node === 0) return found;
    found |= trie.ends[node]! & TRIE_WORD;
  }
  return found | (trie.ends[node]! & TRIE_PHRASE_START);
}

/** Near misses are looked for only between long keys: short words sit one edit from too many common words. */
export const NEAR_MIN_KEY = 7;

/**
 * Three or four letters of a phonetic key as one number, 7 bits each, so keys are screened and
 * bucketed without building strings; -1 when one is not ASCII, which no glossary key's letters are
 * (keys of Bengali spellings are ASCII).
 */
function letterCode(a: number, b: number, c: number, d = 0): number {
  return a < 128 && b < 128 && c < 128 && d < 128 ? a | (b << 7) | (c << 14) | (d << 21) : -1;
}

function nearBucket(key: string): number {
  const n = key.length;
  return letterCode(key.charCodeAt(0), key.charCodeAt(1), key.charCodeAt(n - 2), key.charCodeAt(n - 1));
}

/** Whether a key that starts `start` (at least four letters, or the whole key) could be one edit from a key in `nearKeys`. */
export function mayStartNearMiss(index: GlossaryIndex, start: string): boolean {
  if (start.length < 3) return false;
  const a = start.charCodeAt(0);
  const b = start.charCodeAt(1);
  return (
    index.nearStarts.has(letterCode(a, b, start.charCodeAt(2))) ||
    (start.length > 3 && index.nearStarts.has(letterCode(a, b, start.charCodeAt(3))))
  );
}

const built = new WeakMap<readonly GlossaryEntry[], GlossaryIndex>();

/**
 * The index of a glossary, built once per array: a glossary is replaced, never changed in place, so
 * every checker made for the same one (the bundled glossary in each check, a new house style over
 * the same names) shares one index.
 */
export function buildGlossaryIndex(entries: readonly GlossaryEntry[]): GlossaryIndex {
  let index = built.get(entries);
  if (!index) {
    index = indexEntries(entries);
    built.set(entries, index);
  }
  return index;
}

/** Spellings of one kind (or English names) as they are met, with the entry of each: they go into `forms` (or `english`) at the end, in one step each. */
interface Stated {
  forms: string[];
  entries: number[];
}

function indexEntries(entries: readonly GlossaryEntry[]): GlossaryIndex {
  const english = new Map<string, number[]>();
  const nearKeys = new Map<number, { entry: number; key: string }[]>();
  const phraseWords = new Set<string>();
  // Each one-word spelling, and each several-word one's first word, with its TRIE_* bits.
  const trie = new TrieBuilder();
  const nearStarts = new Set<number>();
  let maxWords = 1;
  const canonical: string[] = new Array(entries.length);
  const ids: string[] = new Array(entries.length);
  const variants: Stated = { forms: [], entries: [] };
  const aliases: Stated = { forms: [], entries: [] };
  /** What a spelling adds to the trie and the phrase tables: the same for the same spelling, whichever entry states it. */
  const shape = (form: string) => {
    const space = form.indexOf(' ');
    if (space < 0) {
      trie.add(form, TRIE_WORD);
      return;
    }
    const firstNode = trie.add(form, TRIE_PHRASE_START, space);
    let length = 1;
    for (let start = space + 1; start > 0; length++) {
      const end = form.indexOf(' ', start);
      phraseWords.add(end < 0 ? form.slice(start) : form.slice(start, end));
      start = end + 1;
    }
    maxWords = Math.max(maxWords, length);
    trie.addPhraseLength(firstNode, length);
  };
  const state = (form: string, entry: number, stated: Stated) => {
    if (form === '') return;
    stated.forms.push(form);
    stated.entries.push(entry);
    shape(form);
  };
  // English names as they are met, each once an entry: they go into `english` at the end.
  const named: Stated = { forms: [], entries: [] };
  const addEnglish = (en: string, entry: number) => {
    const key = englishKey(en);
    for (let k = named.forms.length - 1; k >= 0 && named.entries[k] === entry; k--) if (named.forms[k] === key) return;
    named.forms.push(key);
    named.entries.push(entry);
  };
  // Derived forms go in last, so they never shadow a spelling some entry states outright. Each is
  // kept with the entry that derives it, or -1 when it is derived twice.
  const derivedBy = new Map<string, number>();
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    // The entity id and the canonical spelling from one fold (see `phraseOfFolded`).
    const folded = foldForMatch(entry.bn.trim());
    ids[i] = idOfFolded(folded);
    const bn = phraseOfFolded(folded);
    canonical[i] = bn;
    if (bn !== '') shape(bn);
    // Indexed loops: this one runs before the optimising compiler has seen it, and there a for-of
    // makes an iterator and a result object a step.
    const listed = entry.variants;
    for (let k = 0; k < listed.length; k++) state(foldPhrase(listed[k]!), i, variants);
    const other = entry.aliases ?? NONE;
    for (let k = 0; k < other.length; k++) {
      if (hasBengali(other[k]!)) state(foldPhrase(other[k]!), i, aliases);
      else addEnglish(other[k]!, i);
    }
    addEnglish(entry.en, i);
    const derived = derivedForms(entry, bn);
    for (let k = 0; k < derived.length; k++) derivedBy.set(derived[k]!, derivedBy.has(derived[k]!) ? -1 : i);

    if (!bn.includes(' ')) {
      const key = phoneticKey(bn);
      if (key.length >= NEAR_MIN_KEY) {
        const bucket = nearBucket(key);
        const list = nearKeys.get(bucket) ?? [];
        list.push({ entry: i, key });
        nearKeys.set(bucket, list);
        nearStarts.add(letterCode(key.charCodeAt(0), key.charCodeAt(1), key.charCodeAt(2)));
        nearStarts.add(letterCode(key.charCodeAt(0), key.charCodeAt(1), key.charCodeAt(3)));
      }
    }
  }
  // A spelling two entries state belongs to the one that states it as its name, else as an alias,
  // else as a variant, and among those to the first. Setting every spelling in the reverse of that
  // order leaves each with its owner, one step a spelling where asking first took two.
  const forms = new Map<string, GlossaryForm>();
  for (const [stated, kind] of [
    [variants, 'variant'],
    [aliases, 'alias'],
  ] as const) {
    for (let k = stated.forms.length - 1; k >= 0; k--) forms.set(stated.forms[k]!, { entry: stated.entries[k]!, kind });
  }
  for (let i = canonical.length - 1; i >= 0; i--) if (canonical[i] !== '') forms.set(canonical[i]!, { entry: i, kind: 'canonical' });
  // Each name set from the last back leaves its first entry, one step a name where asking first took
  // two, in a map as large as the glossary, where each step is a cache miss. Only when some names
  // were shared (the map came out smaller) are the other entries added, in order.
  for (let k = named.forms.length - 1; k >= 0; k--) english.set(named.forms[k]!, [named.entries[k]!]);
  if (english.size < named.forms.length) {
    for (let k = 0; k < named.forms.length; k++) {
      const list = english.get(named.forms[k]!)!;
      if (list[0] !== named.entries[k]) list.push(named.entries[k]!);
    }
  }
  // A derived short form shared by two entries (আলী, খান) names neither, a very short one is a
  // common word more often than a name, and so is a common name part (see COMMON_NAME_PARTS).
  for (const [form, i] of derivedBy) {
    if (i < 0 || forms.has(form) || form.length < 4 || COMMON_NAME_PARTS.has(form)) continue;
    forms.set(form, { entry: i, kind: 'alias' });
    shape(form);
  }
  const finished = trie.finish();
  return {
    entries,
    forms,
    maxWords,
    phraseStarts: new TriePhraseStarts(finished),
    phraseWords,
    trie: finished,
    english,
    nearKeys,
    nearStarts,
    ids,
  };
}

/**
 * Whether some start of `key` long enough to be a near miss falls in a bucket of `nearKeys`. A word's
 * stems are starts of it, and their keys starts of its key, so when a word's key fails this, none of
 * its stems has a near miss, and they need no keys.
 */
export function mayEndNearMiss(index: GlossaryIndex, key: string): boolean {
  if (key.length < NEAR_MIN_KEY - 1) return false;
  const a = key.charCodeAt(0);
  const b = key.charCodeAt(1);
  for (let n = NEAR_MIN_KEY - 1; n <= key.length; n++) {
    if (index.nearKeys.has(letterCode(a, b, key.charCodeAt(n - 2), key.charCodeAt(n - 1)))) return true;
  }
  return false;
}

/**
 * Glossary entries whose one-word canonical spelling is one phonetic edit from `key`, the edit inside
 * the word (both ends kept), and either a letter added or dropped or one vowel for another: a
 * consonant for another makes a different word (কারাবাস / কারাকাস), not a misspelt name.
 */
export function nearEntries(index: GlossaryIndex, key: string): number[] {
  if (key.length < NEAR_MIN_KEY - 1) return [];
  const out: number[] = [];
  for (const { entry, key: target } of index.nearKeys.get(nearBucket(key)) ?? []) {
    if (target === key || Math.abs(target.length - key.length) > 1) continue;
    if (editDistance(key, target, 1) !== 1) continue;
    if (key.length === target.length && !vowelSwap(key, target)) continue;
    out.push(entry);
  }
  return out;
}

/** For two keys of the same length. */
function vowelSwap(a: string, b: string): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return 'aeiou'.includes(a[i]!) && 'aeiou'.includes(b[i]!);
  return false;
}
