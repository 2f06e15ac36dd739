/** discipline-receive: 某某受到/被给予…处分. */
import type { Span } from '../../../types.js';
import { clauseEndOf, clauseStartOf, skipLeading } from '../../shared/event-text.js';
import type { Env, Found } from '../env.js';
import { DECISION_RULES } from '../rules.js';
import { penaltyIn, sanctionCited } from './sanctions.js';

/** 某某受到党内警告处分 / 某某被给予政务记过处分: the person is the subject. */
export function disciplineReceive(env: Env, at: number, word: string): Found | null {
  const { text } = env.doc;
  const p = at + word.length;
  const ce = clauseEndOf(text, p, 60);
  const seg = text.slice(p, ce);
  const pen = penaltyIn(seg);
  if (pen.index < 0 || pen.index > 12 || pen.end < 0) return null;
  if (sanctionCited(text, p + pen.end)) return null;
  const cs = clauseStartOf(text, at);
  const s = skipLeading(text, cs, at, env.dates);
  const object: Span | null = at > s ? [s, at] : null;
  return { rule: DECISION_RULES.disciplineReceive, trigger: [p + pen.index, p + pen.end], object, actor: null };
}
