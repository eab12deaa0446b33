import { Node as PMNode } from 'prosemirror-model';
import { schema, safeHref, type DocJSON } from './schema';
import { normalizeText } from '../bengali/normalize';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../bengali/house-style';
import { asciiDigits, bengaliDigits } from '../bengali/digits';

/**
 * What export and import leave out, as stable codes; the caller words them (see DROP_MESSAGES) and the
 * user is told, so nothing disappears silently.
 */
export type DropCode =
  | 'control-characters'
  | 'noncharacters'
  | 'lone-surrogates'
  | 'bidi-controls'
  | 'unsafe-link'
  | 'relative-link'
  | 'invalid-link'
  | 'unknown-content'
  | 'deep-nesting'
  | 'scripts'
  | 'styles'
  | 'embedded-content'
  | 'form-controls'
  | 'event-attributes';

/** Order in which dropped codes are reported, so output never depends on where in the text a problem sat. */
export const DROP_CODES: readonly DropCode[] = [
  'scripts',
  'styles',
  'embedded-content',
  'form-controls',
  'event-attributes',
  'unsafe-link',
  'relative-link',
  'invalid-link',
  'unknown-content',
  'deep-nesting',
  'control-characters',
  'noncharacters',
  'lone-surrogates',
  'bidi-controls',
];

export const DROP_MESSAGES: Record<DropCode, { bn: string; en: string }> = {
  'control-characters': { bn: 'অদৃশ্য নিয়ন্ত্রণ-অক্ষর বাদ দেওয়া হয়েছে', en: 'control characters were removed' },
  noncharacters: { bn: 'ইউনিকোডে অচল অক্ষর বাদ দেওয়া হয়েছে', en: 'Unicode noncharacters were removed' },
  'lone-surrogates': { bn: 'ভাঙা (জোড়হীন) অক্ষর-সংকেত বাদ দেওয়া হয়েছে', en: 'broken (lone surrogate) characters were removed' },
  'bidi-controls': { bn: 'লেখার দিক বদলানোর অদৃশ্য সংকেত বাদ দেওয়া হয়েছে', en: 'bidirectional override and embedding characters were removed' },
  'unsafe-link': { bn: 'অনিরাপদ লিংক সরানো হয়েছে, লেখা রাখা হয়েছে', en: 'unsafe links were removed; their text was kept' },
  'relative-link': { bn: 'অসম্পূর্ণ (আপেক্ষিক) লিংক সরানো হয়েছে, লেখা রাখা হয়েছে', en: 'relative links were removed; their text was kept' },
  'invalid-link': { bn: 'ভুল ঠিকানার লিংক সরানো হয়েছে, লেখা রাখা হয়েছে', en: 'malformed links were removed; their text was kept' },
  'unknown-content': { bn: 'অচেনা ধরনের অংশ বাদ দেওয়া হয়েছে', en: 'content of unknown kinds was left out' },
  'deep-nesting': { bn: 'অতিরিক্ত গভীর কাঠামো সমান করা হয়েছে, লেখা রাখা হয়েছে', en: 'over-deep nesting was flattened; its text was kept' },
  scripts: { bn: 'স্ক্রিপ্ট বাদ দেওয়া হয়েছে', en: 'scripts were removed' },
  styles: { bn: 'স্টাইলশিট বাদ দেওয়া হয়েছে', en: 'style sheets were removed' },
  'embedded-content': { bn: 'ছবি, ভিডিও ও এমবেড করা অংশ বাদ দেওয়া হয়েছে', en: 'images, media and embedded frames were removed' },
  'form-controls': { bn: 'ফর্মের ঘর ও বোতাম বাদ দেওয়া হয়েছে', en: 'form fields and buttons were removed' },
  'event-attributes': { bn: 'ইভেন্ট অ্যাট্রিবিউট (on…) বাদ দেওয়া হয়েছে', en: 'event attributes (on…) were removed' },
};

export function sortDropped(found: Set<DropCode>): DropCode[] {
  return DROP_CODES.filter((code) => found.has(code));
}

const SUSPECT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;
const NONCHARACTER = /\p{Noncharacter_Code_Point}/gu;

/**
 * Removes what must never reach a page or a draft: control characters other than line feed and tab,
 * lone surrogates, Unicode noncharacters, and bidi overrides/embeddings (they can make text display
 * in an order other than the one it is stored in). Each kind removed is added to `dropped`.
 */
export function cleanText(text: string, dropped: Set<DropCode>): string {
  if (!SUSPECT.test(text)) return text;
  const strip = (input: string, pattern: RegExp, code: DropCode): string => {
    const output = input.replace(pattern, '');
    if (output.length !== input.length) dropped.add(code);
    return output;
  };
  let out = strip(text, LONE_SURROGATE, 'lone-surrogates');
  out = strip(out, CONTROL, 'control-characters');
  out = strip(out, BIDI_CONTROL, 'bidi-controls');
  return strip(out, NONCHARACTER, 'noncharacters');
}

