import { defineMessages } from '../../core/api/i18n';

/** The import flow's strings (the `import` namespace), Bengali first; placeholders in braces. */
const bn = {
  imported: '“{name}” আমদানি করে নতুন খসড়া হিসেবে খোলা হয়েছে।',
  droppedIntro: 'আমদানির সময় যা বাদ পড়েছে:',
  dismiss: 'বন্ধ করুন',
};

export type ImportMessageKey = keyof typeof bn;

const en: Record<ImportMessageKey, string> = {
  imported: '“{name}” was imported and opened as a new draft.',
  droppedIntro: 'Left out on import:',
  dismiss: 'Dismiss',
};

export const importMessages = defineMessages('import', bn, en);
