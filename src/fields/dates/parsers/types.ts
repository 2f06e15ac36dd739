/**
 * What a date parser is and what it returns: raw candidates — what is
 * written, nothing resolved (the refiners choose and fill in).
 */
import type { Rule } from '../../rule.js';

/** A date as written, before resolution. Offsets are UTF-16 units into doc.text. */
export interface RawDate {
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  /** 今年/去年 … (publication-relative) or 当年/同年 … (context-relative) before a month. */
  relYear?: string;
  /** 本月/上月 … before a day. */
  relMonth?: string;
  /** 次日/当天 …: day offset from the date last mentioned. */
  relDay?: number;
  vague?: boolean;
  time?: string;
  timeOfDay?: string;
  range?: 'start' | 'end';
  rule: string;
}

/** Candidates one match produced; kept or dropped together (a range is one group). */
export interface RawGroup {
  start: number;
  end: number;
  items: RawDate[];
  /** Lower wins when two groups start at the same place with the same length. */
  priority: number;
}

export interface Anchor {
  chars: string;
  lead: number;
  first: string;
  between: string;
  /** One of these must stand between the match start and the anchor (a range or list mark). */
  needs?: string;
}

/** A date rule: its id is what the items it finds carry. */
export interface DateParser extends Rule {
  pattern: RegExp;
  extract(m: RegExpExecArray, text: string): RawDate[] | null;
  /**
   * Optional speed-up, no change in what is found: every match contains one of
   * `chars` at most `lead` UTF-16 units after its start, starts with one of
   * `first`, and has only `between` characters before that anchor character.
   * The pattern is then tried only at such starts near those characters (rare
   * in a text: 年/月/日 a few times per article) instead of being scanned over
   * the whole text.
   */
  anchor?: Anchor;
}
