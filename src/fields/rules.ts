/**
 * Every field's rule table, in pipeline order: what RULES.md lists and what
 * test/rules.test.ts runs. A new field's table gets one line here.
 */
import { APPOINTMENTS_TABLE } from './appointments/rules.js';
import { OFFICIALS_TABLE } from './officials/rules.js';
import type { RuleTable } from './rule.js';

export const RULE_TABLES: readonly RuleTable[] = [OFFICIALS_TABLE, APPOINTMENTS_TABLE];

/** Every registered rule id, for the check that every item's rule is documented. */
export function ruleIds(): Set<string> {
  const ids = new Set<string>();
  for (const t of RULE_TABLES) for (const r of t.rules) ids.add(r.id);
  return ids;
}
