import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineMessages, fillPlaceholders, type Messages } from '../../core/api/i18n';
import { buildMenuTemplate, type MenuItemTemplate } from '../../electron/menu';

const root = join(import.meta.dirname, '..', '..');

/** Every module that declares a namespaced table, found by reading the source, so a new one is tested too. */
function tableModules(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && /\bdefineMessages\(/.test(readFileSync(path, 'utf8'))) found.push(path);
    }
  };
  for (const dir of ['core', 'electron', 'renderer']) walk(join(root, dir));
  return found.filter((path) => relative(root, path) !== join('core', 'api', 'i18n.ts')).sort();
}

function isMessages(value: unknown): value is Messages<string> {
  return typeof value === 'object' && value !== null && 'namespace' in value && 'tables' in value;
}

async function allNamespaces(): Promise<{ file: string; messages: Messages<string> }[]> {
  const out: { file: string; messages: Messages<string> }[] = [];
  for (const path of tableModules()) {
    const file = relative(root, path);
    // A table is data: its module must load without Electron, so this test (and the menu's) can read it.
    const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    const exported = Object.values(module).filter(isMessages);
    assert.ok(exported.length > 0, `${file} declares a table but exports none`);
    for (const messages of exported) out.push({ file, messages });
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('the namespaces the renderer and the menu declare are all found, each under its own name', async () => {
  const namespaces = await allNamespaces();
  const names = namespaces.map((n) => n.messages.namespace);
  for (const expected of ['app', 'versions', 'manage', 'export', 'import', 'menu'])
    assert.ok(names.includes(expected), `namespace ${expected}`);
  assert.deepEqual(names, [...new Set(names)], 'no namespace is declared twice');
});

test('every namespace has the same keys in Bengali and English, and no empty text', async () => {
  for (const { file, messages } of await allNamespaces()) {
    const { bn, en } = messages.tables;
    assert.deepEqual(Object.keys(en).sort(), Object.keys(bn).sort(), `${messages.namespace} (${file})`);
    for (const [key, text] of [...Object.entries(bn), ...Object.entries(en)])
      assert.notEqual(text.trim(), '', `${messages.namespace}.${key}`);
  }
});

test('placeholders match between the Bengali and the English text of every key', async () => {
  for (const { messages } of await allNamespaces()) {
    const { bn, en } = messages.tables;
    for (const key of Object.keys(bn)) {
      assert.deepEqual(placeholders(en[key]!), placeholders(bn[key]!), `${messages.namespace}.${key}: ${bn[key]} / ${en[key]}`);
    }
  }
});

test('placeholders: numbers through the caller’s digits, strings as given, unknown names left as written', () => {
  const sample = defineMessages(
    'sample',
    { count: '{n}টি খসড়া, {name}', bare: '{missing} আছে' },
    { count: '{n} drafts, {name}', bare: '{missing} is there' },
  );
  assert.equal(
    sample.text('bn', 'count', { n: 12, name: 'ঢাকা' }, (n) => `<${n}>`),
    '<12>টি খসড়া, ঢাকা',
  );
  assert.equal(sample.text('en', 'count', { n: 12, name: 'Dhaka' }), '12 drafts, Dhaka');
  assert.equal(sample.text('en', 'bare'), '{missing} is there');
  // Both at once: the Bengali in Bengali digits, for messages that travel as { bn, en }.
  assert.deepEqual(sample.both('count', { n: 305, name: 'x' }), { bn: '৩০৫টি খসড়া, x', en: '305 drafts, x' });
  assert.equal(
    fillPlaceholders('{a}{b}{a}', { a: 1, b: 'x' }, (n) => `#${n}`),
    '#1x#1',
  );
});

test('the menu is labelled in the UI language from the menu namespace', () => {
  const labels = (language: 'bn' | 'en') => {
    const items = buildMenuTemplate({ language, platform: 'linux', send: () => undefined });
    const flat = (list: MenuItemTemplate[]): string[] =>
      list.flatMap((item) => [...(item.label ? [item.label] : []), ...flat(item.submenu ?? [])]);
    return flat(items);
  };
  const bn = labels('bn');
  const en = labels('en');
  assert.equal(bn.length, en.length);
  assert.equal(bn[0], 'ফাইল');
  assert.equal(en[0], 'File');
  assert.ok(en.includes('Export as HTML…') && bn.includes('HTML হিসেবে রপ্তানি করুন…'));
  // Every label shown is a text of its table; none is a bare key.
  for (const label of [...bn, ...en]) assert.doesNotMatch(label, /^[a-z][A-Za-z]+$/, label);
});
