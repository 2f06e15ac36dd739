/**
 * Meetings the article reports as held (GUIDELINE "meetings"): convened or
 * held (召开, 举行, 主持召开, XX会议召开, 在…举行, 开幕), adopted something
 * (XX会议通过) or hosted a speech (在XX会议上); not ones only cited
 * (传达…会议精神) or planned (将于…召开). Names as written, without a
 * leading day date; a bare 会议 is no name.
 *
 * Each form is one rule in src/fields/meetings/rules.ts; word lists live in
 * src/fields/meetings/words.ts. Pure: no I/O.
 */
import type { DateItem, Doc, MeetingItem, Span } from '../../types.js';
import {
  BARE_MEETING_NAMES,
  ACT_PREFIXES,
  BODY_SUFFIXES,
  CITED_AFTER_MARKERS,
  CITED_AT_MARKERS,
  CITED_BEFORE_MARKERS,
  CITING_PREFIXES,
  DEMONSTRATIVE_PREFIXES,
  HEAD_BLOCKERS,
  MEETING_HEADS,
  NAME_VERB_PREFIXES,
  OBJECT_VERBS,
  PLANNED_MARKERS,
  RELATIVE_DAY_WORDS,
  SESSION_WORDS,
  SPEECH_HEADLINE_TAILS,
  STUDY_HEADS,
  SUBJECT_VERBS,
  VERB_ADVERBS,
} from './words.js';
import { MEETING_FORMS, MEETING_TYPE_RULES } from './rules.js';
import {
  clauseEnd,
  clauseStart,
  headEndingAt,
  headEndsIn,
  insideBookTitle,
  isBoundary,
  meetingKey,
  lastIndexWithin,
  paragraphEnd,
  paragraphStart,
  sameMeeting,
  scanNameStart,
  sentenceStart,
} from './text.js';
import { sortedByStart } from '../shared/event-text.js';
import { WordList, byLength, withoutSpaces } from '../../text/word-list.js';

export interface MeetingContext {
  dates: readonly DateItem[];
}

