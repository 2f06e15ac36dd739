/**
 * Shared helpers for the decisions and appointments extractors: clause and
 * sentence bounds, the cited/planned check, the acting body, the frame date.
 * Every scan is bounded by a window so 1 MB lines stay linear.
 */
import type { DateItem, MeetingItem, Span } from '../types.js';
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
} from '../lexicon/decision-words.js';
import { POSITION_MODIFIERS, POST_NOUNS } from '../lexicon/titles.js';

/** Char codes of clause and sentence ends: a table lookup, since every trigger scans both ways. */
const CLAUSE_CODES = new Set([...',;。!?\n:'].map((c) => c.charCodeAt(0)));
const SENTENCE_CODES = new Set([...'。!?\n'].map((c) => c.charCodeAt(0)));

const MODAL_RE = new RegExp(`[${MODAL_CHARS}]`);
const alternation = (xs: readonly string[]): string => [...new Set(xs)].sort((a, b) => b.length - a.length).join('|');
const CITED_RE = new RegExp(alternation(CITED_MARKERS));
const PLANNED_RE = new RegExp(alternation(PLANNED_MARKERS));
const SPEECH_RE = new RegExp(`(?:${alternation(REPORTED_SPEECH)})[,:]`);

const byLength = (xs: readonly string[]): string[] => [...new Set(xs)].sort((a, b) => b.length - a.length);
const GAPS = byLength(ACTOR_GAP_WORDS);
const FILLERS = byLength(ACTOR_LEAD_FILLERS);
const BODIES = byLength(BODY_HEADS);
const MEETING_WORDS = byLength(MEETING_SUBJECTS);
const POSTS = byLength([...POST_NOUNS, ...POSITION_MODIFIERS]);

/** The participants of a meeting as subject (与会代表, 全体镇人大代表): the meeting acts. */
const PARTICIPANTS = /^(?:全体|与会|参会|全体参会|全体与会|出席会议的)[^,。;\s]{0,8}?(?:代表|委员|人员|成员)们?$/;
/** Verbs and prepositions a body's name never runs across (市委常委会|听取…). */
const BODY_STOP =
  /、|联合|听取|召开|举行|研究|审议|印发|组织|进行|对|就|在|于|与|和|及|向|将|把|通过|决定|同意|批准|部署|给予|成立|设立|下设|签订|签署|表彰|出台|发布|转变|推进|推动|加强|深化|持续|落实|完善|建立|健全|提高|提升|优化|做好|抓好|确保|坚持|实施|开展|加快|强化|围绕|聚焦/;

/** Start of the clause containing `pos` (after , ; 。 : or a line break; at most `limit` back). */
export function clauseStartOf(text: string, pos: number, limit = 120): number {
  const min = Math.max(0, pos - limit);
  for (let i = pos; i > min; i--) if (CLAUSE_CODES.has(text.charCodeAt(i - 1))) return i;
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
    else if (depth === 0 && CLAUSE_CODES.has(ch)) return i;
    else if (ch === 10) return i;
  }
  return max;
}

export function sentenceStartOf(text: string, pos: number, limit = 300): number {
  const min = Math.max(0, pos - limit);
  for (let i = pos; i > min; i--) if (SENTENCE_CODES.has(text.charCodeAt(i - 1))) return i;
  return min;
}

export function sentenceEndOf(text: string, pos: number, limit = 300): number {
  const max = Math.min(text.length, pos + limit);
  for (let i = pos; i < max; i++) if (SENTENCE_CODES.has(text.charCodeAt(i))) return i;
  return max;
}

export function startsWithAny(text: string, pos: number, words: readonly string[]): string | null {
  for (const w of words) if (text.startsWith(w, pos)) return w;
  return null;
}

export function endsWithAny(s: string, words: readonly string[]): string | null {
  for (const w of words) if (s.endsWith(w)) return w;
  return null;
}

/** Whether `pos` lies inside a 《》 pair on its line. */
export function insideTitle(text: string, pos: number): boolean {
  const min = Math.max(0, pos - 200);
  for (let i = pos - 1; i >= min; i--) {
    const ch = text[i];
    if (ch === '《') return true;
    if (ch === '》' || ch === '\n') return false;
  }
  return false;
}

