/** discipline-other: 撤销党内职务 / 责令辞去职务 / 被撤职 / 诫勉谈话. */
import { clauseStartOf, skipLeading } from '../../shared/event-text.js';
import type { Env, Found } from '../env.js';
import { DECISION_RULES } from '../rules.js';
import { objectBefore } from '../spans.js';
import { sanctionCited } from './sanctions.js';

/** 撤销某某党内职务 / 责令其辞去某职务 / 某某被撤职 / 对某某进行诫勉谈话. */
export function disciplineOther(env: Env, at: number, word: string): Found | null {
  const text = env.doc.text;
  const p = at + word.length;
  const cs = clauseStartOf(text, at);
  if (word === '撤销') {
    const m = /^([^,。;]{0,8}?)党内职务/.exec(text.slice(p, p + 14));
    if (!m) return null;
    const inner = m[1] as string;
    return {
      rule: DECISION_RULES.disciplineOther,
      trigger: [at, p + m[0].length],
      object: inner ? [p, p + inner.length] : null,
    };
  }
  if (word === '责令') {
    // 责令其辞去某职务 / 责令某某辞去某职务: the post given up is the object.
    const m = /^([^,。;]{0,6}?)辞去([^,。;]{1,24}?职务)/.exec(text.slice(p, p + 40));
    if (!m) return null;
    const objStart = p + m[0].length - (m[2] as string).length;
    return { rule: DECISION_RULES.disciplineOther, trigger: [at, objStart], object: [objStart, p + m[0].length] };
  }
  if (word === '诫勉谈话') {
    const object = objectBefore(text, cs, at, /对/g);
    return object ? { rule: DECISION_RULES.disciplineOther, trigger: [at, p], object, actorAt: object[0] - 1 } : null;
  }
  // 被撤职
  if (sanctionCited(text, p)) return null;
  const s = skipLeading(text, cs, at, env.dates);
  return at > s ? { rule: DECISION_RULES.disciplineOther, trigger: [at, p], object: [s, at], actor: null } : null;
}
