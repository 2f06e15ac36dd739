/**
 * Shared helpers for the decisions and appointments extractors: clause and
 * sentence bounds, the cited/planned check, the acting body, the frame date.
 * Every scan is bounded by a window so 1 MB lines stay linear.
 */
import type { DateItem, MeetingItem, Official, Span } from '../../types.js';
import {
  ACTOR_GAP_WORDS,
  ACTOR_LEAD_FILLERS,
  BODY_HEADS,
  CITED_MARKERS,
  MEETING_SUBJECTS,
  MODAL_CHARS,
  MODAL_NOT_AFTER,
  MODAL_NOT_BEFORE,
  PLANNED_MARKERS,
  PRESCRIPTIVE_OPENERS,
  REPORTED_SPEECH,
} from '../../lexicon/decision-words.js';
import { POSITION_MODIFIERS, POST_NOUNS } from '../../lexicon/titles.js';
import { UnitSet, WordList, byLength, isSpaceCode, withoutSpaces } from '../../text/word-list.js';
import { lowerBoundBy } from '../../text/collections.js';

/** Clause ends , ; 。 ! ? : and the line break: a switch, since every trigger scans both ways. */
function isClauseEnd(c: number): boolean {
  switch (c) {
    case 0x2c:
    case 0x3b:
    case 0x3002:
    case 0x21:
    case 0x3f:
    case 0x0a:
    case 0x3a:
      return true;
    default:
      return false;
  }
}

/** Sentence ends 。 ! ? and the line break. */
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0x0a || c === 0x21 || c === 0x3f;
}

const MODAL_UNITS = new UnitSet(MODAL_CHARS);
const MODAL_NOT_BEFORE_UNITS = new UnitSet(MODAL_NOT_BEFORE);
const MODAL_NOT_AFTER_UNITS = new UnitSet(MODAL_NOT_AFTER);
/** Marker lists, longest first: each finds what the alternation of its words would. */
const CITED = new WordList(byLength(CITED_MARKERS));
const PLANNED = new WordList(byLength(PLANNED_MARKERS));
/** Reported speech is a speech word followed by , or : (会议强调,…). */
const SPEECH = new WordList(byLength(REPORTED_SPEECH));
const SPEECH_THEN = new UnitSet(',:');

const GAPS = new WordList(byLength(ACTOR_GAP_WORDS));
const FILLERS = new WordList(byLength(ACTOR_LEAD_FILLERS));
const BODIES = new WordList(byLength(BODY_HEADS));
const MEETING_WORDS = new WordList(byLength(MEETING_SUBJECTS));
const POSTS = new WordList(byLength([...POST_NOUNS, ...POSITION_MODIFIERS]));

/** The participants of a meeting as subject (与会代表, 全体镇人大代表): the meeting acts. */
const PARTICIPANTS = /^(?:全体|与会|参会|全体参会|全体与会|出席会议的)[^,。;\s]{0,8}?(?:代表|委员|人员|成员)们?$/;
/** First units of those participant words (全体, 与会, 参会, 出席会议的): the patterns need one. */
const PARTICIPANT_LEADS = new Set([...'全与参出'].map((ch) => ch.charCodeAt(0)));
/** Verbs and prepositions a body's name never runs across (市委常委会|听取…). */
const BODY_STOP = new WordList(
  '、|联合|听取|召开|举行|研究|审议|印发|组织|进行|对|就|在|于|与|和|及|向|将|把|通过|决定|同意|批准|部署|给予|成立|设立|下设|签订|签署|表彰|出台|发布|转变|推进|推动|加强|深化|持续|落实|完善|建立|健全|提高|提升|优化|做好|抓好|确保|坚持|实施|开展|加快|强化|围绕|聚焦'.split(
    '|',
  ),
);
/** Words a clause opening with a body never starts with (为…, 根据…, 在…). */
const NOT_BODY_LEADS = new WordList(['为', '根据', '按照', '依据', '围绕', '随着', '据', '针对', '对', '就', '在']);

/** Start of the clause containing `pos` (after , ; 。 : or a line break; at most `limit` back). */
export function clauseStartOf(text: string, pos: number, limit = 120): number {
  const min = Math.max(0, pos - limit);
  for (let i = pos; i > min; i--) if (isClauseEnd(text.charCodeAt(i - 1))) return i;
  return min;
}

