/** A glossed name spelt another way elsewhere in the article: no glossary needed, the gloss ties them. */
import { foldForMatch } from '../../bengali/fold';
import { attachSuffix, suffixOf } from '../../bengali/suffix';
import { defineFamily, defineRule, finding } from '../rule';

export const ENTITY_INCONSISTENT = defineRule({
  id: 'entity/inconsistent',
  severity: 'warning',
  passes: ['document'],
  label: { bn: 'একই নাম দুই বানানে', en: 'Name spelt two ways' },
  docs: {
    flags: 'a glossed name spelt another way elsewhere in the article (no glossary needed)',
    example: '`ট্রাম্প (Trump) … ট্র্যাম্পের দল`',
    fix: '`ট্রাম্পের`',
  },
  messages: {
    twoWays: (here: string, there: string) => ({
      bn: `একই নাম এই লেখায় দুই বানানে: এখানে “${here}”, অন্যত্র “${there}”`,
      en: `One name spelt two ways in this article: “${here}” here, “${there}” elsewhere`,
    }),
  },
});

export const entityInconsistent = defineFamily({
  rules: [ENTITY_INCONSISTENT],
  document: {
    check({ byEntity }, ctx, findings) {
      for (const [entity, list] of byEntity) {
        // Glossed unknown names only: a glossary name's spellings are the glossary's question.
        if (!entity.startsWith('n:')) continue;
        const firstGlossed = list.find((m) => m.gloss);
        if (!firstGlossed) continue;
        const reference = firstGlossed.form;
        for (const m of list) {
          if (m.gloss || m.form === reference || m.form.includes(' ')) continue;
          const fixed = ctx.lexicon.repaired(attachSuffix(firstGlossed.form, suffixOf(foldForMatch(m.text), m.form)), ctx.style);
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
    },
  },
});
