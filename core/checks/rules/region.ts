/**
 * One name in both regions' spellings in one article (মোদী … মোদি). Under a preset either alone is
 * right (see bengali/presets.ts); together they are one name spelt two ways, so the spelling the article uses
 * less is flagged as `entity/inconsistent` with the one it uses more, or the preset's on a tie. The
 * rule is entity-inconsistent.ts's; the message is this family's own, since it can say which regions.
 */
import { foldForMatch } from '../../bengali/fold';
import { regionalName, regionOf, type PresetName } from '../../bengali/presets';
import { attachSuffix, suffixOf } from '../../bengali/suffix';
import { defineFamily, finding, type Message } from '../rule';
import { ENTITY_INCONSISTENT } from './entity-inconsistent';

const REGION: Record<PresetName, Message> = {
  dhaka: { bn: 'ঢাকার', en: 'Dhaka' },
  kolkata: { bn: 'কলকাতার', en: 'Kolkata' },
};

export const REGION_MESSAGES = {
  /** `here` is the flagged spelling, `there` the one the article uses more, `region` whose that one is. */
  mixed: (here: string, there: string, region: PresetName): Message => ({
    bn: `একই নাম এই লেখায় ঢাকা ও কলকাতা দুই রীতির বানানে: এখানে “${here}”, বেশির ভাগ জায়গায় ${REGION[region].bn} বানান “${there}”`,
    en: `One name in both the Dhaka and the Kolkata spelling in this article: “${here}” here, the ${REGION[region].en} spelling “${there}” in most places`,
  }),
};

export const region = defineFamily({
  rules: [],
  document: {
    check({ byEntity }, ctx, findings) {
      const { preset } = ctx.style;
      // Without a preset the other region's spelling is a glossary variant, flagged on its own.
      if (preset === null) return;
      for (const [entity, list] of byEntity) {
        const first = list[0]!;
        if (first.entry === undefined || list.length < 2) continue;
        const entry = ctx.index.entries[first.entry]!;
        if (!regionalName(entry.bn)) continue;
        const regions = list.map((m) => regionOf(entry.bn, m.form));
        const dhaka = regions.filter((r) => r === 'dhaka').length;
        const kolkata = regions.filter((r) => r === 'kolkata').length;
        if (dhaka === 0 || kolkata === 0) continue;
        const majority: PresetName = dhaka > kolkata ? 'dhaka' : kolkata > dhaka ? 'kolkata' : preset;
        const example = list[regions.indexOf(majority)]!;
        list.forEach((m, i) => {
          const region = regions[i];
          if (region === null || region === majority) return;
          const lastText = foldForMatch(m.text).split(/\s+/).pop()!;
          const lastForm = m.form.slice(m.form.lastIndexOf(' ') + 1);
          const spelling = ctx.lexicon.canonicalFor(entry, m.form, majority);
          findings.push(
            finding(ENTITY_INCONSISTENT, {
              offset: m.from,
              length: m.to - m.from,
              text: m.text,
              suggestions: [ctx.lexicon.repaired(attachSuffix(spelling, suffixOf(lastText, lastForm)), ctx.style)],
              key: entity,
              message: REGION_MESSAGES.mixed(m.text, example.text, majority),
            }),
          );
        });
      }
    },
  },
});
