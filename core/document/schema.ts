import { Schema, type MarkSpec, type NodeSpec } from 'prosemirror-model';

/** Only these link schemes survive anywhere in the app: in the editor, on paste, on import and in export. */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  // Control characters and whitespace inside a scheme are how `java\nscript:` slips past naive checks.
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return null;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(trimmed)?.[1]?.toLowerCase();
  return scheme === 'http' || scheme === 'https' || scheme === 'mailto' ? trimmed : null;
}

/** The slice of a DOM element that parse rules read; core/ is compiled without the DOM library. */
interface DomElement {
  getAttribute(name: string): string | null;
  style: { fontWeight: string };
}

const nodes = {
  doc: { content: 'headline standfirst? byline? block+' },
  headline: {
    content: 'text*',
    marks: '',
    defining: true,
    parseDOM: [{ tag: 'h1' }],
    toDOM: () => ['h1', { class: 'headline' }, 0],
  },
  standfirst: {
    content: 'inline*',
    marks: 'em strong',
    defining: true,
    parseDOM: [{ tag: 'p.standfirst', priority: 60 }],
    toDOM: () => ['p', { class: 'standfirst' }, 0],
  },
  byline: {
    content: 'text*',
    marks: '',
    defining: true,
    parseDOM: [{ tag: 'p.byline', priority: 60 }, { tag: 'address' }],
    toDOM: () => ['p', { class: 'byline' }, 0],
  },
  paragraph: {
    content: 'inline*',
    group: 'block',
    parseDOM: [{ tag: 'p' }],
    toDOM: () => ['p', 0],
  },
  heading: {
    attrs: {
      level: {
        default: 2,
        validate: (v: unknown) => {
          if (v !== 2 && v !== 3) throw new RangeError('heading level must be 2 or 3');
        },
      },
    },
    content: 'inline*',
    group: 'block',
    defining: true,
    parseDOM: [
      { tag: 'h2', attrs: { level: 2 } },
      { tag: 'h3', attrs: { level: 3 } },
      { tag: 'h4', attrs: { level: 3 } },
      { tag: 'h5', attrs: { level: 3 } },
      { tag: 'h6', attrs: { level: 3 } },
    ],
    toDOM: (node) => [`h${node.attrs.level}`, 0],
  },
  blockquote: {
    content: 'paragraph+',
    group: 'block',
    defining: true,
    parseDOM: [{ tag: 'blockquote' }],
    toDOM: () => ['blockquote', 0],
  },
  bullet_list: {
    content: 'list_item+',
    group: 'block',
    parseDOM: [{ tag: 'ul' }],
    toDOM: () => ['ul', 0],
  },
  ordered_list: {
    attrs: { order: { default: 1, validate: 'number' } },
    content: 'list_item+',
    group: 'block',
    parseDOM: [{ tag: 'ol', getAttrs: (dom) => ({ order: Number((dom as DomElement).getAttribute('start') ?? 1) || 1 }) }],
    toDOM: (node) => (node.attrs.order === 1 ? ['ol', 0] : ['ol', { start: node.attrs.order }, 0]),
  },
  list_item: {
    content: 'paragraph (paragraph | bullet_list | ordered_list)*',
    defining: true,
    parseDOM: [{ tag: 'li' }],
    toDOM: () => ['li', 0],
  },
  horizontal_rule: {
    group: 'block',
    parseDOM: [{ tag: 'hr' }],
    toDOM: () => ['hr'],
  },
  text: { group: 'inline' },
} satisfies Record<string, NodeSpec>;

const marks = {
  link: {
    attrs: {
      href: {
        validate: (v: unknown) => {
          if (safeHref(v) === null) throw new RangeError('only http, https and mailto links are allowed');
        },
      },
    },
    inclusive: false,
    parseDOM: [
      {
        tag: 'a[href]',
        getAttrs: (dom) => {
          const href = safeHref((dom as DomElement).getAttribute('href'));
          return href === null ? false : { href };
        },
      },
    ],
    toDOM: (mark) => ['a', { href: mark.attrs.href, rel: 'noopener noreferrer' }, 0],
  },
  em: {
    parseDOM: [{ tag: 'i' }, { tag: 'em' }, { style: 'font-style=italic' }],
    toDOM: () => ['em', 0],
  },
  strong: {
    parseDOM: [
      { tag: 'strong' },
      { tag: 'b', getAttrs: (node) => (node as DomElement).style.fontWeight !== 'normal' && null },
      { style: 'font-weight', getAttrs: (value) => /^(bold(er)?|[5-9]\d{2,})$/.test(value as string) && null },
    ],
    toDOM: () => ['strong', 0],
  },
} satisfies Record<string, MarkSpec>;

/** The article schema of DESIGN.md: headline, optional standfirst and byline, then body blocks. */
export const schema = new Schema({ nodes, marks });

export type BodyBlockName = 'paragraph' | 'heading' | 'blockquote' | 'bullet_list' | 'ordered_list' | 'horizontal_rule';

/** An empty article: what "New draft" opens. */
export function emptyDocJSON(): DocJSON {
  return {
    type: 'doc',
    content: [{ type: 'headline' }, { type: 'paragraph' }],
  };
}

/** ProseMirror's JSON form of a node; the draft file stores the document in this shape. */
export interface DocJSON {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocJSON[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}
