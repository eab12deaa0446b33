/**
 * The one option parser. A verb declares its options and how many files it takes once; the parser
 * and the usage line both come from that declaration.
 */
import { bengaliDigits } from '../bengali/digits';
import type { Message } from './report';

export interface OptionSpec {
  /** `--format`. */
  name: string;
  /** A short form, e.g. `-o`. */
  alias?: string;
  /** What the value is called in the usage line (`FILE`); absent for a flag. */
  value?: string;
  /** The only values allowed. */
  choices?: readonly string[];
  /** Shown in the usage line without brackets. */
  required?: boolean;
  /** May be given more than once (`--dictionary A --dictionary B`); `listValue` reads every value. */
  repeatable?: boolean;
}

export interface VerbSpec {
  name: string;
  /** What the positional arguments are called; `many` allows more than one. */
  files: { name: string; many?: boolean };
  options: readonly OptionSpec[];
}

export interface ParsedArgs {
  files: string[];
  /** Option values by name without dashes (`format`); a flag's value is `true`. */
  values: Record<string, string | true>;
  /** Every value of a repeatable option, in the order given. */
  lists: Record<string, string[]>;
  help: boolean;
}

function optionUsage(o: OptionSpec): string {
  const value = o.choices ? o.choices.join('|') : o.value;
  const text = `${o.alias ?? o.name}${value ? ` ${value}` : ''}`;
  return o.required ? text : `[${text}]${o.repeatable ? '...' : ''}`;
}

/** `check FILE... [--format text|json] [--glossary FILE] [--style FILE]`. */
export function usageOf(spec: VerbSpec): string {
  const options = spec.options.map(optionUsage);
  const required = options.filter((_, i) => spec.options[i]!.required);
  const optional = options.filter((_, i) => !spec.options[i]!.required);
  return [spec.name, ...required, `${spec.files.name}${spec.files.many ? '...' : ''}`, ...optional].join(' ');
}

export function parseArgs(spec: VerbSpec, args: readonly string[]): { ok: true; args: ParsedArgs } | { ok: false; message: Message } {
  const parsed: ParsedArgs = { files: [], values: {}, lists: {}, help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') {
      parsed.help = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      parsed.files.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const option = spec.options.find((o) => o.name === name || o.alias === name);
    if (!option) return { ok: false, message: { bn: `অজানা অপশন ${name}`, en: `unknown option ${name}` } };
    const key = option.name.replace(/^-+/, '');
    if (option.value === undefined && option.choices === undefined) {
      if (eq >= 0) return { ok: false, message: { bn: `${name}-এর সঙ্গে কোনো মান চলে না`, en: `${name} takes no value` } };
      parsed.values[key] = true;
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined) return { ok: false, message: { bn: `${name}-এর পরে একটি মান দরকার`, en: `${name} needs a value` } };
    if (option.choices && !option.choices.includes(value)) {
      const list = option.choices.join(', ');
      return {
        ok: false,
        message: { bn: `${name}-এর মান হবে ${list}-এর একটি, '${value}' নয়`, en: `${name} must be one of ${list}, not '${value}'` },
      };
    }
    parsed.values[key] = value;
    if (option.repeatable) (parsed.lists[key] ??= []).push(value);
  }
  if (parsed.help) return { ok: true, args: parsed };
  if (parsed.files.length === 0) return { ok: false, message: { bn: 'কোনো ফাইল দেওয়া হয়নি', en: 'no file given' } };
  if (!spec.files.many && parsed.files.length > 1) {
    return {
      ok: false,
      message: {
        bn: `একবারে একটি ফাইলই দেওয়া যায়, দেওয়া হয়েছে ${bengaliDigits(parsed.files.length)}টি`,
        en: `only one file at a time, got ${parsed.files.length}`,
      },
    };
  }
  for (const option of spec.options) {
    if (option.required && parsed.values[option.name.replace(/^-+/, '')] === undefined) {
      return { ok: false, message: { bn: `${option.alias ?? option.name} দেওয়া হয়নি`, en: `${option.alias ?? option.name} is missing` } };
    }
  }
  return { ok: true, args: parsed };
}

/** A string option's value (the parser has checked it against the declaration). */
export function stringValue(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** Every value of a repeatable option, in the order given; none when it was not given. */
export function listValue(args: ParsedArgs, name: string): readonly string[] {
  return args.lists[name] ?? [];
}
