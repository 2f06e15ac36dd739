/** commend: 表彰 / 授予…称号 / 受到某机关表彰. */
import { COMMEND_NOUN_AFTER } from '../words.js';
import { WordList } from '../../../text/word-list.js';
import { type Actor, bodyLike, clauseStartOf, skipLeading } from '../../shared/event-text.js';
import type { Env, Found } from '../env.js';
import { DECISION_RULES } from '../rules.js';
import { objectAfter, objectBefore } from '../spans.js';

const COMMEND_AFTER = new WordList(COMMEND_NOUN_AFTER);

/** 表彰了一批先进 / 对某村进行通报表彰 / 某村受到县委表彰 / 授予某人“某称号”. */
export function commend(env: Env, at: number, word: string): Found | null {
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
