import type { UiLanguage } from '../../core/api/newsroom-api';
import { fillPlaceholders } from '../i18n';

/** The export flow's strings, Bengali first; placeholders in braces are filled by `exportText`. */
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
};

const messages: Record<UiLanguage, Record<ExportMessageKey, string>> = { bn, en };

/** A string in the UI language; the caller formats numbers (Bengali digits) before passing them. */
export function exportText(lang: UiLanguage, key: ExportMessageKey, params: Record<string, string> = {}): string {
  return fillPlaceholders(messages[lang][key], params);
}