export type LinkCheck = { href: string } | { drop: 'unsafe-link' | 'relative-link' | 'invalid-link' };

/**
 * The href a link is written with, or why it is dropped. Beyond `safeHref`, the URL is parsed and
 * re-serialised so that what reaches the page is a valid, percent-encoded URL (a space in a path would
 * otherwise make the page invalid).
 */
export function checkLink(href: unknown): LinkCheck {
  const safe = safeHref(href);
  if (safe === null) {
    // A colon before any path, query or fragment means the link had a scheme, just not one we allow.
    return typeof href === 'string' && /^[^/?#]*:/.test(href) ? { drop: 'unsafe-link' } : { drop: 'relative-link' };
  }
  try {
    return { href: new URL(safe).href };
  } catch {
    return { drop: 'invalid-link' };
  }
}

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' } as const;
/** What the two patterns below match: only characters ESCAPES has. */
type Escaped = keyof typeof ESCAPES;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (ch) => ESCAPES[ch as Escaped]);
}

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"]/g, (ch) => ESCAPES[ch as Escaped]);
}

// An English run: a Latin word may start with digits (5G) and hold apostrophes, dots and hyphens
// between letters (U.S, COVID-19, O'Brien); words are joined by spaces, digits and light punctuation,
// never by parentheses or quotes, so a gloss's brackets stay outside the span. Numbers right after the
// last word (Boeing 737, Section 144) and a final dot (Inc.) belong to the run. The Latin script is
// spelled out as ranges because a non-Unicode regex over them runs several times faster than
// \p{Script=Latin}, and export runs this over every piece of text.
const LATIN = String.raw`A-Za-z\u00AA\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u1E00-\u1EFF\u2C60-\u2C7F\uA720-\uA7FF\uAB30-\uAB6F\uFF21-\uFF3A\uFF41-\uFF5A`;
const MARK = String.raw`\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F`;
const LATIN_WORD = `[0-9]*[${LATIN}][${LATIN}${MARK}0-9]*(?:['’.\\-][${LATIN}0-9][${LATIN}${MARK}0-9]*)*`;
const LATIN_GAP = String.raw`[ \t\u00a0,;:&/+.\-–—'’0-9]+`;
const LATIN_TAIL = String.raw`(?:(?:[ \u00a0/.:\-]|, )[0-9]+)*\.?`;
const LATIN_RUN = new RegExp(`${LATIN_WORD}(?:${LATIN_GAP}${LATIN_WORD})*${LATIN_TAIL}`, 'g');
const HAS_LATIN = new RegExp(`[${LATIN}]`);

export type DigitStyle = HouseStyle['digits'];

/** House digits for Bengali text; digits inside English runs are left as written. */
function houseDigits(text: string, digits: DigitStyle): string {
  if (digits === 'bengali') return bengaliDigits(text);
  if (digits === 'ascii') return asciiDigits(text);
  return text;
}

/** Splits text into Bengali (or other) stretches and Latin-script runs, in order. */
function latinRuns(text: string): { text: string; latin: boolean }[] {
  if (!HAS_LATIN.test(text)) return [{ text, latin: false }];
  const parts: { text: string; latin: boolean }[] = [];
  let last = 0;
  LATIN_RUN.lastIndex = 0;
  for (let match = LATIN_RUN.exec(text); match !== null; match = LATIN_RUN.exec(text)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), latin: false });
    parts.push({ text: match[0], latin: true });
    last = LATIN_RUN.lastIndex;
  }
  if (last < text.length) parts.push({ text: text.slice(last), latin: false });
  return parts;
}

/** Text as HTML: escaped, house digits outside English, each run of Latin-script words marked as English. */
export function markLatin(text: string, digits: DigitStyle = 'any'): string {
  let out = '';
  for (const part of latinRuns(text)) {
    out += part.latin ? `<span lang="en">${escapeHtml(part.text)}</span>` : escapeHtml(houseDigits(part.text, digits));
  }
  return out;
}

function plainDigits(text: string, digits: DigitStyle): string {
  let out = '';
  for (const part of latinRuns(text)) out += part.latin ? part.text : houseDigits(part.text, digits);
  return out;
}

export interface ExportOptions {
  fullPage?: boolean;
  /** The house Unicode form and repairs; the default house style's when none is given. */
  normalize?: (text: string) => string;
  /** The house digits, applied outside English runs; the default house style's when none is given. */
  digits?: DigitStyle;
  lang?: 'bn';
}

export interface ExportResult {
  html: string;
  dropped: DropCode[];
}

