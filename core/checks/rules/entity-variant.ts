/**
 * A variant spelling of a glossary entity, in any inflection: one the glossary lists, or one a single
 * sound-alike edit makes (sound-alike.ts: বাংলাদেসের for বাংলাদেশের) from a glossary spelling, when it is
 * no dictionary word and no other glossary name. The glossary's spelling is suggested. Looser near
 * misses (a letter added or dropped, one vowel sound for another) stay `entity/unknown-near`.
 */
import { foldForMatch } from '../../bengali/fold';
import { attachSuffix, suffixOf } from '../../bengali/suffix';
import { WORD_BENGALI } from '../lexicon';
import { defineFamily, defineRule, finding } from '../rule';

export const ENTITY_VARIANT = defineRule({
  id: 'entity/variant',
  severity: 'warning',
  passes: ['paragraph'],
  label: { bn: 'নামের ভিন্ন বানান', en: 'Variant spelling' },
  docs: {
    flags:
      'a variant spelling the glossary lists, or one sound-alike edit from a glossary spelling (ি/ী, ু/ূ, শ/ষ/স, ন/ণ, জ/য, ত/ট/ৎ, র/ড়, হসন্ত, য-ফলা) that is no dictionary word, in any inflection',
    example: '`জেলেনস্কীর`, `বাংলাদেসের`',
    fix: '`জেলেনস্কির`, `বাংলাদেশের`',
  },
  messages: {
    variant: (bn: string, en: string) => ({ bn: `শব্দকোষ অনুযায়ী বানান “${bn}”`, en: `The glossary spells this name “${bn}” (${en})` }),
  },
});

export const entityVariant = defineFamily({
  rules: [ENTITY_VARIANT],
  paragraph: {
    // Listed variants are glossary spellings (WORD_NAME); a sound-alike respelling (a mention too, see
    // entity-names.ts) may be any Bengali word.
    screen: { words: WORD_BENGALI },
    check({ mentions }, ctx, findings) {
      for (const m of mentions) {
        if (m.kind !== 'variant') continue;
        const entry = ctx.index.entries[m.entry!]!;
        const lastText = foldForMatch(m.text).split(/\s+/).pop()!;
        const lastForm = m.form.slice(m.form.lastIndexOf(' ') + 1);
        const fixed = ctx.lexicon.repaired(attachSuffix(ctx.lexicon.canonicalFor(entry, m.form), suffixOf(lastText, lastForm)), ctx.style);
        findings.push(
          finding(ENTITY_VARIANT, {
            offset: m.from,
            length: m.to - m.from,
            text: m.text,
            suggestions: [fixed],
            key: m.entity,
            message: ENTITY_VARIANT.messages.variant(entry.bn, entry.en),
          }),
        );
      }
    },
  },
});
