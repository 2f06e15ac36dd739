/** discipline-investigate: 对某某立案审查调查 / 某某接受纪律审查和监察调查. */
import type { Span } from '../../../types.js';
import { clauseStartOf, sentenceStartOf, skipLeading } from '../../shared/event-text.js';
import type { Env, Found } from '../env.js';
import { DECISION_RULES } from '../rules.js';
import { objectBefore } from '../spans.js';

/** 对某某立案审查调查 / 某某接受纪律审查和监察调查. */
export function disciplineInvestigate(env: Env, at: number, word: string): Found | null {
  const text = env.doc.text;
  const p = at + word.length;
  if (/^(?:的|期间|工作|人员|对象)/.test(text.slice(p, p + 2))) return null;
  const cs = clauseStartOf(text, at);
  const target = objectBefore(text, cs, at, /对/g);
  // 市纪委监委对某某立案审查调查: the actor is the subject before 对.
  if (target) {
    // 对某某严重违纪违法问题立案审查调查: the person, without the matter.
    const matter = /(?:严重违纪违法|涉嫌|违纪违法|违纪|违法|违规)[^,。;]*问题$|问题$/.exec(
      text.slice(target[0], target[1]),
    );
    const object: Span = matter && matter.index > 0 ? [target[0], target[0] + matter.index] : target;
    return { rule: DECISION_RULES.disciplineInvestigate, trigger: [at, p], object, actorAt: target[0] - 1 };
  }
  // 某某接受纪律审查和监察调查 / 某某被立案审查: the person is the subject; no actor named.
  let s = skipLeading(text, cs, at, env.dates);
  s += /^(?:目前|现|正|已|并)*/.exec(text.slice(s, at))?.[0].length ?? 0;
  const e = at - (/(?:正在接受|正接受|接受|被|主动投案,?接受)$/.exec(text.slice(s, at))?.[0].length ?? 0);
  let object: Span | null = e > s && e - s <= 40 ? [s, e] : null;
  if (!object) {
    // 某某涉嫌严重违纪违法,目前正接受纪律审查和监察调查: the person opens the sentence.
    const ss = sentenceStartOf(text, at);
    const m = /^([^,。;]{2,30}?)(?:涉嫌|因涉嫌)/.exec(text.slice(ss, cs));
    if (m) object = [ss, ss + (m[1] as string).length];
  }
  return { rule: DECISION_RULES.disciplineInvestigate, trigger: [at, p], object, actor: null };
}
