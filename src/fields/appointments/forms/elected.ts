/** 甲全票当选为某镇镇长 / 乙、丙等当选为副镇长 (appointment.elected). */
import { ELECT_ADVERBS } from '../../../lexicon/decision-words.js';
import { WordList } from '../../../text/word-list.js';
import { clauseStartOf } from '../../shared/event-text.js';
import { authorityOf, hit } from '../authority.js';
import type { AppointmentHit, Env } from '../env.js';
import { personsIn } from '../persons.js';
import { postsIn, titleEnd } from '../posts.js';
import { APPOINTMENT_RULES } from '../rules.js';

const ADVERBS = new WordList(ELECT_ADVERBS);

export function elected(env: Env): AppointmentHit[] {
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
