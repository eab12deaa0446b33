/**
 * The rule catalogue of DESIGN.md: each rule's severity and its message in Bengali and English.
 * Messages take the flagged spelling and the suggestion so the desk sees what to do without a manual.
 */
import type { Finding, RuleId, Severity } from './types';

export const SEVERITY: Record<RuleId, Severity> = {
  'gloss/repeated': 'warning',
  'gloss/late': 'warning',
  'gloss/inconsistent': 'warning',
  'gloss/conflict': 'error',
  'gloss/mismatch': 'error',
  'gloss/format': 'warning',
  'gloss/missing': 'info',
  'entity/variant': 'warning',
  'entity/inconsistent': 'warning',
  'entity/unknown-near': 'info',
  'grammar/detached-suffix': 'warning',
  'unicode/mixed-encoding': 'warning',
  'unicode/invisible': 'warning',
  'punctuation/danda': 'warning',
  'punctuation/hyphen-spacing': 'warning',
  'punctuation/spacing': 'info',
  'style/variant': 'info',
  'style/digits': 'info',
};

export interface FindingInit {
  offset: number;
  length: number;
  text: string;
  message: { bn: string; en: string };
  suggestions?: string[];
  key: string;
}

export function finding(rule: RuleId, init: FindingInit): Finding {
  return {
    rule,
    severity: SEVERITY[rule],
    offset: init.offset,
    length: init.length,
    text: init.text,
    message: init.message,
    suggestions: init.suggestions ?? [],
    key: init.key,
  };
}

/** The same finding `by` code units further on: a paragraph's finding placed in its document. */
export function movedBy(f: Finding, by: number): Finding {
  return { rule: f.rule, severity: f.severity, offset: f.offset + by, length: f.length, text: f.text, message: f.message, suggestions: f.suggestions, key: f.key };
}

/** The CLI's one-string form of a message: Bengali, then " — ", then English. */
export function messageLine(message: { bn: string; en: string }): string {
  return `${message.bn} — ${message.en}`;
}
