import type { GlossaryEntry } from '../../../core/glossary/types';

/** A small glossary written for these tests, so they do not depend on the bundled starter list. */
export const FIXTURE_GLOSSARY: GlossaryEntry[] = [
  { bn: 'ভলোদিমির জেলেনস্কি', variants: ['জেলেনস্কী'], en: 'Volodymyr Zelensky', type: 'person' },
  { bn: 'নরেন্দ্র মোদি', variants: ['নরেন্দ্র মোদী'], en: 'Narendra Modi', type: 'person' },
  { bn: 'ইউক্রেন', variants: [], en: 'Ukraine', type: 'place', aliases: ['ইউক্রেনীয়', 'Ukrainian'] },
  { bn: 'চিন', variants: ['চীন'], en: 'China', type: 'place', aliases: ['চিনা', 'Chinese'] },
  { bn: 'জার্মানি', variants: [], en: 'Germany', type: 'place' },
  { bn: 'ফ্রান্স', variants: [], en: 'France', type: 'place' },
  { bn: 'ইসলামাবাদ', variants: [], en: 'Islamabad', type: 'place' },
  { bn: 'ইজরায়েল', variants: ['ইসরাইল'], en: 'Israel', type: 'place', aliases: ['ইজরায়েলি'] },
  { bn: 'শি জিনপিং', variants: [], en: 'Xi Jinping', type: 'person' },
  { bn: 'হোয়াইট হাউস', variants: [], en: 'White House', type: 'org' },
  { bn: 'ঢাকা', variants: [], en: 'Dhaka', type: 'place', foreign: false },
  { bn: 'ইরান', variants: [], en: 'Iran', type: 'place' },
];
