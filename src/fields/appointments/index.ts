/**
 * Appointments and removals (issue 5): 任命X为Y, 选举X为Y, X当选Y, 提名X为Y候选人,
 * 决定X为代理Y, X任Y, X被任命为Y, 免去X的Y职务, 接受X辞去Y职务的请求 — one
 * item per person and post, with the deciding body and the date. Cited,
 * planned and prescribed acts (曾任, 拟任, 提请任命, 由…决定任免) are left out.
 *
 * Names come from the officials list where it covers them, else a name-shape
 * guess bounded by 同志/为/的 and a title before. Forms are rules in
 * src/fields/appointments/rules.ts; word lists in src/lexicon/decision-words.ts. Pure: no I/O.
 */
import type { Appointment, DateItem, Doc, MeetingItem, Official, Span } from '../../types.js';
import { APPOINTMENT_RULES, type AppointmentRule } from './rules.js';
import {
  ELECT_ADVERBS,
  HOLDING_NOT_EVENT,
  ORG_SPLIT_ENDS,
  TITLE_LEAD_WORDS,
  TITLE_TAILS,
} from '../../lexicon/decision-words.js';
import { POSITION_MODIFIERS, POST_NOUNS } from '../../lexicon/titles.js';
import { COMPOUND_SURNAMES, surnameAt } from '../../lexicon/surnames.js';
import { BARE_NAME_BEFORE, NOT_IN_GIVEN_NAME } from '../../lexicon/official-words.js';
import {
  blockedReason,
  clauseEndOf,
  clauseStartOf,
  findActor,
  insideTitle,
  meetingFor,
  sentenceDate,
  sentenceEndOf,
  sentenceStartOf,
  sortedByStart,
  type Actor,
} from '../shared/event-text.js';
import { keepBestByKey } from '../../text/collections.js';
import { UnitSet, WordList, byLength, isSpaceCode, withoutSpaces } from '../../text/word-list.js';

export interface AppointmentContext {
  dates: readonly DateItem[];
  officials: Official[];
  /** Meetings found in the article: 会议决定任命… names its meeting as the authority. */
  meetings?: MeetingItem[];
}

/** An appointment with where its trigger is (decisions build frames from these). */
export interface AppointmentHit extends Appointment {
  trigger: string;
  triggerSpan: Span;
}

type Post = { title: string; org: string | null };

const TRIGGER_RE = /决定任命|任命|聘任|聘请|选举|补选|增补|推选|提名|当选|免去|撤销|辞去|担任|出任|转任|任|决定/g;

const POSTS_BY_LENGTH = new WordList(byLength(POST_NOUNS));
const MODIFIERS_BY_LENGTH = new WordList(byLength(POSITION_MODIFIERS));
const ORG_ENDS = new WordList(byLength(ORG_SPLIT_ENDS));
const BARE_BEFORE = new WordList(BARE_NAME_BEFORE);
const LEAD_WORDS = new WordList(TITLE_LEAD_WORDS);
const TAILS = new WordList(TITLE_TAILS);
const ADVERBS = new WordList(ELECT_ADVERBS);
const NOT_EVENT = new WordList(HOLDING_NOT_EVENT);
/** Words that open a new act after a list item (…;免去…): the list stops there. */
const NEXT_ACT = new WordList(['决定', '任命', '免去', '接受', '选举', '补选', '提名', '通过', '听取', '审议']);

/** Characters after 任 that make it another word (任务, 任何, 任期, 任职, 任免). */
const REN_NOT_AFTER = '务何期职免意性教课用劳重命';
/** Characters that may stand right before a name in a list or after a title (,、:): , ; 。 : 、 ) ( and spaces. */
function isNameLeftEdge(c: number): boolean {
  return (
    c === 0x2c || c === 0x3b || c === 0x3002 || c === 0x3a || c === 0x3001 || c === 0x29 || c === 0x28 || isSpaceCode(c)
  );
}
/** Prepositions and conjunctions right before a name (由某某, 和某某). */
const NAME_AFTER_CHARS = new Set([...'由以经对将是和与及'].map((ch) => ch.charCodeAt(0)));

