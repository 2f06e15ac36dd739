/**
 * Shared types. Extractors work in UTF-16 offsets of the analysed string (what
 * JS regexes give); the assembler converts every span to code points once.
 */

import type { TokenIndex } from './text/token-index.js';

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
  /** jieba tokens over `text`, segmented clause by clause as they are asked for. */
  tokens: TokenIndex;
  /** A publication date given by the caller (JSONL field), ISO; overrides the header. */
  publishedAtHint?: string | null;
}

export interface Byline {
  role: string;
  name: string;
  span: Span;
  /** The rule that found the credit (by.bracket-role, by.credit-line …; see RULES.md). */
  rule: string;
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
  /** The rule behind each header value (not in the record: the rule tester and traces read it). */
  rules: { title: string | null; publishedAt: string | null; source: string | null };
}

export type DatePrecision = 'year' | 'month' | 'day' | 'datetime' | 'vague';
export type DateAnchor = 'explicit' | 'publication' | 'previous-date' | 'context-year' | 'none';

export interface DateItem {
  text: string;
  /** YYYY, YYYY-MM, YYYY-MM-DD, or XXXX-MM(-DD) when the year is unknown; null for vague expressions (近日). */
  value: string | null;
  precision: DatePrecision;
  /** HH:MM or HH:MM:SS when a clock time is stated (precision 'datetime'). */
  time?: string;
  /** For vague expressions: the latest date they can mean (usually the publication date). */
  notAfter?: string;
  anchor: DateAnchor;
  /** 上午/下午/晚 … when stated. */
  timeOfDay?: string;
  /** Set on both ends of a range (2月25日至26日). */
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
  /** The organisation resolved to the article's locality (镇党委 → 渠岸镇党委), when known. */
  orgResolved?: string | null;
  span: Span;
  rule: string;
}

export interface Official {
  name: string;
  titles: Title[];
  mentions: Span[];
  /** What the person does in the article, from verbs next to the mentions: chair, speak, attend, sign, inspect … */
  roles?: string[];
  rule: string;
}

export interface DocumentItem {
  title: string;
  /** decision, opinion, notice, plan, measures, provisions, regulations, report, law … from the title's last word; null when none fits (newspapers, books). */
  kind: string | null;
  /** 文号 written right after the title, e.g. 青政办发〔2023〕5号, normalised to its written form; null when none. */
  number: string | null;
  /** The issuing body where the text states it: inside the title before 关于, or the subject of 印发/发布 right before it. */
  issuer: string | null;
  span: Span;
  /** Id of the rule that found it (doc.book-title-marks); the refiners that shaped it are not named. */
  rule: string;
}

export interface MeetingItem {
  name: string;
  /** 常务会议, 常委会会议, 理论学习中心组学习, 座谈会 … when recognised. */
  type?: string | null;
  date: string | null;
  /** Where it was held, as written (县政府常务会议室), or null. */
  place?: string | null;
  /** Names (as in `officials`) of who chaired, spoke, attended. */
  chair?: string[];
  speakers?: string[];
  attendees?: string[];
  /** What the meeting did: 传达学习…精神, 听取…汇报, 审议通过《…》 … as written. */
  agenda?: string[];
  span: Span;
  rule: string;
}

export type DecisionKind =
  | 'adopt'
  | 'decide'
  | 'establish'
  | 'issue'
  | 'sign'
  | 'commend'
  | 'deploy'
  | 'approve'
  | 'appoint'
  | 'remove'
  | 'resign'
  | 'discipline';

/** A typed decision frame: who did what to what, when. */
export interface Decision {
  kind: DecisionKind;
  /** The trigger words as written (审议通过, 印发, 免去). */
  trigger: string;
  /** The acting body or person as written (会议, 县委常委会, 县人大常委会), or null. */
  actor: string | null;
  /** What was acted on, as written (the document, group, agreement, person …), or null. */
  object: string | null;
  /** Titles of 《》 documents inside the frame. */
  documents: string[];
  /** Normalised date of the frame (from the sentence or the meeting), or null. */
  date: string | null;
  span: Span;
  rule: string;
}

/** One appointment or removal: the raw material of career research. */
export interface Appointment {
  type: 'appoint' | 'remove' | 'elect' | 'nominate' | 'resign' | 'acting';
  /** Full name as written. */
  person: string;
  to: { title: string; org: string | null } | null;
  from: { title: string; org: string | null } | null;
  /** The body that appointed or removed (县人大常委会, 省政府), or null. */
  authority: string | null;
  date: string | null;
  span: Span;
  rule: string;
}

export type OrgKind =
  | 'party'
  | 'government'
  | 'congress'
  | 'cppcc'
  | 'discipline'
  | 'court'
  | 'procuratorate'
  | 'military'
  | 'mass'
  | 'village'
  | 'community'
  | 'enterprise'
  | 'working-group'
  | 'other';

export type AdminLevel = 'central' | 'province' | 'city' | 'county' | 'township' | 'village';

export interface Organization {
  /** As written (镇党委). */
  name: string;
  /** Resolved to the article's locality (渠岸镇党委), or null when unknown. */
  resolved: string | null;
  kind: OrgKind;
  level: AdminLevel | null;
  span: Span;
  rule: string;
}

export interface Place {
  /** As written (三原县). */
  name: string;
  /** Administrative division code (6 digits to county, 9 to township, 12 to village), or null when unresolved. */
  code: string | null;
  /** Names from the province down to this unit. */
  path: string[];
  level: AdminLevel | null;
  span: Span;
  rule: string;
}
