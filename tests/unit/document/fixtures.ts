/** Documents written for the export tests (not taken from any corpus): ProseMirror JSON, built by hand. */
import type { DocJSON } from '../../../core/document/schema';
import { countWords } from '../../../core/bengali/words';

type MarkJSON = NonNullable<DocJSON['marks']>[number];

export function t(text: string, ...marks: MarkJSON[]): DocJSON {
  return marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text };
}

export const strong: MarkJSON = { type: 'strong' };
export const em: MarkJSON = { type: 'em' };
export const link = (href: string): MarkJSON => ({ type: 'link', attrs: { href } });

export const p = (...content: DocJSON[]): DocJSON => (content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' });
export const h = (level: 2 | 3, ...content: DocJSON[]): DocJSON => ({ type: 'heading', attrs: { level }, content });
export const quote = (...content: DocJSON[]): DocJSON => ({ type: 'blockquote', content });
export const li = (...content: DocJSON[]): DocJSON => ({ type: 'list_item', content });
export const ul = (...content: DocJSON[]): DocJSON => ({ type: 'bullet_list', content });
export const ol = (order: number, ...content: DocJSON[]): DocJSON => ({ type: 'ordered_list', attrs: { order }, content });
export const hr: DocJSON = { type: 'horizontal_rule' };

export function doc(headline: string, ...body: DocJSON[]): DocJSON {
  return { type: 'doc', content: [headline === '' ? { type: 'headline' } : { type: 'headline', content: [t(headline)] }, ...body] };
}

/** A full article with every node and mark, English glosses, a quote, lists, links and text that needs escaping. */
export function richArticle(): DocJSON {
  return {
    type: 'doc',
    content: [
      { type: 'headline', content: [t('ঢাকায় জলবায়ু সম্মেলন শুরু, যোগ দিচ্ছেন গুতেরেস')] },
      {
        type: 'standfirst',
        content: [t('তিন দিনের বৈঠকে ৪০টি দেশের প্রতিনিধি; '), t('অর্থায়ন', em), t(' নিয়ে '), t('কঠিন দর-কষাকষি', strong), t('র আশা')],
      },
      { type: 'byline', content: [t('নিজস্ব প্রতিবেদক, ঢাকা')] },
      p(
        t(
          'জাতিসংঘের মহাসচিব আন্তোনিও গুতেরেস (UN Secretary-General António Guterres) সোমবার সকালে ঢাকায় পৌঁছেছেন। বিমানবন্দরে তাঁকে স্বাগত জানান পররাষ্ট্র উপদেষ্টা।',
        ),
      ),
      p(
        t('সম্মেলনের পূর্ণ কর্মসূচি '),
        t('আয়োজকদের ওয়েবসাইটে', link('https://example.org/cop/programme?lang=bn&day=1')),
        t(' পাওয়া যাবে। '),
        t('বিশেষ অধিবেশনে', strong),
        t(' থাকবেন বিশ্বব্যাংকের (World Bank) ও এশীয় উন্নয়ন ব্যাংকের (Asian Development Bank) প্রতিনিধিরা। '),
        t('গুরুত্বপূর্ণ ', em),
        t('ঘোষণা', em, strong),
        t(' আসতে পারে মঙ্গলবার।'),
      ),
      h(2, t('উপকূলের দাবি')),
      p(
        t(
          'খুলনার কয়রা উপজেলার কৃষক রহিমা বেগম বলেন, "লবণপানি ঢুকে আমাদের ধানখেত নষ্ট হয়ে গেছে।" ক্ষয়ক্ষতি তহবিল (Loss and Damage Fund)-এর অর্থ দ্রুত ছাড়ের দাবি জানান তিনি।',
        ),
      ),
      quote(p(t('আমরা সাহায্য চাই না, ন্যায্য পাওনা চাই।')), p(t('— উপকূলীয় নারী জোটের সভাপতি'))),
      h(3, t('কী কী আলোচনা হবে')),
      ul(
        li(p(t('অভিযোজন তহবিল (Adaptation Fund) দ্বিগুণ করা'))),
        li(p(t('কার্বন নিঃসরণ কমানোর নতুন লক্ষ্য')), ol(2, li(p(t('২০৩০ সালের লক্ষ্য'))), li(p(t('২০৫০ সালের লক্ষ্য'))))),
        li(p(t('ঘূর্ণিঝড় ')), p(t('আগাম সতর্কবার্তা'))),
      ),
      ol(1, li(p(t('প্রথম দিন: উদ্বোধন'))), li(p(t('দ্বিতীয় দিন: মন্ত্রী পর্যায়ের বৈঠক')))),
      hr,
      p(t('তথ্যের জন্য '), t('ডেস্কে লিখুন', link('mailto:desk@example.org')), t('। হিসাব: ৫ < ৬ & "A & B" > C।')),
      // ড় typed as one code point (as Avro writes it): the default house form writes it as ড + nukta.
      p(t('ব\u09DC ব\u09DC শহরে বৃষ্টি বা\u09DCছে।')),
    ],
  };
}

/** About `words` words of article text with glosses and marks, for the benchmark. */
export function longArticle(words: number): DocJSON {
  const sentence = [
    t('ইউক্রেনের প্রেসিডেন্ট ভলোদিমির জেলেনস্কি (Ukrainian President Volodymyr Zelensky) বৃহস্পতিবার '),
    t('কিয়েভে', strong),
    t(' সংবাদ সম্মেলনে বলেছেন, আলোচনার দরজা খোলা আছে এবং '),
    t('ইউরোপীয় ইউনিয়ন (European Union)', link('https://example.org/eu')),
    t(' আরও সহায়তা পাঠাবে বলে তিনি আশা করেন। '),
  ];
  const perSentence = countWords(sentence.map((n) => n.text).join(''));
  const body: DocJSON[] = [];
  let count = 0;
  let section = 0;
  while (count < words) {
    if (body.length % 12 === 0) body.push(h(2, t(`অংশ ${++section}: পরিস্থিতি`)));
    body.push(p(...sentence, ...sentence, ...sentence));
    count += perSentence * 3;
  }
  return { type: 'doc', content: [{ type: 'headline', content: [t('দীর্ঘ প্রতিবেদন')] }, ...body] };
}

/** One small document per node and mark, each with a golden file `golden/<name>.html` reviewed by eye. */
export const GOLDEN_CASES: { name: string; doc: DocJSON; fullPage?: boolean }[] = [
  { name: 'headline', doc: doc('সংসদে বাজেট পেশ (Budget) আজ', p(t('বাজেট নিয়ে আলোচনা।'))) },
  { name: 'no-headline', doc: doc('', p(t('শিরোনাম ছাড়া লেখা।'))) },
  {
    name: 'standfirst',
    doc: {
      type: 'doc',
      content: [
        { type: 'headline', content: [t('শিরোনাম')] },
        { type: 'standfirst', content: [t('সারকথা: '), t('তিন', strong), t(' দফা '), t('দাবি', em)] },
        p(t('মূল লেখা।')),
      ],
    },
  },
  {
    name: 'byline',
    doc: {
      type: 'doc',
      content: [{ type: 'headline', content: [t('শিরোনাম')] }, { type: 'byline', content: [t('বিশেষ প্রতিনিধি, কলকাতা')] }, p(t('মূল লেখা।'))],
    },
  },
  { name: 'paragraph', doc: doc('শিরোনাম', p(t('প্রথম অনুচ্ছেদ।')), p(), p(t('   ')), p(t('দ্বিতীয় অনুচ্ছেদ।'))) },
  { name: 'heading', doc: doc('শিরোনাম', h(2, t('উপশিরোনাম')), p(t('লেখা।')), h(3, t('ছোট উপশিরোনাম (Subheading)')), p(t('আরও লেখা।'))) },
  { name: 'blockquote', doc: doc('শিরোনাম', quote(p(t('"আমরা ন্যায়বিচার চাই।"')), p(t('— আন্দোলনকারীরা'))), quote(p())) },
  { name: 'bullet-list', doc: doc('শিরোনাম', ul(li(p(t('চাল'))), li(p(t('ডাল'))), li(p()))) },
  { name: 'ordered-list', doc: doc('শিরোনাম', ol(1, li(p(t('প্রথম'))), li(p(t('দ্বিতীয়')))), ol(4, li(p(t('চতুর্থ'))))) },
  {
    name: 'nested-list',
    doc: doc('শিরোনাম', ul(li(p(t('দেশ')), ol(1, li(p(t('ভারত (India)'))), li(p(t('বাংলাদেশ (Bangladesh)'))))), li(p(t('এক')), p(t('দুই'))))),
  },
  { name: 'horizontal-rule', doc: doc('শিরোনাম', p(t('আগে।')), hr, p(t('পরে।'))) },
  { name: 'strong', doc: doc('শিরোনাম', p(t('এটি '), t('জরুরি', strong), t(' খবর।'))) },
  { name: 'em', doc: doc('শিরোনাম', p(t('বইয়ের নাম '), t('পথের পাঁচালী', em), t('।'))) },
  {
    name: 'link',
    doc: doc(
      'শিরোনাম',
      p(
        t('বিস্তারিত '),
        t('এখানে', link('https://example.org/news/১২?a=1&b=2')),
        t(', চিঠি '),
        t('ডেস্কে', link('mailto:desk@example.org')),
        t('।'),
      ),
    ),
  },
  {
    name: 'nested-marks',
    doc: doc(
      'শিরোনাম',
      p(
        t('ক ', link('https://example.org/')),
        t('খ', link('https://example.org/'), em),
        t(' গ', link('https://example.org/'), em, strong),
        t(' ঘ', strong),
        t(' ঙ'),
      ),
    ),
  },
  {
    name: 'gloss',
    doc: doc(
      'শিরোনাম',
      p(
        t(
          'ইউক্রেনের প্রেসিডেন্ট ভলোদিমির জেলেনস্কি (Ukrainian President Volodymyr Zelensky), ইরান (Iran)-এ, খামেইনি (Ali Khamenei)-কে, মার্কিন যুক্তরাষ্ট্র (U.S.), বোয়িং (Boeing 737) ও ২০২৪ সালের 5G নিলাম।',
        ),
      ),
    ),
  },
  { name: 'escaping', doc: doc('<b>"শিরোনাম" & তারপর</b>', p(t('<script>alert(1)</script> & "উদ্ধৃতি" \'একক\' > <'))) },
  { name: 'article', doc: richArticle() },
  { name: 'article-page', doc: richArticle(), fullPage: true },
  { name: 'untitled-page', doc: doc('', p(t('শিরোনামহীন লেখা।'))), fullPage: true },
];

/**
 * A document as a hostile or broken tool might write it into a draft: markup as text, links with
 * forbidden schemes, control characters, a lone surrogate and bidi overrides.
 */
export function hostileDraftDoc(): DocJSON {
  return {
    type: 'doc',
    content: [
      { type: 'headline', content: [t('শিরোনাম\u202E<script>alert(1)</script>')] },
      p(t('ছবি <img src=x onerror="alert(1)"> এখানে\u0000\u0007 শেষ\uD800।')),
      p(
        t('ক্লিক', link('javascript:alert(document.cookie)')),
        t(' আর '),
        t('ডেটা', link('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==')),
        t(' আর '),
        t('ভালো', link('https://example.org/ok')),
      ),
      p(t('\u2066উল্টো\u2069 লেখা \u202Dজোর করে\u202C, আর \uDC00একা')),
    ],
  };
}

/** HTML with every kind of executable or embedded content a pasted web page could bring. */
export const hostileHtml = `<!doctype html>
<html onmouseover="alert(0)">
<head>
<meta http-equiv="refresh" content="0;url=javascript:alert(1)">
<base href="javascript:alert(1)//">
<script>alert('head')</script>
<style>body { background: url(javascript:alert(1)) }</style>
<link rel="stylesheet" href="https://evil.example/x.css">
</head>
<body onload="alert(2)">
<h1 onclick="alert(3)">শিরোনাম<script>alert(4)</script></h1>
<p style="color:red" onmouseover="alert(5)">প্রথম <img src="x" onerror="alert(6)">অনুচ্ছেদ <a href="javascript:alert(7)">জাভাস্ক্রিপ্ট লিংক</a>, <a href=" JaVaScRiPt:alert(8)">ফাঁকা দিয়ে</a>, <a href="java&#x0A;script:alert(9)">ভাঙা স্কিম</a>, <a href="data:text/html,&lt;script&gt;alert(10)&lt;/script&gt;">ডেটা লিংক</a>, <a href="vbscript:msgbox(11)">ভিবি</a> আর <a href="https://example.org/safe" onclick="alert(12)" target="_blank">নিরাপদ</a>।</p>
<iframe src="https://evil.example/" srcdoc="<script>alert(13)</script>">ফ্রেমের ভেতরের লেখা</iframe>
<object data="x.swf"><embed src="x.swf"></object>
<template><script>alert(14)</script></template>
<noscript><p>স্ক্রিপ্ট বন্ধ</p></noscript>
<svg onload="alert(15)"><script>alert(16)</script><a href="javascript:alert(17)"><text>এসভিজি</text></a></svg>
<math><mtext><script>alert(18)</script></mtext></math>
<form action="javascript:alert(19)"><input autofocus onfocus="alert(20)"><button formaction="javascript:alert(21)">বোতাম</button></form>
<div><span style="font-weight:bold">নিয়ন্ত্রণ&#x1;অক্ষর ও &#x202E;উল্টো&#x202C; লেখা</span></div>
<ul><li onclick="alert(22)"><a href="  javascript:alert(23)">তালিকা</a></li></ul>
<blockquote><p><a href="mailto:desk@example.org">মেইল</a> ও <a href="/relative/path">আপেক্ষিক</a></p></blockquote>
</body>
</html>`;

/** An in-memory file system with Node's error shape for a missing file. */
export function memoryFiles(files: Record<string, Uint8Array | string>): { readFile(path: string): Uint8Array } {
  return {
    readFile(path) {
      const data = files[path];
      if (data === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return typeof data === 'string' ? new TextEncoder().encode(data) : data;
    },
  };
}