/** A modal 要/应 in `s` (要…部署, 应…决定), not 重要/要求/应急. */
function hasModalChar(s: string): boolean {
  for (let i = s.search(MODAL_RE); i >= 0 && i < s.length; i++) {
    if (!MODAL_CHARS.includes(s[i] as string)) continue;
    const before = s[i - 1];
    const after = s[i + 1];
    if ((before !== undefined && MODAL_NOT_BEFORE.includes(before)) || (after !== undefined && MODAL_NOT_AFTER.includes(after))) continue;
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
  const clause = text.slice(cs, trigStart).replace(/《[^《》]*》/g, '《》');
  const cited = CITED_RE.exec(clause);
  if (cited) return `cited:${cited[0]}`;
  const planned = PLANNED_RE.exec(clause);
  if (planned) return `planned:${planned[0]}`;
  if (hasModalChar(clause)) return 'planned:modal';
  if (/(?<![现特])将(?:[^\s,。;:]{0,4})$/.test(clause) && !/将[《"“]/.test(clause)) return 'planned:将';
  if (/是$/.test(stripGaps(clause))) return 'copula';
  const sentence = text.slice(ss, trigStart).replace(/《[^《》]*》/g, '《》');
  // An instruction earlier in the sentence (要抓住…,…,出台…): the verbs after it are what is asked, not done.
  if (hasModalChar(sentence)) return 'planned:modal-sentence';
  const speech = SPEECH_RE.exec(sentence);
  if (speech) return `speech:${speech[0]}`;
  if (PRESCRIPTIVE_OPENERS.test(sentence)) return 'prescriptive';
  return null;
}

/** Drops trailing gap words (县政府|依法|审议 → 县政府). */
export function stripGaps(s: string): string {
  // A handful of gap words at most (依法|审议); a run of repeated words is no subject anyway.
  for (let changed = true, n = 0; changed && s.length > 0 && n < 6; n++) {
    changed = false;
    const g = endsWithAny(s, GAPS);
    if (g) {
      s = s.slice(0, -g.length);
      changed = true;
    }
  }
  return s;
}

/** Offset of the first character after leading fillers and day dates in [start, end). */
export function skipLeading(text: string, start: number, end: number, dates: DateItem[]): number {
  let p = start;
  for (let changed = true; changed && p < end; ) {
    changed = false;
    if (/[\s\u3000]/.test(text[p] as string)) {
      p++;
      changed = true;
      continue;
    }
    const f = startsWithAny(text, p, FILLERS);
    if (f && p + f.length <= end) {
      p += f.length;
      changed = true;
      continue;
    }
    const d = startIndex(dates).get(p);
    if (d && d.span[1] <= end) {
      p = d.span[1];
      changed = true;
      continue;
    }
    const m = /^(?:[0-9一二三四五六七八九十]{1,3}[日号])?(?:上午|下午|晚上|晚间|中午|早上)?,?/.exec(text.slice(p, Math.min(end, p + 10)));
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
  return endsWithAny(s, BODIES) !== null;
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
  dates: DateItem[],
  meetings: readonly MeetingItem[],
): Actor | null {
  let start = skipLeading(text, from, to, dates);
  // 《某办法》已经某会议审议通过 / 经县政府同意: the subject follows 经.
  const jing = /(?:已经|已由|经过|经(?![济营贸费验典销开纪历]))(?!.*经)/.exec(text.slice(start, to));
  if (jing) start = skipLeading(text, start + jing.index + jing[0].length, to, dates);
  const left = stripGaps(text.slice(start, to));
  if (left.length === 0) return null;
  const end = start + left.length;
  const mw = endsWithAny(left, MEETING_WORDS);
  if ((mw && (left.length === mw.length || /^(?:本次|此次|这次|该次)/.test(left))) || PARTICIPANTS.test(left)) {
    const meeting = meetingFor(meetings, from);
    return { text: meeting ? meeting.name : original.slice(start, end), span: [start, end], meeting };
  }
  if (/[,。;:!?\s《》"“”]/.test(left) || left.length > 40) return null;
  // A meeting named in full as subject (县政府第5次常务会议审议通过…).
  if (mw || /(?:会|会议)$/.test(left)) {
    const key = left.replace(/\s/g, '');
    const named = meetings.find((m) => {
      const k = m.name.replace(/\s/g, '');
      return k.length >= 2 && (key.endsWith(k) || k.endsWith(key));
    });
    if (named) return { text: named.name, span: [start, end], meeting: named };
    return { text: original.slice(start, end), span: [start, end], meeting: null };
  }
  if (bodyLike(left)) return { text: original.slice(start, end).replace(/\s+/g, ''), span: [start, end], meeting: null };
  return null;
}

/**
 * The body opening a clause (县人大常委会召开… → 县人大常委会): the longest
 * prefix ending in a body head that is not followed by a post noun (县人大常委会主任 is a person).
 */
export function bodyPrefix(text: string, original: string, from: number, to: number, dates: DateItem[]): Actor | null {
  const start = skipLeading(text, from, to, dates);
  if (/^(?:为|根据|按照|依据|围绕|随着|据|针对|对|就|在)/.test(text.slice(start, start + 2))) return null;
  const stop = BODY_STOP.exec(text.slice(start, Math.min(to, start + 30)));
  const max = Math.min(to, start + 30, stop ? start + stop.index : Infinity);
  let best = -1;
  for (let e = start + 2; e <= max; e++) {
    const s = text.slice(start, e);
    if (!endsWithAny(s, BODIES)) continue;
    if (startsWithAny(text, e, POSTS)) continue;
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
    for (let e = best + 3; e <= lim; e++) {
      const part = text.slice(best + 1, e);
      if (/[,。;:!?\s《》、]/.test(part)) break;
      if (endsWithAny(part, BODIES) && !startsWithAny(text, e, POSTS)) next = e;
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
  dates: DateItem[],
  meetings: readonly MeetingItem[],
  persons: readonly Span[] = [],
): Actor | null {
  const cs = clauseStartOf(text, trig);
  const local = subjectIn(text, original, cs, trig, dates, meetings) ?? personOpening(text, original, cs, trig, dates, persons);
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
      const mw = startsWithAny(text, s, MEETING_WORDS);
      // 会议: opens a statement (会议指出:) unless it is 会上/会议上, "at the meeting".
      if (mw && (!/^[,:]/.test(text.slice(s + mw.length)) || mw.endsWith('上'))) {
        const meeting = meetingFor(meetings, trig);
        return { text: meeting ? meeting.name : original.slice(s, s + mw.length), span: [s, s + mw.length], meeting };
      }
      const found = bodyPrefix(text, original, s, e, dates) ?? personOpening(text, original, s, e, dates, persons);
      if (found) return found;
      const part = PARTICIPANTS_START.exec(text.slice(s, e));
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
function personOpening(text: string, original: string, from: number, to: number, dates: DateItem[], persons: readonly Span[]): Actor | null {
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
    if (title.length > 0 && !endsWithAny(title, POSTS)) continue;
    return { text: original.slice(s, b), span: [s, b], meeting: null };
  }
  return null;
}

/** Dates by start offset, built once per list (the extractors pass the same array for every trigger). */
const START_INDEX = new WeakMap<readonly DateItem[], Map<number, DateItem>>();

function startIndex(dates: readonly DateItem[]): Map<number, DateItem> {
  let m = START_INDEX.get(dates);
  if (!m) {
    m = new Map();
    for (const d of dates) if (!m.has(d.span[0])) m.set(d.span[0], d);
    START_INDEX.set(dates, m);
  }
  return m;
}

/**
 * The date of a frame: the nearest dated expression (month or day) in the
 * sentence before the trigger. `dates` sorted by start (binary search keeps 1 MB inputs linear).
 */
export function sentenceDate(dates: readonly DateItem[], ss: number, trig: number): string | null {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid] as DateItem).span[0] < trig) lo = mid + 1;
    else hi = mid;
  }
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
