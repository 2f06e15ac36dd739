/**
 * Rules meeting.object and meeting.body-object: the name as the object of a
 * held verb (主持召开XX会议, 开展集体学习研讨), joined with the body before the
 * verb when the object is only an ordinal session (县人大常委会举行第五次会议).
 */
import { BODY_SUFFIXES, HEAD_BLOCKERS, MEETING_HEADS, STUDY_HEADS } from '../words.js';
import { MEETING_FORMS } from '../rules.js';
import { CITED_BEFORE, LEADING_DAY_DATE, type Mention, SESSION_WORD_SET, SUBJECT_GAP } from '../mention.js';
import { clauseEnd, clauseStart, headEndingAt, headEndsIn } from '../text.js';
import type { Span } from '../../../types.js';
import { WordList, byLength } from '../../../text/word-list.js';

/** Ordinal start of a meeting name that needs its body in front: 第三次会议, 26次常委会会议, 主席团第二次会议. */
const ORDINAL_START = /^(?:第|[0-9一二三四五六七八九十百〇零两]+次|[0-9一二三四五六七八九十]+届|主席团)/;

const STUDY_AND_HEADS = new WordList(byLength([...MEETING_HEADS, ...STUDY_HEADS]));
const BLOCKERS = new WordList(HEAD_BLOCKERS);
const BODIES = new WordList(BODY_SUFFIXES);

/** 主持召开XX会议 / 举行第五次会议 (with its body: 县人大常委会举行第五次会议) / 开展集体学习研讨. */
export function objectMentions(text: string, v: number, verb: string, after: number): Mention[] {
  let pos = after;
  // 学习贯彻近日召开的XX会议部署 / 传达了…主持召开XX会议时的讲话: under a citing verb in
  // the same clause (为深入贯彻…精神,7月19日,某街道召开… is a purpose clause before a report).
  if (CITED_BEFORE.occursIn(text, clauseStart(text, v), v)) return [];
  if (text[pos] === '的' || text[pos] === '了') pos++;
  let end = clauseEnd(text, pos, 60);
  // Another held verb closes the object (开展调研并召开座谈会 → the 召开 mention carries it).
  const rest = text.slice(pos, end);
  const nextVerb = rest.search(/召开|举行|举办|开展|出席|参加|主持/);
  if (nextVerb >= 0) end = pos + nextVerb;
  const heads = verb === '开展' ? STUDY_AND_HEADS : undefined;
  const ends = headEndsIn(text, pos, end, heads);
  for (let k = ends.length - 1; k >= 0; k--) {
    const { end: e } = ends[k] as { end: number; len: number };
    if (BLOCKERS.startingAt(text, e)) continue;
    const rule = MEETING_FORMS.object.id;
    const parts = splitCoordinated(text, pos, e);
    if (parts.length > 1) return parts.map((p) => ({ pieces: [p], rule, verbAt: v }));
    const object = text.slice(pos, e);
    const needsBody = ORDINAL_START.test(object) || SESSION_WORD_SET.has(object);
    const body = needsBody ? bodyBefore(text, v) : null;
    if (body) return [{ pieces: [body, [pos, e]], rule: MEETING_FORMS.bodyObject.id, verbAt: v }];
    return [{ pieces: [[pos, e]], rule, verbAt: v }];
  }
  return [];
}

/**
 * 召开A活动和B会 / 举行了A会议、B会议 → one item each, when every part ends
 * like a meeting (or 活动); else one name (甲乙两地交流座谈会, 全县安全生产和防灾减灾工作会议).
 */
function splitCoordinated(text: string, start: number, end: number): Span[] {
  const parts: Span[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    const sep = ch === '和' || ch === '、' || ch === '及' ? 1 : text.startsWith('以及', i) ? 2 : 0;
    if (sep === 0) continue;
    const left = text.slice(from, i);
    if (!(headEndingAt(left, left.length) > 0 || left.endsWith('活动'))) continue;
    parts.push([from, i]);
    from = i + sep;
  }
  if (parts.length === 0) return [[start, end]];
  parts.push([from, end]);
  return parts;
}

/**
 * The body right before a verb (县十七届人大常委会举行…), when the clause up
 * to the verb is one, possibly followed by a day or a 在 phrase
 * (某会议在北京举行开幕会).
 */
function bodyBefore(text: string, v: number): Span | null {
  const cs = clauseStart(text, v, 40);
  let start = cs;
  const lead = LEADING_DAY_DATE.exec(text.slice(start, v));
  if (lead) start += lead[0].length;
  for (let k = v; k - start >= 2; k--) {
    if (!BODIES.endingAt(text, k, start)) continue;
    if (k === v || SUBJECT_GAP.test(text.slice(k, v))) return [start, k];
  }
  return null;
}