/** An item before merging, with what merging needs. */
interface Candidate {
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

/** A mention before merging: one or two pieces of doc.text (two for 县人大常委会 + 第五次会议). */
interface Mention {
  pieces: Span[];
  rule: string;
  /** Where the held verb is (for the date search after a subject). */
  verbAt: number;
}

const VERB_RE = /召开|举行|举办|开展|出席|开幕|闭幕|拉开序幕|拉开帷幕/g;

/**
 * Acts of a meeting right after its name: what /会议?(?=…)/ looks ahead for
 * ((审议|表决|讨论)?通过, 审议了, 听取了, 听取并审议, 表决, 选举, 决定[,:]).
 */
const MEETING_ACTS = new WordList([
  '通过',
  '审议通过',
  '表决通过',
  '讨论通过',
  '审议了',
  '听取了',
  '听取并审议',
  '表决',
  '选举',
]);

function meetingActAt(text: string, p: number): boolean {
  if (MEETING_ACTS.startingAt(text, p) !== null) return true;
  if (!text.startsWith('决定', p)) return false;
  const next = text.charCodeAt(p + 2);
  return next === 0x2c /* , */ || next === 0x3a /* : */;
}

/** Ordinal start of a meeting name that needs its body in front: 第三次会议, 26次常委会会议, 主席团第二次会议. */
const ORDINAL_START = /^(?:第|[0-9一二三四五六七八九十百〇零两]+次|[0-9一二三四五六七八九十]+届|主席团)/;

/** A day date (with optional year and time of day) leading a name: 2021年12月10日, 5月6日上午. */
const LEADING_DAY_DATE =
  /^(?:[0-9〇零一二三四五六七八九]{4}年)?[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}[日号](?:上午|下午|晚上|晚间|晚|早上|中午|全天)?/;

/** Words leading a mention that are not part of the name. */
const LEADING_FILLER =
  /^(?:已经|经(?!济|营|贸|费|验|典|销|开|纪)|于|在|上午|下午|晚上|晚间|晚|早上|中午|全天|一次|一场|一个|(?:今日|今天|昨天|昨日|近日|日前|当天|当日|近期)的?)/;

/** A deadline right before the verb: 3月21日前召开 (planned); 日前 alone means "recently". */
const DEADLINE_BEFORE = /(?:[0-9一二三四五六七八九十](?:日|号|月底|年底|月)|之|以)前$/;

/** Reported speech before a mention (会议指出,…): what follows is content, not a report of holding. */
const REPORTED_SPEECH = /(?:指出|强调|认为|表示|要求|提出)[,:]/;

/** Between a subject meeting and its verb: a day, a time of day, a 在/于 phrase, an adverb. */
const ADVERB_ALT = VERB_ADVERBS.join('|');
const SUBJECT_GAP = new RegExp(
  `^(?:近日|日前|今天|今日|昨天|昨日|当天|当日|近期)?(?:[0-9一二三四五六七八九十]{1,3}日)?(?:上午|下午|晚上|晚间|晚|早上|中午|全天)?(?:[在于][^,。;!?]{1,30})?(?:${ADVERB_ALT})?$`,
);

const STUDY_AND_HEADS = new WordList(byLength([...MEETING_HEADS, ...STUDY_HEADS]));

/** The word lists as lookups: each answers as a scan of the list in order would. */
const SUBJECT_VERB_SET: ReadonlySet<string> = new Set(SUBJECT_VERBS);
const OBJECT_VERB_SET: ReadonlySet<string> = new Set(OBJECT_VERBS);
const SESSION_WORD_SET: ReadonlySet<string> = new Set(SESSION_WORDS);
const SESSIONS = new WordList(SESSION_WORDS);
const CITED_BEFORE = new WordList(CITED_BEFORE_MARKERS);
const CITED_AT = new WordList(CITED_AT_MARKERS);
const CITED_AFTER = new WordList(CITED_AFTER_MARKERS);
const PLANNED = new WordList(PLANNED_MARKERS);
const RELATIVE_DAYS = new WordList(RELATIVE_DAY_WORDS);
const BLOCKERS = new WordList(HEAD_BLOCKERS);
const CITING = new WordList(CITING_PREFIXES);
const ACTS = new WordList(ACT_PREFIXES);
const SPEECH_TAILS = new WordList(SPEECH_HEADLINE_TAILS);
const DEMONSTRATIVES = new WordList(DEMONSTRATIVE_PREFIXES);
const NAME_VERBS = new WordList(NAME_VERB_PREFIXES);
const BODIES = new WordList(BODY_SUFFIXES);
/** Acts between a meeting name and 通过 (某会议审议通过). */
const PASS_LEADS = ['审议', '表决', '讨论'];

export function extractMeetings(doc: Doc, ctx: MeetingContext): MeetingItem[] {
  const text = doc.text;
  const mentions: Mention[] = [];

  // exec, not matchAll: no iterator per text (the pattern is scanned natively either way).
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(text); m !== null; m = VERB_RE.exec(text)) {
    const v = m.index;
    const verb = m[0];
    const after = v + verb.length;
    if (SUBJECT_VERB_SET.has(verb)) {
      const sub = subjectMention(text, v, after);
      if (sub) mentions.push(sub);
    }
    if (OBJECT_VERB_SET.has(verb)) mentions.push(...objectMentions(text, v, verb, after));
  }
  // Every 会 once: 会(议) followed by an act (/会议?(?=…)/g), then 会(议)上 (/会议?上/g).
  // Neither match can hold another 会, so each 会 is tried on its own.
  const passed: number[] = [];
  const at: number[] = [];
  for (let k = text.indexOf('会'); k >= 0; k = text.indexOf('会', k + 1)) {
    const yi = text.charCodeAt(k + 1) === 0x8bae; /* 议 */
    const headEnd = yi ? k + 2 : k + 1;
    if (meetingActAt(text, headEnd)) passed.push(headEnd);
    if (text.charCodeAt(headEnd) === 0x4e0a /* 上 */) at.push(headEnd);
  }
  for (const headEnd of passed) {
    const men = passedMention(text, headEnd);
    if (men) mentions.push(men);
  }
  for (const shang of at) {
    const men = atMention(text, shang);
    if (men) mentions.push(men);
  }

