/**
 * The rule registry: the families in the order they run. Each family file declares its rules (id,
 * severity, passes, messages, UI label, docs row) and the checks that raise them. Rule ids and
 * severities, the findings panel's names and the catalogue of docs/checks.md (checked by
 * tests/unit/checks/registry.test.ts) all come from here. Adding a rule: a file in this folder (or a
 * rule in its family's file), its test, and a line in FAMILIES.
 */
import type { Pass, RuleDef } from '../rule';
import { gloss } from './gloss';
import { entityVariant } from './entity-variant';
import { entityInconsistent } from './entity-inconsistent';
import { entityUnknownNear } from './entity-unknown-near';
import { detachedSuffix } from './detached-suffix';
import { unicode } from './unicode';
import { punctuation } from './punctuation';
import { style } from './style';
import { region } from './region';
import { spelling } from './spelling';

/** In the order they run in each pass: a family may read what an earlier one left in the scan (gloss adds glossed names). */
export const FAMILIES = [
  gloss,
  entityVariant,
  entityInconsistent,
  entityUnknownNear,
  detachedSuffix,
  unicode,
  punctuation,
  style,
  region,
  spelling,
] as const;

type Rules = (typeof FAMILIES)[number]['rules'][number];

export type RuleId = Rules['id'];

/** Every rule, in catalogue order. */
export const RULES: readonly RuleDef<RuleId>[] = FAMILIES.flatMap((family): readonly RuleDef<RuleId>[] => family.rules);

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

const BY_ID = new Map<string, RuleDef<RuleId>>(RULES.map((r) => [r.id, r]));

/** A rule's declaration by id. */
export function ruleInfo(id: RuleId): RuleDef<RuleId> {
  return BY_ID.get(id)!;
}

export type { Pass };
