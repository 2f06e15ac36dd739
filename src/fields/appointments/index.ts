/**
 * Appointments and removals (issue 5): 任命X为Y, 选举X为Y, X当选Y, 提名X为Y候选人,
 * 决定X为代理Y, X任Y, X被任命为Y, 免去X的Y职务, 接受X辞去Y职务的请求 — one
 * item per person and post, with the deciding body and the date. Cited,
 * planned and prescribed acts (曾任, 拟任, 提请任命, 由…决定任免) are left out.
 *
 * Each trigger word leads to one form in forms/ (the table below). Names come
 * from the officials list where it covers them, else a name-shape guess
 * (persons.ts); posts are split by the shared title anatomy (posts.ts). Forms
 * are rules in ./rules.ts; word lists in src/lexicon/decision-words.ts.
 * Pure: the same doc and context give the same answer, and nothing is kept.
 */
import type { Appointment, DateItem, Doc, MeetingItem, Official } from '../../types.js';
import { keepBestByKey } from '../../text/collections.js';
import { blockedReason, clauseStartOf, insideTitle, sortedByStart } from '../shared/event-text.js';
import { type AppointmentContext, type AppointmentHit, Env, NameIndex } from './env.js';
import { elected } from './forms/elected.js';
import { holds } from './forms/holds.js';
import { list } from './forms/list.js';
import { removed } from './forms/removed.js';
import { resigned } from './forms/resigned.js';
import { APPOINTMENT_RULES } from './rules.js';

export type { AppointmentContext, AppointmentHit } from './env.js';

const TRIGGER_RE = /决定任命|任命|聘任|聘请|选举|补选|增补|推选|提名|当选|免去|撤销|辞去|担任|出任|转任|任|决定/g;

/** The form a trigger word leads to (担任, 出任, 转任 and 任 are holds). */
function formFor(env: Env, text: string): AppointmentHit[] {
  switch (env.word) {
    case '决定任命':
    case '任命':
    case '聘任':
    case '聘请':
      return text[env.at - 1] === '被'
        ? holds(env, APPOINTMENT_RULES.passive, 'passive')
        : list(env, APPOINTMENT_RULES.appointList);
    case '选举':
    case '补选':
    case '增补':
    case '推选':
      return list(env, APPOINTMENT_RULES.electList);
    case '提名':
      return list(env, APPOINTMENT_RULES.nominate);
    case '决定':
      return list(env, APPOINTMENT_RULES.acting).filter((a) => a.type === 'acting');
    case '当选':
      return elected(env);
    case '免去':
    case '撤销':
      return removed(env);
    case '辞去':
      return resigned(env);
    default:
      return holds(env, APPOINTMENT_RULES.holds, 'active');
  }
}

export function extractAppointments(doc: Doc, ctx: AppointmentContext): Appointment[] {
  return appointmentsFromHits(findAppointments(doc, ctx));
}

/** The record's appointments from the hits (the pipeline finds them once and hands them to decisions too). */
export function appointmentsFromHits(hits: readonly AppointmentHit[]): Appointment[] {
  // Built key by key (an object rest is slow in V8); the keys are hit()'s, without the trigger.
  return mergeRepeats(
    hits.map((h) => ({
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

/** Every appointment hit with its trigger, in text order (decisions build personnel frames from these). */
export function findAppointments(doc: Doc, ctx: AppointmentContext): AppointmentHit[] {
  return scanAppointments(doc, sortedByStart(ctx.dates), ctx.officials, ctx.meetings ?? []);
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
  for (const m of text.matchAll(TRIGGER_RE)) {
    const at = m.index;
    if (at < consumedTo) continue;
    const env = new Env(doc, names, dates, meetings, at, m[0], last);
    const found = formFor(env, text);
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
