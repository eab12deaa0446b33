/**
 * Verbs, in every form news prose writes them. The roots are listed once, grouped by how they inflect
 * (their paradigm); `conjugate` turns a root into its surface forms, standard colloquial (চলিত) as both
 * Dhaka and Kolkata print it: করল/করলো, করব/করবো, দেওয়া/দেয়া, দেবে/দিবে.
 *
 * A root is written as its verbal noun (করা, লেখা, খাওয়া, পাঠানো). Where a vowel changes inside the
 * verb the stem it changes to follows a colon: লেখা:লিখ (লিখি, লিখছে, লেখে, লেখা). Case endings and the
 * emphatic -ই/-ও on a verb form (করারও, করতেই, করলেও) are taken off by the stemmer, so are not listed.
 */

export type Paradigm =
  /** Consonant roots: করা, বলা, লেখা:লিখ, ওঠা:উঠ, জানা (জেনে), থাকা (থেকে). */
  | 'consonant'
  /** -আ roots that take ে in the past: খাওয়া (খায়, খেল, খেয়ে), পাওয়া. */
  | 'aa'
  /** -আ roots that take -ই in the past: চাওয়া (চায়, চাইল, চেয়ে), গাওয়া. */
  | 'aai'
  /** Vowel roots with a high and a low stem: দেওয়া (দিই, দেয়, দিল, দেবে), হওয়া, ধোয়া. */
  | 'vowel'
  /** Two-syllable and causative roots: পাঠানো, জানানো, এগোনো (পাঠায়, পাঠাল, পাঠিয়ে). */
  | 'ano'
  /** The short perfect and conjunctive some -আনো roots also take: চমকানো → চমকে, বদলানো → বদলেছে. */
  | 'contracted';

const VOWEL_SIGNS = /[\u09BE-\u09CC]$/;

const PERSONS_PAST = ['লাম', 'লে', 'লি', 'ল', 'লো', 'লেন'];
const PERSONS_HABITUAL = ['তাম', 'তে', 'তিস', 'ত', 'তো', 'তেন'];
const PERSONS_FUTURE = ['ব', 'বো', 'বে', 'বি', 'বেন'];
const CONTINUOUS = ['ছি', 'ছ', 'ছো', 'ছিস', 'ছে', 'ছেন', 'ছিলাম', 'ছিলে', 'ছিলি', 'ছিল', 'ছিলো', 'ছিলেন'];
/** After a vowel the continuous is -চ্ছে: খাচ্ছে, দিচ্ছে, পাঠাচ্ছে. */
const CONTINUOUS_AFTER_VOWEL = CONTINUOUS.map((e) => `চ্${e}`);
const PERFECT = ['েছি', 'েছ', 'েছো', 'েছিস', 'েছে', 'েছেন', 'েছিলাম', 'েছিলে', 'েছিলি', 'েছিল', 'েছিলো', 'েছিলেন'];
/** After a vowel the perfect is -য়েছে: খেয়েছে, দিয়েছে, পাঠিয়েছে. */
const PERFECT_AFTER_VOWEL = PERFECT.map((e) => `য়${e}`);

const plus = (stem: string, endings: readonly string[]) => endings.map((e) => stem + e);

/** জান → জেন, থাক → থেক, আঁক → এঁক, হাঁট → হেঁট: an আ root's perfect and conjunctive stem. */
function raisedAa(stem: string): string {
  if (stem.startsWith('আ')) return `এ${stem.slice(1)}`;
  const at = stem.indexOf('া');
  return at < 0 ? stem : `${stem.slice(0, at)}ে${stem.slice(at + 1)}`;
}

function consonant(noun: string, high?: string): string[] {
  const low = noun.slice(0, -1);
  const base = high ?? low;
  const perf = high ?? raisedAa(low);
  return [
    ...plus(base, ['ি', 'িস', 'িনি', 'িসনি', 'ুন', 'ুক']),
    low,
    ...plus(low, ['ো', 'ে', 'েন', 'া', 'ার', 'োনি', 'েনি', 'েননি']),
    ...plus(base, CONTINUOUS),
    ...plus(perf, PERFECT),
    `${perf}ে`,
    ...plus(base, PERSONS_PAST),
    ...plus(base, PERSONS_HABITUAL),
    ...plus(base, PERSONS_FUTURE),
    ...plus(base, ['বার']),
  ];
}