interface Context {
  normalize: (text: string) => string;
  digits: DigitStyle;
  dropped: Set<DropCode>;
  out: string[];
}

/** The editor's node or its JSON form (a draft from disk); read through the accessors below, never converted. */
type Source = DocJSON | PMNode;
type MarkSource = { type: string; attrs?: Record<string, unknown> };

function typeOf(node: Source): string {
  return node instanceof PMNode ? node.type.name : node.type;
}

function childrenOf(node: Source): readonly Source[] {
  return node instanceof PMNode ? node.content.content : (node.content ?? []);
}

function attrOf(node: Source, name: string): unknown {
  return node.attrs?.[name];
}

function marksOf(node: Source): readonly MarkSource[] {
  return node instanceof PMNode ? node.marks.map((mark) => ({ type: mark.type.name, attrs: mark.attrs })) : (node.marks ?? []);
}

/**
 * Text under a suggested deletion is not in the article as exported: export writes the text as it reads
 * with every suggestion accepted. Insertions and comment anchors are plain text there (their marks are
 * in no block's allowed set).
 */
function isDeleted(node: Source): boolean {
  return marksOf(node).some((mark) => mark.type === 'deletion');
}

const UNTITLED = 'শিরোনামহীন';
const INDENT = '  ';

/**
 * The article as HTML for the website (DESIGN.md, "HTML export"). Works on the JSON form as well as on a
 * checked node, so a draft from disk that breaks the schema in a small way still exports and the
 * offending part is reported instead of throwing.
 */