  const dates = sortedByStart(ctx.dates);
  const items: Array<Candidate> = [];
  for (const men of mentions) {
    const item = toItem(doc, men, dates);
    if (item) items.push(item);
  }
  return merge(doc, items);
}

/** XX会议召开。 / XX会议14日在北京举行。 / XX会议在国歌声中开幕。 */
function subjectMention(text: string, v: number, after: number): Mention | null {
  const next = text[after] === '了' ? text[after + 1] : text[after];
  if (!isBoundary(next)) return null;
  const cs = clauseStart(text, v);
  const ends = headEndsIn(text, cs, v);
  for (let k = ends.length - 1; k >= 0; k--) {
    const { end, len } = ends[k] as { end: number; len: number };
    if (!SUBJECT_GAP.test(text.slice(end, v))) continue;
    const start = scanNameStart(text, end - len, 60);
    return { pieces: [[Math.max(start, cs), end]], rule: MEETING_FORMS.subject.id, verbAt: v };
  }
  return null;
}

/** 主持召开XX会议 / 举行第五次会议 (with its body: 县人大常委会举行第五次会议) / 开展集体学习研讨. */
function objectMentions(text: string, v: number, verb: string, after: number): Mention[] {
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

/**
 * (2021年12月10日某县人大常委会第四十次会议通过) / XX会议审议通过了… — not XX会议通过的报告
 * (cited). Other acts (XX会议审议了/听取了/选举/决定:) only when the name opens its clause.
 */
function passedMention(text: string, headEnd: number): Mention | null {
  const len = headEndingAt(text, headEnd);
  if (len === 0) return null;
  let p = headEnd;
  for (const w of PASS_LEADS) if (text.startsWith(w, p)) p += w.length;
  const adopted = text.startsWith('通过', p);
  if (adopted && text[p + 2] === '的') return null;
  const start = scanNameStart(text, headEnd - len, 60);
  // 根据县委常委会会议决定: the decision is cited, the meeting is not reported.
  if (CITING.startingAt(text, start)) return null;
  if (!adopted) {
    // Only a numbered session opening its clause: 某人大常委会第十二次会议听取了…; not 进行大会选举.
    if (start !== clauseStart(text, headEnd - len) || !/(?:次|常务)会议$/.test(text.slice(start, headEnd))) return null;
    if (ACTS.startingAt(text, start)) return null;
  }
  return { pieces: [[start, headEnd]], rule: MEETING_FORMS.passed.id, verbAt: headEnd };
}

/** 在XX会议上,… — the meeting hosted what follows; 在XX会议上的讲话精神 is a citation. */
function atMention(text: string, shang: number): Mention | null {
  const headEnd = shang;
  const len = headEndingAt(text, headEnd);
  if (len === 0) return null;
  if (CITED_AFTER.startingAt(text, shang + 1) && !speechHeadline(text, shang + 1)) return null;
  const start = scanNameStart(text, headEnd - len, 60);
  const zai = lastIndexWithin(text, '在', headEnd - len - 1, 60);
  if (zai < start) {
    // A paragraph opening with the meeting: 座谈会上,… (no 在).
    if (start !== paragraphStart(text, start)) return null;
    if (text[shang + 1] !== ',' && !speechHeadline(text, shang + 1)) return null;
    return { pieces: [[start, headEnd]], rule: MEETING_FORMS.at.id, verbAt: headEnd };
  }
  const ss = sentenceStart(text, zai);
  if (CITED_BEFORE.occursIn(text, ss, zai) || CITED_AT.occursIn(text, ss, zai)) return null;
  return { pieces: [[zai + 1, headEnd]], rule: MEETING_FORMS.at.id, verbAt: headEnd };
}

/** A planned marker in text[from, to), the sentence before a mention (将于, 定于, 决定…召开, 关于召开). */
function plannedBefore(text: string, from: number, to: number): boolean {
  return PLANNED.occursIn(text, from, to);
}

/** 在全县XX大会上的讲话 ending its line: the article is the speech given there. */
function speechHeadline(text: string, pos: number): boolean {
  const tail = SPEECH_TAILS.startingAt(text, pos);
  if (!tail) return false;
  const next = text[pos + tail.length];
  return next === undefined || next === '\n' || next === '\r' || next === ')';
}

/** Checks and surface of one mention; null when it is no held, named meeting. */
function toItem(doc: Doc, men: Mention, dates: readonly DateItem[]): Candidate | null {
  const text = doc.text;
  const pieces = men.pieces.map((p) => trimLeadingDate(text, p, dates));
  const first = pieces[0] as Span;
  const last = pieces[pieces.length - 1] as Span;
  const analysed = pieces.map(([a, b]) => text.slice(a, b)).join('');
  const key = meetingKey(analysed);
  if (SESSION_WORD_SET.has(key)) return null;
  if (key.length < 2 || BARE_MEETING_NAMES.has(key.includes('扩大') ? key.replace(/\(?扩大\)?/g, '') : key))
    return null;
  if (DEMONSTRATIVES.startingAt(key, 0)) return null;
  if (insideBookTitle(text, first[0])) return null;
  // Planned or a document about convening: 将于…召开, 关于召开…的决定.
  const ss = sentenceStart(text, first[0]);
  if (plannedBefore(text, ss, Math.max(first[0], men.verbAt))) return null;
  // The deadline pattern ends in 前: only then is it worth running.
  if (
    men.verbAt > ss &&
    text.charCodeAt(men.verbAt - 1) === 0x524d /* 前 */ &&
    DEADLINE_BEFORE.test(text.slice(ss, men.verbAt))
  )
    return null;
  if (REPORTED_SPEECH.test(text.slice(ss, first[0]))) return null;
  const dated = meetingDate(text, first[0], last[1], men.verbAt, dates);
  // Name and type are read off the mention that stands for its meeting (see merge).
  return {
    pieces,
    analysed,
    date: dated.value,
    dateQuality: dated.quality,
    span: [first[0], last[1]],
    rule: men.rule,
    key,
    order: first[0],
  };
}

const HELD_BEFORE = /(?:召开|举行|开幕|闭幕)的/g;

/** `dates` sorted by start. Drops what leads a name but is not part of it: 已经/在, a day date, a time of day, 召开的 (…2021年12月10日召开的某会议 → 某会议); keeps 2024年镇村干部大会. */
function trimLeadingDate(text: string, [a, b]: Span, dates: readonly DateItem[]): Span {
  let start = a;
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = firstStartingAt(dates, start); k < dates.length && (dates[k] as DateItem).span[0] === start; k++) {
      const d = dates[k] as DateItem;
      if (d.span[1] < b && (d.precision === 'day' || d.precision === 'datetime')) {
        start = d.span[1];
        changed = true;
        break;
      }
    }
    const rest = text.slice(start, b);
    const verb = NAME_VERBS.startingAt(rest, 0);
    const lead = LEADING_DAY_DATE.exec(rest) ?? LEADING_FILLER.exec(rest) ?? (verb ? [verb] : null);
    if (lead && b - start - lead[0].length >= 1) {
      start += lead[0].length;
      changed = true;
    }
  }
  let cut = -1;
  // Only a chunk with a 的 can hold 召开的.
  const de = text.indexOf('的', start);
  if (de >= 0 && de < b) for (const m of text.slice(start, b).matchAll(HELD_BEFORE)) cut = m.index + m[0].length;
  if (cut > 0 && b - start - cut >= 2) start += cut;
  return [start, b];
}

