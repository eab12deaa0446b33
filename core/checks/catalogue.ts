/**
 * Findings as the engine hands them on. Each rule's severity, messages and label are declared in its
 * file under rules/ (see rules/index.ts); this is the severity table read from there.
 */
import { RULES } from './rules/index';
import type { Finding, RuleId, Severity } from './types';

export const SEVERITY = Object.fromEntries(RULES.map((r) => [r.id, r.severity])) as Record<RuleId, Severity>;

/** The same finding `by` code units further on: a paragraph's finding placed in its document. */
export function movedBy(f: Finding, by: number): Finding {
  return {
    rule: f.rule,
    severity: f.severity,
    offset: f.offset + by,
    length: f.length,
    text: f.text,
    message: f.message,
    suggestions: f.suggestions,
    key: f.key,
  };
}

/** The CLI's one-string form of a message: Bengali, then " — ", then English. */
export function messageLine(message: { bn: string; en: string }): string {
  return `${message.bn} — ${message.en}`;
}
