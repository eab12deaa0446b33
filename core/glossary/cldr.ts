import type { GlossaryEntry } from './types';

/**
 * ISO 3166-1 alpha-2 codes (all 249 assigned) plus XK, which CLDR and the news use for Kosovo.
 * Kept here rather than read from Intl because Intl has no way to list region codes.
 */
const REGION_CODES: readonly string[] = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ ' +
  'BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ ' +
  'DE DJ DK DM DO DZ ' +
  'EC EE EG EH ER ES ET ' +
  'FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY ' +
  'HK HM HN HR HT HU ' +
  'ID IE IL IM IN IO IQ IR IS IT ' +
  'JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ ' +
  'LA LB LC LI LK LR LS LT LU LV LY ' +
  'MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ ' +
  'NA NC NE NF NG NI NL NO NP NR NU NZ ' +
  'OM ' +
  'PA PE PF PG PH PK PL PM PN PR PS PT PW PY ' +
  'QA ' +
  'RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ ' +
  'TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ ' +
  'UA UG UM US UY UZ ' +
  'VA VC VE VG VI VN VU ' +
  'WF WS ' +
  'XK ' +
  'YE YT ' +
  'ZA ZM ZW'
).split(' ');

/**
 * "Myanmar (Burma)" → name "Myanmar", other "Burma"; "Cocos (Keeling) Islands" → "Cocos Islands".
 * A name inside a gloss cannot hold a parenthesis.
 */
function splitParenthetical(full: string): { name: string; other?: string } {
  const inner = /\(([^()]+)\)/u.exec(full);
  if (!inner) return { name: full };
  const name = full.replace(/\s*\([^()]*\)\s*/gu, ' ').trim();
  // Only a trailing parenthesis is another name for the whole place; a medial one is part of it.
  return full.trimEnd().endsWith(')') ? { name, other: inner[1] } : { name };
}

/** CLDR's English is terse ("St. Kitts & Nevis"); a gloss spells it out ("Saint Kitts and Nevis"). */
function spelledOut(name: string): string {
  return name
    .replace(/ & /g, ' and ')
    .replace(/^St\. /, 'Saint ')
    .replace(/’/g, "'");
}

function regionNames(locale: string, style: 'long' | 'short'): Intl.DisplayNames {
  return new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'code' });
}

function buildCountries(): GlossaryEntry[] {
  const bnLong = regionNames('bn', 'long');
  const bnShort = regionNames('bn', 'short');
  const enLong = regionNames('en', 'long');
  const enShort = regionNames('en', 'short');
  const entries: GlossaryEntry[] = [];
  for (const code of REGION_CODES) {
    const bnName = bnLong.of(code);
    const enName = enLong.of(code);
    if (!bnName || !enName || bnName === code || enName === code) continue;
    const bn = splitParenthetical(bnName.normalize('NFC'));
    const en = splitParenthetical(enName);
    // The short style gives the everyday name where the long one is formal ("UK", "হংকং").
    const bnShortName = bnShort.of(code);
    const enShortName = enShort.of(code);
    const others = [
      bn.other,
      en.other,
      bnShortName && splitParenthetical(bnShortName.normalize('NFC')).name,
      enShortName && splitParenthetical(enShortName).name,
      spelledOut(en.name),
    ];
    const aliases: string[] = [];
    for (const other of others) {
      if (other && other !== bn.name && other !== en.name && !aliases.includes(other)) {
        aliases.push(other);
      }
    }
    entries.push({
      bn: bn.name,
      variants: [],
      en: en.name,
      type: 'place',
      ...(aliases.length > 0 ? { aliases } : {}),
    });
  }
  return entries;
}

/**
 * `buildCountries` as the `newsroom` command's build ran it (scripts/build.mjs), written into the
 * command's bundle; undefined everywhere else. The build runs on the Node that runs the command (the
 * code cache beside the bundle holds for no other), so the names are the same, and a start of the
 * command loads no ICU locale data, which its first use takes some 30 ms to do.
 */
declare const NEWSROOM_CLDR_COUNTRIES: readonly GlossaryEntry[] | undefined;

let memo: readonly GlossaryEntry[] | undefined;

/** Country and territory names from CLDR (the runtime's ICU data), in Bengali and English. */
export function cldrCountries(): GlossaryEntry[] {
  memo ??= typeof NEWSROOM_CLDR_COUNTRIES === 'undefined' ? buildCountries() : NEWSROOM_CLDR_COUNTRIES;
  return memo.map((entry) => ({ ...entry, variants: [...entry.variants], ...(entry.aliases ? { aliases: [...entry.aliases] } : {}) }));
}
