/**
 * The two shipped house styles, one per region's standard: `dhaka` (Bangla Academy, Prothom Alo) and
 * `kolkata` (Anandabazar, Ei Samay). Both regions spell many names and a few common words differently,
 * and both are right. A style's `preset` picks the region whose spelling the checker suggests; the
 * other region's spelling is accepted where an article uses it alone, and only a mix of the two in one
 * article is flagged (`entity/inconsistent` for a name, `style/variant` for a word), towards the
 * spelling the article uses more.
 *
 * The tables here are data the style does not store: a newsroom's settings record only which preset
 * they follow, so a correction shipped in a later version reaches them, and their own pairs
 * (`preferredSpellings`) stay theirs whichever preset they choose. A style with no preset (the
 * default) holds to the glossary's spelling alone, as the checker did before presets.
 */
import { foldForMatch } from './fold';
import type { HouseStyle } from './house-style';

export const PRESET_NAMES = ['dhaka', 'kolkata'] as const;

export type PresetName = (typeof PRESET_NAMES)[number];

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

/**
 * One glossary name as each region spells it: the first spelling of a region is the one suggested
 * under its preset, any others are accepted too. Every spelling is one the bundled glossary lists for
 * that entry (its `bn`, a variant or an alias; tests/unit/bengali/presets.test.ts holds them to it), so
 * the checker finds each as the same entity. Short forms follow: মোদী is Kolkata's as নরেন্দ্র মোদী is.
 */
export interface RegionalName {
  dhaka: readonly string[];
  kolkata: readonly string[];
}

const name = (dhaka: string | string[], kolkata: string | string[]): RegionalName => ({
  dhaka: typeof dhaka === 'string' ? [dhaka] : dhaka,
  kolkata: typeof kolkata === 'string' ? [kolkata] : kolkata,
});

/** Where Anandabazar and Ei Samay spell a name one way and Prothom Alo and the Bangla Academy another. */
export const REGIONAL_NAMES: readonly RegionalName[] = [
  // Countries, cities and Indian states.
  name('চীন', 'চিন'),
  name('ইসরায়েল', ['ইজরায়েল', 'ইজ়রায়েল']),
  name('মিয়ানমার', 'মায়ানমার'),
  name('ফিলিস্তিন', 'প্যালেস্টাইন'),
  name('জর্ডান', 'জর্ডন'),
  name('বেইজিং', 'বেজিং'),
  name('ব্যাংকক', 'ব্যাঙ্কক'),
  name('মুম্বাই', 'মুম্বই'),
  name('আহমেদাবাদ', 'আমদাবাদ'),
  name('কেরালা', 'কেরল'),
  name('গুজরাট', 'গুজরাত'),
  name('কর্ণাটক', 'কর্নাটক'),
  name('তেলেঙ্গানা', 'তেলঙ্গানা'),
  name('ছত্তিশগড়', 'ছত্তীসগঢ়'),
  name('উত্তর প্রদেশ', 'উত্তরপ্রদেশ'),
  name('হিমাচল প্রদেশ', 'হিমাচলপ্রদেশ'),
  name('অরুণাচল প্রদেশ', 'অরুণাচলপ্রদেশ'),
  // People.
  name('নরেন্দ্র মোদি', 'নরেন্দ্র মোদী'),
  name('রাহুল গান্ধী', 'রাহুল গাঁধী'),
  name('সোনিয়া গান্ধী', 'সোনিয়া গাঁধী'),
  name('প্রিয়াঙ্কা গান্ধী', 'প্রিয়াঙ্কা গাঁধী'),
  name('ইন্দিরা গান্ধী', 'ইন্দিরা গাঁধী'),
  name('মহাত্মা গান্ধী', 'মহাত্মা গাঁধী'),
  name('নির্মলা সীতারামন', 'নির্মলা সীতারমন'),
  name('জে পি নাড্ডা', 'জেপি নাড্ডা'),
  name('হিমন্ত বিশ্বশর্মা', ['হিমন্তবিশ্ব শর্মা', 'হিমন্ত বিশ্ব শর্মা']),
  name('অরবিন্দ কেজরিওয়াল', 'অরবিন্দ কেজরীওয়াল'),
  name('মুকেশ আম্বানি', 'মুকেশ অম্বানী'),
  name('শচীন টেন্ডুলকার', ['শচীন তেন্ডুলকর', 'শচিন তেন্ডুলকর']),
  name('বেনিয়ামিন নেতানিয়াহু', 'বেঞ্জামিন নেতানিয়াহু'),
  name('আলী খামেনি', ['আলি খামেনেই', 'আলী খামেইনি']),
  name('ঋষি সুনাক', 'ঋষি সুনক'),
  name('শাহবাজ শরিফ', 'শেহবাজ শরিফ'),
  name('মুহাম্মদ আলী জিন্নাহ', 'মহম্মদ আলি জিন্না'),
  name('মুহাম্মদ ইউনূস', 'মহম্মদ ইউনূস'),
  name('গোতাবায়া রাজাপাকসে', 'গোতাবায়া রাজাপক্ষে'),
  name('মাহিন্দা রাজাপাকসে', 'মাহিন্দা রাজাপক্ষে'),
  // Organisations.
  name('জাতিসংঘ', 'রাষ্ট্রপুঞ্জ'),
  name('বিশ্বব্যাংক', 'বিশ্বব্যাঙ্ক'),
  name('এশীয় উন্নয়ন ব্যাংক', 'এশীয় উন্নয়ন ব্যাঙ্ক'),
  name('ভারতীয় রিজার্ভ ব্যাংক', 'ভারতীয় রিজার্ভ ব্যাঙ্ক'),
  name('বাংলাদেশ ব্যাংক', 'বাংলাদেশ ব্যাঙ্ক'),
  name('আওয়ামী লীগ', 'আওয়ামী লিগ'),
  name('ছাত্রলীগ', 'ছাত্রলিগ'),
  name('আরব লীগ', 'আরব লিগ'),
  name('জামায়াতে ইসলামী', 'জামাতে ইসলামি'),
  name('তালেবান', 'তালিবান'),
  name('হিজবুল্লাহ', 'হিজবুল্লা'),
  name('ইসরায়েলি প্রতিরক্ষা বাহিনী', 'ইজরায়েলি প্রতিরক্ষা বাহিনী'),
];

