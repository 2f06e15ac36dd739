/** decide: 会议决定,… / 县委研究决定…; a 决定 before a personnel or other act is that act. */
import type { Span } from '../../../types.js';
import { WordList } from '../../../text/word-list.js';
import { DECIDE_NOUN_AFTER, DECIDE_NOUN_BEFORE } from '../words.js';
import { clauseStartOf, sentenceEndOf } from '../../shared/event-text.js';
import type { Env, Found } from '../env.js';
import { DECISION_RULES } from '../rules.js';
import { objectAfter, trimEnd } from '../spans.js';

/** Personnel triggers handled by the appointments extractor; a 决定 right before one is that act. */
const PERSONNEL_AFTER_DECIDE = new WordList([
  '任命',
  '免去',
  '接受',
  '给予',
  '批准',
  '任',
  '聘任',
  '撤销',
  '开除',
  '成立',
  '设立',
  '印发',
  '表彰',
  '授予',
  '对',
]);
const DECIDE_AFTER = new WordList(DECIDE_NOUN_AFTER);
const DECIDE_BEFORE = new WordList(DECIDE_NOUN_BEFORE);

/** 会议决定,… / 县委研究决定… ; not 决定性, 处分决定, 决定任命 (the appointment is the act). */
export function decide(env: Env, at: number): Found | null {
  const text = env.doc.text;
  const p = at + 2;
  if (DECIDE_AFTER.startingAt(text, p)) return null;
  if (DECIDE_BEFORE.endingAt(text, at)) return null;
  let q = p;
  if (text[q] === '了') q++;
  // 决定,成立… / 决定任命…: the specific act is the frame.
  const after = text[q] === ',' || text[q] === ':' ? q + 1 : q;
  if (PERSONNEL_AFTER_DECIDE.startingAt(text, after) || /^[^,。;]{0,20}为代理?/.test(text.slice(q, q + 24)))
    return null;
  let object: Span | null;
  if (text[q] === ',' || text[q] === ':') {
    const e = trimEnd(text, q + 1, Math.min(sentenceEndOf(text, q + 1, 200), q + 160));
    object = e > q + 1 ? [q + 1, e] : null;
  } else object = objectAfter(text, q);
  if (!object) return null;
  const cs = clauseStartOf(text, at);
  const research = /^(?:经|经过)?(?:研究|集体研究|会议研究|讨论)$/.test(text.slice(cs, at));
  return { rule: DECISION_RULES.decide, trigger: [at, p], object, needsActor: !research };
}
