/** Who decided an act and when, and the item every form makes (hit). */
import type { Appointment, MeetingItem, Span } from '../../types.js';
import { meetingFor, sentenceDate } from '../shared/event-text.js';
import type { AppointmentHit, Env, Post } from './env.js';
import type { AppointmentRule } from './rules.js';

export interface Authority {
  text: string | null;
  meeting: MeetingItem | null;
}

export function authorityOf(env: Env, elect: boolean): Authority {
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

export function hit(
  env: Env,
  rule: AppointmentRule,
  type: Appointment['type'],
  person: string,
  to: Post | null,
  from: Post | null,
  auth: Authority,
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
