/**
 * Small text helpers for the meetings extractor: boundaries, head words,
 * left scans. Everything is bounded by a window so 1 MB lines stay linear.
 */
import { MEETING_HEADS } from './words.js';
import { WordList, byLength, isSpaceCode } from '../../text/word-list.js';

/**
 * Characters no meeting name crosses: , 。 ; : ! ? spaces 《 》 【 】 [ ] | … — < > =.
 * 、 and () are allowed inside names (县(市、区)委书记座谈会).
 */
function isBoundaryCode(c: number): boolean {
  switch (c) {
    case 0x2c:
    case 0x3002:
    case 0x3b:
    case 0x3a:
    case 0x21:
    case 0x3f:
    case 0x300a:
    case 0x300b:
    case 0x3010:
    case 0x3011:
    case 0x5b:
    case 0x5d:
    case 0x7c:
    case 0x2026:
    case 0x2014:
    case 0x3c:
    case 0x3e:
    case 0x3d:
      return true;
    default:
      return isSpaceCode(c);
  }
}

export function isBoundary(ch: string | undefined): boolean {
  return ch === undefined || isBoundaryCode(ch.charCodeAt(0));
}

/** Whether the unit at `i` is a hard boundary; outside the text counts as one. */
function boundaryAt(text: string, i: number): boolean {
  return i < 0 || i >= text.length || isBoundaryCode(text.charCodeAt(i));
}

/** Sentence ends 。 ! ? and the line break. */
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0x0a || c === 0x21 || c === 0x3f;
}

/** Heads sorted longest first, so 座谈会 wins over 会. */
export const HEADS_BY_LENGTH = new WordList(byLength(MEETING_HEADS));

/** Length of the longest head word ending exactly at `end` in `text`, or 0. */
export function headEndingAt(text: string, end: number, heads: WordList = HEADS_BY_LENGTH): number {
  return heads.endingAt(text, end)?.length ?? 0;
}

/** End positions in (from, to] where a head word ends, in text order. */
export function headEndsIn(
  text: string,
  from: number,
  to: number,
  heads: WordList = HEADS_BY_LENGTH,
): Array<{ end: number; len: number }> {
  const out: Array<{ end: number; len: number }> = [];
  for (let e = from + 1; e <= to; e++) {
    // 工作会 followed by 议 is inside 工作会议: the head ends later.
    if (text[e] === '议' && text[e - 1] === '会') continue;
    const len = headEndingAt(text, e, heads);
    if (len > 0 && e - len >= from) out.push({ end: e, len });
  }
  return out;
}

/** Start of the clause containing position `pos`: after the nearest hard boundary before it (at most `limit` back). */
export function clauseStart(text: string, pos: number, limit = 80): number {
  const min = Math.max(0, pos - limit);
  for (let i = pos; i > min; i--) {
    if (boundaryAt(text, i - 1)) return i;
  }
  return min;
}

/** End of the clause starting at `pos` (first hard boundary, at most `limit` ahead). */
export function clauseEnd(text: string, pos: number, limit = 60): number {
  const max = Math.min(text.length, pos + limit);
  for (let i = pos; i < max; i++) {
    if (boundaryAt(text, i)) return i;
  }
  return max;
}

/** Start of the sentence containing `pos` (at most `limit` back). */
export function sentenceStart(text: string, pos: number, limit = 300): number {
  const min = Math.max(0, pos - limit);
  for (let i = pos; i > min; i--) {
    if (isSentenceEnd(text.charCodeAt(i - 1))) return i;
  }
  return min;
}

/** Start of the paragraph (line) containing `pos` (at most `limit` back). */
export function paragraphStart(text: string, pos: number, limit = 2000): number {
  const i = lastIndexWithin(text, '\n', pos - 1, limit);
  return i < 0 ? Math.max(0, pos - limit) : i + 1;
}

/** End of the paragraph (line) containing `pos` (at most `limit` ahead). */
export function paragraphEnd(text: string, pos: number, limit = 500): number {
  const max = Math.min(text.length, pos + limit);
  for (let i = pos; i < max; i++) if (text.charCodeAt(i) === 0x0a) return i;
  return max;
}