/** End of the clause starting at or containing `pos`; 《》 titles are skipped whole. */
export function clauseEndOf(text: string, pos: number, limit = 160): number {
  const max = Math.min(text.length, pos + limit);
  let depth = 0;
  for (let i = pos; i < max; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x300a /* 《 */) depth++;
    else if (ch === 0x300b /* 》 */ && depth > 0) depth--;
    else if (depth === 0 && isClauseEnd(ch)) return i;
    else if (ch === 10) return i;
  }
  return max;
}

export function sentenceStartOf(text: string, pos: number, limit = 300): number {
  const min = Math.max(0, pos - limit);
  for (let i = pos; i > min; i--) if (isSentenceEnd(text.charCodeAt(i - 1))) return i;
  return min;
}

export function sentenceEndOf(text: string, pos: number, limit = 300): number {
  const max = Math.min(text.length, pos + limit);
  for (let i = pos; i < max; i++) if (isSentenceEnd(text.charCodeAt(i))) return i;
  return max;
}

/** Whether `pos` lies inside a 《》 pair on its line. */
export function insideTitle(text: string, pos: number): boolean {
  const min = Math.max(0, pos - 200);
  for (let i = Math.min(pos, text.length) - 1; i >= min; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x300a /* 《 */) return true;
    if (c === 0x300b /* 》 */ || c === 0x0a) return false;
  }
  return false;
}

/** A modal 要/应 in `s` (要…部署, 应…决定), not 重要/要求/应急. */
function hasModalChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (!MODAL_UNITS.has(s.charCodeAt(i))) continue;
    if (i > 0 && MODAL_NOT_BEFORE_UNITS.has(s.charCodeAt(i - 1))) continue;
    if (i + 1 < s.length && MODAL_NOT_AFTER_UNITS.has(s.charCodeAt(i + 1))) continue;
    return true;
  }
  return false;
}

/**
 * Why the act at [trigStart, …) is not reported as done, or null when it is:
 * cited (根据…, 贯彻…), planned or prescribed (将于, 要, 应当, 拟), reported
 * speech (会议强调,…), a rule text (第三条, 主要任务是:), a copula (…是讨论决定…的会议),
 * or a 将 right before the trigger (将印发). `cs` is the clause start, `ss` the sentence start.
 */
