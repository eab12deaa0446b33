import { createContext, useContext } from 'react';
import { defineMessages } from '../core/api/i18n';
import type { MessageParams, Messages, UiLanguage } from '../core/api/i18n';
import type { AppError } from '../core/api/result';
import { ruleInfo } from '../core/checks/rules/index';
import type { RuleId, Severity } from '../core/checks/types';
import type { DraftStatus } from '../core/document/draft';

/**
 * The editor's own strings (the `app` namespace), Bengali first (the default) and English as a
 * setting. The glossary manager, the versions panel and the export and import flows keep their own
 * namespaces beside their components; all of them are read through `useText` or the `Translator`.
 */
const bn = {
  appTitle: 'নিউজরুম সম্পাদক',
  drafts: 'খসড়াসমূহ',
  newDraft: 'নতুন খসড়া',
  deleteDraft: 'ট্র্যাশে পাঠান',
  deleteDraftTitle: 'খসড়াটি ট্র্যাশে পাঠান; সেখান থেকে ফিরিয়ে আনা যায়',
  trash: 'ট্র্যাশ',
  trashTitle: 'ট্র্যাশে থাকা খসড়া',
  backToDrafts: 'খসড়ায় ফিরুন',
  restore: 'ফিরিয়ে আনুন',
  deletedAt: 'ট্র্যাশে পাঠানো হয়েছে {time}',
  noDrafts: 'কোনো খসড়া নেই। নতুন খসড়া খুলে লেখা শুরু করুন।',
  emptyTrash: 'ট্র্যাশে কোনো খসড়া নেই।',
  noDraftOpen: 'কোনো খসড়া খোলা নেই।',
  untitled: 'শিরোনামহীন',
  status_draft: 'খসড়া',
  status_review: 'পর্যালোচনা',
  status_ready: 'প্রস্তুত',
  statusLabel: 'অবস্থা',
  words: '{n} শব্দ',
  readingTime: 'পড়তে {n} মিনিট',
  saveSaved: 'সংরক্ষিত',
  saveSaving: 'সংরক্ষণ হচ্ছে…',
  saveFailed: 'সংরক্ষণ ব্যর্থ',
  saveBridgeFailed: 'খসড়াটি সংরক্ষণ করা যায়নি।',
  saveDirty: 'অসংরক্ষিত পরিবর্তন',
  saveNow: 'এখনই সংরক্ষণ করুন',
  retry: 'আবার চেষ্টা করুন',
  dismiss: 'বন্ধ করুন',
  details: 'বিস্তারিত',
  textKept: 'লেখা সম্পাদকেই আছে; পরের সম্পাদনায় বা সংরক্ষণ করলে আবার চেষ্টা করা হবে।',
  switchBlocked: 'এই খসড়াটি সংরক্ষণ করা যায়নি, তাই অন্য খসড়া খোলা হয়নি। লেখা সম্পাদকেই আছে।',
  find: 'খুঁজুন',
  findNext: 'পরবর্তী',
  findPrevious: 'পূর্ববর্তী',
  findCount: '{n}টির মধ্যে {i}',
  findNone: 'মেলেনি',
  close: 'বন্ধ',
  placeholderHeadline: 'শিরোনাম লিখুন',
  placeholderStandfirst: 'সংক্ষিপ্ত ভূমিকা',
  placeholderByline: 'প্রতিবেদকের নাম',
  placeholderBody: 'এখানে প্রতিবেদন লিখুন…',
  formatting: 'বিন্যাস',
  bold: 'বোল্ড',
  italic: 'তির্যক',
  paragraph: 'অনুচ্ছেদ',
  subhead: 'উপশিরোনাম',
  subheadMinor: 'ছোট উপশিরোনাম',
  quote: 'উদ্ধৃতি',
  bulletList: 'বুলেট তালিকা',
  bulletListShort: '• তালিকা',
  orderedList: 'ক্রমিক তালিকা',
  orderedListShort: '১. তালিকা',
  link: 'লিংক',
  addStandfirst: 'ভূমিকা যোগ করুন',
  addStandfirstShort: '+ ভূমিকা',
  addByline: 'বাইলাইন যোগ করুন',
  addBylineShort: '+ বাইলাইন',
  undo: 'আগের অবস্থায় ফিরুন',
  redo: 'আবার করুন',
  linkAddress: 'লিংকের ঠিকানা',
  linkApply: 'যোগ করুন',
  linkRemove: 'লিংক সরান',
  cancel: 'বাতিল',
  linkInvalid: 'শুধু http, https বা mailto দিয়ে শুরু হওয়া লিংক দেওয়া যায়।',
  linkNeedsSelection: 'লিংক দিতে আগে লেখার অংশটি নির্বাচন করুন।',
  settings: 'সেটিংস',
  language: 'ভাষা',
  textSize: 'লেখার আকার',
  zoomIn: 'বড় করুন',
  zoomOut: 'ছোট করুন',
  zoomReset: 'স্বাভাবিক আকার',
  fontSizeValue: 'আকার {n}',
  editorRegion: 'প্রতিবেদন সম্পাদক',
  findingsRegion: 'ত্রুটি ও পরামর্শ',
  phonetic: 'ফোনেটিক',
  phoneticOn: 'চালু',
  phoneticOff: 'বন্ধ',
  phoneticTitle: 'ইংরেজি অক্ষরে উচ্চারণ লিখে বাংলা টাইপ (অভ্র ফোনেটিক)',
  bijoyDetected: 'লেখাটি বিজয় (ANSI) পদ্ধতিতে লেখা বলে মনে হচ্ছে। ইউনিকোডে রূপান্তর করবেন?',
  bijoyConvert: 'ইউনিকোডে রূপান্তর করুন',
  bijoyKeep: 'যেমন আছে রাখুন',

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
  glossaryForm: 'শব্দকোষে নতুন নাম',
  glossaryBn: 'বাংলা বানান',
  glossaryEn: 'ইংরেজি নাম',
  glossaryType: 'ধরন',
  glossaryAdd: 'শব্দকোষে রাখুন',
  glossaryBnRequired: 'নামটি বাংলা বানানে লিখুন।',
  glossaryEnRequired: 'নামটি ইংরেজিতে কীভাবে লেখা হয়, তা ইংরেজি অক্ষরে লিখুন।',
  entity_person: 'ব্যক্তি',
  entity_place: 'স্থান',
  entity_org: 'প্রতিষ্ঠান',
  entity_other: 'অন্যান্য',
  markKnownNames: 'শব্দকোষের নাম চিহ্নিত করুন',
  markKnownNamesTitle: 'শব্দকোষে যে বানানে আছে, সেই বানানে লেখা নামের নিচে হালকা দাগ দেখাবে',
  pipeToDanda: '| চাপলে দাঁড়ি (।)',
  pipeToDandaTitle: 'বাংলা লেখার পরে | চিহ্ন দিলে তা দাঁড়ি (।) হয়ে যাবে',
  fixAll: 'এ ধরনের সব ঠিক করুন ({n})',
  fixAllTitle: 'এ ধরনের প্রতিটি বিষয়ে প্রথম প্রস্তাবটি বসান; একবার “আগের অবস্থায় ফিরুন” দিলে সব ফিরে আসবে',
  severity_error: 'ভুল',
  severity_warning: 'সতর্কতা',
  severity_info: 'পরামর্শ',

  versions: 'সংস্করণ',
  versionBlocked: 'লেখাটি সংরক্ষণ করা যায়নি, তাই সংস্করণের কাজটি করা হয়নি। লেখা সম্পাদকেই আছে।',
  searchDrafts: 'খসড়ায় খুঁজুন',
  searchDraftsPlaceholder: 'শিরোনাম বা লেখায় খুঁজুন',
  searchDraftsTitle: 'শিরোনাম ও লেখায় খুঁজুন ({keys}); মুছতে Esc',
  statusAll: 'সব',
  sortLabel: 'সাজানো',
  sortNewest: 'নতুনগুলো আগে',
  sortHeadline: 'শিরোনাম অনুযায়ী',
  draftsCount: '{n}টি খসড়া',
  draftsCountFiltered: '{total}টির মধ্যে {n}টি',
  searchingDrafts: 'খোঁজা হচ্ছে…',
  noMatchingDrafts: 'এমন কোনো খসড়া পাওয়া যায়নি।',
  showMoreDrafts: 'আরও দেখুন ({n}টি)',
  backupKept: 'লেখার একটি ব্যাকআপ কপিও রাখা হয়েছে: {path}',
  recoveryTitle: 'সংরক্ষণ না হওয়া লেখা পাওয়া গেছে',
  recoveryIntro: 'আগের বার অ্যাপটি বন্ধ হওয়ার সময় এই খসড়ার কিছু লেখা সংরক্ষণ করা হয়নি। সেই লেখা উদ্ধার করা গেছে।',
  recoveryRecovered: 'উদ্ধার করা লেখা: {time}, {n} শব্দ',
  recoverySaved: 'সংরক্ষিত লেখা: {time}, {n} শব্দ',
  recoveryNoSaved: 'এই খসড়ার সংরক্ষিত কোনো লেখা পড়া যায়নি।',
  recoveryOpen: 'উদ্ধার করা লেখা খুলুন',
  recoveryKeepSaved: 'সংরক্ষিত লেখাই রাখুন',
  recoveryKeptNote: 'যেটিই বাছুন, অন্যটি মুছে যাবে না: সেটি সংস্করণ হিসেবে রাখা থাকবে।',
  conflictTitle: 'খসড়াটি ডিস্কে বদলে গেছে',
  conflictMine: 'আমার লেখা রাখুন',
  conflictTheirs: 'ডিস্কের লেখা নিন',
  conflictNote: 'দুটি লেখাই রাখা থাকবে: যেটি নেবেন না, সেটি সংস্করণ হিসেবে থাকবে। আপনার লেখার একটি কপি খসড়ার ফোল্ডারেও রাখা হয়েছে।',
  decideLater: 'পরে ঠিক করব',
  movedAsideNotice: 'খসড়ার ফোল্ডারে {n}টি ফাইল পড়া যায়নি (নষ্ট, বা অন্য কোনো প্রোগ্রামের)। ফাইলগুলো মোছা হয়নি, এখানে সরিয়ে রাখা হয়েছে:',
  purgedNotice: '{days} দিনের বেশি আগে মুছে ফেলা {n}টি খসড়া ট্র্যাশ থেকে চিরতরে মুছে ফেলা হয়েছে।',
  daysLeft: 'আর {n} দিন থাকবে',
} as const;

