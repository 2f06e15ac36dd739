/**
 * One shape for every rule table: an id that items carry, what the rule does,
 * and invented examples and counterexamples that test/rules.test.ts runs
 * through `extract` (so a table that drifts from the code fails the suite).
 * RULES.md is written from these tables by `npm run rules`.
 */

/** Where an expected item lives: a record list, officials' titles, or a header scalar. */
export type RuleField =
  | 'officials'
  | 'titles'
  | 'dates'
  | 'documents'
  | 'meetings'
  | 'decisions'
  | 'appointments'
  | 'organizations'
  | 'places'
  | 'bylines'
  | 'title'
  | 'publishedAt'
  | 'source';

/**
 * An item the text must (or must not) yield: its field and its surface —
 * officials: name; titles, dates: text as written or the normalised value;
 * documents: title; meetings, organizations, places: name; decisions: trigger
 * or object; appointments: person; bylines: name; title, publishedAt, source:
 * the value. `with` adds properties the item must have (e.g. `{ number: '…' }`).
 */
export interface Expect {
  field: RuleField;
  value: string;
  with?: Readonly<Record<string, unknown>>;
}

/** What a rule example may tell the extractor besides the text (JSONL fields). */
export interface ExampleOptions {
  publishedAt?: string;
}

export interface RuleExample {
  text: string;
  expect: readonly Expect[];
  options?: ExampleOptions;
}

export interface RuleCounterexample {
  text: string;
  /** Items that must not come out; without it, no item at all may carry the rule's id. */
  reject?: readonly Expect[];
  options?: ExampleOptions;
}

export interface Rule {
  id: string;
  description: string;
  /**
   * A rule that shapes an item another rule found (a document's number, a
   * title's org): its items keep the finder's id, so its examples are checked
   * by their `with` values, and its counterexamples need `reject`.
   */
  refines?: boolean;
  examples: readonly RuleExample[];
  counterexamples: readonly RuleCounterexample[];
}

/** A field's rules in the order RULES.md lists them. */
export interface RuleTable {
  field: string;
  /** One line on how the field is made, for RULES.md. */
  summary: string;
  rules: readonly Rule[];
}
