/**
 * Decision frames (issue 5): what a body or meeting did — adopt (审议通过),
 * decide (决定), establish (成立…领导小组, 下设), issue (印发/出台/发布), sign
 * (签订…责任书), commend (表彰), deploy (安排部署), approve (批准/同意), appoint,
 * remove, resign (from the appointments extractor) and discipline (给予…处分,
 * 立案审查调查, 开除党籍).
 *
 * Only acts reported as done: cited ones (根据…决定, 贯彻…部署, …审议通过的《》),
 * planned or prescribed ones (将于…印发, 应当…决定, 拟表彰) and reported speech
 * (会议强调,要…) give no frame. An instruction (要安排部署…) is no frame either:
 * nothing was deployed yet.
 *
 * Rules in src/fields/decisions/rules.ts; word lists in src/lexicon/decision-words.ts. Pure: no I/O.
 */
import type { DateItem, Decision, DecisionKind, Doc, DocumentItem, MeetingItem, Official, Span } from '../../types.js';
import { DECISION_RULES, type DecisionRule } from './rules.js';
import {
  AGREEMENT_HEADS,
  COMMEND_NOUN_AFTER,
  DECIDE_NOUN_AFTER,
  DECIDE_NOUN_BEFORE,
  DEPLOY_NOUN_AFTER,
  DEPLOY_NOUN_BEFORE,
  DOCUMENT_KIND_ENDS,
  GROUP_HEADS,
  COMMEND_TITLE,
  PENALTIES,
  READ_VERBS,
} from '../../lexicon/decision-words.js';
import { findAppointments } from '../appointments/index.js';
import {
  blockedReason,
  clauseEndOf,
  clauseStartOf,
  findActor,
  insideTitle,
  sentenceDate,
  sentenceEndOf,
  sentenceStartOf,
  skipLeading,
  subjectIn,
  bodyLike,
  PersonSpans,
  sortedByStart,
  type Actor,
} from '../shared/event-text.js';
import { keepBestByKey, lowerBoundBy } from '../../text/collections.js';
import {
  UnitSet,
  WordList,
  WordScanner,
  byLength,
  hasSpace,
  isSpaceCode,
  withoutSpaces,
} from '../../text/word-list.js';

export interface DecisionContext {
  dates: DateItem[];
  meetings: MeetingItem[];
  documents: DocumentItem[];
  /** Officials found in the article; when given, personnel frames use their names. */
  officials?: Official[];
}

/** What a form handler found; the common steps (actor, date, documents, span) follow. */
interface Found {
  rule: DecisionRule;
  trigger: Span;
  object: Span | null;
  /** An actor the form itself names (经县政府同意 → 县政府), or undefined to search for one. */
  actor?: Actor | null;
  /** Skip the cited/planned check (a parenthetical adoption note is a record, not a clause). */
  record?: boolean;
  /** The actor is required (决定 without a body is a person's choice, not a decision). */
  needsActor?: boolean;
  /** Where the actor search starts when not at the trigger (给予 before the penalty). */
  actorAt?: number;
  /** The trigger sits inside a title read out: checks run at this offset instead. */
  outside?: number;
}

interface Env {
  doc: Doc;
  dates: readonly DateItem[];
  meetings: MeetingItem[];
  documents: readonly DocumentItem[];
  /** Officials' mention spans, sorted by start: a person opening a clause acts (副镇长某某就…部署). */
  persons: PersonSpans;
}

/** Every trigger word of the non-personnel rules, longest first. */
const TRIGGERS = byLength(
  Object.values(DECISION_RULES)
    .filter((r) => r !== DECISION_RULES.adoptParenthetical && r !== DECISION_RULES.commendDocument)
    .flatMap((r) => [...r.triggers]),
);
const TRIGGER_SCAN = new WordScanner(TRIGGERS);
// The hits show every 通过 in a text when 通过 is a trigger, no trigger holds it but at its
// end, and none ends in 通 or starts with 过 (so no hit can cover part of one).
if (
  !TRIGGERS.includes('通过') ||
  TRIGGERS.some(
    (w) => (w.includes('通过') && w.indexOf('通过') !== w.length - 2) || w.endsWith('通') || w.startsWith('过'),
  )
) {
  throw new Error('decisions: every 通过 must end a trigger hit');
}
const PARENTHETICAL_RE = /\(([^()\n]{2,80}?)通过\)/g;

const GROUPS = new WordList(byLength(GROUP_HEADS));
const PENALTY_WORDS = new WordList(byLength([...PENALTIES, '党内', '政务', '相应', '诫勉', '组织处理']));
/** Personnel triggers handled by the appointments extractor; a 决定 right before one is that act. */
const PERSONNEL_AFTER_DECIDE = new WordList([
  '任命',
  '免去',
  '接受',
  '给予',
  '批准',
  '任',
  '聘任',
  '撤销',
  '开除',
  '成立',
  '设立',
  '印发',
  '表彰',
  '授予',
  '对',
]);
const DECIDE_AFTER = new WordList(DECIDE_NOUN_AFTER);
const DECIDE_BEFORE = new WordList(DECIDE_NOUN_BEFORE);
const DEPLOY_AFTER = new WordList(DEPLOY_NOUN_AFTER);
const DEPLOY_BEFORE = new WordList(DEPLOY_NOUN_BEFORE);
const COMMEND_AFTER = new WordList(COMMEND_NOUN_AFTER);
const KIND_ENDS = new WordList(DOCUMENT_KIND_ENDS);
const AGREEMENTS = new WordList(AGREEMENT_HEADS);

