/** What every form handler reads and returns: the article's view and a found act. */
import type { DateItem, Decision, Doc, DocumentItem, MeetingItem, Span } from '../../types.js';
import type { Actor, PersonSpans } from '../shared/event-text.js';
import type { DecisionRule } from './rules.js';

/** What a form handler found; the common steps (actor, date, documents, span) follow. */
export interface Found {
  rule: DecisionRule;
  trigger: Span;
  object: Span | null;
  /** An actor the form itself names (经县政府同意 → 县政府), or undefined to search for one. */
  actor?: Actor | null;
  /** Skip the cited/planned check (a parenthetical adoption note is a record, not a clause). */
  record?: boolean;
  /** The actor is required (决定 without a body is a person's choice, not a decision). */
  needsActor?: boolean;
  /** Where the actor search starts when not at the trigger (给予 before the penalty). */
  actorAt?: number;
  /** The trigger sits inside a title read out: checks run at this offset instead. */
  outside?: number;
}

export interface Env {
  doc: Doc;
  dates: readonly DateItem[];
  meetings: MeetingItem[];
  documents: readonly DocumentItem[];
  /** Officials' mention spans, sorted by start: a person opening a clause acts (副镇长某某就…部署). */
  persons: PersonSpans;
}

/** A form handler: what the trigger `word` at `at` reports, or null. */
export type Form = (env: Env, at: number, word: string) => Found | null;

/** A frame with its trigger's offset, for ordering and dedupe; `at` is dropped on the way out. */
export type FrameAt = Decision & { at: number };
