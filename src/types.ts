/**
 * Shared types. Extractors work in UTF-16 offsets of the analysed string (what
 * JS regexes give); the assembler converts every span to code points once.
 */

/** [start, end) offsets. Inside extractors: UTF-16 units; in records: code points. */
export type Span = [number, number];

/** A jieba token placed back onto the text. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** What every extractor receives: the text twice (as written and as analysed) and its tokens. */
export interface Doc {
  /** The text as written; surfaces are sliced from here. */
  original: string;
  /** Same UTF-16 length as `original`: full-width folded, traditional→simplified. Rules run on this. */
  text: string;
  /** Lazily computed jieba tokens over `text`. */
  tokens(): Token[];
  /** A publication date given by the caller (JSONL field), ISO; overrides the header. */
  publishedAtHint?: string | null;
}

export interface Byline {
  role: string;
  name: string;
  span: Span;
}

export interface MetaResult {
  title: string | null;
  titleSpan: Span | null;
  publishedAt: string | null;
  publishedAtSpan: Span | null;
  source: string | null;
  sourceSpan: Span | null;
  bylines: Byline[];
  /** Spans that belong to the header/credits, not the body (officials skip them). */
  headerSpans: Span[];
}

export type DatePrecision = 'year' | 'month' | 'day' | 'datetime' | 'vague';
export type DateAnchor = 'explicit' | 'publication' | 'previous-date' | 'context-year' | 'none';

export interface DateItem {
  text: string;
  value: string;
  precision: DatePrecision;
  anchor: DateAnchor;
  /** 上午/下午/晚 … when stated. */
  timeOfDay?: string;
  /** For a range end, the index of the other end in the same list is not kept; `range` names the role. */
  range?: 'start' | 'end';
  span: Span;
  rule: string;
}

export interface Title {
  /** As written, with prefix words like 时任 dropped. */
  text: string;
  /** Organisation part as written (镇党委), or null. */
  org: string | null;
  /** Post noun (书记, 副镇长). */
  position: string;
  acting: boolean;
  former: boolean;
  span: Span;
  rule: string;
}

export interface Official {
  name: string;
  titles: Title[];
  mentions: Span[];
  rule: string;
}

export interface DocumentItem {
  title: string;
  span: Span;
}

export interface MeetingItem {
  name: string;
  date: string | null;
  span: Span;
  rule: string;
}
