/**
 * A variant spelling of a glossary entity, in any inflection: one the glossary lists, or one a single
 * sound-alike edit makes (sound-alike.ts: বাংলাদেসের for বাংলাদেশের) from a glossary spelling, when it is
 * no dictionary word and no other glossary name. The glossary's spelling is suggested. Looser near
 * misses (a letter added or dropped, one vowel sound for another) stay `entity/unknown-near`.
 * Under a preset the preset's spelling is suggested, and the other region's spelling of a name is no
 * misspelling (see presets.ts): alone it is accepted, and a mix of the two is the region family's
 * (region.ts).
 */
import { foldForMatch } from '../../bengali/fold';
import { presetSpelling, regionOf, type PresetName } from '../../bengali/presets';
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
      'a variant spelling the glossary lists, or one sound-alike edit from a glossary spelling (ি/ী, ু/ূ, শ/ষ/স, ন/ণ, জ/য, ত/ট/ৎ, র/ড়, হসন্ত, য-ফলা) that is no dictionary word, in any inflection (under a preset, not the other region’s spelling)',
    example: '`জেলেনস্কীর`, `বাংলাদেসের`',
    fix: '`জেলেনস্কির`, `বাংলাদেশের`',
  },
  messages: {
    variant: (bn: string, en: string) => ({ bn: `শব্দকোষ অনুযায়ী বানান “${bn}”`, en: `The glossary spells this name “${bn}” (${en})` }),
    /** Under a preset whose region spells the name unlike the glossary. */
    regional: (bn: string, en: string, region: PresetName) =>
      region === 'kolkata'
        ? { bn: `কলকাতার বানানরীতিতে “${bn}”`, en: `The Kolkata standard spells this name “${bn}” (${en})` }
        : { bn: `ঢাকার বানানরীতিতে “${bn}”`, en: `The Dhaka standard spells this name “${bn}” (${en})` },
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
        const { preset } = ctx.style;
        if (preset !== null && regionOf(entry.bn, m.form) !== null) continue;
        const spelling = presetSpelling(entry.bn, preset);
        const lastText = foldForMatch(m.text).split(/\s+/).pop()!;
        const lastForm = m.form.slice(m.form.lastIndexOf(' ') + 1);
        // A respelt alias (কানাডীয়ান for কানাডিয়ান, "Canadian") is put right as that alias: the entry's
        // name is another word (কানাডা, "Canada"), and the alias's own ending is no case ending to keep.
        const alias = m.near !== undefined && ctx.index.forms.get(m.near)?.kind === 'alias' ? m.near : undefined;
        const fixed = ctx.lexicon.repaired(
          attachSuffix(alias ?? ctx.lexicon.canonicalFor(entry, m.form, preset), suffixOf(lastText, lastForm)),
          ctx.style,
        );
        findings.push(
          finding(ENTITY_VARIANT, {
            offset: m.from,
            length: m.to - m.from,
            text: m.text,
            suggestions: [fixed],
            key: m.entity,
            message:
              alias !== undefined || spelling === entry.bn || preset === null
                ? ENTITY_VARIANT.messages.variant(alias === undefined ? entry.bn : ctx.lexicon.repaired(alias, ctx.style), entry.en)
                : ENTITY_VARIANT.messages.regional(spelling, entry.en, preset),
          }),
        );
      }
    },
  },
});
