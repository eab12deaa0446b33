/** A case ending written as a word of its own (অফিস এ, হোয়াইট হাউস এর): standard orthography joins it. */
import { foldForMatch } from '../../bengali/fold';
import { spelledLetters } from '../../bengali/romanize';
import { attachSuffix, ENDINGS_NEVER_WORDS } from '../../bengali/suffix';
import { WORD_ENDING } from '../lexicon';
import { defineFamily, defineRule, finding } from '../rule';
import { joinedToPrevious } from '../words';

export const DETACHED_SUFFIX = defineRule({
  id: 'grammar/detached-suffix',
  severity: 'warning',
  passes: ['paragraph'],
  label: { bn: 'বিভক্তি আলাদা লেখা', en: 'Detached suffix' },
  docs: {
    flags: 'a case ending written as a separate word',
    example: '`অফিস এ বসে`, `হাউস এর`, `ডিএসএ এর`, `(বিএলডিপি) এর`',
    fix: '`অফিসে`, `হাউসের`, `ডিএসএ-এর`, `(বিএলডিপি)-এর`',
  },
  messages: {
    detached: (suffix: string) => ({
      bn: `বিভক্তি “${suffix}” আলাদা করে লেখা যায় না; শব্দের সঙ্গে যুক্ত হবে`,
      en: `The case ending “${suffix}” is written joined to its word, not apart`,
    }),
  },
});

// After a locative -এ comes a verb; the demonstrative এ ("this") is always followed by a noun.
const VERBS_AFTER_LOCATIVE = new Set(
  [
    'আছে',
    'আছেন',
    'ছিল',
    'ছিলেন',
    'যান',
    'যাবেন',
    'গেছেন',
    'গিয়ে',
    'গিয়েছিলেন',
    'থাকে',
    'থাকেন',
    'বসে',
    'হয়',
    'হবে',
    'হয়েছে',
    'পৌঁছান',
    'পৌঁছেছেন',
    'এসেছেন',
    'আসেন',
    'ফেরেন',
    'যাই',
    'যাচ্ছি',
    'যাচ্ছেন',
    'আসুন',
    'ছিলাম',
    'আছি',
  ].map((s) => foldForMatch(s.normalize('NFC'))),
);

export const detachedSuffix = defineFamily({
  rules: [DETACHED_SUFFIX],
  paragraph: {
    screen: { words: WORD_ENDING },
    check({ text, words, covered }, _ctx, findings) {
      for (let i = 1; i < words.length; i++) {
        if ((words.flags[i]! & WORD_ENDING) === 0) continue;
        const w = words.facts[i]!;
        const always = ENDINGS_NEVER_WORDS.has(w.folded);
        const prev = words.facts[i - 1]!;
        const gap = text.slice(words.to[i - 1], words.from[i]);
        const afterBracket = /^\)[ \t]+$/.test(gap);
        if (!joinedToPrevious(words, i) && !afterBracket) continue;
        if (!always) {
          const next = words.facts[i + 1];
          const nextJoined = joinedToPrevious(words, i + 1);
          const nameLike = afterBracket || !prev.bengali || covered[i - 1] === 1 || spelledLetters(prev.folded) !== null;
          const nextIsInitial = next !== undefined && nextJoined && spelledLetters(next.folded) !== null && next.folded.length <= 4;
          const verbFollows = next !== undefined && VERBS_AFTER_LOCATIVE.has(next.folded);
          const endsClause = next === undefined || !nextJoined;
          // The demonstrative এ ("this") is common after a name (ভারতের এ সিদ্ধান্ত), so a lone এ is a
          // suffix only when a verb or the end of the clause follows, or it stands after Latin letters.
          if (w.folded === 'এ' || w.folded === 'এও') {
            const afterLatin = !prev.bengali || afterBracket;
            if (nextIsInitial || /ের$/.test(prev.folded) || !(afterLatin || verbFollows || endsClause)) continue;
          } else if (!nameLike || nextIsInitial) continue;
        }
        const suffix = w.text;
        const prevText = prev.text;
        const base = afterBracket ? ')' : prevText;
        const from = afterBracket ? words.to[i - 1]! + gap.indexOf(')') : words.from[i - 1]!;
        const fixed = afterBracket ? `)-${suffix}` : attachSuffix(prevText, suffix);
        findings.push(
          finding(DETACHED_SUFFIX, {
            offset: from,
            length: words.to[i]! - from,
            text: text.slice(from, words.to[i]),
            suggestions: [fixed],
            key: `${foldForMatch(base)}|${w.folded}`,
            message: DETACHED_SUFFIX.messages.detached(suffix),
          }),
        );
      }
    },
  },
});