/** খা (a stem) and খে (the stem with ে): the two stems of a -আ root. */
function aaStems(noun: string): [string, string] {
  const a = noun.slice(0, -'ওয়া'.length);
  return [a, `${a.slice(0, -1)}ে`];
}

function aa(noun: string): string[] {
  const [a, e] = aaStems(noun);
  return [
    ...plus(a, ['ই', 'ও', 'স', 'য়', 'ন', 'ক', 'ইনি', 'ওনি', 'সনি', 'য়নি', 'ননি', 'বার']),
    noun,
    `${noun}র`,
    ...plus(a, CONTINUOUS_AFTER_VOWEL),
    ...plus(e, PERFECT_AFTER_VOWEL),
    `${e}য়ে`,
    ...plus(e, PERSONS_PAST),
    ...plus(e, PERSONS_HABITUAL),
    ...plus(a, PERSONS_FUTURE),
  ];
}

function aai(noun: string): string[] {
  const [a, e] = aaStems(noun);
  const ai = `${a}ই`;
  return [
    ...plus(a, ['ই', 'ও', 'স', 'য়', 'ন', 'ইনি', 'ওনি', 'য়নি', 'ননি']),
    noun,
    `${noun}র`,
    ...plus(ai, CONTINUOUS),
    // Dhaka print writes the continuous as after any vowel: চাচ্ছে.
    ...plus(a, CONTINUOUS_AFTER_VOWEL),
    ...plus(e, PERFECT_AFTER_VOWEL),
    `${e}য়ে`,
    ...plus(ai, PERSONS_PAST),
    ...plus(ai, PERSONS_HABITUAL),
    ...plus(ai, PERSONS_FUTURE),
  ];
}

/**
 * দেওয়া: high দি, low দে. The low stem's ে is া before -ও (দাও, নাও). Bangladesh print also writes the
 * future on the high stem (দিবে, নিবেন); for হওয়া the two are one.
 */
function vowel(nouns: string, high: string): string[] {
  const [noun = '', ...others] = nouns.split('/');
  const low = lowStem(noun);
  const eRoot = low.endsWith('ে');
  return [
    ...[noun, ...others].flatMap((n) => [n, `${n}র`]),
    ...plus(high, ['ই', 'স', 'ইনি', 'য়ে', 'তে', 'লে']),
    ...plus(low, ['য়', 'ন', 'য়নি', 'ননি']),
    ...plus(eRoot ? `${low.slice(0, -1)}া` : low, ['ও', 'ওনি']),
    ...plus(high, CONTINUOUS_AFTER_VOWEL),
    ...plus(high, PERFECT_AFTER_VOWEL),
    ...plus(high, PERSONS_PAST),
    ...plus(high, PERSONS_HABITUAL),
    ...plus(low, PERSONS_FUTURE),
    ...(eRoot ? [...plus(high, ['ব', 'বো', 'বে', 'বেন', 'ন', 'ক'])] : []),
  ];
}

/** দেওয়া → দে, ধোয়া → ধো, হওয়া → হ. */
function lowStem(noun: string): string {
  if (noun.endsWith('ওয়া')) return noun.slice(0, -'ওয়া'.length);
  return noun.slice(0, -'য়া'.length);
}

/** পাঠানো: stem পাঠা, perfect পাঠিয়ে; শেখানো:শিখি gives শিখিয়ে, খাওয়ানো:খাই gives খাইয়ে. */
function ano(noun: string, perfStem?: string): string[] {
  const stem = noun.slice(0, -'নো'.length);
  const perf = perfStem ?? `${stem.replace(VOWEL_SIGNS, '')}ি`;
  return [
    noun,
    `${noun}র`,
    ...plus(stem, ['ই', 'ও', 'স', 'য়', 'ন', 'ক', 'ইনি', 'ওনি', 'য়নি', 'ননি', 'বার']),
    ...plus(stem, CONTINUOUS_AFTER_VOWEL),
    ...plus(perf, PERFECT_AFTER_VOWEL),
    `${perf}য়ে`,
    ...plus(stem, PERSONS_PAST),
    ...plus(stem, PERSONS_HABITUAL),
    ...plus(stem, PERSONS_FUTURE),
  ];
}

