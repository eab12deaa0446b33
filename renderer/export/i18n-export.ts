import { defineMessages } from '../../core/api/i18n';

/** The export flow's strings (the `export` namespace), Bengali first; placeholders in braces. */
const bn = {
  checkTitle: 'রপ্তানির আগে ভুলগুলো দেখে নিন',
  checkIntro: 'লেখায় {n}টি গুরুতর ভুল রয়ে গেছে। এখন রপ্তানি করলে এগুলো ওয়েবসাইটের লেখাতেও থেকে যাবে।',
  checkList: 'গুরুতর ভুলের তালিকা',
  goToFinding: 'লেখার এই জায়গায় যান',
  exportAnyway: 'তবুও রপ্তানি করুন',
  fixFirst: 'আগে ঠিক করুন',
  saved: 'HTML ফাইল সংরক্ষিত হয়েছে: {path}',
  copied: 'লেখাটি HTML ও সাধারণ লেখা, দুই রূপেই ক্লিপবোর্ডে কপি হয়েছে।',
  droppedIntro: 'রপ্তানির সময় যা বাদ পড়েছে:',
  noDraft: 'রপ্তানি করার মতো কোনো খসড়া খোলা নেই।',
  dismiss: 'বন্ধ করুন',
  digitsChange: '{n}টি সংখ্যা বাংলা অঙ্কে বদলাবে',
  digitsChangeAscii: '{n}টি সংখ্যা ইংরেজি অঙ্কে বদলাবে',
  formsChange: '{n}টি শব্দের য়/ড়/ঢ় লেখার ধরন বদলাবে',
  houseFormIntro: 'রপ্তানির সময় হাউস স্টাইল অনুযায়ী লেখায় যা বদলাবে, সম্পাদকে তা দেখা যাচ্ছে না:',
  applyFirst: 'আগে লেখায় বদলে নিন',
  exportAsIs: 'এভাবেই রপ্তানি করুন',
};

export type ExportMessageKey = keyof typeof bn;

const en: Record<ExportMessageKey, string> = {
  checkTitle: 'Check these before exporting',
  checkIntro: 'The article still has {n} serious problems. Exported now, they will reach the website as they stand.',
  checkList: 'Serious problems',
  goToFinding: 'Go to this place in the text',
  exportAnyway: 'Export anyway',
  fixFirst: 'Fix first',
  saved: 'HTML file saved: {path}',
  copied: 'The article was copied to the clipboard as HTML and as plain text.',
  droppedIntro: 'Left out of the export:',
  noDraft: 'No draft is open to export.',
  dismiss: 'Dismiss',
  digitsChange: '{n} digits will become Bengali digits',
  digitsChangeAscii: '{n} digits will become ASCII digits',
  formsChange: '{n} words will change how they write য়/ড়/ঢ়',
  houseFormIntro: 'Export will change these to the house style; the editor does not show them yet:',
  applyFirst: 'Change them in the text first',
  exportAsIs: 'Export as it is',
};

export const exportMessages = defineMessages('export', bn, en);