export function extractDecisions(doc: Doc, ctx: DecisionContext): Decision[] {
  const env: Env = {
    doc,
    dates: sortedByStart(ctx.dates),
    meetings: ctx.meetings,
    documents: sortedByStart(ctx.documents),
    persons: new PersonSpans(ctx.officials ?? []),
  };
  const frames: Array<Decision & { at: number }> = [];
  const text = doc.text;

  const hits = TRIGGER_SCAN.scan(text);
  for (const { at, word } of hits) {
    const found = dispatch(env, at, word);
    if (!found) continue;
    const frame = toFrame(env, found);
    if (frame) frames.push(frame);
  }
  // Every such note ends in 通过), and every 通过 ends a trigger hit: no hit, no pattern run.
  if (hits.some((h) => h.word.endsWith('通过') && text.charCodeAt(h.at + h.word.length) === 0x29 /* ) */))
    for (const m of text.matchAll(PARENTHETICAL_RE)) {
      const found = parenthetical(env, m.index, m[1] as string);
      if (!found) continue;
      const frame = toFrame(env, found);
      if (frame) frames.push(frame);
    }
  for (const d of env.documents) {
    const found = commendDocument(env, d);
    if (!found) continue;
    const frame = toFrame(env, found);
    if (frame) {
      // The frame is new: set in place ({ ...frame, documents } is slow in V8 and gives the same keys).
      frame.documents = [d.title];
      frames.push(frame);
    }
  }
  const personnel = personnelFrames(doc, ctx, env);
  if (frames.length === 0 && personnel.length === 0) return [];
  // 经研究决定:某某任…,免去其…: the appointments are the acts, not a separate decision.
  const decided = frames.filter(
    (f) => !(f.kind === 'decide' && personnel.some((p) => p.at >= f.span[0] && p.at < f.span[1])),
  );
  return dedupe(decided.concat(personnel));
}

// ---------------------------------------------------------------- dispatch

/** A form handler: what the trigger `word` at `at` reports, or null. */
type Form = (env: Env, at: number, word: string) => Found | null;

/** The form a trigger word starts (adopt's words first, then the others). */
function formFor(word: string): Form | null {
  const R = DECISION_RULES;
  if ((R.adopt.triggers as readonly string[]).includes(word)) return adopt;
  switch (word) {
    case '通过':
      return adoptMeeting;
    case '决定':
      return decide;
    case '成立':
    case '设立':
    case '组建':
    case '下设':
      return establish;
    case '印发':
    case '出台':
    case '发布':
    case '颁布':
    case '下发':
      return issue;
    case '签订':
    case '签署':
    case '签定':
    case '签约':
      return sign;
    case '表彰':
    case '授予':
      return commend;
    case '部署':
      return deploy;
    case '批复同意':
    case '批准':
    case '同意':
    case '批复':
      return approve;
    case '给予':
      return give;
    case '受到':
    case '被给予':
      return receive;
    case '开除':
      return expel;
    case '撤销':
    case '责令':
    case '被撤职':
    case '诫勉谈话':
      return otherSanction;
    default:
      if ((R.disciplineInvestigate.triggers as readonly string[]).includes(word)) return investigate;
      return null;
  }
}

/** Each trigger word's form, looked up once per word rather than per occurrence. */
const FORMS: ReadonlyMap<string, Form | null> = new Map(TRIGGERS.map((w) => [w, formFor(w)]));

function dispatch(env: Env, at: number, word: string): Found | null {
  const form = FORMS.get(word);
  return form ? form(env, at, word) : null;
}

// ---------------------------------------------------------------- shared steps

/** The object after the trigger (了, 给你们 skipped), to the clause end; null when empty. */
function objectAfter(text: string, p: number, limit = 120): Span | null {
  let s = p;
  if (text[s] === '了') s++;
  while (s < text.length && isSpaceCode(text.charCodeAt(s))) s++;
  const e = trimEnd(text, s, clauseEndOf(text, s, limit));
  return e > s ? [s, e] : null;
}

