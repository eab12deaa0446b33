import type { UiLanguage } from '../../core/api/newsroom-api';
import { fillPlaceholders } from '../i18n';

/** The import flow's strings, Bengali first; placeholders in braces are filled by `importText`. */
const bn = {
  imported: '“{name}” ইমপোর্ট করে নতুন খসড়া হিসেবে খোলা হয়েছে।',
  droppedIntro: 'ইমপোর্টের সময় যা বাদ পড়েছে:',
  dismiss: 'বন্ধ করুন',
};

export type ImportMessageKey = keyof typeof bn;

const en: Record<ImportMessageKey, string> = {
  imported: '“{name}” was imported and opened as a new draft.',
  droppedIntro: 'Left out on import:',
  dismiss: 'Dismiss',
};

const messages: Record<UiLanguage, Record<ImportMessageKey, string>> = { bn, en };

export function importText(lang: UiLanguage, key: ImportMessageKey, params: Record<string, string> = {}): string {
  return fillPlaceholders(messages[lang][key], params);
}
