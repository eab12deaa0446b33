/** `newsroom normalize FILE`: the article's text in the house Unicode form, on stdout. */
import { normalizeText } from '../bengali/normalize';
import { articleText } from './article';
import { stringValue } from './options';
import { readStyle, STYLE_OPTION } from './read';
import { reportError } from './report';
import type { Verb } from './verb';

export const normalize: Verb = {
  name: 'normalize',
  summary: { bn: 'লেখাকে হাউসের ইউনিকোড রূপে আনে', en: 'puts the text in the house Unicode form' },
  files: { name: 'FILE' },
  options: [STYLE_OPTION],
  run(args, io) {
    const style = readStyle(io, stringValue(args, 'style'));
    if (!style.ok) return reportError(io, 'normalize', style.error);
    const article = articleText(args.files[0]!, io);
    if (!article.ok) return reportError(io, 'normalize', article.error);
    io.stdout(normalizeText(article.value.text, style.value));
    return 0;
  },
};
