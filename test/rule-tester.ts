/**
 * The rule tester: runs a rule's examples and counterexamples through the
 * real `extract` and says what is wrong, or nothing. Used by rules.test.ts.
 */
import { extractTraced, type ExtractTrace } from '../src/pipeline/extract.js';
import type { ArticleRecord } from '../src/record.js';
import type { Expect, ExampleOptions, Rule, RuleField } from '../src/fields/rule.js';

type Item = Record<string, unknown> & { rule?: unknown };

/** The items of one field, header scalars as one-item lists. */
export function itemsOf(field: RuleField, record: ArticleRecord, trace: ExtractTrace): Item[] {
  switch (field) {
    case 'titles':
      return record.officials.flatMap((o) => o.titles as unknown as Item[]);
    case 'bylines':
      return record.meta.bylines as unknown as Item[];
    case 'title':
    case 'publishedAt':
    case 'source': {
      const value = record.meta[field];
      return value === null ? [] : [{ value, rule: trace[field] }];
    }
    default:
      return record[field] as unknown as Item[];
  }
}

/** The surfaces an expectation's `value` may name, per field. */
function surfaces(field: RuleField, item: Item): unknown[] {
  switch (field) {
    case 'officials':
    case 'bylines':
    case 'meetings':
    case 'organizations':
    case 'places':
      return [item.name];
    case 'titles':
    case 'dates':
      return [item.text, item.value];
    case 'documents':
      return [item.title];
    case 'decisions':
      return [item.trigger, item.object];
    case 'appointments':
      return [item.person];
    default:
      return [item.value];
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function matches(e: Expect, item: Item, field: RuleField, rule: Rule): boolean {
  if (!surfaces(field, item).includes(e.value)) return false;
  if (e.with && !Object.entries(e.with).every(([k, v]) => same(item[k], v))) return false;
  return rule.refines === true || item.rule === rule.id;
}

function run(text: string, options: ExampleOptions | undefined) {
  return extractTraced(text, { includeText: false, publishedAt: options?.publishedAt ?? null });
}

function describeItems(field: RuleField, items: Item[]): string {
  if (items.length === 0) return `no ${field}`;
  return items
    .map(
      (i) =>
        `${surfaces(field, i)
          .filter((s) => s != null)
          .join('/')} (${String(i.rule)})`,
    )
    .join(', ');
}

/** Every rule id carried by any item of a record, header rules included. */
export function ruleIdsIn(record: ArticleRecord, trace: ExtractTrace): string[] {
  const fields: RuleField[] = [
    'officials',
    'titles',
    'dates',
    'documents',
    'meetings',
    'decisions',
    'appointments',
    'organizations',
    'places',
    'bylines',
    'title',
    'publishedAt',
    'source',
  ];
  const ids: string[] = [];
  for (const f of fields) for (const i of itemsOf(f, record, trace)) if (typeof i.rule === 'string') ids.push(i.rule);
  return ids;
}

/** What is wrong with one rule's examples and counterexamples: an empty list when nothing is. */
export function checkRule(rule: Rule): string[] {
  const problems: string[] = [];
  if (rule.examples.length === 0) problems.push('no example');
  if (rule.counterexamples.length === 0) problems.push('no counterexample');
  for (const ex of rule.examples) {
    const { record, trace } = run(ex.text, ex.options);
    if (ex.expect.length === 0) problems.push(`example «${ex.text}» expects nothing`);
    for (const e of ex.expect) {
      const items = itemsOf(e.field, record, trace);
      if (!items.some((i) => matches(e, i, e.field, rule))) {
        problems.push(
          `«${ex.text}»: expected ${e.field} ${e.value} from ${rule.id}; got ${describeItems(e.field, items)}`,
        );
      }
    }
  }
  for (const ce of rule.counterexamples) {
    const { record, trace } = run(ce.text, ce.options);
    if (ce.reject) {
      for (const e of ce.reject) {
        const items = itemsOf(e.field, record, trace);
        if (items.some((i) => matches(e, i, e.field, rule))) {
          problems.push(`counterexample «${ce.text}»: ${e.field} ${e.value} came out`);
        }
      }
    } else if (rule.refines) {
      problems.push(`counterexample «${ce.text}»: a refining rule's counterexample needs reject`);
    } else if (ruleIdsIn(record, trace).includes(rule.id)) {
      problems.push(`counterexample «${ce.text}»: an item carries ${rule.id}`);
    }
  }
  return problems;
}
