/** discipline-give (给予某某…处分); 给予…表彰 is a commendation. */
import type { Span } from '../../../types.js';
import { clauseEndOf } from '../../shared/event-text.js';
import type { Env, Found } from '../env.js';
import { DECISION_RULES } from '../rules.js';
import { objectAfter, trimEnd } from '../spans.js';
import { penaltyIn, sanctionCited } from './sanctions.js';

/** 某纪委监委给予某某党内警告处分 / 给予某某开除党籍处分. */
export function disciplineGive(env: Env, at: number): Found | null {
  const text = env.doc.text;
  const p = at + 2;
  const ce = clauseEndOf(text, p, 100);
  const seg = text.slice(p, ce);
  const pen = penaltyIn(seg);
  if (pen.index < 0 || pen.end < 0) {
    if (/表彰|表扬|嘉奖|奖励/.test(seg)) {
      const object = objectAfter(text, p);
      return object ? { rule: DECISION_RULES.commend, trigger: [at, p], object } : null;
    }
    return null;
  }
  if (sanctionCited(text, p + pen.end)) return null;
  const object: Span | null = pen.index > 0 ? [p, trimEnd(text, p, p + pen.index)] : null;
  return { rule: DECISION_RULES.disciplineGive, trigger: [p + pen.index, p + pen.end], object, actorAt: at };
}