export function extractAppointments(doc: Doc, ctx: AppointmentContext): Appointment[] {
  // Built key by key (an object rest is slow in V8); the keys are hit()'s, without the trigger.
  return mergeRepeats(
    findAppointments(doc, ctx).map((h) => ({
      type: h.type,
      person: h.person,
      to: h.to,
      from: h.from,
      authority: h.authority,
      date: h.date,
      span: h.span,
      rule: h.rule,
    })),
  );
}

/**
 * One item per person, type and post: a headline and the body report the same
 * appointment; the most complete telling stays (org, authority, date).
 */
function mergeRepeats(items: Appointment[]): Appointment[] {
  const score = (a: Appointment): number =>
    (a.authority ? 4 : 0) +
    (a.date ? 2 : 0) +
    ((a.to ?? a.from)?.org ? 1 : 0) +
    ((a.to ?? a.from)?.org?.length ?? 0) / 100;
  return keepBestByKey(items, (a) => `${a.person}|${a.type}|${(a.to ?? a.from)?.title ?? ''}`, score);
}

/**
 * The last answer. The pipeline asks twice in a row with the same doc and
 * context (decisions build personnel frames from it, then the appointments
 * list): the second ask is the first answer. Callers only read the hits. One
 * slot, not a WeakMap: setting a WeakMap entry per article costs more than the check.
 */
let lastAnswer: {
  doc: Doc;
  text: string;
  dates: readonly DateItem[];
  officials: readonly Official[];
  meetings: readonly MeetingItem[];
  hits: AppointmentHit[];
} | null = null;

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function findAppointments(doc: Doc, ctx: AppointmentContext): AppointmentHit[] {
  const meetings = ctx.meetings ?? [];
  const dates = sortedByStart(ctx.dates);
  const last = lastAnswer;
  if (
    last &&
    last.doc === doc &&
    last.text === doc.text &&
    sameItems(last.officials, ctx.officials) &&
    sameItems(last.meetings, meetings) &&
    sameItems(last.dates, dates)
  ) {
    // Asked twice: no third ask is expected, so the slot lets the doc go.
    lastAnswer = null;
    return last.hits;
  }
  const hits = scanAppointments(doc, dates, ctx.officials, meetings);
  lastAnswer = { doc, text: doc.text, dates, officials: ctx.officials, meetings, hits };
  return hits;
}

/** Every appointment hit in the text, in text order; `dates` sorted by start. */
function scanAppointments(
  doc: Doc,
  dates: readonly DateItem[],
  officials: readonly Official[],
  meetings: MeetingItem[],
): AppointmentHit[] {
  const { text } = doc;
  const names = new NameIndex(officials);
  const out: AppointmentHit[] = [];
  let consumedTo = -1;
  // The last person named in an appointment of this sentence: 其 in 免去其某职务 is that person.
  let last: { name: string; ss: number } | null = null;
  TRIGGER_RE.lastIndex = 0;
  for (let m = TRIGGER_RE.exec(text); m !== null; m = TRIGGER_RE.exec(text)) {
    const at = m.index;
    const word = m[0];
    if (at < consumedTo) continue;
    const env = new Env(doc, names, dates, meetings, at, word, last);
    let found: AppointmentHit[] = [];
    switch (word) {
      case '决定任命':
      case '任命':
      case '聘任':
      case '聘请':
        found =
          text[at - 1] === '被'
            ? holds(env, APPOINTMENT_RULES.passive, 'passive')
            : list(env, APPOINTMENT_RULES.appointList);
        break;
      case '选举':
      case '补选':
      case '增补':
      case '推选':
        found = list(env, APPOINTMENT_RULES.electList);
        break;
      case '提名':
        found = list(env, APPOINTMENT_RULES.nominate);
        break;
      case '决定':
        found = list(env, APPOINTMENT_RULES.acting).filter((a) => a.type === 'acting');
        break;
      case '当选':
        found = elected(env);
        break;
      case '免去':
      case '撤销':
        found = removed(env);
        break;
      case '辞去':
        found = resigned(env);
        break;
      default:
        found = holds(env, APPOINTMENT_RULES.holds, 'active');
    }
    // Cheap form checks first; the cited/planned check only for what matched.
    if (
      found.length === 0 ||
      insideTitle(text, at) ||
      blockedReason(text, clauseStartOf(text, at), env.ss, Math.min(at, (found[0] as AppointmentHit).span[0]))
    )
      continue;
    last = { name: (found[found.length - 1] as AppointmentHit).person, ss: env.ss };
    for (const f of found) {
      out.push(f);
      consumedTo = Math.max(consumedTo, f.span[1]);
    }
  }
  return out;
}

