/**
 * 免去甲的某局局长职务,乙的…职务 / 撤销丙某职务 (appointment.remove) — only
 * with 职务 (免去…费用 is no removal).
 */
import type { Span } from '../../../types.js';
import { clauseEndOf, sentenceEndOf } from '../../shared/event-text.js';
import { type Authority, authorityOf, hit } from '../authority.js';
import type { AppointmentHit, Env } from '../env.js';
import { personStartingAt } from '../persons.js';
import { postsIn } from '../posts.js';
import { APPOINTMENT_RULES } from '../rules.js';

export function removed(env: Env): AppointmentHit[] {
  const { text, original } = env.doc;
  let p = env.at + 2;
  if (text[p] === '了') p++;
  const end = sentenceEndOf(text, p, 400);
  let authCache: Authority | null = null;
  const auth = (): Authority => (authCache ??= authorityOf(env, false));
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
