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
import { isDictionaryWord, type NameFacts } from './entity-names';

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

/** The spelling a sound is written most often, when one is written more often than every other. */
interface Majority {
  form: string;
  count: number;
  counts: Map<string, number>;
}

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
  // The glossary's spellings the article uses, by sound: a name-like word one edit from one is set
  // against it whatever the counts (a derived short form, জেলেনস্কি, is one of these).
  const glossary = new Map<string, { form: string; entity: string }>();
  for (const m of body) {
    if (m.entry === undefined || m.kind === 'variant') continue;
    const form = m.form.slice(m.form.lastIndexOf(' ') + 1);
    const key = phoneticKey(form);
    if (!glossary.has(key)) glossary.set(key, { form, entity: m.entity });
  }
  const round = ++countRound;
  const spellings: NameFacts[] = [];
  for (const { result } of paragraphs) {
    for (const facts of result.names.facts) {
      if (facts.round !== round) {
        facts.round = round;
        facts.uses = 0;
        facts.against = null;
        if (!facts.glossary) spellings.push(facts);
      }
      facts.uses++;
    }
  }
  // Most sounds have one spelling: only the sounds written two ways are counted, without dictionary
  // words (two words are never one name). Keys are the spellings' own strings, hashed once.
  const firstStem = new Map<string, string>();
  const contested = new Map<string, Map<string, number>>();
  for (const facts of spellings) {
    for (let k = 0; k < facts.keys.length; k++) {
      const key = facts.keys[k]!;
      const stem = facts.stems[k]!;
      const seen = firstStem.get(key);
      if (seen === undefined) firstStem.set(key, stem);
      else if (seen !== stem && !contested.has(key)) contested.set(key, new Map());
    }
  }
  if (contested.size > 0) {
    for (const facts of spellings) {
      for (let k = 0; k < facts.keys.length; k++) {
        const counts = contested.get(facts.keys[k]!);
        if (!counts || isDictionaryWord(facts, ctx)) continue;
        counts.set(facts.stems[k]!, (counts.get(facts.stems[k]!) ?? 0) + facts.uses);
      }
    }
  }
  const majorities = new Map<string, Majority>();
  for (const [id, counts] of contested) {
    if (counts.size < 2) continue;
    let form = '';
    let count = 0;
    let tied = false;
    for (const [f, n] of counts) {
      if (n > count) [form, count, tied] = [f, n, false];
      else if (n === count) tied = true;
    }
    if (!tied && count >= 2) majorities.set(id, { form, count, counts });
  }
  if (majorities.size === 0 && glossary.size === 0) return;
  // Which spelling each odd one out is set against, by the stem that is odd (the word's longest such).
  let any = false;
  for (const facts of spellings) {
    for (let k = 0; k < facts.keys.length && !facts.against; k++) {
      if (!glossary.has(facts.keys[k]!) && !majorities.has(facts.keys[k]!)) continue;
      if (isDictionaryWord(facts, ctx)) break;
      const key = facts.keys[k]!;
      const stem = facts.stems[k]!;
      const g = glossary.get(key);
      const m = taken.has(key) ? undefined : majorities.get(key);
      if (g && isSoundAlikeEdit(stem, g.form) && !khandaTaAlternation(stem, g.form))
        facts.against = { stem, spelling: g.form, key: g.entity };
      // Used at most half as often: a spelling the article keeps to may be another word. Without a
      // glossary to say which is the bare word, a last ৎ against ত proves nothing either way
      // (ভবিষ্যৎ / ভবিষ্যত, বিদ্যুৎ / বিদ্যুতের).
      else if (
        m &&
        m.form !== stem &&
        m.count >= 2 * m.counts.get(stem)! &&
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
