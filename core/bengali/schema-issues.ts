/**
 * A schema's problems in the two languages of the newsroom, each naming the field it is about. It
 * sits in the lowest layer of core so that the house style (here in bengali/) and the settings (api/)
 * word their problems the same way; the CLI prints these messages and the settings dialog shows them.
 */
import type { $ZodIssue } from 'zod/v4/core';
import { bengaliDigits } from './digits';

/** A problem in both languages. */
export interface Wording {
  bn: string;
  en: string;
}

/** A check's own wording travels in its issue's params (see `worded`). */
export function worded(bn: string, en: string): { params: Wording } {
  return { params: { bn, en } };
}

/** `houseStyle.preferredSpellings["ইতিমধ্যে"]`, `digits`, or nothing for the value as a whole. */
function fieldName(path: readonly PropertyKey[]): string {
  let name = '';
  for (const key of path) {
    if (typeof key === 'number') name += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) name += name === '' ? key : `.${key}`;
    else name += `[${JSON.stringify(String(key))}]`;
  }
  return name;
}

const KINDS: Record<string, Wording> = {
  object: { bn: 'একটি অবজেক্ট ({ … })', en: 'an object ({ … })' },
  record: { bn: 'একটি অবজেক্ট ({ … })', en: 'an object ({ … })' },
  string: { bn: 'টেক্সট', en: 'text' },
  number: { bn: 'একটি সংখ্যা', en: 'a number' },
  int: { bn: 'একটি পূর্ণসংখ্যা', en: 'a whole number' },
  boolean: { bn: 'true অথবা false', en: 'true or false' },
  null: { bn: 'null', en: 'null' },
};

const quoted = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** What is wrong, without the field's name. */
function problem(issue: $ZodIssue): Wording {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return { bn: 'দেওয়া নেই', en: 'is missing' };
      const kind = KINDS[issue.expected] ?? { bn: issue.expected, en: issue.expected };
      return { bn: `${kind.bn} হতে হবে`, en: `must be ${kind.en}` };
    }
    case 'invalid_value':
      return { bn: `হতে হবে এগুলোর একটি: ${quoted(issue.values)}`, en: `must be one of ${quoted(issue.values)}` };
    case 'too_small':
      if (issue.origin === 'string')
        return issue.minimum === 1
          ? { bn: 'খালি রাখা যায় না', en: 'must not be empty' }
          : { bn: `অন্তত ${bengaliDigits(String(issue.minimum))} অক্ষর হতে হবে`, en: `must be at least ${issue.minimum} characters` };
      return { bn: `অন্তত ${bengaliDigits(String(issue.minimum))} হতে হবে`, en: `must be at least ${issue.minimum}` };
    case 'too_big':
      if (issue.origin === 'string')
        return { bn: `${bengaliDigits(String(issue.maximum))} অক্ষরের বেশি হতে পারে না`, en: `must be at most ${issue.maximum} characters` };
      return { bn: `${bengaliDigits(String(issue.maximum))}-এর বেশি হতে পারে না`, en: `must be at most ${issue.maximum}` };
    case 'unrecognized_keys':
      return {
        bn: `অজানা ঘর: ${quoted(issue.keys)}`,
        en: `has unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${quoted(issue.keys)}`,
      };
    case 'invalid_key':
      return issue.issues[0] ? problem(issue.issues[0]) : { bn: 'নামটি সঠিক নয়', en: 'is not a valid name' };
    case 'custom': {
      const own = issue.params as Partial<Wording> | undefined;
      if (own?.bn && own.en) return { bn: own.bn, en: own.en };
      return { bn: 'সঠিক নয়', en: 'is not valid' };
    }
    default:
      return { bn: 'সঠিক নয়', en: 'is not valid' };
  }
}

/**
 * The first problem of a failed parse, named by its field (none for the value as a whole):
 * `digits: must be one of "bengali", "ascii", "any"`. When there are more, all of them, in English, go
 * in `detail` for the log.
 */
export function describeIssues(issues: readonly $ZodIssue[]): { bn: string; en: string; detail?: string } {
  const lines = issues.map((issue) => {
    const field = fieldName(issue.path);
    const what = problem(issue);
    return { bn: field ? `${field}: ${what.bn}` : what.bn, en: field ? `${field}: ${what.en}` : what.en };
  });
  const first = lines[0] ?? { bn: 'সঠিক নয়', en: 'is not valid' };
  return lines.length > 1
    ? { bn: first.bn, en: first.en, detail: lines.map((line) => line.en).join('; ') }
    : { bn: first.bn, en: first.en };
}