/**
 * One trigger's context. Its sentence start is found when a form first asks
 * (most triggers, 主任 and 责任 among them, fail a form check before).
 */
class Env {
  private sentence = -1;

  constructor(
    readonly doc: Doc,
    readonly names: NameIndex,
    readonly dates: readonly DateItem[],
    readonly meetings: MeetingItem[],
    readonly at: number,
    readonly word: string,
    /** The last person named in an appointment, with that appointment's sentence start. */
    private readonly last: { name: string; ss: number } | null,
  ) {}

  get ss(): number {
    if (this.sentence < 0) this.sentence = sentenceStartOf(this.doc.text, this.at);
    return this.sentence;
  }

  private actorFound: Actor | null | undefined = undefined;

  /** The actor of the trigger (asked for the authority and again for every item's date): found once. */
  actor(): Actor | null {
    if (this.actorFound === undefined)
      this.actorFound = findActor(this.doc.text, this.doc.original, this.at, this.dates, this.meetings);
    return this.actorFound;
  }

  /** The last person named in an appointment of this sentence: 其 in 免去其某职务 is that person. */
  get lastPerson(): string | null {
    return this.last && this.last.ss === this.ss ? this.last.name : null;
  }

  /** The same context read from another offset (接受 before 辞去); the sentence stays the trigger's. */
  movedTo(at: number): Env {
    const moved = new Env(this.doc, this.names, this.dates, this.meetings, at, this.word, this.last);
    moved.sentence = this.ss;
    return moved;
  }
}

// ---------------------------------------------------------------- names

/** Officials' mentions by end and by start (the last one listed wins), each built when a form first looks a name up that way. */
class NameIndex {
  private byEnd: Map<number, { name: string; start: number }> | null = null;
  private byStart: Map<number, { name: string; end: number }> | null = null;

  constructor(private readonly officials: readonly Official[]) {}

  endingAt(end: number): { name: string; start: number } | undefined {
    if (this.byEnd === null) {
      this.byEnd = new Map();
      for (const o of this.officials) for (const [s, e] of o.mentions) this.byEnd.set(e, { name: o.name, start: s });
    }
    return this.byEnd.get(end);
  }

  startingAt(start: number): { name: string; end: number } | undefined {
    if (this.byStart === null) {
      this.byStart = new Map();
      for (const o of this.officials) for (const [s, e] of o.mentions) this.byStart.set(s, { name: o.name, end: e });
    }
    return this.byStart.get(start);
  }
}

/** Characters no given name has, by unit, for nameShape's per-candidate checks. */
const NOT_GIVEN = new UnitSet(NOT_IN_GIVEN_NAME);

/** A plausible full name: 2–4 Han characters with a surname, or a name with a middle dot. */
export function nameShape(s: string): boolean {
  if (s.includes('·') && /^[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+$/.test(s)) return true;
  // 2–4 units in U+3400–U+9FFF (a loop: this runs for every candidate end of every trigger).
  if (s.length < 2 || s.length > 4) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) return false;
  }
  const surname = surnameAt(s, 0);
  if (!surname) return false;
  const compound = surname.length === 2;
  if (s.length === 4 && !compound && !s.includes('某')) return false;
  for (let i = compound ? 2 : 1; i < s.length; i++) if (NOT_GIVEN.has(s.charCodeAt(i))) return false;
  return true;
}