/** চমকানো → চমকে, চমকেছে, চমকেছিলেন: the perfect on the stem without its -আ. */
function contracted(noun: string): string[] {
  const stem = noun.slice(0, -'ানো'.length);
  return [`${stem}ে`, ...plus(stem, PERFECT)];
}

/** The surface forms of one root: `entry` is its verbal noun, with `:stem` where the paradigm needs one. */
export function conjugate(paradigm: Paradigm, entry: string): string[] {
  const [noun = '', stem] = entry.normalize('NFC').split(':');
  switch (paradigm) {
    case 'consonant':
      return consonant(noun, stem);
    case 'aa':
      return aa(noun);
    case 'aai':
      return aai(noun);
    case 'vowel':
      return vowel(noun, stem ?? lowStem(noun));
    case 'ano':
      return ano(noun, stem);
    case 'contracted':
      return contracted(noun);
  }
}

const CONSONANT_ROOTS = `
করা বলা চলা ধরা পড়া মরা সরা চড়া গড়া লড়া নড়া জ্বলা গলা টলা বসা হটা কমা জমা ঝরা ভরা খসা ঘষা কষা চষা রটা ঘটা
ঠকা বকা পচা ঢলা দমা চটা ধসা জপা সহা বহা মজা গজা
জানা মানা থাকা রাখা কাটা ডাকা হাসা ভাবা ভাঙা বাঁচা ছাড়া বাড়া আনা আসা বাঁধা আঁকা নাচা পারা মারা হারা ঢালা জাগা
লাগা ভাসা কাঁদা সাজা চাপা মাপা পাকা গাঁথা চাখা আঁটা ছাপা জ্বালা মাখা রাঁধা সারা পাড়া বাছা ভাজা টানা হাঁটা ঝাড়া
খাটা বাজা ফাটা ঘামা নাড়া মাজা ছাঁটা ছাঁকা হাঁকা ফাঁসা কাড়া মাতা তাতা থামা নামা কাঁপা ঘাঁটা চাটা বাটা সাঁটা
দেখা ফেলা খেলা বেচা ঠেলা হেলা ঠেকা ঘেঁষা
লেখা:লিখ শেখা:শিখ চেনা:চিন কেনা:কিন মেলা:মিল মেশা:মিশ ফেরা:ফির ঘেরা:ঘির জেতা:জিত ভেজা:ভিজ ছেঁড়া:ছিঁড় গেলা:গিল
পেষা:পিষ পেটা:পিট মেটা:মিট টেকা:টিক বেঁধা:বিঁধ
ওঠা:উঠ শোনা:শুন খোলা:খুল বোঝা:বুঝ খোঁজা:খুঁজ ছোটা:ছুট ফোটা:ফুট জোটা:জুট তোলা:তুল ভোলা:ভুল দোলা:দুল পোড়া:পুড়
ঘোরা:ঘুর খোঁড়া:খুঁড় ডোবা:ডুব গোনা:গুন জোড়া:জুড় মোছা:মুছ বোনা:বুন ঝোলা:ঝুল লোটা:লুট ফোলা:ফুল গোলা:গুল
চোষা:চুষ পোষা:পুষ রোখা:রুখ মোড়া:মুড় ছোড়া:ছুড় ছোঁড়া:ছুঁড় ঝোঁকা:ঝুঁক ঢোকা:ঢুক ফোঁড়া:ফুঁড় পোঁতা:পুঁত শোঁকা:শুঁক
পোরা:পুর ভোগা:ভুগ শোষা:শুষ কোটা:কুট ওড়া:উড় নেভা:নিভ ঠোকা:ঠুক টোকা:টুক বোজা:বুজ লোফা:লুফ ঘোচা:ঘুচ
পরা কাচা রাগা খেপা সেঁকা পাতা ফলা ফাঁদা
পৌঁছা
`;

const AA_ROOTS = `খাওয়া পাওয়া নাওয়া ছাওয়া`;

const AAI_ROOTS = `চাওয়া গাওয়া`;