export function meetingType(name: string): string | null {
  // 某会议开幕会 is a session of 某会议: its kind.
  // The first session word the name ends with and is longer than.
  const session = SESSIONS.endingAt(name, name.length, 1);
  if (session) name = name.slice(0, -session.length);
  for (const r of MEETING_TYPE_RULES) {
    const m = r.pattern.exec(name);
    if (m) return r.type.replace('$1', m[1] ?? '').replace('$2', m[2] ?? '');
  }
  return null;
}

/**
 * The date that dates the meeting: a day between the name and its verb
 * (…会议14日在北京举行), else the nearest day date before it in the same
 * paragraph (5月6日,某镇召开…; a month date only when no day date). A range (9月14日至17日
 * …召开座谈会) or a relative day word in between (1月13日消息:昨天,…) leaves
 * it null. `quality` ranks mentions of one meeting: a date in a body
 * paragraph (with , or 。) beats one on a headline-like line (05.30 某县召开…).
 */
function meetingDate(
  text: string,
  start: number,
  end: number,
  verbAt: number,
  sorted: readonly DateItem[],
): { value: string | null; quality: number } {
  const ps = paragraphStart(text, start);
  const para = text.slice(ps, paragraphEnd(text, end));
  const bodyLike = /[,。]/.test(para);
  // Only dates starting in [paragraph start, the verb or name end + 12): a window of the sorted list.
  const window = sorted.slice(firstStartingAt(sorted, ps), firstStartingAt(sorted, Math.max(verbAt, end + 12)));
  const nearestBefore = (ok: (d: DateItem) => boolean): DateItem | null => {
    let best: DateItem | null = null;
    for (const d of window) {
      if (d.value === null || !ok(d)) continue;
      if (d.span[1] <= start && (!best || d.span[1] > best.span[1])) best = d;
    }
    return best;
  };
  // A day right after the name (…会议11日下午在北京闭幕) beats a dateline date before it.
  for (const d of window) {
    if (d.value === null || d.range) continue;
    if (d.span[0] >= end && (d.precision === 'day' || d.precision === 'datetime')) {
      if (/^[于在]?$/.test(text.slice(end, d.span[0]))) return { value: d.value, quality: bodyLike ? 2 : 1 };
    }
  }
  const best =
    nearestBefore((d) => d.precision === 'day' || d.precision === 'datetime') ??
    nearestBefore((d) => d.precision === 'month');
  if (!best || best.range) return { value: null, quality: 0 };
  if (RELATIVE_DAYS.occursIn(text, best.span[1], start)) return { value: null, quality: 0 };
  return { value: best.value, quality: bodyLike ? 2 : 1 };
}

