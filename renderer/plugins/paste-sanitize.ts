/**
 * What a paste may bring in: the schema's nodes and marks in the house Unicode form, nothing else.
 *
 * Pasted HTML is cleaned before ProseMirror parses it: active content (scripts, frames, plugins,
 * forms) goes with its contents, event-handler and style attributes go, and links keep only
 * http/https/mailto addresses. Bold and italic written as inline styles (as word processors copy
 * them) become <strong>/<em> first, so stripping styles loses no formatting. Every pasted text node
 * is then repaired to the house form (`normalizeText`), and plain text becomes one paragraph per line.
 * All of it is linear in the size of the paste; checking happens per paragraph afterwards.
 */
import { Plugin } from 'prosemirror-state';
import { Fragment, Slice } from 'prosemirror-model';
import type { Node as PMNode, ResolvedPos } from 'prosemirror-model';
import { normalizeText } from '../../core/bengali/normalize';
import type { HouseStyle } from '../../core/bengali/house-style';
import { safeHref, schema } from '../../core/document/schema';

/** Elements removed with everything inside them. */
const DROPPED =
  'script, style, iframe, frame, frameset, object, embed, applet, noscript, template, link, meta, base, input, button, select, textarea, svg, math, canvas, audio, video, source, track, img, picture';

/** Attributes the schema's parse rules read, and ProseMirror's own slice marker; every other one goes. */
const KEPT_ATTRIBUTES = new Set(['href', 'class', 'start', 'data-pm-slice']);

function isBold(weight: string): boolean {
  return /^(bold(er)?|[6-9]\d\d)$/.test(weight.trim());
}

/**
 * One declaration of an inline style, read from the attribute's text: under the app's style-src
 * policy the browser does not apply style attributes, so `element.style` stays empty.
 */
function declared(element: Element, property: 'font-weight' | 'font-style'): string {
  const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;!]+)`, 'i').exec(element.getAttribute('style') ?? '');
  return match?.[1]?.trim().toLowerCase() ?? '';
}

/** Wraps an element's children in `tag` (inline styles turned into the marks the schema knows). */
function wrapChildren(element: Element, tag: 'strong' | 'em'): void {
  const wrapper = element.ownerDocument.createElement(tag);
  while (element.firstChild) wrapper.appendChild(element.firstChild);
  element.appendChild(wrapper);
}

/** Replaces an element by its children. */
function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

function cleanElement(element: Element): void {
  const tag = element.localName;
  const weight = declared(element, 'font-weight');
  // Google Docs wraps a whole paste in <b style="font-weight:normal">: not bold at all.
  if (tag === 'b' && weight !== '' && !isBold(weight)) {
    unwrap(element);
    return;
  }
  if (declared(element, 'font-style') === 'italic' && tag !== 'em' && tag !== 'i') wrapChildren(element, 'em');
  if (isBold(weight) && tag !== 'strong' && tag !== 'b') wrapChildren(element, 'strong');
  for (const name of element.getAttributeNames()) {
    if (!KEPT_ATTRIBUTES.has(name.toLowerCase())) element.removeAttribute(name);
  }
  if (tag === 'a') {
    const href = safeHref(element.getAttribute('href'));
    if (href === null) unwrap(element);
    else element.setAttribute('href', href);
  } else {
    element.removeAttribute('href');
  }
}

/** Pasted HTML with active content, handlers, styles and unsafe links removed. Needs a DOM. */
export function sanitizePastedHTML(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const element of Array.from(doc.querySelectorAll(DROPPED))) element.remove();
  // Comments can carry conditional markup from word processors; none of it belongs in an article.
  const comments = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT);
  const dead: Node[] = [];
  while (comments.nextNode()) dead.push(comments.currentNode);
  for (const comment of dead) comment.parentNode?.removeChild(comment);
  for (const element of Array.from(doc.body.querySelectorAll('*'))) {
    if (element.isConnected) cleanElement(element);
  }
  return doc.body.innerHTML;
}

/** Every text node of a fragment in the house Unicode form. */
function normalizeFragment(fragment: Fragment, style: Pick<HouseStyle, 'unicodeForm'>): Fragment {
  const children: PMNode[] = [];
  fragment.forEach((node) => {
    if (node.isText) {
      const text = normalizeText(node.text!, style);
      if (text !== '') children.push(node.type.schema.text(text, node.marks));
    } else {
      children.push(node.copy(normalizeFragment(node.content, style)));
    }
  });
  return Fragment.from(children);
}

/** A pasted slice with its text in the house form; its structure is kept. */
export function normalizeSlice(slice: Slice, style: Pick<HouseStyle, 'unicodeForm'>): Slice {
  return new Slice(normalizeFragment(slice.content, style), slice.openStart, slice.openEnd);
}

/**
 * Plain text → paragraphs, one per non-blank line, built without the DOM. Pasted into the middle of
 * a paragraph, the first line joins the text before the cursor and the last the text after it.
 */
export function plainTextSlice(text: string, $context: ResolvedPos): Slice {
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.replace(/[ \t]+$/, ''));
  const blocks = lines.filter((line) => line.trim() !== '');
  if (blocks.length === 0) return Slice.empty;
  const marks = $context.marks();
  if (blocks.length === 1) return new Slice(Fragment.from(schema.text(blocks[0]!, marks)), 0, 0);
  const paragraphs = blocks.map((line) => schema.nodes.paragraph.create(null, schema.text(line, marks)));
  return new Slice(Fragment.from(paragraphs), 1, 1);
}

export function pasteSanitizePlugin(style: Pick<HouseStyle, 'unicodeForm'>): Plugin {
  return new Plugin({
    props: {
      transformPastedHTML: sanitizePastedHTML,
      clipboardTextParser: (text, $context) => plainTextSlice(text, $context),
      transformPasted: (slice) => normalizeSlice(slice, style),
    },
  });
}
