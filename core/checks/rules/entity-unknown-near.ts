/**
 * Unknown words one phonetic edit from a glossary name (ইসলামবাদ → ইসলামাবাদ). A near miss is looked
 * for against entries' one-word names only (glossary/index.ts, `nearKeys`), never an alias, so the
 * suggestion is the name: as the house's preset spells it, where the regions differ (presets.ts).
 */
import { presetSpelling } from '../../bengali/presets';
import { attachSuffix, suffixOf } from '../../bengali/suffix';
import { WORD_MAY_BE_NEAR } from '../lexicon';
import { defineFamily, defineRule, finding } from '../rule';

export const ENTITY_UNKNOWN_NEAR = defineRule({
  id: 'entity/unknown-near',
  severity: 'info',
  passes: ['paragraph'],
  label: { bn: 'নামটি কি ঠিক?', en: 'Is this name right?' },
  docs: {
    flags: 'an unknown word one sound from a glossary name (letter added or dropped, or one vowel for another, ends kept; long words only)',
    example: '`ইসলামবাদে`',
    fix: '`ইসলামাবাদে`',
  },
  messages: {
    near: (bn: string, en: string) => ({ bn: `“${bn}” বোঝানো হয়েছে কি?`, en: `Did you mean “${bn}” (${en})?` }),
  },
});

export const entityUnknownNear = defineFamily({
  rules: [ENTITY_UNKNOWN_NEAR],
  paragraph: {
    screen: { words: WORD_MAY_BE_NEAR },
    check({ words, covered }, ctx, findings) {
      for (let i = 0; i < words.length; i++) {
        if ((words.flags[i]! & WORD_MAY_BE_NEAR) === 0 || covered[i] === 1) continue;
        const w = words.facts[i]!;
        const near = w.near;
        if (!near) continue;
        const entry = ctx.index.entries[near.entry]!;
        const name = presetSpelling(entry.bn, ctx.style.preset);
        findings.push(
          finding(ENTITY_UNKNOWN_NEAR, {
            offset: words.from[i]!,
            length: words.to[i]! - words.from[i]!,
            text: w.text,
            suggestions: [ctx.lexicon.repaired(attachSuffix(name, suffixOf(w.folded, near.stem)), ctx.style)],
            key: `near:${w.folded}`,
            message: ENTITY_UNKNOWN_NEAR.messages.near(name, entry.en),
          }),
        );
      }
    },
  },
});