const VOWEL_ROOTS = `দেওয়া/দেয়া:দি নেওয়া/নেয়া:নি হওয়া:হ ধোয়া:ধু শোয়া:শু ছোঁয়া:ছুঁ খোয়া:খু`;

const ANO_ROOTS = `
পাঠানো জানানো দেখানো করানো বলানো চালানো সাজানো পালানো ছড়ানো কমানো বাড়ানো হারানো দাঁড়ানো ঘুমানো বানানো
এগোনো পেরোনো বেরোনো ফুরোনো ফুরানো বসানো সরানো ধরানো পড়ানো চড়ানো গড়ানো নড়ানো জড়ানো জ্বালানো গলানো
টলানো হটানো জমানো ঘটানো রটানো ঠকানো পচানো দমানো চটানো তাকানো আটকানো লুকানো লুকোনো কাটানো থামানো নামানো
মানানো ভাঙানো বাঁচানো ছাড়ানো বাঁধানো নাচানো হাসানো ভাসানো কাঁদানো কাঁপানো জাগানো লাগানো চাপানো পাকানো
ছাপানো মাখানো সারানো হাঁটানো খাটানো বাজানো ফাটানো নাড়ানো ফাঁসানো মাতানো খেলানো ঠেকানো হেলানো ঝাঁপানো লাফানো
হাঁপানো দৌড়ানো চেঁচানো ফোঁপানো:ফুঁপি মোচড়ানো কচলানো চটকানো ঝলসানো বদলানো পাল্টানো উল্টানো উলটানো সামলানো এড়ানো
ঘনানো উপচানো চমকানো থমকানো কামড়ানো আছড়ানো খামচানো ঝাঁকানো বিলানো বিগড়ানো ভড়কানো খেদানো হাতানো হাতড়ানো
তাড়ানো সাঁতরানো পিছোনো পিছানো গজানো জিরোনো জিরানো শুকোনো শুকানো ঝিমোনো ঝিমানো কাতরানো ছিটানো বিছানো
ডিঙানো ডিঙোনো টপকানো পৌঁছানো ঢুকানো ঘাবড়ানো আগলানো ঠাসানো গুঁতানো সাঁটানো ছোবলানো ধমকানো চিবানো চিবোনো
ফসকানো ফোসকানো থেঁতলানো গোঙানো কোঁকানো ঝুলানো ঝোলানো:ঝুলি টাঙানো কুড়ানো কুড়োনো কোঁচকানো আঁচড়ানো
পেঁচানো প্যাঁচানো গর্জানো জন্মানো পোহানো বেড়ানো কামানো রাঙানো বাঁকানো ফলানো নিকোনো আঁকড়ানো আওড়ানো উপড়ানো
ঘষটানো চুলকানো ঠোকরানো তড়পানো দাবড়ানো নিংড়ানো বাগানো মাড়ানো লটকানো শাসানো হাঁকানো খেপানো ঠেঙানো আঁতকানো কুঁকড়ানো
ছিটকানো পিছলানো উতরানো মচকানো মুচড়ানো শোধরানো:শুধরি খোয়ানো:খুই ঘোচানো:ঘুচি গুমরানো ডুকরানো বিকোনো ঘুমোনো পরানো শিউরানো ওড়ানো:উড়ি নেভানো:নিভি
শেখানো:শিখি বোঝানো:বুঝি শোনানো:শুনি ওঠানো:উঠি ফেরানো:ফিরি মেলানো:মিলি ঘোরানো:ঘুরি ভোলানো:ভুলি জেতানো:জিতি
ডোবানো:ডুবি পোড়ানো:পুড়ি ফোটানো:ফুটি জোটানো:জুটি ছোটানো:ছুটি চেনানো:চিনি ভেজানো:ভিজি মেশানো:মিশি মেটানো:মিটি
ঢোকানো:ঢুকি দোলানো:দুলি ফোলানো:ফুলি চোকানো:চুকি লেখানো:লিখি গেলানো:গিলি পেটানো:পিটি গোছানো:গুছি খোঁচানো:খুঁচি
জোগানো:জুগি যোগানো:যুগি ভোগানো:ভুগি বোলানো:বুলি মোড়ানো:মুড়ি কোপানো:কুপি পোষানো:পুষি টেকানো:টিকি
খাওয়ানো:খাই শোয়ানো:শুই ছোঁয়ানো:ছুঁই ধোয়ানো:ধুই
আনানো
`;

