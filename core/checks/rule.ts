/**
 * What a rule file declares (see rules/index.ts for the registry). A rule is an id with its
 * severity, the passes that raise it, its messages, its UI label and its docs row; a family is one
 * or more rules raised by one scan, with the checks that scan does in either pass.
 */
import type { Mention, GlossRecord, CheckContext, ParagraphResult } from './paragraph';
import type { PlacedMention, PlacedParagraph } from './document';
import type { Words } from './words';
import type { Finding, RuleId, Severity } from './types';

export type Pass = 'paragraph' | 'document';

export interface Message {
  bn: string;
  en: string;
}

export interface RuleDef<Id extends string = string, M = Record<string, (...args: never[]) => Message>> {
  id: Id;
  severity: Severity;
  /** The passes whose checks raise it (both, for a gloss glossed unlike the glossary or unlike itself). */
  passes: readonly Pass[];
  /** The rule's name in the findings panel. */
  label: Message;
  /** Its row in the catalogue of docs/checks.md (Markdown): what it flags, an example, the fix. */
  docs: { flags: string; example: string; fix: string };
  /** The finding's message, one builder per case the rule tells apart. */
  messages: M;
}

export function defineRule<const Id extends string, M extends Record<string, (...args: never[]) => Message>>(
  def: RuleDef<Id, M>,
): RuleDef<Id, M> {
  return def;
}

/** A paragraph's state while its checks run: what the engine found, and what earlier checks added. */
export interface ParagraphScan {
  text: string;
  words: Words;
  /** Glossary names found; the gloss family adds glossed unknown names and each mention's gloss. */
  mentions: Mention[];
  /** 1 for each word that is part of a mention. */
  covered: Uint8Array;
  /** Set by the gloss family. */
  glosses: GlossRecord[];
  /** Set by the unicode family: words whose only fault is a split vowel sign. */
  splitVowels: ParagraphResult['splitVowels'];
}

/** The document's state for its checks: every mention in order, and the body's by entity. */
export interface DocumentScan {
  paragraphs: PlacedParagraph[];
  /** Mentions outside the headline, in document order. */
  body: PlacedMention[];
  byEntity: Map<string, PlacedMention[]>;
}

export interface Family<Rules extends readonly RuleDef[] = readonly RuleDef[]> {
  /** The rules this family's checks raise, in catalogue order. */
  rules: Rules;
  paragraph?: {
    /**
     * The WORD_* bits (lexicon.ts) and GAP_* bits (words.ts) the check looks for: a paragraph none of
     * whose words or gaps has any of them is skipped. Absent: every paragraph is checked.
     */
    screen?: { words?: number; gaps?: number };
    check(scan: ParagraphScan, ctx: CheckContext, findings: Finding[]): void;
  };
  document?: {
    check(scan: DocumentScan, ctx: CheckContext, findings: Finding[]): void;
  };
}

/** A family, its rules' ids kept as literal types so the registry can list every id. */
export function defineFamily<const Rules extends readonly RuleDef[]>(family: Family<Rules>): Family<Rules> {
  return family;
}

export interface FindingInit {
  offset: number;
  length: number;
  text: string;
  message: Message;
  suggestions?: string[];
  key: string;
}

export function finding(rule: { id: RuleId; severity: Severity }, init: FindingInit): Finding {
  return {
    rule: rule.id,
    severity: rule.severity,
    offset: init.offset,
    length: init.length,
    text: init.text,
    message: init.message,
    suggestions: init.suggestions ?? [],
    key: init.key,
  };
}