export function blockedReason(text: string, cs: number, ss: number, trigStart: number): string | null {
  // Words inside 《》 are a title's (《关于…的意见》已经…同意), not the sentence's.
  const clause = withoutTitles(text.slice(cs, trigStart));
  const cited = CITED.leftmostIn(clause);
  if (cited) return `cited:${cited}`;
  const planned = PLANNED.leftmostIn(clause);
  if (planned) return `planned:${planned}`;
  if (hasModalChar(clause)) return 'planned:modal';
  if (clause.includes('将') && /(?<![现特])将(?:[^\s,。;:]{0,4})$/.test(clause) && !/将[《"“]/.test(clause))
    return 'planned:将';
  const bare = gapsStart(clause);
  if (bare > 0 && clause.charCodeAt(bare - 1) === 0x662f /* 是 */) return 'copula';
  const sentence = withoutTitles(text.slice(ss, trigStart));
  // An instruction earlier in the sentence (要抓住…,…,出台…): the verbs after it are what is asked, not done.
  if (hasModalChar(sentence)) return 'planned:modal-sentence';
  const speech = SPEECH.leftmostIn(sentence, 0, sentence.length, SPEECH_THEN);
  if (speech) return `speech:${speech}`;
  if (PRESCRIPTIVE_OPENERS.test(sentence)) return 'prescriptive';
  return null;
}

/** 《…》 emptied to 《》 (most slices have none: skip the replace). */
function withoutTitles(s: string): string {
  return s.includes('《') ? s.replace(/《[^《》]*》/g, '《》') : s;
}

/** Drops trailing gap words (县政府|依法|审议 → 县政府). */
export function stripGaps(s: string): string {
  const end = gapsStart(s);
  return end === s.length ? s : s.slice(0, end);
}

/** Where trailing gap words start in `s` (its length when none). */
function gapsStart(s: string): number {
  let end = s.length;
  // A handful of gap words at most (依法|审议); a run of repeated words is no subject anyway.
  for (let n = 0; n < 6 && end > 0; n++) {
    const g = GAPS.endingAt(s, end);
    if (g === null) break;
    end -= g.length;
  }
  return end;
}

const DAY_OR_TIME = /^(?:[0-9一二三四五六七八九十]{1,3}[日号])?(?:上午|下午|晚上|晚间|中午|早上)?,?/;
const DAY_LEAD_CODES = new Set([...'0123456789一二三四五六七八九十上下晚中早,'].map((ch) => ch.charCodeAt(0)));

/** Offset of the first character after leading fillers and day dates in [start, end); `dates` sorted by start. */
export function skipLeading(text: string, start: number, end: number, dates: readonly DateItem[]): number {
  let p = start;
  for (let changed = true; changed && p < end; ) {
    changed = false;
    const c = text.charCodeAt(p);
    if (isSpaceCode(c)) {
      p++;
      changed = true;
      continue;
    }
    const f = FILLERS.startingAt(text, p);
    if (f && p + f.length <= end) {
      p += f.length;
      changed = true;
      continue;
    }
    const d = dateStartingAt(dates, p);
    if (d && d.span[1] <= end) {
      p = d.span[1];
      changed = true;
      continue;
    }
    // Only a digit, 上/下/晚/中/早 or a comma can open a day or a time of day.
    if (!DAY_LEAD_CODES.has(c)) continue;
    const m = DAY_OR_TIME.exec(text.slice(p, Math.min(end, p + 10)));
    if (m && m[0].length > 0) {
      p += m[0].length;
      changed = true;
    }
  }
  return p;
}

export interface Actor {
  text: string;
  span: Span;
  meeting: MeetingItem | null;
}

/** The meeting 会议/会上 refers to: the only one, else the nearest one starting before `pos`. */
export function meetingFor(meetings: readonly MeetingItem[], pos: number): MeetingItem | null {
  if (meetings.length === 0) return null;
  if (meetings.length === 1) return meetings[0] as MeetingItem;
  let best: MeetingItem | null = null;
  for (const m of meetings) if (m.span[0] < pos && (!best || m.span[0] > best.span[0])) best = m;
  return best;
}

/** Whether `s` is a body's name: ends in a body head, short, with no post noun after the head. */
export function bodyLike(s: string): boolean {
  if (s.length < 2 || s.length > 30) return false;
  if (/[,。;:!?\s《》"“”]/.test(s)) return false;
  return BODIES.endOf(s) !== null;
}

/**
 * The subject in [from, to): a meeting word (会议, 会上) or a body name
 * ending at `to` after gap words are dropped (县人大常委会依法 → 县人大常委会).
 */
export function subjectIn(
  text: string,
  original: string,
  from: number,
  to: number,
  dates: readonly DateItem[],
  meetings: readonly MeetingItem[],
): Actor | null {
  let start = skipLeading(text, from, to, dates);
  // 《某办法》已经某会议审议通过 / 经县政府同意: the subject follows 经.
  const jing = /(?:已经|已由|经过|经(?![济营贸费验典销开纪历]))(?!.*经)/.exec(text.slice(start, to));
  if (jing) start = skipLeading(text, start + jing.index + jing[0].length, to, dates);
  const left = stripGaps(text.slice(start, to));
  if (left.length === 0) return null;
  const end = start + left.length;
  const mw = MEETING_WORDS.endOf(left);
  if (
    (mw && (left.length === mw.length || /^(?:本次|此次|这次|该次)/.test(left))) ||
    (PARTICIPANT_LEADS.has(left.charCodeAt(0)) && PARTICIPANTS.test(left))
  ) {
    const meeting = meetingFor(meetings, from);
    return { text: meeting ? meeting.name : original.slice(start, end), span: [start, end], meeting };
  }
  if (/[,。;:!?\s《》"“”]/.test(left) || left.length > 40) return null;
  // A meeting named in full as subject (县政府第5次常务会议审议通过…).
  if (mw || left.endsWith('会') || left.endsWith('会议')) {
    const key = left.replace(/\s/g, '');
    const named = meetings.find((m) => {
      const k = m.name.replace(/\s/g, '');
      return k.length >= 2 && (key.endsWith(k) || k.endsWith(key));
    });
    if (named) return { text: named.name, span: [start, end], meeting: named };
    return { text: original.slice(start, end), span: [start, end], meeting: null };
  }
  if (bodyLike(left)) return { text: withoutSpaces(original.slice(start, end)), span: [start, end], meeting: null };
  return null;
}

/** What no joined body's name crosses: , 。 ; : ! ? 《 》 、 and spaces. */
function partStop(c: number): boolean {
  return isClauseEnd(c) || c === 0x300a || c === 0x300b || c === 0x3001 || isSpaceCode(c);
}

/**
 * The body opening a clause (县人大常委会召开… → 县人大常委会): the longest
 * prefix ending in a body head that is not followed by a post noun (县人大常委会主任 is a person).
 */
export function bodyPrefix(
  text: string,
  original: string,
  from: number,
  to: number,
  dates: readonly DateItem[],
): Actor | null {
  const start = skipLeading(text, from, to, dates);
  if (NOT_BODY_LEADS.startingAt(text, start, start + 2)) return null;
  const stop = BODY_STOP.indexIn(text, start, Math.min(to, start + 30));
  const max = Math.min(to, start + 30, stop >= 0 ? stop : Infinity);
  let best = -1;
  for (let e = start + 2; e <= max; e++) {
    if (!BODIES.endingAt(text, e, start)) continue;
    if (POSTS.startingAt(text, e)) continue;
    const s = text.slice(start, e);
    // A person's title inside (我院纪委书记某某任某街道党工委): no body opens the clause.
    if (/书记|主任|[县镇市乡区省局部]长|主席(?!团)/.test(s)) break;
    if (/[,。;:!?\s《》]/.test(s)) break;
    best = e;
  }
  if (best < 0) return null;
  // 县委办、县政府办联合印发: bodies joined by 、/和 act together.
  for (let guard = 0; guard < 4 && /[、和与]/.test(text[best] ?? ''); guard++) {
    let next = -1;
    const lim = Math.min(to, best + 20);
    // The part text.slice(best + 1, e) grows by one unit a step: it stops at its first stop unit.
    for (let e = best + 3; e <= lim; e++) {
      if (
        e === best + 3
          ? partStop(text.charCodeAt(best + 1)) || partStop(text.charCodeAt(best + 2))
          : partStop(text.charCodeAt(e - 1))
      )
        break;
      if (BODIES.endingAt(text, e, best + 1) && !POSTS.startingAt(text, e)) next = e;
    }
    if (next < 0) break;
    best = next;
  }
  return { text: original.slice(start, best), span: [start, best], meeting: null };
}

/**
 * The actor of a trigger at `trig`: the subject of its clause; else a
 * meeting named earlier in the sentence; else the body or meeting word
 * opening the sentence's first clause that is not a date.
 */
export function findActor(
  text: string,
  original: string,
  trig: number,
  dates: readonly DateItem[],
  meetings: readonly MeetingItem[],
  persons: PersonSpans | null = null,
): Actor | null {
  const cs = clauseStartOf(text, trig);
  const local =
    subjectIn(text, original, cs, trig, dates, meetings) ?? personOpening(text, original, cs, trig, dates, persons);
  if (local) return local;
  const ss = sentenceStartOf(text, trig);
  for (const m of meetings) {
    if (m.span[0] >= ss && m.span[1] <= cs) return { text: m.name, span: m.span, meeting: m };
  }
  // The clauses of the sentence before the trigger's: the first that opens with a subject.
  // The trigger's own clause is included: 会议决定接受某某… opens with its subject.
  let p = ss;
  while (p <= cs) {
    const e = Math.min(clauseEndOf(text, p), trig);
    const s = skipLeading(text, p, e, dates);
    if (s < e) {
      const mw = MEETING_WORDS.startingAt(text, s);
      // 会议: opens a statement (会议指出:) unless it is 会上/会议上, "at the meeting".
      if (mw && (!/^[,:]/.test(text.slice(s + mw.length)) || mw.endsWith('上'))) {
        const meeting = meetingFor(meetings, trig);
        return { text: meeting ? meeting.name : original.slice(s, s + mw.length), span: [s, s + mw.length], meeting };
      }
      const found = bodyPrefix(text, original, s, e, dates) ?? personOpening(text, original, s, e, dates, persons);
      if (found) return found;
      const part = PARTICIPANT_LEADS.has(text.charCodeAt(s)) ? PARTICIPANTS_START.exec(text.slice(s, e)) : null;
      if (part) {
        const meeting = meetingFor(meetings, trig);
        if (meeting) return { text: meeting.name, span: [s, s + part[0].length], meeting };
      }
    }
    p = e + 1;
  }
  return null;
}

const PARTICIPANTS_START = /^(?:全体|与会|参会|全体参会|全体与会)[^,。;\s]{0,8}?(?:代表|委员|人员|成员)/;

/** A person opening a clause (副镇长张三就…部署): the title and name as written, from the officials' mentions (sorted by start). */
function personOpening(
  text: string,
  original: string,
  from: number,
  to: number,
  dates: readonly DateItem[],
  people: PersonSpans | null,
): Actor | null {
  if (people === null) return null;
  const persons = people.list;
  if (persons.length === 0) return null;
  const s = skipLeading(text, from, to, dates);
  let lo = 0;
  let hi = persons.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((persons[mid] as Span)[0] < s) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < persons.length; k++) {
    const [a, b] = persons[k] as Span;
    if (a > s + 24) break;
    if (b > to) continue;
    if (/[,。;:!?《》\s]/.test(text.slice(s, b))) continue;
    // Only a title may stand before the name (副镇长某某); 某纪委给予某某 is no person acting.
    const title = text.slice(s, a);
    if (title.length > 0 && !POSTS.endOf(title)) continue;
    return { text: original.slice(s, b), span: [s, b], meeting: null };
  }
  return null;
}

/**
 * Items sorted by span start, as a stable sort gives them: the list itself
 * when it already is (the usual case; callers never change it), else a sorted copy.
 */
export function sortedByStart<T extends { span: Span }>(items: readonly T[]): readonly T[] {
  for (let i = 1; i < items.length; i++) {
    if ((items[i] as T).span[0] < (items[i - 1] as T).span[0]) return [...items].sort((a, b) => a.span[0] - b.span[0]);
  }
  return items;
}

/** Officials' mention spans sorted by start; sorted when first asked for (only a clause without another subject asks). */
export class PersonSpans {
  private sorted: Span[] | null = null;

  constructor(private readonly officials: readonly Official[]) {}

  get list(): readonly Span[] {
    if (this.sorted === null) {
      const out: Span[] = [];
      for (const o of this.officials) for (const m of o.mentions) out.push(m);
      this.sorted = out.length > 1 ? out.sort((a, b) => a[0] - b[0]) : out;
    }
    return this.sorted;
  }
}

/** The first date starting at `p`, if any: binary search, since `dates` is sorted by start. */
function dateStartingAt(dates: readonly DateItem[], p: number): DateItem | undefined {
  if (dates.length === 0) return undefined;
  const d = dates[lowerBoundBy(dates, p, (x) => x.span[0])];
  return d !== undefined && d.span[0] === p ? d : undefined;
}

/**
 * The date of a frame: the nearest dated expression (month or day) in the
 * sentence before the trigger. `dates` sorted by start (binary search keeps 1 MB inputs linear).
 */
export function sentenceDate(dates: readonly DateItem[], ss: number, trig: number): string | null {
  const lo = lowerBoundBy(dates, trig, (d) => d.span[0]);
  for (let k = lo - 1; k >= 0; k--) {
    const d = dates[k] as DateItem;
    if (d.span[0] < ss) break;
    if (d.value === null || d.span[1] > trig || d.precision === 'year' || d.precision === 'vague') continue;
    // A range's end (2月25日至26日) dates the act by its start.
    if (d.range === 'end') {
      for (let j = k - 1; j >= 0 && (dates[j] as DateItem).span[0] >= ss; j--) {
        const st = dates[j] as DateItem;
        if (st.range === 'start') return st.value;
      }
    }
    return d.value;
  }
  return null;
}
