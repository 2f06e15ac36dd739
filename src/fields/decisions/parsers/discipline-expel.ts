/** discipline-expel: 开除某某党籍 / 某某被开除党籍、开除公职. */
import type { Span } from '../../../types.js';
import { clauseStartOf, skipLeading } from '../../shared/event-text.js';
import type { Env, Found } from '../env.js';
import { DECISION_RULES } from '../rules.js';
import { sanctionCited } from './sanctions.js';

/** 开除某某党籍 / 某某被开除党籍、开除公职. */
export function disciplineExpel(env: Env, at: number): Found | null {
  const text = env.doc.text;
  const p = at + 2;
  if (sanctionCited(text, p)) return null;
  const m = /^([^,。;]{0,8}?)(党籍|公职)/.exec(text.slice(p, p + 12));
  if (!m) return null;
  const end = p + m[0].length;
  if (sanctionCited(text, end)) return null;
  const inner = m[1] as string;
  if (inner.length > 0)
    return { rule: DECISION_RULES.disciplineExpel, trigger: [at, end], object: [p, p + inner.length] };
  const cs = clauseStartOf(text, at);
  const s = skipLeading(text, cs, at, env.dates);
  const subjEnd = text[at - 1] === '被' ? at - 1 : at;
  const object: Span | null = subjEnd > s && subjEnd - s <= 20 ? [s, subjEnd] : null;
  return {
    rule: DECISION_RULES.disciplineExpel,
    trigger: [at, end],
    object,
    ...(text[at - 1] === '被' ? { actor: null } : {}),
  };
}
