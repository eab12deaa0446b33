/**
 * One name spelt two ways in an article, no glossary needed. A glossed name is the reference for every
 * other spelling of its sound (the gloss ties them); any other name-like word (entity-names.ts) stands
 * against the spelling of its sound the article uses most, when that spelling is one sound-alike edit
 * away and used more often. A tie proves nothing and is left alone.
 */
import { foldForMatch } from '../../bengali/fold';
import { isSoundAlikeEdit, khandaTaAlternation } from '../../bengali/sound-alike';
import { attachSuffix, suffixOf } from '../../bengali/suffix';
import { phoneticKey } from '../../bengali/phonetic';
import type { PlacedMention } from '../document';
import type { CheckContext } from '../paragraph';
import { defineFamily, defineRule, finding, type DocumentScan } from '../rule';
import type { Finding } from '../types';
import { isDictionaryWord, soundHash, type NameFacts } from './entity-names';

export const ENTITY_INCONSISTENT = defineRule({
  id: 'entity/inconsistent',
  severity: 'warning',
  passes: ['document'],
  label: { bn: 'একই নাম দুই বানানে', en: 'Name spelt two ways' },
  docs: {
    flags:
      'a glossed name spelt another way elsewhere in the article; any other name (no dictionary word) spelt one sound-alike edit from the spelling the article uses more often (a tie is left alone)',
    example: '`ট্রাম্প (Trump) … ট্র্যাম্পের দল`; `রহিমুল্লাহ … রহিমুল্লাহর … রহীমুল্লাহকে`',
    fix: '`ট্রাম্পের`; `রহিমুল্লাহকে`',
  },
  messages: {
    twoWays: (here: string, there: string) => ({
      bn: `একই নাম এই লেখায় দুই বানানে: এখানে “${here}”, অন্যত্র “${there}”`,
      en: `One name spelt two ways in this article: “${here}” here, “${there}” elsewhere`,
    }),
  },
});

/** Glossed unknown names: every other spelling of the name is set against its first glossed one. Returns the keys it took. */
function checkGlossedNames(
  byEntity: Map<string, PlacedMention[]>,
  ctx: CheckContext,
  findings: Finding[],
  flagged: Set<number>,
): Set<string> {
  const keys = new Set<string>();
  for (const [entity, list] of byEntity) {
    // A glossary name's spellings are the glossary's question (entity/variant).
    if (!entity.startsWith('n:')) continue;
    const firstGlossed = list.find((m) => m.gloss);
    if (!firstGlossed) continue;
    keys.add(entity.slice(2));
    const reference = firstGlossed.form;
    for (const m of list) {
      if (m.gloss || m.form === reference || m.form.includes(' ')) continue;
      const fixed = ctx.lexicon.repaired(attachSuffix(firstGlossed.form, suffixOf(foldForMatch(m.text), m.form)), ctx.style);
      flagged.add(m.from);
      findings.push(
        finding(ENTITY_INCONSISTENT, {
          offset: m.from,
          length: m.to - m.from,
          text: m.text,
          suggestions: [fixed],
          key: entity,
          message: ENTITY_INCONSISTENT.messages.twoWays(m.text, firstGlossed.text),
        }),
      );
    }
  }
  return keys;
}

let countRound = 0;

/**
 * One article's sounds (phonetic keys), a row each, found by an open-addressing table of the keys'
 * hashes. Its rows are reused from article to article: a map per article keyed by the keys' strings,
 * grown key by key, was most of this pass's time and garbage, and most keys are met once.
 */
class ArticleSounds {
  private slots = new Int32Array(1 << 10);
  private hashes: number[] = [];
  size = 0;
  readonly keys: string[] = [];
  /** The first stem of the sound met; then, once a second stem is met, each stem's uses. */
  readonly firstStem: string[] = [];
  readonly counts: (Map<string, number> | null)[] = [];
  /** The spelling the article writes the sound most often, when one is written more often than every other. */
  readonly majority: ({ form: string; count: number } | null)[] = [];
  /** The glossary's spelling of this sound the article uses (a name-like word one edit from it is set against it). */
  readonly glossary: ({ form: string; entity: string } | null)[] = [];

  /** Empties the table for an article of at most `keys` sounds. */
  reset(keys: number): void {
    let length = this.slots.length;
    while (length < keys * 2) length *= 2;
    if (length > this.slots.length) this.slots = new Int32Array(length);
    else this.slots.fill(0);
    this.size = 0;
  }

  /** The row of `key`, whose `soundHash` is `hash`, added (with no stem, counts or spelling) when new. */
  row(key: string, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let row = this.slots[slot]! - 1; row >= 0; row = this.slots[slot]! - 1) {
      if (this.hashes[row] === hash && this.keys[row] === key) return row;
      slot = (slot + 1) & mask;
    }
    const row = this.size++;
    this.slots[slot] = row + 1;
    this.hashes[row] = hash;
    this.keys[row] = key;
    this.firstStem[row] = '';
    this.counts[row] = null;
    this.majority[row] = null;
    this.glossary[row] = null;
    return row;
  }
}

const sounds = new ArticleSounds();
/** Each spelling's sounds' rows, in the order the spellings and their keys are walked. */
let rowsOfKeys = new Int32Array(1 << 12);

/**
 * Every other name: the article's spellings counted by sound (phonetic key, per stem), and each use
 * whose spelling is one sound-alike edit from a spelling of its sound used more often is flagged with
 * that spelling. Works on the paragraphs' name lists, not their text.
 */
