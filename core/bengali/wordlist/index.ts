/**
 * The shipped Bengali word list: surface forms the spelling check treats as correct, written for this
 * project (no outside list is copied; see DEPENDENCIES.md). Case suffixes are stripped before lookup,
 * so nouns and names are listed bare; verbs are listed in every form a newspaper uses.
 *
 * This file is the list's one entry point; the words themselves live beside it, one file per kind.
 */
const STARTER = `
এবং ও কিন্তু তবে যে যদি তাহলে কারণ জন্য সঙ্গে সাথে থেকে পর্যন্ত মধ্যে ওপর উপর নিচে আগে পরে
আমি আমরা তুমি তোমরা আপনি আপনারা সে তারা তিনি তাঁরা এই ওই সেই এটা ওটা সেটা এটি ওটি সেটি
কী কি কেন কোথায় কখন কীভাবে কত কোন কোনো সব সকল প্রত্যেক অনেক কিছু কেউ
বছর দিন মাস সময় মানুষ দেশ সরকার মন্ত্রী প্রধানমন্ত্রী রাষ্ট্রপতি নির্বাচন দল সভা বৈঠক খবর
করা হওয়া বলা দেওয়া নেওয়া যাওয়া আসা থাকা পাওয়া দেখা
করে করেন করেছে করেছেন করছে করছেন করবে করবেন করল করলেন হয় হয়েছে হবে হল হলো হলেন
বলে বলেন বলেছে বলেছেন বলল বললেন জানান জানিয়েছেন জানা গেছে
`;

/** Every word of the list, once each, in NFC. */
export const WORD_LIST: readonly string[] = [
  ...new Set(
    STARTER.split(/\s+/)
      .filter(Boolean)
      .map((w) => w.normalize('NFC')),
  ),
];