/** Index of the first date (sorted by start) starting at or after `pos`. */
function firstStartingAt(sorted: readonly DateItem[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as DateItem).span[0] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One item per meeting: mentions naming the same meeting (sameMeeting) merge; the longest name stays, the best-placed date wins. */
function merge(doc: Doc, items: Array<Candidate>): MeetingItem[] {
  items.sort((a, b) => a.order - b.order);
  const groups: Array<Array<Candidate>> = [];
  // Fuzzy comparison is quadratic in mentions: kept for article-sized inputs; beyond, exact keys.
  const fuzzy = items.length <= 300;
  const byKey = new Map<string, Array<Candidate>>();
  for (const it of items) {
    const g = fuzzy ? groups.find((gr) => gr.some((o) => sameMeeting(o.key, it.key))) : byKey.get(it.key);
    if (g) g.push(it);
    else {
      const fresh = [it];
      groups.push(fresh);
      byKey.set(it.key, fresh);
    }
  }
  return groups.map((g) => {
    const best = g.reduce((a, b) => (b.key.length > a.key.length ? b : a));
    // The best-placed date; among equals, the first mention's.
    const dated = g.reduce((a, b) => (b.dateQuality > a.dateQuality ? b : a));
    const date = dated.date;
    const name = withoutSpaces(best.pieces.map(([a, b]) => doc.original.slice(a, b)).join(''));
    return { name, type: meetingType(best.analysed) ?? null, date, span: best.span, rule: best.rule };
  });
}