export function exportHtml(doc: Source, options: ExportOptions = {}): ExportResult {
  const lang = options.lang ?? 'bn';
  const ctx: Context = {
    normalize: options.normalize ?? ((text) => normalizeText(text, DEFAULT_HOUSE_STYLE)),
    digits: options.digits ?? DEFAULT_HOUSE_STYLE.digits,
    dropped: new Set(),
    out: [],
  };
  const indent = INDENT;
  let title = '';
  ctx.out.push(`<article lang="${lang}">`);
  for (const child of childrenOf(doc)) {
    switch (typeOf(child)) {
      case 'headline': {
        const line = textblock(child, 'h1', '', NO_MARKS, indent, ctx);
        if (line !== null && title === '') title = plainDigits(plainText(child, ctx), ctx.digits).trim();
        break;
      }
      case 'standfirst':
        textblock(child, 'p', ' class="standfirst"', STANDFIRST_MARKS, indent, ctx);
        break;
      case 'byline':
        textblock(child, 'p', ' class="byline"', NO_MARKS, indent, ctx);
        break;
      default:
        block(child, indent, ctx);
    }
  }
  ctx.out.push('</article>');
  const dropped = sortDropped(ctx.dropped);
  if (!options.fullPage) return { html: `${ctx.out.join('\n')}\n`, dropped };
  const page = [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title || UNTITLED)}</title>`,
    '</head>',
    '<body>',
    ...ctx.out,
    '</body>',
    '</html>',
  ];
  return { html: `${page.join('\n')}\n`, dropped };
}

const NO_MARKS: ReadonlySet<string> = new Set();
const STANDFIRST_MARKS: ReadonlySet<string> = new Set(['em', 'strong']);
const BODY_MARKS: ReadonlySet<string> = new Set(['link', 'em', 'strong']);

function plainText(node: Source, ctx: Context): string {
  let text = '';
  for (const child of childrenOf(node))
    if (typeOf(child) === 'text' && !isDeleted(child)) text += ctx.normalize(cleanText(child.text ?? '', new Set()));
  return text;
}

/** Writes one text block on one line; blank blocks (nothing but whitespace) are left out of the page. */
function textblock(node: Source, tag: string, attrs: string, marks: ReadonlySet<string>, indent: string, ctx: Context): string | null {
  const inner = inline(childrenOf(node), marks, ctx);
  if (inner === null) return null;
  const line = `${indent}<${tag}${attrs}>${inner}</${tag}>`;
  ctx.out.push(line);
  return line;
}

function block(node: Source, indent: string, ctx: Context): void {
  switch (typeOf(node)) {
    case 'paragraph':
      textblock(node, 'p', '', BODY_MARKS, indent, ctx);
      return;
    case 'heading':
      textblock(node, Number(attrOf(node, 'level')) >= 3 ? 'h3' : 'h2', '', BODY_MARKS, indent, ctx);
      return;
    case 'horizontal_rule':
      ctx.out.push(`${indent}<hr>`);
      return;
    case 'blockquote':
      container(node, 'blockquote', '', indent, ctx);
      return;
    case 'bullet_list':
      container(node, 'ul', '', indent, ctx);
      return;
    case 'ordered_list': {
      const order = Number(attrOf(node, 'order') ?? 1);
      container(node, 'ol', Number.isInteger(order) && order !== 1 ? ` start="${order}"` : '', indent, ctx);
      return;
    }
    case 'list_item':
      listItem(node, indent, ctx);
      return;
    default:
      ctx.dropped.add('unknown-content');
  }
}

function container(node: Source, tag: string, attrs: string, indent: string, ctx: Context): void {
  const start = ctx.out.length;
  for (const child of childrenOf(node)) block(child, indent + INDENT, ctx);
  if (ctx.out.length === start) ctx.out.push(`${indent}<${tag}${attrs}></${tag}>`);
  else {
    ctx.out.splice(start, 0, `${indent}<${tag}${attrs}>`);
    ctx.out.push(`${indent}</${tag}>`);
  }
}

/** An item holding one paragraph is written tight (`<li>text</li>`), as websites write lists. */
function listItem(node: Source, indent: string, ctx: Context): void {
  const start = ctx.out.length;
  for (const child of childrenOf(node)) block(child, indent + INDENT, ctx);
  const lines = ctx.out.splice(start);
  const paragraph = `${indent}${INDENT}<p>`;
  const [first] = lines;
  if (lines.length === 1 && first?.startsWith(paragraph))
    ctx.out.push(`${indent}<li>${first.slice(paragraph.length, -'</p>'.length)}</li>`);
  else if (lines.length === 0) ctx.out.push(`${indent}<li></li>`);
  else ctx.out.push(`${indent}<li>`, ...lines, `${indent}</li>`);
}

interface OpenMark {
  type: string;
  href?: string;
}

/** Marks nest in the order the schema declares them (link outermost), as ProseMirror's own serializer does. */
export const MARK_ORDER: readonly string[] = Object.keys(schema.marks);

function markRank(type: string): number {
  return MARK_ORDER.indexOf(type);
}

/**
 * Inline content as HTML, with marks nested the way the schema orders them; null when blank. Neighbouring
 * text whose marks end up equal (a dropped link) is joined first, so the HTML does not depend on how the
 * text happened to be split.
 */
function inline(children: readonly Source[], allowed: ReadonlySet<string>, ctx: Context): string | null {
  const runs: { text: string; marks: OpenMark[] }[] = [];
  for (const child of children) {
    if (typeOf(child) !== 'text') {
      ctx.dropped.add('unknown-content');
      continue;
    }
    if (isDeleted(child)) continue;
    const text = ctx.normalize(cleanText(child.text ?? '', ctx.dropped));
    if (text === '') continue;
    const marks = wantedMarks(child, allowed, ctx);
    const last = runs[runs.length - 1];
    if (last && sameMarks(last.marks, marks)) last.text += text;
    else runs.push({ text, marks });
  }
  if (runs.every((run) => run.text.trim() === '')) return null;
  let html = '';
  const open: OpenMark[] = [];
  for (const { text, marks } of runs) {
    const keep = sharedMarks(open, marks);
    while (open.length > keep) html += `</${tagOf(open.pop()!)}>`;
    for (const mark of marks.slice(keep)) {
      html += mark.type === 'link' ? `<a href="${escapeAttribute(mark.href!)}" rel="noopener noreferrer">` : `<${tagOf(mark)}>`;
      open.push(mark);
    }
    html += markLatin(text, ctx.digits);
  }
  while (open.length > 0) html += `</${tagOf(open.pop()!)}>`;
  return html;
}

function sameMark(a: OpenMark, b: OpenMark): boolean {
  return a.type === b.type && a.href === b.href;
}

/** How many leading marks the two lists have in common. */
function sharedMarks(a: readonly OpenMark[], b: readonly OpenMark[]): number {
  let shared = 0;
  for (const mark of a) {
    const other = b[shared];
    if (other === undefined || !sameMark(mark, other)) break;
    shared++;
  }
  return shared;
}

function sameMarks(a: OpenMark[], b: OpenMark[]): boolean {
  return a.length === b.length && sharedMarks(a, b) === a.length;
}

function tagOf(mark: OpenMark): string {
  return mark.type === 'link' ? 'a' : mark.type;
}

function wantedMarks(node: Source, allowed: ReadonlySet<string>, ctx: Context): OpenMark[] {
  const marks: OpenMark[] = [];
  for (const mark of marksOf(node)) {
    if (!MARK_ORDER.includes(mark.type)) {
      ctx.dropped.add('unknown-content');
      continue;
    }
    if (!allowed.has(mark.type) || marks.some((m) => m.type === mark.type)) continue;
    if (mark.type === 'link') {
      const link = checkLink(mark.attrs?.href);
      if ('drop' in link) ctx.dropped.add(link.drop);
      else marks.push({ type: 'link', href: link.href });
    } else marks.push({ type: mark.type });
  }
  return marks.sort((a, b) => markRank(a.type) - markRank(b.type));
}
