import { parse, type DefaultTreeAdapterTypes as P5 } from 'parse5';
import type { DocJSON } from './schema';
import { MARK_ORDER, checkLink, cleanText, sortDropped, type DropCode } from './export-html';

type Mark = NonNullable<DocJSON['marks']>[number];

/** Elements dropped with everything inside them, and the code the user is told. */
const DROPPED_ELEMENTS: Record<string, DropCode> = {
  script: 'scripts',
  noscript: 'scripts',
  template: 'scripts',
  style: 'styles',
  iframe: 'embedded-content',
  frame: 'embedded-content',
  frameset: 'embedded-content',
  object: 'embedded-content',
  embed: 'embedded-content',
  applet: 'embedded-content',
  img: 'embedded-content',
  picture: 'embedded-content',
  video: 'embedded-content',
  audio: 'embedded-content',
  svg: 'embedded-content',
  math: 'embedded-content',
  canvas: 'embedded-content',
  input: 'form-controls',
  button: 'form-controls',
  select: 'form-controls',
  textarea: 'form-controls',
};

/** Head elements that carry no article content and are left out without a word. */
const QUIET_ELEMENTS = new Set(['head', 'title', 'meta', 'base', 'link', 'source', 'track', 'area', 'wbr']);

/** Elements whose own meaning the schema cannot hold; their blocks are imported as if they stood alone. */
const CONTAINERS = new Set([
  'html',
  'body',
  'article',
  'section',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'div',
  'figure',
  'figcaption',
  'center',
  'details',
  'summary',
  'form',
  'fieldset',
  'legend',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'dl',
  'dt',
  'dd',
  'pre',
  'hgroup',
  'search',
  'dialog',
  'menu',
]);

interface Inline {
  text: string;
  marks: Mark[];
}

/** A piece of inline content, or a break where HTML's line-breaking whitespace stood. */
type Piece = Inline | 'break';

interface State {
  dropped: Set<DropCode>;
  headline: DocJSON | null;
  standfirst: DocJSON | null;
  byline: DocJSON | null;
}

/**
 * HTML → article, keeping what the schema can hold and telling what was left out. The result always
 * passes `schema.nodeFromJSON(doc).check()`. Whitespace inside a text block is kept as written except
 * runs holding a line break (pretty-printing), which become one space, so export → import → export is exact.
 */
export function htmlToDoc(html: string): { doc: DocJSON; dropped: DropCode[] } {
  const state: State = { dropped: new Set(), headline: null, standfirst: null, byline: null };
  const document = parse(html);
  boundDepth(document, state);
  const body: DocJSON[] = [];
  blocks(document.childNodes, false, state, body);
  const content: DocJSON[] = [state.headline ?? { type: 'headline' }];
  if (state.standfirst) content.push(state.standfirst);
  if (state.byline) content.push(state.byline);
  if (body.length === 0) content.push({ type: 'paragraph' });
  for (const block of body) content.push(block);
  return { doc: { type: 'doc', content }, dropped: sortDropped(state.dropped) };
}

/** Deeper than this, an element's content is taken as plain text, so no input can exhaust the stack. */
const MAX_DEPTH = 128;
/** Lists and quotes nested deeper than this open no new level; their content joins the level above. */
const MAX_NESTING = 10;
const NESTING = new Set(['ul', 'ol', 'blockquote']);

/**
 * Bounds the tree before the (recursive) walk: iteratively, so a page of 100,000 nested elements is
 * handled like any other, with the flattening reported.
 */
function boundDepth(document: P5.Document, state: State): void {
  const stack: [P5.ParentNode, number, number][] = [[document, 0, 0]];
  while (stack.length > 0) {
    const [parent, depth, nesting] = stack.pop()!;
    for (const child of parent.childNodes) {
      if (!isElement(child)) continue;
      let level = nesting;
      if (NESTING.has(child.tagName) && ++level > MAX_NESTING) {
        child.tagName = 'div';
        level = nesting;
        state.dropped.add('deep-nesting');
      }
      if (depth + 1 < MAX_DEPTH) stack.push([child, depth + 1, level]);
      else if (child.childNodes.length > 0) {
        child.childNodes = [{ nodeName: '#text', value: flatText(child, state), parentNode: child }];
        state.dropped.add('deep-nesting');
      }
    }
  }
}

function flatText(element: P5.Element, state: State): string {
  let text = '';
  const stack: P5.ChildNode[] = [...element.childNodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) {
      if (node.nodeName === '#text') text += (node as P5.TextNode).value;
      continue;
    }
    noteAttributes(node, state);
    if (leftOut(node, state)) continue;
    if (node.tagName === 'br') text += ' ';
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return text;
}

function isElement(node: P5.ChildNode): node is P5.Element {
  return 'tagName' in node;
}

function attr(element: P5.Element, name: string): string | null {
  return element.attrs.find((a) => a.name === name)?.value ?? null;
}

function hasClass(element: P5.Element, name: string): boolean {
  return (attr(element, 'class') ?? '').split(/[ \t\n\f\r]+/).includes(name);
}