/** One common word as each region spells it. */
export interface RegionalWord {
  dhaka: string;
  kolkata: string;
}

/**
 * Common words both regions write, each its own way: one word's two spellings, never two words
 * (কোন "which" is not কোনো "any"; হল "hall" is not হলো "became"). Matched as whole words, so the
 * inflected forms a newsroom meets most are listed too.
 */
export const REGIONAL_WORDS: readonly RegionalWord[] = [
  { dhaka: 'ইতোমধ্যে', kolkata: 'ইতিমধ্যে' },
  { dhaka: 'ইতোমধ্যেই', kolkata: 'ইতিমধ্যেই' },
  { dhaka: 'কোনো', kolkata: 'কোনও' },
  { dhaka: 'এখনো', kolkata: 'এখনও' },
  { dhaka: 'কখনো', kolkata: 'কখনও' },
  { dhaka: 'তখনো', kolkata: 'তখনও' },
  { dhaka: 'নিচে', kolkata: 'নীচে' },
  { dhaka: 'চীনা', kolkata: 'চিনা' },
  { dhaka: 'ঈদ', kolkata: 'ইদ' },
  { dhaka: 'ঈদের', kolkata: 'ইদের' },
  { dhaka: 'ব্যাংক', kolkata: 'ব্যাঙ্ক' },
  { dhaka: 'ব্যাংকের', kolkata: 'ব্যাঙ্কের' },
];

/** Pairs both regions' standards settle the same way (the reformed spelling of a tadbhava or foreign word). */
const SHARED_PAIRS: Record<string, string> = {
  সরকারী: 'সরকারি',
  বেসরকারী: 'বেসরকারি',
  দরকারী: 'দরকারি',
  তৈরী: 'তৈরি',
  বাড়ী: 'বাড়ি',
  গাড়ী: 'গাড়ি',
  আরো: 'আরও',
  জানুয়ারী: 'জানুয়ারি',
  ফেব্রুয়ারী: 'ফেব্রুয়ারি',
};

const BASE = {
  unicodeForm: 'nfc',
  digits: 'bengali',
  glossPolicy: { firstMentionOnly: true, requireGlossOnFirstMention: false },
  spellingSeverity: 'info',
} as const;

/**
 * Each preset as a whole house style. They differ in the region and in শ্রেণি: the Bangla Academy
 * writes the tatsama শ্রেণী with ি, Kolkata print writes both, so only Dhaka's pairs hold it.
 */
