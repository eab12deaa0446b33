export type Severity = 'error' | 'warning' | 'info';

/** Rule ids come from the registry (rules/index.ts), one file per rule or family. */
export { RULE_IDS, type RuleId } from './rules/index';
import type { RuleId } from './rules/index';

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
