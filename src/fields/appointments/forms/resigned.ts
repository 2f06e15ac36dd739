/**
 * 接受甲、乙辞去某职务的请求 (appointment.resign-accepted) / 丙辞去某职务
 * (appointment.resign). 责令辞去 is a sanction (a decision), not a resignation.
 */
import type { Span } from '../../../types.js';
import { clauseEndOf, clauseStartOf } from '../../shared/event-text.js';
import { type Authority, authorityOf, hit } from '../authority.js';
import type { AppointmentHit, Env } from '../env.js';
import { type Person, personsIn } from '../persons.js';
import { postsIn } from '../posts.js';
import { APPOINTMENT_RULES, type AppointmentRule } from '../rules.js';

export function resigned(env: Env): AppointmentHit[] {
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
  let persons: Person[] | null = null;
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
  const auth: Authority =
    accept >= 0 || acceptedEarlier ? authorityOf(acceptEnv, false) : { text: null, meeting: null };
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