/** Reports what an element carries that can run code; attributes are never carried over. */
function noteAttributes(element: P5.Element, state: State): void {
  if (element.attrs.some((a) => a.name.toLowerCase().startsWith('on'))) state.dropped.add('event-attributes');
}

/** Leaves out (and reports) an element that must not be imported; true when it was one. */
function leftOut(element: P5.Element, state: State): boolean {
  const code = DROPPED_ELEMENTS[element.tagName];
  if (code) {
    state.dropped.add(code);
    return true;
  }
  if (!QUIET_ELEMENTS.has(element.tagName)) return false;
  // Head content is not imported, but a script hidden there is still worth telling about.
  for (const child of element.childNodes) {
    if (isElement(child)) {
      noteAttributes(child, state);
      leftOut(child, state);
    }
  }
  return true;
}

/**
 * Block content of a container. `nested` is true inside blockquotes and list items, where a headline,
 * standfirst or byline cannot stand, so h1 and p.standfirst there are ordinary blocks.
 */
function blocks(nodes: P5.ChildNode[], nested: boolean, state: State, out: DocJSON[]): void {
  let pending: Piece[] = [];
  const flush = () => {
    const content = inlineContent(pending);
    pending = [];
    if (content.some((c) => c.text!.trim() !== '')) out.push({ type: 'paragraph', content });
  };
  for (const node of nodes) {
    if (!isElement(node)) {
      if (node.nodeName === '#text') textPieces((node as P5.TextNode).value, [], state, pending);
      continue;
    }
    noteAttributes(node, state);
    if (leftOut(node, state)) continue;
    const tag = node.tagName;
    if (tag === 'br') {
      flush();
      continue;
    }
    if (!isBlock(node)) {
      inline(node, [], state, pending);
      continue;
    }
    flush();
    block(node, nested, state, out);
  }
  flush();
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'hr', 'address']);

function isBlock(element: P5.Element): boolean {
  return CONTAINERS.has(element.tagName) || BLOCKS.has(element.tagName);
}

function block(element: P5.Element, nested: boolean, state: State, out: DocJSON[]): void {
  const tag = element.tagName;
  if (tag === 'h1' && !nested && !state.headline) {
    state.headline = textblock('headline', element, false, state);
    return;
  }
  if (tag === 'p' && !nested && !state.standfirst && hasClass(element, 'standfirst')) {
    state.standfirst = textblock('standfirst', element, true, state);
    stripMark(state.standfirst, 'link');
    return;
  }
  if ((tag === 'address' || (tag === 'p' && hasClass(element, 'byline'))) && !nested && !state.byline) {
    state.byline = textblock('byline', element, false, state);
    return;
  }
  switch (tag) {
    case 'p':
    case 'address':
      // A `<br>` inside a paragraph starts a new one, as the writer saw it.
      blocks(element.childNodes, true, state, out);
      return;
    case 'h1':
    case 'h2':
      pushIfText(out, { ...textblock('heading', element, true, state), attrs: { level: 2 } });
      return;
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      pushIfText(out, { ...textblock('heading', element, true, state), attrs: { level: 3 } });
      return;
    case 'hr':
      out.push({ type: 'horizontal_rule' });
      return;
    case 'blockquote': {
      const inner: DocJSON[] = [];
      blocks(element.childNodes, true, state, inner);
      const content = inner.flatMap(asParagraphs);
      out.push({ type: 'blockquote', content: content.length > 0 ? content : [{ type: 'paragraph' }] });
      return;
    }
    case 'ul':
    case 'ol':
      list(element, state, out);
      return;
    case 'li':
      for (const block of listItem(element, state).content!) out.push(block);
      return;
    default:
      blocks(element.childNodes, nested, state, out);
  }
}

function pushIfText(out: DocJSON[], node: DocJSON): void {
  if ((node.content ?? []).some((c) => c.text!.trim() !== '')) out.push(node);
}

function textblock(type: string, element: P5.Element, withMarks: boolean, state: State): DocJSON {
  const pieces: Piece[] = [];
  for (const child of element.childNodes) inlineNode(child, [], state, pieces);
  const content = withMarks ? inlineContent(pieces) : merge(inlineContent(pieces).map((c) => ({ type: 'text', text: c.text })));
  return content.length > 0 ? { type, content } : { type };
}

function stripMark(node: DocJSON, type: string): void {
  for (const child of node.content ?? []) {
    if (!child.marks) continue;
    child.marks = child.marks.filter((m) => m.type !== type);
    if (child.marks.length === 0) delete child.marks;
  }
  node.content = merge(node.content ?? []);
}

/** Where a block may hold only paragraphs (a quote), other blocks give up their paragraphs. */
function asParagraphs(node: DocJSON): DocJSON[] {
  if (node.type === 'paragraph') return [node];
  if (node.type === 'heading') return [{ type: 'paragraph', content: node.content }];
  if (node.type === 'horizontal_rule') return [];
  return (node.content ?? []).flatMap(asParagraphs);
}

