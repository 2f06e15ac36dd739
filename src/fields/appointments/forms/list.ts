/**
 * 任命A为X,B为Y / 选举A、B为X / 提名A为X候选人 / 决定A为代理X: items
 * separated by , ; 、 while each has its own 为 (appointment.appoint-list,
 * elect-list, nominate, acting).
 */
import { WordList } from '../../../text/word-list.js';
import { clauseEndOf, sentenceEndOf } from '../../shared/event-text.js';
import { actingTitle } from '../../shared/title-anatomy.js';
import { type Authority, authorityOf, hit } from '../authority.js';
import type { AppointmentHit, Env } from '../env.js';
import { personsIn } from '../persons.js';
import { postsIn, titleEnd } from '../posts.js';
import type { AppointmentRule } from '../rules.js';

/** Words that open a new act after a list item (…;免去…): the list stops there. */
const NEXT_ACT = new WordList(['决定', '任命', '免去', '接受', '选举', '补选', '提名', '通过', '听取', '审议']);

export function list(env: Env, rule: AppointmentRule): AppointmentHit[] {
  const { text, original } = env.doc;
  let p = env.at + env.word.length;
  if (text[p] === '了' || text[p] === ':') p++;
  const end = sentenceEndOf(text, p, 400);
  let authCache: Authority | null = null;
  const auth = (): Authority => (authCache ??= authorityOf(env, rule.type === 'elect'));
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
        const type = actingTitle(post.title) && post.title.length > 1 ? 'acting' : rule.type;
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
