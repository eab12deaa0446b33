import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { STARTER_GLOSSARY } from '../../../core/glossary/starter-data';
import { cldrCountries } from '../../../core/glossary/cldr';
import type { GlossaryEntry } from '../../../core/glossary/types';

const ZWNJ = '\u200C';
const ZWJ = '\u200D';

/** Bengali-block letters, marks and digits, plus space, hyphen, ZWJ and ZWNJ. */
function isBengaliName(text: string): boolean {
  if (text.length === 0 || text !== text.trim() || text.includes('  ')) return false;
  for (const ch of text) {
    if (ch === ' ' || ch === '-' || ch === ZWJ || ch === ZWNJ) continue;
    const cp = ch.codePointAt(0)!;
    if (cp < 0x0980 || cp > 0x09ff || !/[\p{L}\p{M}\p{Nd}]/u.test(ch)) return false;
  }
  return true;
}

function isNfc(text: string): boolean {
  // U+09DC/09DD/09DF are composition exclusions: NFC spells them letter + nukta.
  return text === text.normalize('NFC') && !/[\u09DC\u09DD\u09DF]/u.test(text);
}

function byEn(en: string): GlossaryEntry | undefined {
  return STARTER_GLOSSARY.find((entry) => entry.en === en);
}

function bengaliSpellings(entry: GlossaryEntry): string[] {
  return [entry.bn, ...entry.variants];
}

