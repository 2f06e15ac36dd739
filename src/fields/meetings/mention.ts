/**
 * What the meeting parsers hand on (a mention: one or two pieces of the text
 * and the rule that found it) and the patterns more than one of them reads.
 */
import { CITED_BEFORE_MARKERS, SESSION_WORDS, VERB_ADVERBS } from './words.js';
import type { Span } from '../../types.js';
import { WordList } from '../../text/word-list.js';

/** A mention before merging: one or two pieces of doc.text (two for 县人大常委会 + 第五次会议). */
export interface Mention {
  pieces: Span[];
  rule: string;
  /** Where the held verb is (for the date search after a subject). */
  verbAt: number;
}

/** An item before merging, with what merging needs. */
export interface Candidate {
  /** The name's pieces in doc.text, leading dates and fillers trimmed. */
  pieces: Span[];
  /** The name as analysed (doc.text). */
  analysed: string;
  date: string | null;
  span: Span;
  rule: string;
  key: string;
  order: number;
  dateQuality: number;
}

/** A day date (with optional year and time of day) leading a name: 2021年12月10日, 5月6日上午. */
export const LEADING_DAY_DATE =
  /^(?:[0-9〇零一二三四五六七八九]{4}年)?[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}[日号](?:上午|下午|晚上|晚间|晚|早上|中午|全天)?/;

/** Between a subject meeting and its verb: a day, a time of day, a 在/于 phrase, an adverb. */
const ADVERB_ALT = VERB_ADVERBS.join('|');
export const SUBJECT_GAP = new RegExp(
  `^(?:近日|日前|今天|今日|昨天|昨日|当天|当日|近期)?(?:[0-9一二三四五六七八九十]{1,3}日)?(?:上午|下午|晚上|晚间|晚|早上|中午|全天)?(?:[在于][^,。;!?]{1,30})?(?:${ADVERB_ALT})?$`,
);

/** Session words (开幕会, 全体会议…) as a lookup: alone they name no meeting. */
export const SESSION_WORD_SET: ReadonlySet<string> = new Set(SESSION_WORDS);

/** Citing verbs (学习贯彻, 传达…) that make a following mention a citation. */
export const CITED_BEFORE = new WordList(CITED_BEFORE_MARKERS);
