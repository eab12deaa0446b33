export type Severity = 'error' | 'warning' | 'info';

export const RULE_IDS = [
  'gloss/repeated',
  'gloss/late',
  'gloss/inconsistent',
  'gloss/conflict',
  'gloss/mismatch',
  'gloss/format',
  'gloss/missing',
  'entity/variant',
  'entity/inconsistent',
  'entity/unknown-near',
  'grammar/detached-suffix',
  'unicode/mixed-encoding',
  'unicode/invisible',
  'punctuation/danda',
  'punctuation/hyphen-spacing',
  'punctuation/spacing',
  'style/variant',
  'style/digits',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** UTF-16 offset of the flagged span: paragraph-relative from the paragraph pass, document-relative from the engine. */
  offset: number;
  length: number;
  /** The flagged span as it stands in the text. */
  text: string;
  message: { bn: string; en: string };
  /** Replacements for the flagged span, best first; an empty string means "delete it". */
  suggestions: string[];
  /** What the finding is about, independent of position (entity id or folded text), so an ignore survives edits. */
  key: string;
}
