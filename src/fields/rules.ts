/**
 * Every field's rule table, in pipeline order: what RULES.md lists and what
 * test/rules.test.ts runs. A new field's table gets one line here.
 */
import { APPOINTMENTS_TABLE } from './appointments/rules.js';
import { DATES_TABLE } from './dates/rules.js';
import { DECISIONS_TABLE } from './decisions/rules.js';
import { DOCUMENTS_TABLE } from './documents/rules.js';
import { MEETINGS_TABLE } from './meetings/rules.js';
import { META_TABLES } from './meta/rules.js';
import { OFFICIALS_TABLE } from './officials/rules.js';
import { ORGANIZATIONS_TABLE } from './organizations/rules.js';
import { PLACES_TABLE } from './places/rules.js';
import type { RuleTable } from './rule.js';

export const RULE_TABLES: readonly RuleTable[] = [
  ...META_TABLES,
  DATES_TABLE,
  PLACES_TABLE,
  ORGANIZATIONS_TABLE,
  OFFICIALS_TABLE,
  APPOINTMENTS_TABLE,
  DOCUMENTS_TABLE,
  MEETINGS_TABLE,
  DECISIONS_TABLE,
];

/** Every registered rule id, for the check that every item's rule is documented. */
export function ruleIds(): Set<string> {
  const ids = new Set<string>();
  for (const t of RULE_TABLES) for (const r of t.rules) ids.add(r.id);
  return ids;
}