function trimEnd(text: string, s: number, e: number): number {
  while (e > s && (isSpaceCode(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 0x7b49) /* 等 */) e--;
  return e;
}

/** The first 《》 document in the sentence before `pos` (the topic of 《某办法》已经…同意,现印发…). */
function topicDocument(env: Env, pos: number): Span | null {
  const ss = sentenceStartOf(env.doc.text, pos);
  for (const d of docsIn(env, ss, pos)) {
    if (env.doc.text[d.span[0] - 1] === '《' && d.span[1] + 1 <= pos) return [d.span[0] - 1, d.span[1] + 1];
  }
  // Documents are listed once: look for any 《》 pair in the sentence.
  const open = env.doc.text.slice(ss, pos).indexOf('《');
  if (open < 0) return null;
  const close = env.doc.text.slice(ss + open, pos).indexOf('》');
  return close > 0 ? [ss + open, ss + open + close + 1] : null;
}

/** Documents lying inside [a, b), in text order (binary search: env.documents is sorted by start). */
function docsIn(env: Env, a: number, b: number): DocumentItem[] {
  const list = env.documents;
  const lo = lowerBoundBy(list, a, (d) => d.span[0]);
  const out: DocumentItem[] = [];
  for (let k = lo; k < list.length && (list[k] as DocumentItem).span[0] < b; k++) {
    const d = list[k] as DocumentItem;
    if (d.span[1] <= b) out.push(d);
  }
  return out;
}

/**
 * Titles of the 《》 pairs inside [a, b), as written (nested 〈〉/《》 kept). Read
 * from the text, since the documents list holds each title once (its first place).
 */
function titlesIn(doc: Doc, a: number, b: number): string[] {
  const out: string[] = [];
  let depth = 0;
  let open = -1;
  for (let i = a; i < b; i++) {
    const ch = doc.text.charCodeAt(i);
    if (ch === 0x300a /* 《 */) {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === 0x300b /* 》 */ && depth > 0) {
      depth--;
      if (depth === 0) {
        const title = withoutSpaces(doc.original.slice(open + 1, i));
        if (title && !out.includes(title)) out.push(title);
      }
    }
  }
  return out;
}

/** Nothing after the trigger but 给你们/施行/the clause end: the object is elsewhere. */
function bareTrigger(text: string, p: number): boolean {
  const rest = text.slice(p, p + 6);
  return /^(?:了)?(?:给你们|给各|你们|施行|实施|执行|[,。;\n]|$)/.test(rest);
}

/** 现将《某方案》印发 / 对某工作进行部署 / 就某事项作出部署: the object between 将/把/对/就 and the verb. */
function objectBefore(text: string, cs: number, at: number, markers: RegExp): Span | null {
  const left = text.slice(cs, at);
  let best = -1;
  let len = 0;
  for (const m of left.matchAll(markers)) {
    best = m.index;
    len = m[0].length;
  }
  if (best < 0) return null;
  const s = cs + best + len;
  let e = at;
  const verb = /进行|作出|做出|予以|加以/.exec(text.slice(s, at));
  if (verb) e = s + verb.index;
  const tail = /(?:进行了?|作出了?|做出了?|予以|加以)?(?:安排|研究|统筹|详细|全面|再|具体|专题|系统|了|,)*$/.exec(
    text.slice(s, e),
  );
  if (tail) e -= tail[0].length;
  return e > s ? [s, e] : null;
}

function toFrame(env: Env, f: Found): (Decision & { at: number }) | null {
  const { text, original } = env.doc;
  const at = f.outside ?? f.trigger[0];
  const ss = sentenceStartOf(text, at);
  const cs = clauseStartOf(text, at);
  if (!f.record) {
    if (insideTitle(text, at)) return null;
    if (blockedReason(text, cs, ss, at)) return null;
  }
  const actor =
    f.actor !== undefined ? f.actor : findActor(text, original, f.actorAt ?? at, env.dates, env.meetings, env.persons);
  if (f.needsActor && !actor) return null;
  const ce = clauseEndOf(text, f.trigger[1]);
  const start = Math.min(cs, f.object?.[0] ?? cs);
  const end = Math.max(ce, f.object?.[1] ?? ce);
  const span: Span = [start, end];
  const documents = titlesIn(env.doc, span[0], span[1]);
  // The sentence's date, else the meeting's: the actor's, or the article's only meeting when reported after it.
  const only =
    env.meetings.length === 1 && (env.meetings[0] as MeetingItem).span[0] < at
      ? (env.meetings[0] as MeetingItem)
      : null;
  const date = sentenceDate(env.dates, ss, at) ?? actor?.meeting?.date ?? only?.date ?? null;
  return {
    kind: f.rule.kind,
    trigger: original.slice(f.trigger[0], f.trigger[1]),
    actor: actor ? withoutSpaces(actor.text) || null : null,
    object: f.object ? clean(original.slice(f.object[0], f.object[1])) : null,
    documents,
    date,
    span,
    rule: f.rule.id,
    at,
  };
}

function clean(s: string): string | null {
  const t = hasSpace(s) ? s.replace(/^\s+|\s+$/g, '').replace(/\s*\n\s*/g, '') : s;
  return t.length > 0 ? t : null;
}

/** One frame per act: frames whose triggers overlap keep the first (longer rules run first at a position). */
function dedupe(frames: Array<Decision & { at: number }>): Decision[] {
  frames.sort((a, b) => a.at - b.at || b.trigger.length - a.trigger.length);
  const out: Decision[] = [];
  let lastEnd = -1;
  let lastKind: DecisionKind | null = null;
  // One frame has nothing to repeat: no keys then.
  const seen = frames.length > 1 ? new Set<string>() : null;
  for (const f of frames) {
    const at = f.at;
    // The same act told twice (headline and body, a repeated paragraph) is one frame.
    const key = seen ? `${f.kind}|${f.trigger}|${f.object ?? at}|${f.actor ?? ''}` : '';
    if (seen?.has(key)) continue;
    // A sanction inside another one's trigger (给予某某|开除党籍处分) is that frame.
    if (f.kind === 'discipline' && lastKind === 'discipline' && at < lastEnd) continue;
    seen?.add(key);
    // The frame without `at`, keys in the frame's order.
    out.push({
      kind: f.kind,
      trigger: f.trigger,
      actor: f.actor,
      object: f.object,
      documents: f.documents,
      date: f.date,
      span: f.span,
      rule: f.rule,
    });
    if (f.kind === 'discipline') {
      lastEnd = Math.max(lastEnd, at + f.trigger.length);
      lastKind = 'discipline';
    }
  }
  return out;
}

// ---------------------------------------------------------------- forms

/** 会议审议通过了《某方案》 / 表决通过了某名单; not …审议通过的《》 (cited). */
function adopt(env: Env, at: number, word: string): Found | null {
  const text = env.doc.text;
  const p = at + word.length;
  if (text[p] === '的') return null;
  let object = objectAfter(text, p);
  if (!object && bareTrigger(text, p)) object = topicDocument(env, at);
  return { rule: DECISION_RULES.adopt, trigger: [at, p], object };
}

/** 大会通过了某决议 / 《某办法》已经某会议通过: bare 通过 only with a meeting as subject. */
function adoptMeeting(env: Env, at: number): Found | null {
  const { text, original } = env.doc;
  const p = at + 2;
  if (text[p] === '的' || text[p] === ')') return null;
  const cs = clauseStartOf(text, at);
  let actor = subjectIn(text, original, cs, at, env.dates, env.meetings);
  if (!actor && skipLeading(text, cs, at, env.dates) === at && text[p] === '了') {
    // …;通过了某名单;… — a list of acts under a meeting subject opening the sentence.
    actor = findActor(text, original, at, env.dates, env.meetings);
    if (actor && !actor.meeting && !/会议?$/.test(actor.text)) actor = null;
  }
  if (!actor || !(actor.meeting || /(?:会|会议|会上|全会|会议上)$/.test(text.slice(actor.span[0], actor.span[1]))))
    return null;
  let object = objectAfter(text, p);
  if (!object && bareTrigger(text, p)) object = topicDocument(env, at);
  return { rule: DECISION_RULES.adoptMeeting, trigger: [at, p], object, actor };
}

/**
 * (2025年3月1日某县人大常委会第九次会议通过): a record of adoption under a
 * title; the object is the title line above when the note opens its line.
 */
function parenthetical(env: Env, at: number, inner: string): Found | null {
  const { text, original } = env.doc;
  const innerStart = at + 1;
  const innerEnd = innerStart + inner.length;
  const s = skipLeading(text, innerStart, innerEnd, env.dates);
  if (!/(?:会|会议|全会|常委会)$/.test(text.slice(s, innerEnd))) return null;
  const named = env.meetings.find((m) => m.span[0] >= innerStart && m.span[1] <= innerEnd);
  const actor: Actor = named
    ? { text: named.name, span: [s, innerEnd], meeting: named }
    : { text: withoutSpaces(original.slice(s, innerEnd)), span: [s, innerEnd], meeting: null };
  let object: Span | null = null;
  const lineStart = lastNewline(text, at - 1, 300) + 1;
  if (/^\s*$/.test(text.slice(lineStart, at)) && lineStart > 0) {
    let e = lineStart - 1;
    while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
    const ps = Math.max(lastNewline(text, e - 1, 80) + 1, e - 80);
    const line = text.slice(ps, e).trim();
    if (line.length >= 2 && !/[。,]/.test(line))
      object = [ps + text.slice(ps, e).indexOf(line), ps + text.slice(ps, e).indexOf(line) + line.length];
  }
  return { rule: DECISION_RULES.adoptParenthetical, trigger: [innerEnd, innerEnd + 2], object, actor, record: true };
}

/** 会议决定,… / 县委研究决定… ; not 决定性, 处分决定, 决定任命 (the appointment is the act). */
function decide(env: Env, at: number): Found | null {
  const text = env.doc.text;
  const p = at + 2;
  if (DECIDE_AFTER.startingAt(text, p)) return null;
  if (DECIDE_BEFORE.endingAt(text, at)) return null;
  let q = p;
  if (text[q] === '了') q++;
  // 决定,成立… / 决定任命…: the specific act is the frame.
  const after = text[q] === ',' || text[q] === ':' ? q + 1 : q;
  if (PERSONNEL_AFTER_DECIDE.startingAt(text, after) || /^[^,。;]{0,20}为代理?/.test(text.slice(q, q + 24)))
    return null;
  let object: Span | null;
  if (text[q] === ',' || text[q] === ':') {
    const e = trimEnd(text, q + 1, Math.min(sentenceEndOf(text, q + 1, 200), q + 160));
    object = e > q + 1 ? [q + 1, e] : null;
  } else object = objectAfter(text, q);
  if (!object) return null;
  const cs = clauseStartOf(text, at);
  const research = /^(?:经|经过)?(?:研究|集体研究|会议研究|讨论)$/.test(text.slice(cs, at));
  return { rule: DECISION_RULES.decide, trigger: [at, p], object, needsActor: !research };
}

/** 成立某工作领导小组 / 下设某专班、某专班 / 设立某委员会: the object ends as a group. */
function establish(env: Env, at: number, word: string): Found | null {
  const text = env.doc.text;
  const p = at + word.length;
  if (
    /^(?:大会|会|以来|之初|初期|之日|周年|之后|后|时|的|于|[0-9一二三四五六七八九十百]+周年)/.test(text.slice(p, p + 6))
  )
    return null;
  const object = objectAfter(text, p);
  if (!object) return null;
  const obj = text.slice(object[0], object[1]).replace(/[”"’]$/, '');
  const parts = obj.split(/[、和及]/);
  if (!parts.some((x) => GROUPS.endOf(x.replace(/[”"’]$/, '')))) return null;
  return { rule: DECISION_RULES.establish, trigger: [at, p], object };
}

/** 会上印发《某方案》 / 现将《某办法》印发给你们 / 出台某实施意见; not 印发的《》 (cited), 发布时间. */
function issue(env: Env, at: number, word: string): Found | null {
  const text = env.doc.text;
  const p = at + word.length;
  if (text[p] === '的') return null;
  const cs = clauseStartOf(text, at);
  let object = objectAfter(text, p);
  // 某办公室印发《某意见》的通知: the title of the notice, not an act.
  if (object && /^《[^\n]*》的(?:通知|决定|意见|函|批复|通告)/.test(text.slice(object[0], object[1]))) return null;
  if (object) {
    const obj = text.slice(object[0], object[1]);
    const documentLike = obj.startsWith('《') || KIND_ENDS.endOf(obj.replace(/\([^()]*\)$/, '')) !== null;
    if (!documentLike) object = null;
    else if (
      word === '发布' &&
      !obj.startsWith('《') &&
      !/^(?:了)?(?:关于|实施|[^,]{0,20}(?:通知|公告|决定|办法|规定|意见|方案))/.test(obj)
    )
      object = null;
  }
  if (!object && bareTrigger(text, p)) {
    object = objectBefore(text, cs, at, /现将|将|把/g) ?? topicDocument(env, at);
    if (!object) return null;
  }
  if (!object) return null;
  return { rule: DECISION_RULES.issue, trigger: [at, p], object };
}

/** 某人代表镇党委与各村签订目标责任书 / 甲与乙签署合作协议: the object is an agreement. */
function sign(env: Env, at: number, word: string): Found | null {
  const { text, original } = env.doc;
  const p = at + word.length;
  if (text[p] === '的') return null;
  const object = objectAfter(text, p);
  if (!object) return null;
  const obj = text.slice(object[0], object[1]);
  // 签订合同的企业: a relative clause about signers, not a signing.
  const head = AGREEMENTS.firstIn(obj);
  if (!head || obj[obj.indexOf(head) + head.length] === '的') return null;
  const cs = clauseStartOf(text, at);
  const ss = sentenceStartOf(text, at);
  let s = skipLeading(text, cs, at, env.dates);
  const left = text.slice(s, at);
  const cut = /分别代表|代表|与|同|和|跟/.exec(left);
  let actor: Actor | null = null;
  if (cut && cut.index > 0) actor = { text: original.slice(s, s + cut.index), span: [s, s + cut.index], meeting: null };
  else if (cut && cut.index === 0 && cs > ss) {
    // 甲与乙,分别代表A和B签署…: the signatories are the clause before.
    const pcs = clauseStartOf(text, cs - 1);
    s = skipLeading(text, pcs, cs - 1, env.dates);
    if (cs - 1 - s > 0 && cs - 1 - s <= 60)
      actor = { text: original.slice(s, cs - 1), span: [s, cs - 1], meeting: null };
  }
  return { rule: DECISION_RULES.sign, trigger: [at, p], object, ...(actor ? { actor } : {}) };
}

/** 表彰了一批先进 / 对某村进行通报表彰 / 某村受到县委表彰 / 授予某人“某称号”. */
function commend(env: Env, at: number, word: string): Found | null {
  const { text, original } = env.doc;
  const p = at + word.length;
  if (text[p] === '的' || COMMEND_AFTER.startingAt(text, p)) return null;
  if (text[at - 1] === '拟') return null;
  const cs = clauseStartOf(text, at);
  if (word === '授予') {
    const object = objectAfter(text, p);
    if (!object || !/称号|荣誉|奖章|勋章|奖状|锦旗/.test(text.slice(object[0], object[1]))) return null;
    return { rule: DECISION_RULES.commend, trigger: [at, p], object };
  }
  const left = text.slice(cs, at);
  // 某村受到县委表彰: the commended is the subject, the body between 受到 and 表彰 the actor.
  const passive = /(?:受到|获得|荣获|受)([^,。;]{0,12}?)(?:通报|隆重|大力)?$/.exec(left);
  if (passive && !left.includes('对') && (passive[1] === '' || bodyLike(passive[1] as string))) {
    const s = skipLeading(text, cs, at, env.dates);
    const subjEnd = cs + passive.index;
    if (subjEnd <= s) return null;
    const verbLen = passive[0].startsWith('受') && !passive[0].startsWith('受到') ? 1 : 2;
    const bodyStart = subjEnd + verbLen;
    const bodyEnd = bodyStart + (passive[1] as string).length;
    const actor: Actor | null =
      bodyEnd > bodyStart
        ? { text: original.slice(bodyStart, bodyEnd), span: [bodyStart, bodyEnd], meeting: null }
        : null;
    return { rule: DECISION_RULES.commend, trigger: [at, p], object: [s, subjEnd], actor };
  }
  let object = objectAfter(text, p);
  let actorAt: number | undefined;
  if (!object) {
    object = objectBefore(text, cs, at, /对/g);
    if (object) actorAt = object[0] - 1;
  }
  if (!object) return null;
  return { rule: DECISION_RULES.commend, trigger: [at, p], object, ...(actorAt !== undefined ? { actorAt } : {}) };
}

/** Offset of the last line break at or before `from`, looking back at most `limit`; -1 when none (or too far). */
function lastNewline(text: string, from: number, limit: number): number {
  const min = Math.max(0, from - limit);
  for (let i = from; i >= min; i--) if (text[i] === '\n') return i;
  return -1;
}

/** 宣读《关于表彰某某的决定》: the commendation is made by the document read out; the commended as object. */
function commendDocument(env: Env, d: DocumentItem): Found | null {
  const text = env.doc.text;
  // The title pattern opens with 关于: most titles are done with here.
  if (!text.startsWith('关于', d.span[0])) return null;
  const inner = text.slice(d.span[0], d.span[1]);
  const m = COMMEND_TITLE.exec(inner);
  if (!m || text[d.span[0] - 1] !== '《') return null;
  if (!READ_VERBS.test(text.slice(Math.max(0, d.span[0] - 8), d.span[0] - 1))) return null;
  const verb = d.span[0] + 2;
  const objStart = verb + (inner.startsWith('关于通报表扬') ? 4 : 2);
  // The actor and the cited/planned check are taken at the reading verb, before 《.
  return {
    rule: DECISION_RULES.commendDocument,
    trigger: [verb, objStart],
    object: [objStart, objStart + (m[1] as string).length],
    actorAt: d.span[0] - 1,
    outside: d.span[0] - 1,
  };
}

/** 会议安排部署了下半年工作 / 就某工作进行部署; not 决策部署, 部署要求, nor 要…部署 (an instruction). */
const INSTRUCTION_UNITS = new UnitSet('要亲必务');

/** Whether a unit of text[from, to) is in `units`. */
function anyUnitIn(text: string, from: number, to: number, units: UnitSet): boolean {
  for (let i = from; i < to; i++) if (units.has(text.charCodeAt(i))) return true;
  return false;
}

function deploy(env: Env, at: number): Found | null {
  const text = env.doc.text;
  const p = at + 2;
  if (DEPLOY_AFTER.startingAt(text, p)) return null;
  const lead = /(?:安排|研究|统筹|动员)$/.exec(text.slice(Math.max(0, at - 2), at));
  const ts = lead ? at - 2 : at;
  if (DEPLOY_BEFORE.endingAt(text, ts)) return null;
  if (text[p] === '的') return null;
  const ss = sentenceStartOf(text, at);
  // An instruction anywhere in the sentence (要…亲自部署): no frame. The pattern needs 要, 亲, 必 or 务.
  if (
    anyUnitIn(text, ss, ts, INSTRUCTION_UNITS) &&
    /(?<![重主需纪提摘只])要(?![求点闻素件害])|亲自|必须|务必/.test(text.slice(ss, ts))
  )
    return null;
  const cs = clauseStartOf(text, ts);
  let object = objectAfter(text, p);
  if (object && /^(?:和|、|与|及|并|,)/.test(text.slice(object[0], object[0] + 1))) object = null;
  let actorAt: number | undefined;
  if (!object) {
    object = objectBefore(text, cs, ts, /对|就/g);
    if (object) actorAt = object[0] - 1;
  }
  if (!object && !/(?:进行了?|作出了?|做出了?)(?:详细|全面|再|具体|专题|系统)*$/.test(text.slice(cs, ts))) return null;
  return { rule: DECISION_RULES.deploy, trigger: [ts, p], object, ...(actorAt !== undefined ? { actorAt } : {}) };
}

/** 会议审查并批准了某预算 / 经县政府同意 / 某会议同意某事项; not 不同意, 报经…批准 (planned). */
function approve(env: Env, at: number, word: string): Found | null {
  const { text, original } = env.doc;
  const p = at + word.length;
  if (text[p] === '的' || text[p] === '后') return null;
  if (/(?:不|未|征得|报|报经|报请|须经|需经|是否|以|予以)$/.test(text.slice(Math.max(0, at - 2), at))) return null;
  const cs = clauseStartOf(text, at);
  const left = text.slice(cs, at);
  const jing = /(?:已经|经过|经)(?![济营贸费验典销开纪历])/.exec(left);
  if (jing) {
    const s = skipLeading(text, cs + jing.index + jing[0].length, at, env.dates);
    const e = at;
    const actor: Actor | null =
      e > s && e - s <= 40 ? { text: original.slice(s, e), span: [s, e], meeting: null } : null;
    let object = objectAfter(text, p);
    if (!object) {
      object = topicDocument(env, at);
      if (!object) {
        // 经县政府同意,现将《某方案》印发给你们: the document follows.
        const se = sentenceEndOf(text, p, 200);
        const d = docsIn(env, p, se)[0];
        if (d) object = [d.span[0] - 1, d.span[1] + 1];
      }
    }
    // 经县委批准,… with nothing approved in view: the act that follows is its own frame.
    if (!object) return null;
    return { rule: DECISION_RULES.approve, trigger: [at, p], object, actor };
  }
  let object = objectAfter(text, p);
  if (!object && bareTrigger(text, p)) object = topicDocument(env, at);
  if (!object) return null;
  return { rule: DECISION_RULES.approve, trigger: [at, p], object, needsActor: true };
}

/** Index of the first penalty word in `seg`, with its length; -1 when none. */
function penaltyIn(seg: string): { index: number; end: number } {
  // The first place any penalty word occurs.
  const best = PENALTY_WORDS.indexIn(seg);
  if (best < 0) return { index: -1, end: -1 };
  const chu = seg.indexOf('处分', best);
  const tan = seg.indexOf('谈话', best);
  let end = chu >= 0 ? chu + 2 : tan >= 0 ? tan + 2 : -1;
  if (end < 0) {
    // 开除党籍、开除公职 without 处分.
    const m =
      /^(?:开除党籍|开除公职|留党察看[^,。;]{0,4}|撤销党内职务|撤职|降级|记大过|记过|通报批评|批评教育|诫勉谈话|免职处理|停职检查|组织处理)(?:[、和及](?:开除党籍|开除公职|撤职|政务撤职))*/.exec(
        seg.slice(best),
      );
    end = m ? best + m[0].length : -1;
  }
  return { index: best, end };
}

/** After a sanction: 期间/的/决定 make it background (受到处分期间, 处分的, 处分决定). */
function sanctionCited(text: string, end: number): boolean {
  return /^(?:的|期间|决定|后|以来|人员|影响期)/.test(text.slice(end, end + 3));
}

/** 某纪委监委给予某某党内警告处分 / 给予某某开除党籍处分. */
function give(env: Env, at: number): Found | null {
  const text = env.doc.text;
  const p = at + 2;
  const ce = clauseEndOf(text, p, 100);
  const seg = text.slice(p, ce);
  const pen = penaltyIn(seg);
  if (pen.index < 0 || pen.end < 0) {
    if (/表彰|表扬|嘉奖|奖励/.test(seg)) {
      const object = objectAfter(text, p);
      return object ? { rule: DECISION_RULES.commend, trigger: [at, p], object } : null;
    }
    return null;
  }
  if (sanctionCited(text, p + pen.end)) return null;
  const object: Span | null = pen.index > 0 ? [p, trimEnd(text, p, p + pen.index)] : null;
  return { rule: DECISION_RULES.disciplineGive, trigger: [p + pen.index, p + pen.end], object, actorAt: at };
}

/** 某某受到党内警告处分 / 某某被给予政务记过处分: the person is the subject. */
function receive(env: Env, at: number, word: string): Found | null {
  const { text } = env.doc;
  const p = at + word.length;
  const ce = clauseEndOf(text, p, 60);
  const seg = text.slice(p, ce);
  const pen = penaltyIn(seg);
  if (pen.index < 0 || pen.index > 12 || pen.end < 0) return null;
  if (sanctionCited(text, p + pen.end)) return null;
  const cs = clauseStartOf(text, at);
  const s = skipLeading(text, cs, at, env.dates);
  const object: Span | null = at > s ? [s, at] : null;
  return { rule: DECISION_RULES.disciplineReceive, trigger: [p + pen.index, p + pen.end], object, actor: null };
}

/** 开除某某党籍 / 某某被开除党籍、开除公职. */
function expel(env: Env, at: number): Found | null {
  const text = env.doc.text;
  const p = at + 2;
  if (sanctionCited(text, p)) return null;
  const m = /^([^,。;]{0,8}?)(党籍|公职)/.exec(text.slice(p, p + 12));
  if (!m) return null;
  const end = p + m[0].length;
  if (sanctionCited(text, end)) return null;
  const inner = m[1] as string;
  if (inner.length > 0)
    return { rule: DECISION_RULES.disciplineExpel, trigger: [at, end], object: [p, p + inner.length] };
  const cs = clauseStartOf(text, at);
  const s = skipLeading(text, cs, at, env.dates);
  const subjEnd = text[at - 1] === '被' ? at - 1 : at;
  const object: Span | null = subjEnd > s && subjEnd - s <= 20 ? [s, subjEnd] : null;
  return {
    rule: DECISION_RULES.disciplineExpel,
    trigger: [at, end],
    object,
    ...(text[at - 1] === '被' ? { actor: null } : {}),
  };
}

/** 对某某立案审查调查 / 某某接受纪律审查和监察调查. */
function investigate(env: Env, at: number, word: string): Found | null {
  const text = env.doc.text;
  const p = at + word.length;
  if (/^(?:的|期间|工作|人员|对象)/.test(text.slice(p, p + 2))) return null;
  const cs = clauseStartOf(text, at);
  const target = objectBefore(text, cs, at, /对/g);
  // 市纪委监委对某某立案审查调查: the actor is the subject before 对.
  if (target) {
    // 对某某严重违纪违法问题立案审查调查: the person, without the matter.
    const matter = /(?:严重违纪违法|涉嫌|违纪违法|违纪|违法|违规)[^,。;]*问题$|问题$/.exec(
      text.slice(target[0], target[1]),
    );
    const object: Span = matter && matter.index > 0 ? [target[0], target[0] + matter.index] : target;
    return { rule: DECISION_RULES.disciplineInvestigate, trigger: [at, p], object, actorAt: target[0] - 1 };
  }
  // 某某接受纪律审查和监察调查 / 某某被立案审查: the person is the subject; no actor named.
  let s = skipLeading(text, cs, at, env.dates);
  s += /^(?:目前|现|正|已|并)*/.exec(text.slice(s, at))?.[0].length ?? 0;
  const e = at - (/(?:正在接受|正接受|接受|被|主动投案,?接受)$/.exec(text.slice(s, at))?.[0].length ?? 0);
  let object: Span | null = e > s && e - s <= 40 ? [s, e] : null;
  if (!object) {
    // 某某涉嫌严重违纪违法,目前正接受纪律审查和监察调查: the person opens the sentence.
    const ss = sentenceStartOf(text, at);
    const m = /^([^,。;]{2,30}?)(?:涉嫌|因涉嫌)/.exec(text.slice(ss, cs));
    if (m) object = [ss, ss + (m[1] as string).length];
  }
  return { rule: DECISION_RULES.disciplineInvestigate, trigger: [at, p], object, actor: null };
}

/** 撤销某某党内职务 / 责令其辞去某职务 / 某某被撤职 / 对某某进行诫勉谈话. */
function otherSanction(env: Env, at: number, word: string): Found | null {
  const text = env.doc.text;
  const p = at + word.length;
  const cs = clauseStartOf(text, at);
  if (word === '撤销') {
    const m = /^([^,。;]{0,8}?)党内职务/.exec(text.slice(p, p + 14));
    if (!m) return null;
    const inner = m[1] as string;
    return {
      rule: DECISION_RULES.disciplineOther,
      trigger: [at, p + m[0].length],
      object: inner ? [p, p + inner.length] : null,
    };
  }
  if (word === '责令') {
    // 责令其辞去某职务 / 责令某某辞去某职务: the post given up is the object.
    const m = /^([^,。;]{0,6}?)辞去([^,。;]{1,24}?职务)/.exec(text.slice(p, p + 40));
    if (!m) return null;
    const objStart = p + m[0].length - (m[2] as string).length;
    return { rule: DECISION_RULES.disciplineOther, trigger: [at, objStart], object: [objStart, p + m[0].length] };
  }
  if (word === '诫勉谈话') {
    const object = objectBefore(text, cs, at, /对/g);
    return object ? { rule: DECISION_RULES.disciplineOther, trigger: [at, p], object, actorAt: object[0] - 1 } : null;
  }
  // 被撤职
  if (sanctionCited(text, p)) return null;
  const s = skipLeading(text, cs, at, env.dates);
  return at > s ? { rule: DECISION_RULES.disciplineOther, trigger: [at, p], object: [s, at], actor: null } : null;
}

// ---------------------------------------------------------------- personnel

const PERSONNEL_KIND: Record<string, DecisionKind> = {
  appoint: 'appoint',
  elect: 'appoint',
  nominate: 'appoint',
  acting: 'appoint',
  remove: 'remove',
  resign: 'resign',
};

/** One frame per person and trigger from the appointments extractor (任命X为Y、Z is one act). */
function personnelFrames(doc: Doc, ctx: DecisionContext, env: Env): Array<Decision & { at: number }> {
  const hits = findAppointments(doc, { dates: env.dates, officials: ctx.officials ?? [], meetings: env.meetings });
  const frames = hits.map((h) => {
    const span: Span = [Math.min(h.span[0], h.triggerSpan[0]), Math.max(h.span[1], h.triggerSpan[1])];
    return {
      kind: PERSONNEL_KIND[h.type] ?? 'appoint',
      trigger: h.trigger,
      actor: h.authority,
      object: h.person,
      documents: titlesIn(doc, span[0], span[1]),
      date: h.date,
      span,
      rule: h.rule,
      at: h.triggerSpan[0],
    };
  });
  // One frame per person and act: 任命某某为A、B is one act; a headline repeating it is too.
  return keepBestByKey(
    frames,
    (f) => `${f.kind}|${f.object}|${f.trigger}`,
    (d) => (d.actor ? 2 : 0) + (d.date ? 1 : 0),
  );
}
