/**
 * Every colour in the renderer's style sheet is a variable: the light values are set once in `:root`,
 * the dark theme sets the same variables to other values and does nothing else. A new colour written
 * straight into a rule would look right in one theme and wrong in the other; these tests stop it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const STYLES = join(__dirname, '..', '..', 'renderer', 'styles.css');
const LIGHT = ':root';
// As Biome's CSS formatter writes it (double quotes in attribute selectors).
const DARK = ':root[data-theme="dark"]';

interface Declaration {
  property: string;
  value: string;
}

interface Rule {
  /** The selector, with the preludes of the at-rules around it first (`@media (…) > .a .b`). */
  selector: string;
  declarations: Declaration[];
}

/**
 * A small CSS reader, enough for a hand-written style sheet: comments and strings are skipped, blocks
 * may nest (@media, @supports), and a block's declarations are split at semicolons outside strings
 * and parentheses.
 */
function parseCss(text: string): Rule[] {
  const rules: Rule[] = [];
  const stack: Rule[] = [];
  let buffer = '';
  let depth = 0;
  const flushDeclaration = () => {
    const colon = buffer.indexOf(':');
    const current = stack[stack.length - 1];
    if (current && colon > 0) {
      current.declarations.push({ property: buffer.slice(0, colon).trim(), value: buffer.slice(colon + 1).trim() });
    }
    buffer = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      assert.ok(end >= 0, 'unclosed comment');
      i = end + 1;
    } else if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += text[j] === '\\' ? 2 : 1;
      buffer += text.slice(i, j + 1);
      i = j;
    } else if (ch === '(') {
      depth++;
      buffer += ch;
    } else if (ch === ')') {
      depth--;
      buffer += ch;
    } else if (ch === ';' && depth === 0) {
      flushDeclaration();
    } else if (ch === '{') {
      const prelude = buffer.replace(/\s+/g, ' ').trim();
      const outer = stack.map((rule) => rule.selector);
      const rule: Rule = { selector: [...outer, prelude].join(' > '), declarations: [] };
      rules.push(rule);
      stack.push(rule);
      buffer = '';
    } else if (ch === '}') {
      flushDeclaration();
      assert.ok(stack.pop(), 'a } without its {');
    } else {
      buffer += ch;
    }
  }
  assert.equal(stack.length, 0, 'a { without its }');
  return rules;
}

// CSS named colours (CSS Color 4) and system colours. transparent, currentColor and inherit are not colours
// of their own, so they may stand anywhere.
const NAMED_COLOURS = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood ' +
    'cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray ' +
    'darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen ' +
    'darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue ' +
    'firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew ' +
    'hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan ' +
    'lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray ' +
    'lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue ' +
    'mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred ' +
    'midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid ' +
    'palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple ' +
    'rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue ' +
    'slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white ' +
    'whitesmoke yellow yellowgreen ' +
    'accentcolor accentcolortext activetext buttonborder buttonface buttontext canvas canvastext field fieldtext ' +
    'graytext highlight highlighttext linktext mark marktext selecteditem selecteditemtext visitedtext'
  ).split(' '),
);

/** The colour literals in a declaration's value: hex, colour functions and colour names, outside strings (a url(), a font's name). */
function colourLiterals(declared: string): string[] {
  const value = declared.replace(/'[^']*'|"[^"]*"/g, "''");
  const found = [...value.matchAll(/#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix)\(/gi)].map((m) => m[0]);
  // A word not followed by "(" (tan() is a function) and not part of a custom property's name.
  for (const [word] of value.matchAll(/(?<![\w-])[a-z]+(?![\w-]|\()/gi)) {
    if (NAMED_COLOURS.has(word.toLowerCase())) found.push(word);
  }
  return found;
}

const rules = parseCss(readFileSync(STYLES, 'utf8'));
const ruleFor = (selector: string) => rules.filter((rule) => rule.selector === selector);

test('the reader finds colour literals and ignores what only looks like one', () => {
  const sample = parseCss(`
    /* a comment with red and #fff { } */
    @font-face { src: url('fonts/red-white.woff2'); font-family: 'Black Serif'; }
    @media (min-width: 10px) { .a { color: #A0b; border: 1px solid red; width: calc(tan(1deg) * 2px); } }
    .b { color: var(--ink, white); background: transparent; white-space: nowrap; box-shadow: 0 0 1px rgba(0, 0, 0, 0.1); }
  `);
  assert.deepEqual(
    sample.map((rule) => rule.selector),
    ['@font-face', '@media (min-width: 10px)', '@media (min-width: 10px) > .a', '.b'],
  );
  assert.deepEqual(
    sample.flatMap((rule) => rule.declarations.flatMap((d) => colourLiterals(d.value))),
    ['#A0b', 'red', 'white', 'rgba('],
  );
});

test('colour literals appear only in the light :root block and the dark theme block', () => {
  const outside = rules
    .filter((rule) => rule.selector !== LIGHT && rule.selector !== DARK)
    .flatMap((rule) =>
      rule.declarations.filter((d) => colourLiterals(d.value).length > 0).map((d) => `${rule.selector} { ${d.property}: ${d.value} }`),
    );
  assert.deepEqual(outside, []);
  const inRoot = [...ruleFor(LIGHT), ...ruleFor(DARK)].flatMap((rule) =>
    rule.declarations
      .filter((d) => !d.property.startsWith('--') && colourLiterals(d.value).length > 0)
      .map((d) => `${rule.selector} { ${d.property}: ${d.value} }`),
  );
  assert.deepEqual(inRoot, [], 'even there, a colour is set as a variable');
});

test('the dark theme is one block of variable assignments, each a variable the light theme sets too', () => {
  assert.equal(ruleFor(LIGHT).length, 1, 'one light :root block');
  assert.equal(ruleFor(DARK).length, 1, 'one dark theme block');
  const themed = rules.filter((rule) => rule.selector.includes('data-theme')).map((rule) => rule.selector);
  assert.deepEqual(themed, [DARK], 'no rule but the dark block looks at the theme');
  const light = new Set(ruleFor(LIGHT)[0]!.declarations.map((d) => d.property));
  const dark = ruleFor(DARK)[0]!.declarations;
  assert.deepEqual(
    dark.filter((d) => !d.property.startsWith('--')).map((d) => d.property),
    [],
    'only variables',
  );
  assert.deepEqual(
    dark.filter((d) => !light.has(d.property)).map((d) => d.property),
    [],
    'no dark-only variables',
  );
  assert.ok(dark.length >= 10, 'the dark block sets the palette');
});

test('every variable used is set in :root, so a misspelt name cannot fall back to nothing', () => {
  const defined = new Set(ruleFor(LIGHT)[0]!.declarations.map((d) => d.property));
  const used = rules.flatMap((rule) => rule.declarations.flatMap((d) => [...d.value.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!)));
  assert.ok(used.length > 50);
  assert.deepEqual([...new Set(used.filter((name) => !defined.has(name)))], []);
});
