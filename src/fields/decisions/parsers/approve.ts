/** approve: 批准 / 经某机关同意 / 某会议同意某事项. */
import { type Actor, clauseStartOf, sentenceEndOf, skipLeading } from '../../shared/event-text.js';
import type { Env, Found } from '../env.js';
import { DECISION_RULES } from '../rules.js';
import { bareTrigger, docsIn, objectAfter, topicDocument } from '../spans.js';

/** 会议审查并批准了某预算 / 经县政府同意 / 某会议同意某事项; not 不同意, 报经…批准 (planned). */
export function approve(env: Env, at: number, word: string): Found | null {
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
