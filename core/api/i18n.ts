/**
 * The one way the app words things in two languages. Each part of the app (the editor's panels, the
 * glossary manager, the export flow, the main process's menus and dialogs) declares its own namespaced
 * table with `defineMessages`; the Bengali table is the source of the keys, so an English table that
 * misses or adds a key fails the build. Placeholders are written `{name}`; numbers are formatted by the
 * caller's `num` so the Bengali interface shows Bengali digits.
 */
import { bengaliDigits } from '../bengali/digits';

export type UiLanguage = 'bn' | 'en';

export type MessageParams = Record<string, string | number>;

export interface Messages<K extends string> {
  readonly namespace: string;
  /** The text of `key` in `lang`, its placeholders filled from `params`. */
  text(lang: UiLanguage, key: K, params?: MessageParams, num?: (n: number) => string): string;
  /** Both languages at once, for messages that travel as `{ bn, en }` (errors, findings). */
  both(key: K, params?: MessageParams): { bn: string; en: string };
  has(key: string): key is K;
  /** The tables as declared, for tests that compare the two languages. */
  readonly tables: { readonly [L in UiLanguage]: Readonly<Record<K, string>> };
}

/** The keys of a namespace's table. */
export type MessageKeyOf<M> = M extends Messages<infer K> ? K : never;

export function defineMessages<const T extends Record<string, string>>(
  namespace: string,
  bn: T,
  en: { [P in keyof T]: string },
): Messages<keyof T & string> {
  type K = keyof T & string;
  const tables: Record<UiLanguage, Record<string, string>> = { bn, en };
  return {
    namespace,
    text: (lang, key, params = {}, num = String) => fillPlaceholders(tables[lang][key] ?? key, params, num),
    both: (key, params = {}) => ({
      bn: fillPlaceholders(bn[key] ?? key, params, bengaliDigits),
      en: fillPlaceholders(en[key as K] ?? key, params, String),
    }),
    has: (key): key is K => Object.hasOwn(bn, key),
    tables: { bn, en },
  };
}

export function fillPlaceholders(text: string, params: MessageParams, num: (n: number) => string = String): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? num(value) : value;
  });
}