/** Name lengths tried before a title or list edge, most likely first. */
const NAME_LENGTHS = [3, 2, 4];

/** Drops 同志, (女)/(男), 等 and spaces at the end of a person part. */
function trimPersonEnd(text: string, a: number, b: number): number {
  let e = b;
  for (let changed = true; changed && e > a; ) {
    changed = false;
    // Every tail ends in 志, ), 人, 等 or a space: most ends need no pattern run.
    const c = text.charCodeAt(e - 1);
    if (
      c !== 0x5fd7 /* 志 */ &&
      c !== 0x29 /* ) */ &&
      c !== 0x4eba /* 人 */ &&
      c !== 0x7b49 /* 等 */ &&
      !isSpaceCode(c)
    )
      break;
    const s = text.slice(a, e);
    const tail = /(?:同志|\((?:女|男|[^()]{1,6}族)\)|等人|等|\s+)$/.exec(s);
    if (tail && tail[0].length < s.length) {
      e -= tail[0].length;
      changed = true;
    }
  }
  return e;
}

/** Whether `s` ends in a post noun (县委副书记|纪某某: a title before the name). */
function endsWithPost(s: string): boolean {
  return POSTS_BY_LENGTH.endOf(s) !== null;
}

/**
 * The person ending at `b` in [a, b): an official's mention ending there, a
 * whole part that is a name, or the last 2–3 characters after a title or a
 * list edge. Returns the name as written and where it starts.
 */
function personEndingAt(env: Env, a: number, b: number): { name: string; start: number } | null {
  const { text, original } = env.doc;
  const e = trimPersonEnd(text, a, b);
  const known = env.names.endingAt(e);
  if (known && known.start >= a) return known;
  const part = text.slice(a, e);
  if (nameShape(withoutSpaces(part))) return { name: withoutSpaces(original.slice(a, e)), start: a };
  for (const len of NAME_LENGTHS) {
    const s = e - len;
    if (s <= a) continue;
    const cand = text.slice(s, e);
    if (!nameShape(cand)) continue;
    const before = text.slice(a, s);
    const edge = before.charCodeAt(before.length - 1);
    if (
      endsWithPost(before) ||
      isNameLeftEdge(edge) ||
      NAME_AFTER_CHARS.has(edge) ||
      BARE_BEFORE.endOf(before) !== null
    ) {
      return { name: original.slice(s, e), start: s };
    }
  }
  return null;
}

