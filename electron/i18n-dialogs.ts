import { defineMessages } from '../core/api/i18n';

/** The titles and file-type names of the main process's file dialogs. */
export const dialogText = defineMessages(
  'dialogs',
  {
    exportHtmlTitle: 'HTML হিসেবে রপ্তানি',
    htmlFiles: 'ওয়েব পাতা (HTML)',
    importTitle: 'আমদানি',
    importFiles: 'ওয়েব পাতা (HTML) বা লেখা (TXT)',
    glossaryImportTitle: 'শব্দকোষ আমদানি',
    glossaryExportTitle: 'শব্দকোষ রপ্তানি',
    sharedGlossaryTitle: 'নিউজরুমের শব্দকোষের ফাইল',
    glossaryFiles: 'শব্দকোষ (CSV বা JSON)',
    deskFolderTitle: 'ডেস্ক ফোল্ডার বেছে নিন',
    hunspellDictionaryTitle: 'বানান-অভিধান (LibreOffice-এর .dic ফাইল)',
    hunspellFiles: 'বানান-অভিধান (DIC)',
    sharedDictionaryTitle: 'নিউজরুমের অভিধানের ফাইল',
    wordListFiles: 'শব্দতালিকা (TXT বা DIC)',
  },
  {
    exportHtmlTitle: 'Export as HTML',
    htmlFiles: 'Web page (HTML)',
    importTitle: 'Import',
    importFiles: 'Web page (HTML) or text (TXT)',
    glossaryImportTitle: 'Import glossary',
    glossaryExportTitle: 'Export glossary',
    sharedGlossaryTitle: "The newsroom's glossary file",
    glossaryFiles: 'Glossary (CSV or JSON)',
    deskFolderTitle: 'Choose the desk folder',
    hunspellDictionaryTitle: 'Spelling dictionary (a LibreOffice .dic file)',
    hunspellFiles: 'Spelling dictionary (DIC)',
    sharedDictionaryTitle: "The newsroom's dictionary file",
    wordListFiles: 'Word list (TXT or DIC)',
  },
);

export type DialogTextKey = Parameters<typeof dialogText.text>[1];
