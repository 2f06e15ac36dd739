/** adopt (审议通过) and adopt-meeting (a meeting as subject of bare 通过). */
import { clauseStartOf, findActor, skipLeading, subjectIn } from '../../shared/event-text.js';
import type { Env, Found } from '../env.js';
import { DECISION_RULES } from '../rules.js';
import { bareTrigger, objectAfter, topicDocument } from '../spans.js';

/** 会议审议通过了《某方案》 / 表决通过了某名单; not …审议通过的《》 (cited). */
export function adopt(env: Env, at: number, word: string): Found | null {
  const text = env.doc.text;
  const p = at + word.length;
  if (text[p] === '的') return null;
  let object = objectAfter(text, p);
  if (!object && bareTrigger(text, p)) object = topicDocument(env, at);
  return { rule: DECISION_RULES.adopt, trigger: [at, p], object };
}

/** 大会通过了某决议 / 《某办法》已经某会议通过: bare 通过 only with a meeting as subject. */
export function adoptMeeting(env: Env, at: number): Found | null {
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
