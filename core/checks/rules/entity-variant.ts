/** A glossary variant spelling of an entity, in any inflection: the glossary's spelling is suggested. */
import { foldForMatch } from '../../bengali/fold';
import { attachSuffix, suffixOf } from '../../bengali/suffix';
import { WORD_NAME } from '../lexicon';
import { defineFamily, defineRule, finding } from '../rule';

export const ENTITY_VARIANT = defineRule({
  id: 'entity/variant',
  severity: 'warning',
  passes: ['paragraph'],
  label: { bn: 'নামের ভিন্ন বানান', en: 'Variant spelling' },
  docs: { flags: 'a variant spelling the glossary lists, in any inflection', example: '`জেলেনস্কীর`', fix: '`জেলেনস্কির`' },
  messages: {
    variant: (bn: string, en: string) => ({ bn: `শব্দকোষ অনুযায়ী বানান “${bn}”`, en: `The glossary spells this name “${bn}” (${en})` }),
  },
});

export const entityVariant = defineFamily({
  rules: [ENTITY_VARIANT],
  paragraph: {
    // Variant mentions are glossary spellings, found at words that start one.
    screen: { words: WORD_NAME },
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
