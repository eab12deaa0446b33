import type { UiLanguage } from '../core/api/newsroom-api';
import type { RuleId, Severity } from '../core/checks/types';
import { useI18n } from './i18n';

/**
 * The strings of the findings panel and the hover card, Bengali first and English as a setting, in
 * the shape of ./i18n.ts. Placeholders in braces are filled by `t`, numbers in the UI's digits.
 */
const bn = {
  findingsTitle: 'পর্যালোচনা',
  findingsCount: '{n}টি বিষয়',
  findingsNone: 'এই লেখায় দেখার মতো কিছু পাওয়া যায়নি।',
  groupBy: 'সাজানো',
  groupByEntity: 'নাম অনুযায়ী',
  groupByRule: 'ধরন অনুযায়ী',
  groupOther: 'অন্যান্য',
  groupCount: '{n}টি',
  nextFinding: 'পরের বিষয় (F8)',
  prevFinding: 'আগের বিষয় (Shift+F8)',
  replaceWith: '“{text}” করুন',
  deleteSpan: 'মুছে ফেলুন',
  ignore: 'উপেক্ষা করুন',
  ignoreTitle: 'এই লেখায় এই বিষয়টি আর দেখাবে না',
  addToGlossary: 'শব্দকোষে যোগ করুন',
  addToGlossaryTitle: 'নামটি এই বানানে শব্দকোষে রাখুন',
  fixAll: 'এ ধরনের সব ঠিক করুন ({n})',
  fixAllTitle: 'এ ধরনের প্রতিটি বিষয়ে প্রথম প্রস্তাবটি বসান; একবার “আগের অবস্থায় ফিরুন” দিলে সব ফিরে আসবে',
  severity_error: 'ভুল',
  severity_warning: 'সতর্কতা',
  severity_info: 'পরামর্শ',
  'rule_gloss/repeated': 'ইংরেজি নাম আবার দেওয়া',
  'rule_gloss/late': 'ইংরেজি নাম দেরিতে',
  'rule_gloss/inconsistent': 'ইংরেজি নাম দুই রকম',
  'rule_gloss/conflict': 'এক ইংরেজি নামে দুই বানান',
  'rule_gloss/mismatch': 'ইংরেজি নাম মেলে না',
  'rule_gloss/format': 'বন্ধনীর লেখার ধরন',
  'rule_gloss/missing': 'ইংরেজি নাম নেই',
  'rule_entity/variant': 'নামের ভিন্ন বানান',
  'rule_entity/inconsistent': 'একই নাম দুই বানানে',
  'rule_entity/unknown-near': 'নামটি কি ঠিক?',
  'rule_grammar/detached-suffix': 'বিভক্তি আলাদা লেখা',
  'rule_unicode/mixed-encoding': 'ইউনিকোড দুই রকম',
  'rule_unicode/invisible': 'অদৃশ্য অক্ষর',
  'rule_punctuation/danda': 'দাঁড়ি',
  'rule_punctuation/hyphen-spacing': 'হাইফেনের পাশে ফাঁকা',
  'rule_punctuation/spacing': 'ফাঁকা জায়গা',
  'rule_style/variant': 'হাউস স্টাইলের বানান',
  'rule_style/digits': 'সংখ্যার অঙ্ক',
} as const;

export type ChecksMessageKey = keyof typeof bn;

const en: Record<ChecksMessageKey, string> = {
  findingsTitle: 'Review',
  findingsCount: '{n} issues',
  findingsNone: 'Nothing to review in this article.',
  groupBy: 'Group',
  groupByEntity: 'By name',
  groupByRule: 'By kind',
  groupOther: 'Other',
  groupCount: '{n}',
  nextFinding: 'Next issue (F8)',
  prevFinding: 'Previous issue (Shift+F8)',
  replaceWith: 'Change to “{text}”',
  deleteSpan: 'Delete',
  ignore: 'Ignore',
  ignoreTitle: 'Stop showing this in this article',
  addToGlossary: 'Add to glossary',
  addToGlossaryTitle: 'Keep this spelling of the name in the glossary',
  fixAll: 'Fix all of this kind ({n})',
  fixAllTitle: 'Apply the first suggestion to every issue of this kind; one Undo brings them all back',
  severity_error: 'Error',
  severity_warning: 'Warning',
  severity_info: 'Suggestion',
  'rule_gloss/repeated': 'Gloss repeated',
  'rule_gloss/late': 'Gloss too late',
  'rule_gloss/inconsistent': 'Gloss written two ways',
  'rule_gloss/conflict': 'One gloss, two spellings',
  'rule_gloss/mismatch': 'Gloss does not fit',
  'rule_gloss/format': 'Gloss format',
  'rule_gloss/missing': 'Gloss missing',
  'rule_entity/variant': 'Variant spelling',
  'rule_entity/inconsistent': 'Name spelt two ways',
  'rule_entity/unknown-near': 'Is this name right?',
  'rule_grammar/detached-suffix': 'Detached suffix',
  'rule_unicode/mixed-encoding': 'Mixed Unicode',
  'rule_unicode/invisible': 'Invisible character',
  'rule_punctuation/danda': 'Danda',
  'rule_punctuation/hyphen-spacing': 'Space by a hyphen',
  'rule_punctuation/spacing': 'Spacing',
  'rule_style/variant': 'House spelling',
  'rule_style/digits': 'Digits',
};

const messages: Record<UiLanguage, Record<ChecksMessageKey, string>> = { bn, en };

export interface ChecksText {
  lang: UiLanguage;
  t(key: ChecksMessageKey, params?: Record<string, string | number>): string;
  rule(rule: RuleId): string;
  severity(severity: Severity): string;
}

export function checksText(lang: UiLanguage, num: (n: number) => string): ChecksText {
  const table = messages[lang];
  const t = (key: ChecksMessageKey, params?: Record<string, string | number>) =>
    params ? table[key].replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : typeof params[name] === 'number' ? num(params[name]) : params[name])) : table[key];
  return {
    lang,
    t,
    rule: (rule) => table[`rule_${rule}`],
    severity: (severity) => table[`severity_${severity}`],
  };
}

/** The checks strings in the app's UI language. */
export function useChecksText(): ChecksText {
  const i18n = useI18n();
  return checksText(i18n.lang, i18n.num);
}