export type MessageKey = keyof typeof bn;

const en: Record<MessageKey, string> = {
  appTitle: 'Newsroom Editor',
  drafts: 'Drafts',
  newDraft: 'New draft',
  deleteDraft: 'Delete',
  deleteDraftTitle: 'Move this draft to the trash',
  trash: 'Trash',
  trashTitle: 'Deleted drafts',
  backToDrafts: 'Back to drafts',
  restore: 'Restore',
  deletedAt: 'Deleted {time}',
  noDrafts: 'No drafts yet. Start a new draft to begin writing.',
  emptyTrash: 'The trash is empty.',
  noDraftOpen: 'No draft is open.',
  untitled: 'Untitled',
  status_draft: 'Draft',
  status_review: 'In review',
  status_ready: 'Ready',
  statusLabel: 'Status',
  words: '{n} words',
  readingTime: '{n} min read',
  saveSaved: 'Saved',
  saveSaving: 'Saving…',
  saveFailed: 'Save failed',
  saveBridgeFailed: 'The draft could not be saved.',
  saveDirty: 'Unsaved changes',
  saveNow: 'Save now',
  retry: 'Try again',
  dismiss: 'Dismiss',
  details: 'Details',
  textKept: 'Your text is still in the editor; saving is retried on your next edit or when you save.',
  switchBlocked: 'This draft could not be saved, so the other draft was not opened. Your text is still in the editor.',
  find: 'Find',
  findNext: 'Next',
  findPrevious: 'Previous',
  findCount: '{i} of {n}',
  findNone: 'No matches',
  close: 'Close',
  placeholderHeadline: 'Headline',
  placeholderStandfirst: 'Standfirst',
  placeholderByline: 'Reporter’s name',
  placeholderBody: 'Write the story here…',
  formatting: 'Formatting',
  bold: 'Bold',
  italic: 'Italic',
  paragraph: 'Paragraph',
  subhead: 'Subhead',
  subheadMinor: 'Minor subhead',
  quote: 'Quote',
  bulletList: 'Bulleted list',
  bulletListShort: '• List',
  orderedList: 'Numbered list',
  orderedListShort: '1. List',
  link: 'Link',
  addStandfirst: 'Add standfirst',
  addStandfirstShort: '+ Standfirst',
  addByline: 'Add byline',
  addBylineShort: '+ Byline',
  undo: 'Undo',
  redo: 'Redo',
  linkAddress: 'Link address',
  linkApply: 'Apply',
  linkRemove: 'Remove link',
  cancel: 'Cancel',
  linkInvalid: 'Only links starting with http, https or mailto are allowed.',
  linkNeedsSelection: 'Select the text to link first.',
  settings: 'Settings',
  language: 'Language',
  textSize: 'Text size',
  zoomIn: 'Larger',
  zoomOut: 'Smaller',
  zoomReset: 'Normal size',
  fontSizeValue: 'Size {n}',
  editorRegion: 'Story editor',
  findingsRegion: 'Checks',
  phonetic: 'Phonetic',
  phoneticOn: 'on',
  phoneticOff: 'off',
  phoneticTitle: 'Type Bengali by spelling it out in Latin letters (Avro phonetic)',
  bijoyDetected: 'This text looks like Bijoy (ANSI) Bengali. Convert it to Unicode?',
  bijoyConvert: 'Convert to Unicode',
  bijoyKeep: 'Keep as it is',

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
  glossaryForm: 'New name for the glossary',
  glossaryBn: 'Bengali spelling',
  glossaryEn: 'English name',
  glossaryType: 'Type',
  glossaryAdd: 'Add to glossary',
  glossaryBnRequired: 'Write the name in Bengali.',
  glossaryEnRequired: 'Write how the name is written in English, in English letters.',
  entity_person: 'Person',
  entity_place: 'Place',
  entity_org: 'Organisation',
  entity_other: 'Other',
  markKnownNames: 'Mark glossary names',
  markKnownNamesTitle: 'A faint underline under names spelt as the glossary has them',
  pipeToDanda: 'Type | as danda (।)',
  pipeToDandaTitle: 'A | typed after Bengali text becomes the danda (।)',
  fixAll: 'Fix all of this kind ({n})',
  fixAllTitle: 'Apply the first suggestion to every issue of this kind; one Undo brings them all back',
  severity_error: 'Error',
  severity_warning: 'Warning',
  severity_info: 'Suggestion',

  versions: 'Versions',
  versionBlocked: 'The text could not be saved, so nothing was done with versions. Your text is still in the editor.',
  searchDrafts: 'Search drafts',
  searchDraftsPlaceholder: 'Search headlines and text',
  searchDraftsTitle: 'Search headlines and text ({keys}); Esc clears',
  statusAll: 'All',
  sortLabel: 'Sort',
  sortNewest: 'Newest first',
  sortHeadline: 'By headline',
  draftsCount: '{n} drafts',
  draftsCountFiltered: '{n} of {total}',
  searchingDrafts: 'Searching…',
  noMatchingDrafts: 'No drafts match.',
  showMoreDrafts: 'Show more ({n})',
  backupKept: 'A backup copy of the text is kept too: {path}',
  recoveryTitle: 'Unsaved text was found',
  recoveryIntro: 'When the app last stopped, some of this draft’s text had not been saved. It has been recovered.',
  recoveryRecovered: 'Recovered text: {time}, {n} words',
  recoverySaved: 'Saved text: {time}, {n} words',
  recoveryNoSaved: 'No saved text of this draft could be read.',
  recoveryOpen: 'Open the recovered text',
  recoveryKeepSaved: 'Keep the saved one',
  recoveryKeptNote: 'Whichever you choose, the other is not deleted: it is kept as a version.',
  conflictTitle: 'The draft changed on disk',
  conflictMine: 'Keep my text',
  conflictTheirs: 'Take the text on disk',
  conflictNote: 'Both texts are kept: the one you do not take stays as a version. A copy of your text is also kept in the drafts folder.',
  decideLater: 'Decide later',
  movedAsideNotice: '{n} files in the drafts folder could not be read (damaged, or not this app’s). They were not deleted but moved here:',
  purgedNotice: '{n} drafts deleted more than {days} days ago were removed from the trash for good.',
  daysLeft: '{n} days left',
};