/** The person starting at `a` (免去|张三…): an official's mention, else a name up to 同志/的 or before a title start. */
function personStartingAt(env: Env, a: number, limit: number): { name: string; end: number } | null {
  const { text, original } = env.doc;
  const known = env.names.startingAt(a);
  if (known) return known;
  const win = text.slice(a, Math.min(limit, a + 8));
  const marked = /^([\u3400-\u9fff·]{2,8}?)(?:同志|的|\()/.exec(win);
  if (marked && nameShape(marked[1] as string))
    return { name: original.slice(a, a + (marked[1] as string).length), end: a + (marked[1] as string).length };
  // No marker: a title follows the name directly (免去张三县水利局局长职务).
  const titleStart = '省市县区镇乡村州旗盟副代常中国全党团人政原第兼';
  const compound = COMPOUND_SURNAMES.has(win.slice(0, 2));
  // A place name (two or three characters and a level) starts the title: 何八|蓝河区委书记.
  const place = (k: number): boolean =>
    /^[\u3400-\u9fff]{2,3}?(?:省|市|县|区|镇|乡|村|州|旗|盟|街道)/.test(text.slice(a + k, a + k + 6));
  const shortFirst = charIn(win, 2, titleStart) || (place(2) && !place(3));
  const lens = compound ? [4, 3] : /^.某某/.test(win) ? [3] : shortFirst ? [2, 3] : [3, 2];
  for (const len of lens) {
    const cand = win.slice(0, len);
    if (cand.length === len && nameShape(cand)) return { name: original.slice(a, a + len), end: a + len };
  }
  return null;
}

function charIn(s: string, i: number, chars: string): boolean {
  return chars.includes(s[i] ?? '');
}

/** Person parts joined by 、/和/及 in [a, b): each a name (else the whole list fails). */
function personsIn(env: Env, a: number, b: number): Array<{ name: string; start: number; end: number }> | null {
  const { text } = env.doc;
  const e = trimPersonEnd(text, a, b);
  const out: Array<{ name: string; start: number; end: number }> = [];
  let from = a;
  for (let i = a; i <= e; i++) {
    const sep = i === e || text[i] === '、' || ((text[i] === '和' || text[i] === '及') && i - from >= 2);
    if (!sep) continue;
    const p = personEndingAt(env, from, i);
    if (!p) return null;
    out.push({ name: p.name, start: p.start, end: trimPersonEnd(text, p.start, i) });
    from = i + 1;
  }
  return out.length > 0 ? out : null;
}

// ---------------------------------------------------------------- titles

/** Splits one title into org and post: 县人民政府副县长 → {副县长, 县人民政府}. */
export function splitPost(title: string): Post {
  const p = POSTS_BY_LENGTH.endOf(title);
  if (p !== null) {
    let start = title.length - p.length;
    for (let again = true; again; ) {
      again = false;
      const mod = MODIFIERS_BY_LENGTH.endingAt(title, start);
      if (mod && start - mod.length >= 0) {
        start -= mod.length;
        again = true;
      }
    }
    // 兼职委员: a manner word before the post belongs to it.
    if (title.slice(0, start).endsWith('兼职')) start -= 2;
    const org = title.slice(0, start);
    // 法律顾问: a field, not an organisation, before the post — the title stays whole.
    if (org.length > 0 && !orgEnds(org)) return { title, org: null };
    return { title: title.slice(start), org: org.length > 0 ? org : null };
  }
  return { title, org: null };
}

/**
 * Titles written in [a, b) (县人民政府副县长、代理县长), each split; a bare post
 * inherits the org before it; a part without a post joins the next (市、县人大代表).
 * Split on the analysed text, sliced from the original (same offsets).
 */
function postsIn(original: string, text: string, a: number, b: number): Post[] {
  let s = a;
  while (s < b && isSpaceCode(text.charCodeAt(s))) s++;
  const lead = LEAD_WORDS.startingAt(text, s);
  if (lead) s += lead.length;
  const parts: Span[] = [];
  let from = s;
  for (let i = s; i <= b; i++) {
    if (i < b && text[i] !== '、') continue;
    if (i > from) parts.push([from, i]);
    from = i + 1;
  }
  const out: Post[] = [];
  let org: string | null = null;
  let pending: number | null = null;
  for (const [ps, pe] of parts) {
    let e = pe;
    for (let changed = true; changed; ) {
      changed = false;
      const tail = TAILS.endingAt(text, e, ps);
      if (tail && e - ps > tail.length) {
        e -= tail.length;
        changed = true;
      }
    }
    const start: number = pending ?? ps;
    const analysed = withoutSpaces(text.slice(start, e));
    if (!endsWithPost(analysed)) {
      // 市、县人大代表: 市 has no post of its own.
      if (analysed.length <= 6) pending = start;
      continue;
    }
    pending = null;
    if (analysed.length === 0 || analysed.length > 40) continue;
    const split = splitPost(analysed);
    const written = withoutSpaces(original.slice(start, e));
    const orgLen = split.org ? split.org.length : 0;
    const post: Post = { title: written.slice(orgLen), org: split.org ? written.slice(0, orgLen) : null };
    if (post.org) org = post.org;
    else if (org && orgEnds(org)) post.org = org;
    out.push(post);
  }
  return out;
}

/** Whether an org (as written) ends like one; checked on its simplified shape through ORG_ENDS where possible. */
function orgEnds(org: string): boolean {
  return ORG_ENDS.endOf(org) !== null || /[委會会府院局廳厅部處办辦]$/.test(org);
}

/** End of a title starting at `p`: the clause end, or 职务/的请求/候选人 (cut later), or a new item's 为. */
function titleEnd(text: string, p: number): number {
  return clauseEndOf(text, p, 60);
}

// ---------------------------------------------------------------- forms

function authorityOf(env: Env, elect: boolean): { text: string | null; meeting: MeetingItem | null } {
  const { text, original } = env.doc;
  // 宣读市委关于…的决定:免去… → 市委: the last such decision title before the act in the sentence.
  const lead = text.slice(env.ss, env.at);
  const tail = /的(?:决定|通知|批复|命令)[:,]/g;
  let close = -1;
  for (const m of lead.matchAll(tail)) close = m.index;
  if (close > 0) {
    const about = lead.lastIndexOf('关于', close);
    if (about >= 2 && close - about <= 32) {
      // The body is what stands between the last reading verb and 关于 (会上宣读|市委|关于…).
      const from0 = Math.max(0, about - 16);
      let from = from0;
      for (const v of lead.slice(from0, about).matchAll(/宣读|宣布|传达|公布|印发|下发|了|,|:/g))
        from = from0 + v.index + v[0].length;
      const body = lead.slice(from, about);
      if (body.length >= 2 && /^[\u3400-\u9fff]+$/.test(body))
        return { text: original.slice(env.ss + from, env.ss + about), meeting: null };
    }
  }
  const actor = env.actor();
  if (actor) return { text: actor.text, meeting: actor.meeting };
  if (elect) {
    const m = meetingFor(env.meetings, env.at);
    if (m) return { text: m.name, meeting: m };
  }
  return { text: null, meeting: null };
}

function dateOf(env: Env, meeting: MeetingItem | null): string | null {
  const own = sentenceDate(env.dates, env.ss, env.at) ?? meeting?.date;
  if (own) return own;
  // The authority is no meeting (市委关于…的决定): the meeting the sentence reports it at.
  const actor = env.actor();
  return actor?.meeting?.date ?? null;
}

function hit(
  env: Env,
  rule: AppointmentRule,
  type: Appointment['type'],
  person: string,
  to: Post | null,
  from: Post | null,
  auth: { text: string | null; meeting: MeetingItem | null },
  span: Span,
): AppointmentHit {
  return {
    type,
    person,
    to,
    from,
    authority: auth.text,
    date: dateOf(env, auth.meeting),
    span,
    rule: rule.id,
    trigger: env.doc.original.slice(env.at, env.at + env.word.length),
    triggerSpan: [env.at, env.at + env.word.length],
  };
}

/**
 * 任命A为X,B为Y / 选举A、B为X / 提名A为X候选人 / 决定A为代理X: items
 * separated by , ; 、 while each has its own 为.
 */
function list(env: Env, rule: AppointmentRule): AppointmentHit[] {
  const { text, original } = env.doc;
  let p = env.at + env.word.length;
  if (text[p] === '了' || text[p] === ':') p++;
  const end = sentenceEndOf(text, p, 400);
  let authCache: ReturnType<typeof authorityOf> | null = null;
  const auth = (): ReturnType<typeof authorityOf> => (authCache ??= authorityOf(env, rule.type === 'elect'));
  const out: AppointmentHit[] = [];
  let first = true;
  while (p < end) {
    const ce = clauseEndOf(text, p, 80);
    const rel = text.slice(p, Math.min(ce, end, p + 41)).indexOf('为');
    if (rel < 0) break;
    const wei = p + rel;
    const persons = personsIn(env, p, wei);
    if (!persons) break;
    // The title runs to the clause end; a part with its own 为 starts the next item (为X局长、李四为Y局长).
    let te = titleEnd(text, wei + 1);
    const inner = text.slice(wei + 1, te);
    const nextItem = /、([^、]{2,12}?)为/.exec(inner);
    if (
      nextItem &&
      personsIn(env, wei + 1 + nextItem.index + 1, wei + 1 + nextItem.index + 1 + (nextItem[1] as string).length)
    ) {
      te = wei + 1 + nextItem.index;
    }
    const posts = postsIn(original, text, wei + 1, te);
    if (posts.length === 0) break;
    const spanStart = first ? env.at : (persons[0] as { start: number }).start;
    for (const person of persons) {
      for (const post of posts) {
        const acting = /^代理?/.test(post.title) && post.title.length > 1 && !post.title.startsWith('代表');
        const type = acting ? 'acting' : rule.type;
        out.push(hit(env, rule, type, person.name, post, null, auth(), [spanStart, te]));
      }
    }
    first = false;
    p = te;
    if (text[p] === ',' || text[p] === ';' || text[p] === '、') p++;
    else break;
    // A new trigger continues on its own (…;免去…).
    if (NEXT_ACT.startingAt(text, p)) break;
  }
  return out;
}

/** 甲全票当选为某镇镇长 / 乙、丙等当选为副镇长. */
function elected(env: Env): AppointmentHit[] {
  const { text, original } = env.doc;
  const cs = clauseStartOf(text, env.at);
  let b = env.at;
  for (let changed = true; changed; ) {
    changed = false;
    const adv = ADVERBS.endingAt(text, b, cs);
    if (adv) {
      b -= adv.length;
      changed = true;
    }
  }
  const persons = personsIn(env, cs, b);
  if (!persons) return [];
  let p = env.at + 2;
  if (text[p] === '为') p++;
  const te = titleEnd(text, p);
  const posts = postsIn(original, text, p, te);
  if (posts.length === 0) return [];
  const auth = authorityOf(env, true);
  const out: AppointmentHit[] = [];
  for (const person of persons)
    for (const post of posts)
      out.push(hit(env, APPOINTMENT_RULES.elected, 'elect', person.name, post, null, auth, [person.start, te]));
  return out;
}

/** 甲任某区委书记 / 乙(女)担任副区长 / 丙同志被任命为… — the name right before the verb. */
function holds(env: Env, rule: AppointmentRule, mode: 'active' | 'passive'): AppointmentHit[] {
  const { text, original } = env.doc;
  const verbStart = mode === 'passive' ? env.at - 1 : env.at;
  let p = env.at + env.word.length;
  if (env.word === '任' && REN_NOT_AFTER.includes(text[p] ?? '')) return [];
  if (text[p] === '为') p++;
  else if (mode === 'passive') return [];
  if (NOT_EVENT.endingAt(text, verbStart, Math.max(0, verbStart - 2))) return [];
  const cs = clauseStartOf(text, verbStart);
  const person = personEndingAt(env, Math.max(cs, verbStart - 14), verbStart);
  if (!person) return [];
  const te = titleEnd(text, p);
  // 以某书记张三任组长的领导小组: a relative clause, not an appointment.
  if (text.slice(p, te).includes('的')) return [];
  const posts = postsIn(original, text, p, te);
  if (posts.length === 0 || posts.some((x) => x.title.length > 20)) return [];
  if (!posts.every((x) => endsWithPost(x.title) || x.org)) return [];
  const auth = authorityOf(env, false);
  return posts.map((post) => {
    const acting = /^代理?/.test(post.title) && !post.title.startsWith('代表');
    return hit(env, rule, acting ? 'acting' : rule.type, person.name, post, null, auth, [person.start, te]);
  });
}

/** 免去甲的某局局长职务,乙的…职务 / 撤销丙某职务 — only with 职务 (免去…费用 is no removal). */
function removed(env: Env): AppointmentHit[] {
  const { text, original } = env.doc;
  let p = env.at + 2;
  if (text[p] === '了') p++;
  const end = sentenceEndOf(text, p, 400);
  let authCache: ReturnType<typeof authorityOf> | null = null;
  const auth = (): ReturnType<typeof authorityOf> => (authCache ??= authorityOf(env, false));
  const out: AppointmentHit[] = [];
  let first = true;
  while (p < end) {
    const ce = clauseEndOf(text, p, 80);
    const seg = text.slice(p, ce);
    const duty = seg.search(/职务|职$/);
    if (duty < 0) break;
    if (/党内职务|党籍/.test(seg)) break;
    const person =
      text[p] === '其' && env.lastPerson ? { name: env.lastPerson, end: p + 1 } : personStartingAt(env, p, p + duty);
    if (!person) break;
    let ts = person.end;
    for (const w of ['同志', '的']) if (text.startsWith(w, ts)) ts += w.length;
    const te = p + duty;
    const posts = te > ts ? postsIn(original, text, ts, te) : [];
    const span: Span = [first ? env.at : p, te + (text.startsWith('职务', te) ? 2 : 1)];
    if (posts.length === 0)
      out.push(hit(env, APPOINTMENT_RULES.remove, 'remove', person.name, null, null, auth(), span));
    for (const post of posts)
      out.push(hit(env, APPOINTMENT_RULES.remove, 'remove', person.name, null, post, auth(), span));
    first = false;
    p = ce;
    if (text[p] === ',' || text[p] === ';' || text[p] === '、') p++;
    else break;
    if (text.startsWith('免去', p)) p += 2;
  }
  return out;
}

/** 接受甲、乙辞去某职务的请求 / 丙辞去某职务. 责令辞去 is a sanction (a decision), not a resignation. */
function resigned(env: Env): AppointmentHit[] {
  const { text, original } = env.doc;
  const cs = clauseStartOf(text, env.at);
  if (/责令[^,。;]{0,6}$/.test(text.slice(cs, env.at))) return [];
  const left = text.slice(cs, env.at);
  let accept = left.lastIndexOf('接受');
  // 接受甲辞去某职务的请求,乙辞去某职务的请求: the second request is accepted too.
  const ps = clauseEndOf(text, env.at, 80);
  const acceptedEarlier =
    accept < 0 &&
    text.startsWith('的请求', text.slice(env.at, ps).lastIndexOf('职务') + env.at + 2) &&
    text.slice(env.ss, cs).includes('接受');
  let persons: Array<{ name: string; start: number; end: number }> | null = null;
  let rule: AppointmentRule = APPOINTMENT_RULES.resign;
  if (accept >= 0) {
    persons = personsIn(env, cs + accept + 2, env.at);
    rule = APPOINTMENT_RULES.resignAccepted;
  } else {
    if (acceptedEarlier) rule = APPOINTMENT_RULES.resignAccepted;
    let b = env.at;
    const req = /(?:请求|申请|主动|因[^,]{1,12}|依法)$/.exec(text.slice(cs, b));
    if (req) b -= req[0].length;
    persons = personsIn(env, Math.max(cs, b - 14), b);
  }
  if (!persons) return [];
  const p = env.at + 2;
  const ce = clauseEndOf(text, p, 80);
  const duty = text.slice(p, ce).search(/职务/);
  if (duty < 0) return [];
  const posts = postsIn(original, text, p, p + duty);
  // The body that accepted: the subject before 接受.
  const acceptEnv = accept >= 0 ? env.movedTo(cs + accept) : env;
  const auth = accept >= 0 || acceptedEarlier ? authorityOf(acceptEnv, false) : { text: null, meeting: null };
  accept = acceptedEarlier ? -1 : accept;
  const spanEnd = p + duty + 2 + (text.startsWith('的请求', p + duty + 2) ? 3 : 0);
  const out: AppointmentHit[] = [];
  for (const person of persons) {
    const span: Span = [accept >= 0 ? cs + accept : person.start, spanEnd];
    if (posts.length === 0) out.push(hit(env, rule, 'resign', person.name, null, null, auth, span));
    for (const post of posts) out.push(hit(env, rule, 'resign', person.name, null, post, auth, span));
  }
  return out;
}