describe('starter glossary: shape', () => {
  test('has at least 500 entries', () => {
    assert.ok(STARTER_GLOSSARY.length >= 500, `only ${STARTER_GLOSSARY.length} entries`);
  });

  test('every bn and variant is Bengali script in NFC', () => {
    const bad = STARTER_GLOSSARY.flatMap(bengaliSpellings).filter((s) => !isBengaliName(s) || !isNfc(s));
    assert.deepEqual(bad, []);
  });

  test('every en is Latin script', () => {
    const latin = /^[\p{Script=Latin}0-9 .,'’()&\-–]+$/u;
    const bad = STARTER_GLOSSARY.filter((e) => !latin.test(e.en) || !/\p{Script=Latin}/u.test(e.en) || e.en !== e.en.trim());
    assert.deepEqual(
      bad.map((e) => e.en),
      [],
    );
  });

  test('Bengali aliases are NFC too', () => {
    const bad = STARTER_GLOSSARY.flatMap((e) => e.aliases ?? []).filter((a) => /\p{Script=Bengali}/u.test(a) && !isNfc(a));
    assert.deepEqual(bad, []);
  });

  test('types are valid', () => {
    const types = new Set(['person', 'place', 'org', 'other']);
    assert.deepEqual(
      STARTER_GLOSSARY.filter((e) => !types.has(e.type)).map((e) => e.en),
      [],
    );
  });
});

describe('starter glossary: no ambiguity', () => {
  test('no two entries share a bn', () => {
    const seen = new Set<string>();
    const dups = STARTER_GLOSSARY.map((e) => e.bn).filter((bn) => {
      if (seen.has(bn)) return true;
      seen.add(bn);
      return false;
    });
    assert.deepEqual(dups, []);
  });

  test('no variant equals its own bn, another entry’s bn, or another variant', () => {
    const bns = new Set(STARTER_GLOSSARY.map((e) => e.bn));
    const seenVariants = new Set<string>();
    const bad: string[] = [];
    for (const entry of STARTER_GLOSSARY) {
      for (const variant of entry.variants) {
        if (variant === entry.bn || bns.has(variant) || seenVariants.has(variant)) bad.push(`${entry.en}: ${variant}`);
        seenVariants.add(variant);
      }
    }
    assert.deepEqual(bad, []);
  });

  test('no alias belongs to two entries or equals a spelling of another entry', () => {
    const owner = new Map<string, string>();
    for (const entry of STARTER_GLOSSARY) for (const s of bengaliSpellings(entry)) owner.set(s, entry.en);
    const bad: string[] = [];
    for (const entry of STARTER_GLOSSARY) {
      for (const alias of entry.aliases ?? []) {
        const other = owner.get(alias);
        if (other !== undefined && other !== entry.en) bad.push(`${entry.en}: ${alias} (also ${other})`);
        if (entry.variants.includes(alias) || alias === entry.bn || alias === entry.en) bad.push(`${entry.en}: ${alias} repeats itself`);
        owner.set(alias, entry.en);
      }
    }
    assert.deepEqual(bad, []);
  });
});

describe('starter glossary: coverage', () => {
  const bangladeshDivisions = ['Dhaka', 'Chattogram', 'Rajshahi', 'Khulna', 'Barishal', 'Sylhet', 'Rangpur', 'Mymensingh'];
  const bangladeshDistricts = [
    'Dhaka',
    'Faridpur',
    'Gazipur',
    'Gopalganj',
    'Kishoreganj',
    'Madaripur',
    'Manikganj',
    'Munshiganj',
    'Narayanganj',
    'Narsingdi',
    'Rajbari',
    'Shariatpur',
    'Tangail',
    'Bandarban',
    'Brahmanbaria',
    'Chandpur',
    'Chattogram',
    'Cumilla',
    "Cox's Bazar",
    'Feni',
    'Khagrachhari',
    'Lakshmipur',
    'Noakhali',
    'Rangamati',
    'Bogura',
    'Joypurhat',
    'Naogaon',
    'Natore',
    'Chapai Nawabganj',
    'Pabna',
    'Rajshahi',
    'Sirajganj',
    'Bagerhat',
    'Chuadanga',
    'Jashore',
    'Jhenaidah',
    'Khulna',
    'Kushtia',
    'Magura',
    'Meherpur',
    'Narail',
    'Satkhira',
    'Barguna',
    'Barishal',
    'Bhola',
    'Jhalokati',
    'Patuakhali',
    'Pirojpur',
    'Habiganj',
    'Moulvibazar',
    'Sunamganj',
    'Sylhet',
    'Dinajpur',
    'Gaibandha',
    'Kurigram',
    'Lalmonirhat',
    'Nilphamari',
    'Panchagarh',
    'Rangpur',
    'Thakurgaon',
    'Jamalpur',
    'Mymensingh',
    'Netrokona',
    'Sherpur',
  ];
  const westBengalDistricts = [
    'Alipurduar',
    'Bankura',
    'Birbhum',
    'Cooch Behar',
    'Dakshin Dinajpur',
    'Darjeeling',
    'Hooghly',
    'Howrah',
    'Jalpaiguri',
    'Jhargram',
    'Kalimpong',
    'Kolkata',
    'Malda',
    'Murshidabad',
    'Nadia',
    'North 24 Parganas',
    'Paschim Bardhaman',
    'Paschim Medinipur',
    'Purba Bardhaman',
    'Purba Medinipur',
    'Purulia',
    'South 24 Parganas',
    'Uttar Dinajpur',
  ];
  const indianStates = [
    'Andhra Pradesh',
    'Arunachal Pradesh',
    'Assam',
    'Bihar',
    'Chhattisgarh',
    'Goa',
    'Gujarat',
    'Haryana',
    'Himachal Pradesh',
    'Jharkhand',
    'Karnataka',
    'Kerala',
    'Madhya Pradesh',
    'Maharashtra',
    'Manipur',
    'Meghalaya',
    'Mizoram',
    'Nagaland',
    'Odisha',
    'Punjab',
    'Rajasthan',
    'Sikkim',
    'Tamil Nadu',
    'Telangana',
    'Tripura',
    'Uttar Pradesh',
    'Uttarakhand',
    'West Bengal',
  ];
  const indianUnionTerritories = [
    'Andaman and Nicobar Islands',
    'Chandigarh',
    'Dadra and Nagar Haveli and Daman and Diu',
    'Delhi',
    'Jammu and Kashmir',
    'Ladakh',
    'Lakshadweep',
    'Puducherry',
  ];

  function missing(names: string[], notePart: string): string[] {
    return names.filter((en) => {
      const entry = byEn(en);
      return entry?.type !== 'place' || !entry.note?.includes(notePart);
    });
  }

  test('the lists themselves are complete', () => {
    assert.equal(new Set(bangladeshDistricts).size, 64);
    assert.equal(new Set(westBengalDistricts).size, 23);
    assert.equal(new Set(indianStates).size, 28);
    assert.equal(new Set(indianUnionTerritories).size, 8);
  });

  test('all 64 Bangladesh districts', () => assert.deepEqual(missing(bangladeshDistricts, 'Bangladesh'), []));
  test('all 8 Bangladesh divisions', () => assert.deepEqual(missing(bangladeshDivisions, `division`), []));
  test('all 23 West Bengal districts', () => assert.deepEqual(missing(westBengalDistricts, 'West Bengal'), []));
  test('all 28 Indian states', () => assert.deepEqual(missing(indianStates, 'Indian state'), []));
  test('all 8 Indian union territories', () => assert.deepEqual(missing(indianUnionTerritories, 'Indian union territory'), []));

  test('major organisations are present', () => {
    const orgs = [
      'United Nations',
      'World Health Organization',
      'International Monetary Fund',
      'World Bank',
      'NATO',
      'European Union',
      'ASEAN',
      'SAARC',
      'BRICS',
      'World Trade Organization',
      'UNICEF',
      'Bangladesh Nationalist Party',
      'Awami League',
      'Jamaat-e-Islami',
      'Jatiya Party',
      'National Citizen Party',
      'Bharatiya Janata Party',
      'Indian National Congress',
      'Trinamool Congress',
      'Communist Party of India (Marxist)',
      'Aam Aadmi Party',
      'Rapid Action Battalion',
      'Border Guard Bangladesh',
      'Election Commission',
    ];
    assert.deepEqual(
      orgs.filter((en) => byEn(en)?.type !== 'org'),
      [],
    );
  });
});

describe('starter glossary: canonical spellings', () => {
  const cases: [string, string, string[], string[]][] = [
    // en, bn, some variants, some aliases
    ['Volodymyr Zelensky', 'ভলোদিমির জেলেনস্কি', ['ভলোদিমির জেলেনস্কী'], ['জেলেনস্কি']],
    ['Narendra Modi', 'নরেন্দ্র মোদি', ['নরেন্দ্র মোদী'], ['মোদি']],
    ['China', 'চীন', ['চিন'], ['চীনা']],
    ['Israel', 'ইসরায়েল', ['ইজরায়েল'], ['ইসরায়েলি']],
    ['Delhi', 'দিল্লি', ['দিল্লী'], []],
    ['Myanmar', 'মিয়ানমার', ['মায়ানমার'], ['বার্মা']],
    ['Donald Trump', 'ডোনাল্ড ট্রাম্প', ['ডোনাল্ড ট্র্যাম্প'], ['ট্রাম্প']],
    ['Xi Jinping', 'শি জিনপিং', [], []],
    ['Ukraine', 'ইউক্রেন', [], ['ইউক্রেনীয়']],
    ['United States', 'যুক্তরাষ্ট্র', [], ['মার্কিন যুক্তরাষ্ট্র', 'US']],
    ['United Nations', 'জাতিসংঘ', [], ['UN']],
    ['Chattogram', 'চট্টগ্রাম', [], ['Chittagong']],
    ['Rapid Action Battalion', 'র‍্যাপিড অ্যাকশন ব্যাটালিয়ন', [], ['র‍্যাব']],
  ];
  for (const [en, bn, variants, aliases] of cases) {
    test(`${en} → ${bn}`, () => {
      const entry = byEn(en);
      assert.ok(entry, `no entry for ${en}`);
      assert.equal(entry.bn, bn);
      for (const v of variants) assert.ok(entry.variants.includes(v), `${v} not a variant of ${bn}`);
      for (const a of aliases) assert.ok(entry.aliases?.includes(a), `${a} not an alias of ${bn}`);
    });
  }

  test('ZWJ in র‍্য is kept (RAB)', () => {
    assert.ok(byEn('Rapid Action Battalion')!.bn.startsWith('র\u200D\u09CDয'));
  });

  test('nukta letters are stored as letter + U+09BC', () => {
    assert.ok(byEn('Jharkhand')!.bn.includes('\u09A1\u09BC'), 'ড় should be ড + nukta');
    assert.ok(byEn('Meghalaya')!.bn.includes('\u09AF\u09BC'), 'য় should be য + nukta');
  });
});

describe('starter glossary agrees with CLDR', () => {
  // CLDR's সিসিলি for Seychelles is Sicily in news use; the starter entry says so in its note.
  const rejected = new Set(['Seychelles']);

  test('every country that CLDR also names lists CLDR’s Bengali name', () => {
    const starterByEnglish = new Map<string, GlossaryEntry>();
    for (const entry of STARTER_GLOSSARY) {
      if (entry.type !== 'place') continue;
      for (const name of [entry.en, ...(entry.aliases ?? [])]) starterByEnglish.set(name, entry);
    }
    let compared = 0;
    const disagreements: string[] = [];
    for (const country of cldrCountries()) {
      const entry = [country.en, ...(country.aliases ?? [])].map((n) => starterByEnglish.get(n)).find(Boolean);
      if (!entry || rejected.has(entry.en)) continue;
      compared += 1;
      const known = [entry.bn, ...entry.variants, ...(entry.aliases ?? [])];
      if (!known.includes(country.bn)) disagreements.push(`${entry.en}: CLDR ${country.bn}, starter ${entry.bn}`);
    }
    assert.ok(compared >= 180, `only ${compared} countries compared`);
    assert.deepEqual(disagreements, []);
  });
});