export const PRESET_STYLES: Readonly<Record<PresetName, HouseStyle>> = {
  dhaka: { ...BASE, preferredSpellings: { ...SHARED_PAIRS, শ্রেণী: 'শ্রেণি' }, glossPolicy: { ...BASE.glossPolicy }, preset: 'dhaka' },
  kolkata: { ...BASE, preferredSpellings: { ...SHARED_PAIRS }, glossPolicy: { ...BASE.glossPolicy }, preset: 'kolkata' },
};

/** A complete house style to start from (a copy: the caller may change it). */
export function presetStyle(preset: PresetName): HouseStyle {
  const style = PRESET_STYLES[preset];
  return { ...style, preferredSpellings: { ...style.preferredSpellings }, glossPolicy: { ...style.glossPolicy } };
}

/**
 * Every spelling pair the checker holds a style to, variant → preferred: the region's words under its
 * preset, then the newsroom's own pairs, which win where they name the same word.
 */
export function spellingPairs(style: Pick<HouseStyle, 'preset' | 'preferredSpellings'>): [variant: string, preferred: string][] {
  const { preset } = style;
  const other = preset === 'dhaka' ? 'kolkata' : 'dhaka';
  const pairs: [string, string][] = preset === null ? [] : REGIONAL_WORDS.map((w) => [w[other], w[preset]]);
  for (const pair of Object.entries(style.preferredSpellings)) pairs.push(pair);
  return pairs;
}

const fold = (spelling: string) => foldForMatch(spelling.normalize('NFC')).trim().replace(/\s+/g, ' ');

/** Regional words by the folded spelling a preset prefers: the other region's spelling, folded and as written. */
const wordsByPreferred: Record<PresetName, Map<string, { folded: string; display: string }>> = { dhaka: new Map(), kolkata: new Map() };
for (const w of REGIONAL_WORDS) {
  wordsByPreferred.dhaka.set(fold(w.dhaka), { folded: fold(w.kolkata), display: w.kolkata });
  wordsByPreferred.kolkata.set(fold(w.kolkata), { folded: fold(w.dhaka), display: w.dhaka });
}

/**
 * When `preferred` (folded) is a preset's spelling of a regional word, the other region's spelling:
 * such a pair is the region's, where the article's majority decides; any other pair is the house's own.
 */
export function regionalWordOf(preset: PresetName | null, preferred: string): { folded: string; display: string } | undefined {
  return preset === null ? undefined : wordsByPreferred[preset].get(preferred);
}

interface FoldedName {
  name: RegionalName;
  /** Each region's spellings, folded, split into words. */
  words: Record<PresetName, string[][]>;
}

const namesBySpelling = new Map<string, FoldedName>();
for (const n of REGIONAL_NAMES) {
  const folded: FoldedName = {
    name: n,
    words: { dhaka: n.dhaka.map((s) => fold(s).split(' ')), kolkata: n.kolkata.map((s) => fold(s).split(' ')) },
  };
  for (const spelling of [...n.dhaka, ...n.kolkata]) namesBySpelling.set(fold(spelling), folded);
}

/** The regional spellings of the glossary entry spelt `entryBn`, if the regions spell it differently. */
export function regionalName(entryBn: string): RegionalName | undefined {
  return namesBySpelling.get(fold(entryBn))?.name;
}

/** Whether `form` (folded, words joined by one space) is `spelling`, or its last words (a short form). */
function endsWith(spelling: string[], form: string[]): boolean {
  if (form.length > spelling.length) return false;
  const from = spelling.length - form.length;
  return form.every((word, i) => word === spelling[from + i]);
}

/**
 * The region whose spelling `form` (a glossary match of the entry spelt `entryBn`: folded, words
 * joined by one space) is, or null: for a name the regions spell alike, for a spelling neither lists
 * (a misspelling), and for a form both share (নেতানিয়াহু is both regions' short form).
 */
export function regionOf(entryBn: string, form: string): PresetName | null {
  const folded = namesBySpelling.get(fold(entryBn));
  if (!folded) return null;
  const words = form.split(' ');
  const dhaka = folded.words.dhaka.some((s) => endsWith(s, words));
  const kolkata = folded.words.kolkata.some((s) => endsWith(s, words));
  return dhaka === kolkata ? null : dhaka ? 'dhaka' : 'kolkata';
}

/** The spelling of the entry spelt `entryBn` that the preset suggests: the region's first, or the entry's own. */
export function presetSpelling(entryBn: string, preset: PresetName | null): string {
  return preset === null ? entryBn : (namesBySpelling.get(fold(entryBn))?.name[preset][0] ?? entryBn);
}