/** -আনো roots as Bangladesh print writes them, on the high stem: উঠানো, বুঝানো, ফিরানো (উঠায়, উঠিয়ে). */
const ANO_ROOTS_DHAKA = `উঠানো ঘুরানো বুঝানো ফিরানো শিখানো ডুবানো মিলানো মিশানো ভিজানো পুড়ানো শুনানো ঢুকানো`;

/** -আনো roots whose perfect and conjunctive are also written short (চমকে উঠলেন, বদলে গেছে, ছিটকে পড়ল). */
const CONTRACTED_ROOTS = `
চমকানো থমকানো ধমকানো ভড়কানো ঘাবড়ানো টপকানো ফসকানো চটকানো ঝলসানো কুঁকড়ানো আঁতকানো ছিটকানো পিছলানো বদলানো পাল্টানো
উল্টানো উলটানো সামলানো আগলানো কামড়ানো আছড়ানো মোচড়ানো মুচড়ানো উপড়ানো আঁকড়ানো হাতড়ানো শোধরানো সাঁতরানো গুমরানো ডুকরানো
আটকানো লটকানো ঠোকরানো নিংড়ানো উতরানো মচকানো গর্জানো
`;

/** Verbs that follow no paradigm whole, written out. */
const IRREGULAR = `
যাওয়া যাওয়ার যাই যাও যাস যায় যান যাক যাইনি যাওনি যাসনি যায়নি যাননি যাবার
যাচ্ছি যাচ্ছ যাচ্ছো যাচ্ছিস যাচ্ছে যাচ্ছেন যাচ্ছিলাম যাচ্ছিলে যাচ্ছিলি যাচ্ছিল যাচ্ছিলো যাচ্ছিলেন
গেছি গেছ গেছো গেছিস গেছে গেছেন গিয়েছি গিয়েছ গিয়েছো গিয়েছিস গিয়েছে গিয়েছেন
গিয়েছিলাম গিয়েছিলে গিয়েছিলি গিয়েছিল গিয়েছিলো গিয়েছিলেন গেছিলাম গেছিল গেছিলেন
গেলাম গেলে গেলি গেল গেলো গেলেন যেতাম যেতে যেতিস যেত যেতো যেতেন যাব যাবো যাবে যাবি যাবেন গিয়ে যেয়ে
এলাম এলে এলি এল এলো এলেন এসো আসুন আসুক
আছি আছ আছো আছিস আছে আছেন ছিলাম ছিলে ছিলি ছিল ছিলো ছিলেন নেই নাই নই নও নস নয় নন নহে নহেন
রয় রয়েছি রয়েছ রয়েছে রয়েছেন রয়েছিল রয়েছিলেন রয়েছিলাম রইল রইলো রইলেন রইলাম রইবে রইবেন রইব রয়ে রইতে রইত রইতেন রইছে রইছেন
বয় বইছে বইছিল বয়ে বইতে বইবে বইল বইলো বয়েছে সয় সইছে সয়ে সইতে সইবে সইল সয়েছে সওয়া বওয়া
ঢাকছে ঢাকছেন ঢেকে ঢেকেছে ঢেকেছেন ঢেকেছিল ঢাকল ঢাকলেন ঢাকবে ঢাকতে ঢাকনা
হোক হোন হবার বদলেছে বদলেছেন বদলে বদলেছিল দাঁড়াল দাঁড়িয়ে
`;

function rootsOf(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

const PARADIGMS: [Paradigm, string][] = [
  ['consonant', CONSONANT_ROOTS],
  ['aa', AA_ROOTS],
  ['aai', AAI_ROOTS],
  ['vowel', VOWEL_ROOTS],
  ['ano', ANO_ROOTS],
  ['ano', ANO_ROOTS_DHAKA],
  ['contracted', CONTRACTED_ROOTS],
];

/** Every verb form the list knows. */
export function verbForms(): string[] {
  const out = rootsOf(IRREGULAR);
  for (const [paradigm, list] of PARADIGMS) for (const root of rootsOf(list)) out.push(...conjugate(paradigm, root));
  return out;
}