function checkMajorities(
  { paragraphs, body }: DocumentScan,
  taken: Set<string>,
  ctx: CheckContext,
  findings: Finding[],
  flagged: Set<number>,
): void {
  const round = ++countRound;
  const spellings: NameFacts[] = [];
  let keyCount = 0;
  for (const { result } of paragraphs) {
    for (const facts of result.names.facts) {
      if (facts.round !== round) {
        facts.round = round;
        facts.uses = 0;
        facts.against = null;
        if (!facts.glossary) {
          spellings.push(facts);
          keyCount += facts.keys.length;
        }
      }
      facts.uses++;
    }
  }
  sounds.reset(keyCount + body.length);
  // The glossary's spellings the article uses, by sound: a name-like word one edit from one is set
  // against it whatever the counts (a derived short form, জেলেনস্কি, is one of these).
  let anyGlossary = false;
  for (const m of body) {
    if (m.entry === undefined || m.kind === 'variant') continue;
    const form = m.form.slice(m.form.lastIndexOf(' ') + 1);
    const key = phoneticKey(form);
    const row = sounds.row(key, soundHash(key));
    if (sounds.glossary[row]) continue;
    sounds.glossary[row] = { form, entity: m.entity };
    anyGlossary = true;
  }
  // Most sounds have one spelling: only the sounds written two ways are counted, without dictionary
  // words (two words are never one name).
  if (rowsOfKeys.length < keyCount) rowsOfKeys = new Int32Array(keyCount * 2);
  const rows = rowsOfKeys;
  let contested = 0;
  let at = 0;
  for (const facts of spellings) {
    for (let k = 0; k < facts.keys.length; k++) {
      const row = sounds.row(facts.keys[k]!, facts.hashes[k]!);
      const stem = facts.stems[k]!;
      rows[at++] = row;
      if (sounds.firstStem[row] === '') sounds.firstStem[row] = stem;
      else if (sounds.counts[row] === null && sounds.firstStem[row] !== stem) {
        sounds.counts[row] = new Map();
        contested++;
      }
    }
  }
  if (contested > 0) {
    at = 0;
    for (const facts of spellings) {
      for (let k = 0; k < facts.keys.length; k++) {
        const counts = sounds.counts[rows[at++]!];
        if (!counts || isDictionaryWord(facts, ctx)) continue;
        counts.set(facts.stems[k]!, (counts.get(facts.stems[k]!) ?? 0) + facts.uses);
      }
    }
  }
  let anyMajority = false;
  for (let row = 0; row < sounds.size && contested > 0; row++) {
    const counts = sounds.counts[row];
    if (!counts || counts.size < 2) continue;
    let form = '';
    let count = 0;
    let tied = false;
    for (const [f, n] of counts) {
      if (n > count) [form, count, tied] = [f, n, false];
      else if (n === count) tied = true;
    }
    if (!tied && count >= 2) {
      sounds.majority[row] = { form, count };
      anyMajority = true;
    }
  }
  if (!anyMajority && !anyGlossary) return;
  // Which spelling each odd one out is set against, by the stem that is odd (the word's longest such).
  let any = false;
  at = 0;
  for (const facts of spellings) {
    const first = at;
    at += facts.keys.length;
    for (let k = 0; k < facts.keys.length && !facts.against; k++) {
      const row = rows[first + k]!;
      const g = sounds.glossary[row];
      const majority = sounds.majority[row];
      if (!g && !majority) continue;
      if (isDictionaryWord(facts, ctx)) break;
      const key = facts.keys[k]!;
      const stem = facts.stems[k]!;
      const m = taken.has(key) ? null : majority;
      if (g && isSoundAlikeEdit(stem, g.form) && !khandaTaAlternation(stem, g.form))
        facts.against = { stem, spelling: g.form, key: g.entity };
      // Used at most half as often: a spelling the article keeps to may be another word. Without a
      // glossary to say which is the bare word, a last ৎ against ত proves nothing either way
      // (ভবিষ্যৎ / ভবিষ্যত, বিদ্যুৎ / বিদ্যুতের).
      else if (
        m &&
        m.form !== stem &&
        m.count >= 2 * sounds.counts[row]!.get(stem)! &&
        isSoundAlikeEdit(stem, m.form) &&
        !khandaTaAlternation(stem, m.form) &&
        !khandaTaAlternation(m.form, stem)
      )
        facts.against = { stem, spelling: m.form, key: `n:${key}` };
    }
    any ||= facts.against !== null;
  }
  if (!any) return;
  for (const { result, offset } of paragraphs) {
    const { names, words } = result;
    for (let u = 0; u < names.facts.length; u++) {
      const hit = names.facts[u]!.against;
      if (!hit) continue;
      const facts = names.facts[u]!;
      const i = names.index[u]!;
      const from = words.from[i]! + offset;
      if (flagged.has(from)) continue;
      const text = words.facts[i]!.text;
      const fixed = ctx.lexicon.repaired(attachSuffix(hit.spelling, suffixOf(facts.folded, hit.stem)), ctx.style);
      findings.push(
        finding(ENTITY_INCONSISTENT, {
          offset: from,
          length: words.to[i]! - words.from[i]!,
          text,
          suggestions: [fixed],
          key: hit.key,
          message: ENTITY_INCONSISTENT.messages.twoWays(text, ctx.lexicon.repaired(hit.spelling, ctx.style)),
        }),
      );
    }
  }
}

export const entityInconsistent = defineFamily({
  rules: [ENTITY_INCONSISTENT],
  document: {
    check(scan, ctx, findings) {
      const flagged = new Set<number>();
      const taken = checkGlossedNames(scan.byEntity, ctx, findings, flagged);
      checkMajorities(scan, taken, ctx, findings, flagged);
    },
  },
});