export const appMessages = defineMessages('app', bn, en);

/** BCP 47 tags for Intl: Bangladesh conventions give Bengali digits and Bengali month names. */
const locales: Record<UiLanguage, string> = { bn: 'bn-BD', en: 'en-GB' };

export interface Translator {
  lang: UiLanguage;
  /** A string of the `app` namespace; numbers in `params` come out in the UI language's digits. */
  t(key: MessageKey, params?: MessageParams): string;
  /** A string of another namespace, worded the same way. */
  text<K extends string>(messages: Messages<K>, key: K, params?: MessageParams): string;
  /** A number in the UI language's digits: ১২৩ in Bengali. */
  num(n: number): string;
  /** A timestamp for lists: day, month and 24-hour time. */
  time(iso: string): string;
  status(status: DraftStatus): string;
  /** A check's name, as the findings panel shows it. */
  rule(rule: RuleId): string;
  severity(severity: Severity): string;
  error(error: AppError): string;
}

export function translator(lang: UiLanguage): Translator {
  const numbers = new Intl.NumberFormat(locales[lang]);
  const times = new Intl.DateTimeFormat(locales[lang], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
  const num = (n: number) => numbers.format(n);
  const text = <K extends string>(messages: Messages<K>, key: K, params?: MessageParams) => messages.text(lang, key, params, num);
  return {
    lang,
    num,
    text,
    t: (key, params) => text(appMessages, key, params),
    time(iso) {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? '' : times.format(date);
    },
    status: (status) => text(appMessages, `status_${status}`),
    rule: (rule) => ruleInfo(rule).label[lang],
    severity: (severity) => text(appMessages, `severity_${severity}`),
    error: (error) => error.message[lang],
  };
}

export const I18nContext = createContext<Translator>(translator('bn'));

export function useI18n(): Translator {
  return useContext(I18nContext);
}

/** The strings of one namespace in the UI language, for a component that reads many of them. */
export function useText<K extends string>(messages: Messages<K>): (key: K, params?: MessageParams) => string {
  const i18n = useI18n();
  return (key, params) => i18n.text(messages, key, params);
}

/** Editor placeholders are read by a ProseMirror plugin, outside React. */
export function placeholderTexts(lang: UiLanguage): { headline: string; standfirst: string; byline: string; body: string } {
  const text = (key: MessageKey) => appMessages.text(lang, key);
  return {
    headline: text('placeholderHeadline'),
    standfirst: text('placeholderStandfirst'),
    byline: text('placeholderByline'),
    body: text('placeholderBody'),
  };
}