function list(element: P5.Element, state: State, out: DocJSON[]): void {
  const items: DocJSON[] = [];
  let stray: P5.ChildNode[] = [];
  const flushStray = () => {
    const inner: DocJSON[] = [];
    blocks(stray, true, state, inner);
    stray = [];
    if (inner.length > 0) items.push(item(inner));
  };
  for (const child of element.childNodes) {
    if (isElement(child) && child.tagName === 'li') {
      noteAttributes(child, state);
      flushStray();
      items.push(listItem(child, state));
    } else stray.push(child);
  }
  flushStray();
  if (items.length === 0) return;
  if (element.tagName === 'ul') {
    out.push({ type: 'bullet_list', content: items });
    return;
  }
  const start = Number.parseInt(attr(element, 'start') ?? '1', 10);
  out.push({ type: 'ordered_list', attrs: { order: Number.isFinite(start) ? start : 1 }, content: items });
}

function listItem(element: P5.Element, state: State): DocJSON {
  const inner: DocJSON[] = [];
  blocks(element.childNodes, true, state, inner);
  return item(inner);
}

/** A list item holds a paragraph, then paragraphs or lists; anything else gives up its paragraphs. */
function item(inner: DocJSON[]): DocJSON {
  const content = inner.flatMap((node) => (node.type === 'bullet_list' || node.type === 'ordered_list' ? [node] : asParagraphs(node)));
  if (content[0]?.type !== 'paragraph') content.unshift({ type: 'paragraph' });
  return { type: 'list_item', content };
}

/** Inline elements: marks where the schema has them; anything else is unwrapped, keeping its text. */
function inline(element: P5.Element, marks: Mark[], state: State, out: Piece[]): void {
  let inner = marks;
  switch (element.tagName) {
    case 'strong':
      inner = addMark(marks, { type: 'strong' });
      break;
    case 'b':
      // Google Docs wraps whole documents in <b style="font-weight:normal">.
      if (!/font-weight\s*:\s*(normal|[1-4]00)\b/i.test(attr(element, 'style') ?? '')) inner = addMark(marks, { type: 'strong' });
      break;
    case 'em':
    case 'i':
      inner = addMark(marks, { type: 'em' });
      break;
    case 'a': {
      const href = attr(element, 'href');
      if (href === null) break;
      const link = checkLink(href);
      if ('drop' in link) state.dropped.add(link.drop);
      else
        inner = addMark(
          marks.filter((m) => m.type !== 'link'),
          { type: 'link', attrs: { href: link.href } },
        );
      break;
    }
  }
  for (const child of element.childNodes) inlineNode(child, inner, state, out);
}

/** Inside a text block a `<br>` is a break: one space, as HTML shows it. */
function inlineNode(node: P5.ChildNode, marks: Mark[], state: State, out: Piece[]): void {
  if (!isElement(node)) {
    if (node.nodeName === '#text') textPieces((node as P5.TextNode).value, marks, state, out);
    return;
  }
  noteAttributes(node, state);
  if (leftOut(node, state)) return;
  if (node.tagName === 'br') out.push('break');
  else inline(node, marks, state, out);
}

function addMark(marks: Mark[], mark: Mark): Mark[] {
  if (marks.some((m) => m.type === mark.type)) return marks;
  return [...marks, mark].sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
}

const LINE_BREAK_RUN = /[ \t\n\f\r]*[\n\f\r][ \t\n\f\r]*/;

/** A text node's text and line breaks, appended to `out` one by one: a node may hold hundreds of thousands of lines. */
function textPieces(value: string, marks: Mark[], state: State, out: Piece[]): void {
  const text = cleanText(value, state.dropped);
  text.split(LINE_BREAK_RUN).forEach((part, i) => {
    if (i > 0) out.push('break');
    if (part !== '') out.push({ text: part, marks });
  });
}

/**
 * Pieces → text nodes: breaks at the edges vanish, breaks between text become one space, and
 * neighbouring text with the same marks joins into one node (as ProseMirror would store it).
 */
function inlineContent(pieces: Piece[]): DocJSON[] {
  const nodes: Inline[] = [];
  let gap: Mark[] | null = null;
  for (const piece of pieces) {
    if (piece === 'break') {
      if (gap === null) gap = nodes.at(-1)?.marks ?? null;
      continue;
    }
    if (gap !== null) {
      nodes.push({ text: ' ', marks: sharedMarks(gap, piece.marks) });
      gap = null;
    }
    nodes.push(piece);
  }
  return merge(nodes.map((n) => (n.marks.length > 0 ? { type: 'text', text: n.text, marks: n.marks } : { type: 'text', text: n.text })));
}

function sameMark(a: Mark, b: Mark): boolean {
  return a.type === b.type && a.attrs?.href === b.attrs?.href;
}

function sharedMarks(a: Mark[], b: Mark[]): Mark[] {
  return a.filter((m) => b.some((n) => sameMark(m, n)));
}

function merge(nodes: DocJSON[]): DocJSON[] {
  const out: DocJSON[] = [];
  for (const node of nodes) {
    const prev = out[out.length - 1];
    const a = prev?.marks ?? [];
    const b = node.marks ?? [];
    if (prev && a.length === b.length && a.every((m, i) => sameMark(m, b[i]!))) prev.text += node.text!;
    else if (node.text !== '') out.push({ ...node });
  }
  return out;
}
