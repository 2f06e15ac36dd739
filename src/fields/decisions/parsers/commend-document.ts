/** commend-document: 宣读《关于表彰…的决定》. */
import { COMMEND_TITLE, READ_VERBS } from '../words.js';
import type { DocumentItem } from '../../../types.js';
import type { Env, Found } from '../env.js';
import { DECISION_RULES } from '../rules.js';

/** 宣读《关于表彰某某的决定》: the commendation is made by the document read out; the commended as object. */
export function commendDocument(env: Env, d: DocumentItem): Found | null {
  const text = env.doc.text;
  // The title pattern opens with 关于: most titles are done with here.
  if (!text.startsWith('关于', d.span[0])) return null;
  const inner = text.slice(d.span[0], d.span[1]);
  const m = COMMEND_TITLE.exec(inner);
  if (!m || text[d.span[0] - 1] !== '《') return null;
  if (!READ_VERBS.test(text.slice(Math.max(0, d.span[0] - 8), d.span[0] - 1))) return null;
  const verb = d.span[0] + 2;
  const objStart = verb + (inner.startsWith('关于通报表扬') ? 4 : 2);
  // The actor and the cited/planned check are taken at the reading verb, before 《.
  return {
    rule: DECISION_RULES.commendDocument,
    trigger: [verb, objStart],
    object: [objStart, objStart + (m[1] as string).length],
    actorAt: d.span[0] - 1,
    outside: d.span[0] - 1,
  };
}
