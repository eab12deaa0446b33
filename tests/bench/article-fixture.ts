/**
 * A synthetic 5,000-word news article for the check benchmark, written for the project: Bengali
 * prose words, glossary names in several inflections, glosses (some repeated, some late), the
 * punctuation and spelling slips the checker looks for. Deterministic, so runs compare.
 */
const PROSE = (
  'সরকার আজ নতুন নীতি ঘোষণা করেছে এবং মন্ত্রী বলেছেন যে দেশের অর্থনীতি এখন স্থিতিশীল অবস্থায় আছে ' +
  'বিরোধী দল এই সিদ্ধান্তের সমালোচনা করে বলেছে সাধারণ মানুষের জীবনযাত্রার খরচ বেড়েই চলেছে ' +
  'বৈঠকে উপস্থিত কর্মকর্তারা জানিয়েছেন আগামী মাসে আলোচনার পরবর্তী পর্ব শুরু হবে ' +
  'বিশেষজ্ঞরা মনে করছেন বাজারে চালের দাম কমাতে আরও কিছু সময় লাগবে তবে পরিস্থিতি নিয়ন্ত্রণে আছে ' +
  'সংবাদ সম্মেলনে তিনি বলেন নির্বাচনের আগে সব দলের সঙ্গে কথা বলা হবে ইতোমধ্যে প্রস্তুতি শুরু হয়েছে'
).split(' ');

const NAMED = [
  'ইউক্রেনের প্রেসিডেন্ট ভলোদিমির জেলেনস্কি (Ukrainian President Volodymyr Zelensky) বলেছেন',
  'জেলেনস্কির দফতর জানিয়েছে',
  'চিনের (China) প্রতিনিধিদল ঢাকায় পৌঁছেছে',
  'চিন সরকার এ বিষয়ে মন্তব্য করেনি',
  'পরে চিনের (China) মুখপাত্র বলেন',
  'ইরান (Iran)-এ হামলার পর তেহরানে বৈঠক হয়',
  'নেতানিয়াহু (Netanyahu) এক বিবৃতিতে বলেন',
  'নেতানইয়াহু (Netanyahu) আবার বলেন',
  'জার্মানির (France) চ্যান্সেলর সফরে আসছেন',
  'ইসলামবাদে আলোচনা চলছে',
  'হোয়াইট হাউস এর মুখপাত্র জানান',
  'ভারত- বাংলাদেশ সীমান্তে উত্তেজনা',
  'তিনি বলেন , এটি ইতিমধ্যে আলোচনায় এসেছে',
  'ডিএসএ এর অধীনে মামলা হয়েছে',
  'মোট 12 জন আহত হয়েছেন',
];

export function article5k(): string {
  const paragraphs: string[] = [];
  let words = 0;
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  while (words < 5000) {
    const parts: string[] = [];
    const length = 40 + (next() % 40);
    for (let i = 0; i < length; i++) {
      parts.push(PROSE[next() % PROSE.length]!);
      if (i % 25 === 12) parts.push(NAMED[next() % NAMED.length]!);
    }
    const text = parts.join(' ') + '।';
    words += text.split(/\s+/).length;
    paragraphs.push(text);
  }
  return paragraphs.join('\n\n');
}