/** lastIndexOf of the one-unit `ch` that looks back at most `limit` characters from `from` (inclusive); -1 when not found. */
export function lastIndexWithin(text: string, ch: string, from: number, limit: number): number {
  const min = Math.max(0, from - limit);
  const code = ch.charCodeAt(0);
  for (let i = Math.min(from, text.length - 1); i >= min; i--) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/**
 * Scan left from `from` over name characters: stops at a hard boundary or an
 * unmatched "(" — so (扩大) and 县(市、区) stay inside, "(2021年…会议通过)" is cut.
 */
export function scanNameStart(text: string, from: number, limit = 50): number {
  const min = Math.max(0, from - limit);
  let depth = 0;
  let i = from;
  while (i > min) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x29 /* ) */) {
      if (depth === 0 && !nameParenthesis(text, i - 1)) break;
      depth++;
    } else if (c === 0x28 /* ( */) {
      if (depth === 0) break;
      depth--;
    } else if (boundaryAt(text, i - 1)) break;
    i--;
  }
  return i;
}

/**
 * Whether the ")" at `close` ends a parenthesis that can sit inside a name:
 * short, no spaces, not a byline — (扩大), 县(市、区); not (记者 张三).
 */
function nameParenthesis(text: string, close: number): boolean {
  const open = lastIndexWithin(text, '(', close, 9);
  if (open < 0) return false;
  const inner = text.slice(open + 1, close);
  return !/[\s记者通讯员摄讯电]/.test(inner);
}

/** True when `pos` lies inside a 《》 pair on its line (a document title, not a meeting); looks back 300 chars. */
export function insideBookTitle(text: string, pos: number): boolean {
  const min = Math.max(0, pos - 300);
  for (let i = Math.min(pos, text.length) - 1; i >= min; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x300a /* 《 */) return true;
    if (c === 0x300b /* 》 */ || c === 0x0a) return false;
  }
  return false;
}

/** Key for "same meeting" comparison: quotes, brackets and whitespace removed. */
export function meetingKey(name: string): string {
  return (nfkcStable(name) ? name : name.normalize('NFKC')).replace(/[\s"'“”‘’「」『』]/g, '');
}

/**
 * Whether NFKC leaves `s` as it is, known without running it: printable
 * ASCII and CJK Unified Ideographs (U+4E00–U+9FFF) have no decompositions
 * and compose with nothing. Most names are only these.
 */
function nfkcStable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 || c > 0x7e) && (c < 0x4e00 || c > 0x9fff)) return false;
  }
  return true;
}

const NUMERAL_RUN = /[0-9]+|[〇零一二三四五六七八九十百两]+/g;

/**
 * Whether two mention keys name the same meeting: one contains the other, or
 * they share most characters in order (longest common subsequence at least
 * 80% of the shorter, 4+ chars) and the shorter has no numeral the longer
 * lacks — headline 某社区召开第三季度联席会 and body 2025年第三季度“大党委”联席会议
 * merge; 第5次常务会议 and 第15次常务会议, or 全县经济工作会议 and
 * 全县农村工作会议, do not.
 */
export function sameMeeting(a: string, b: string): boolean {
  if (a.includes(b) || b.includes(a)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length > 80) return false;
  // A bare type word (现场会) and a full name of that kind (某某现场推进会议).
  if (short.length < 4) return BARE_TYPE_WORDS.has(short) && isSubsequence(short, long);
  if (lcsLength(short, long) < 0.8 * short.length) return false;
  const longNums = new Set(long.match(NUMERAL_RUN) ?? []);
  return (short.match(NUMERAL_RUN) ?? []).every((n) => longNums.has(n));
}

function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

/** Type words that stand alone as a name (座谈会): a head, or a head spelt with 会议 (现场会议). */
const BARE_TYPE_WORDS = new Set(MEETING_HEADS.flatMap((h) => (h.endsWith('会') ? [h, `${h}议`] : [h])));

function lcsLength(a: string, b: string): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, cur[j - 1] as number);
    }
    prev = cur;
  }
  return prev[b.length] as number;
}
