/**
 * 甲任某区委书记 / 乙(女)担任副区长 / 丙同志被任命为… — the name right before
 * the verb (appointment.holds, appointment.passive).
 */
import { HOLDING_NOT_EVENT } from '../../../lexicon/decision-words.js';
import { REN_OTHER_WORD } from '../../../lexicon/official-words.js';
import { WordList } from '../../../text/word-list.js';
import { clauseStartOf } from '../../shared/event-text.js';
import { actingTitle } from '../../shared/title-anatomy.js';
import { authorityOf, hit } from '../authority.js';
import type { AppointmentHit, Env } from '../env.js';
import { personEndingAt } from '../persons.js';
import { endsWithPost, postsIn, titleEnd } from '../posts.js';
import type { AppointmentRule } from '../rules.js';

const NOT_EVENT = new WordList(HOLDING_NOT_EVENT);

export function holds(env: Env, rule: AppointmentRule, mode: 'active' | 'passive'): AppointmentHit[] {
  const { text, original } = env.doc;
  const verbStart = mode === 'passive' ? env.at - 1 : env.at;
  let p = env.at + env.word.length;
  if (env.word === '任' && REN_OTHER_WORD.includes(text[p] ?? '')) return [];
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
  return posts.map((post) =>
    hit(env, rule, actingTitle(post.title) ? 'acting' : rule.type, person.name, post, null, auth, [person.start, te]),
  );
}
