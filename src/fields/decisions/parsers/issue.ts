/** issue: 印发/出台/发布 a document. */
import { DOCUMENT_KIND_ENDS } from '../words.js';
import { WordList } from '../../../text/word-list.js';
import { clauseStartOf } from '../../shared/event-text.js';
import type { Env, Found } from '../env.js';
import { DECISION_RULES } from '../rules.js';
import { bareTrigger, objectAfter, objectBefore, topicDocument } from '../spans.js';

const KIND_ENDS = new WordList(DOCUMENT_KIND_ENDS);

/** 会上印发《某方案》 / 现将《某办法》印发给你们 / 出台某实施意见; not 印发的《》 (cited), 发布时间. */
export function issue(env: Env, at: number, word: string): Found | null {
  const text = env.doc.text;
  const p = at + word.length;
  if (text[p] === '的') return null;
  const cs = clauseStartOf(text, at);
  let object = objectAfter(text, p);
  // 某办公室印发《某意见》的通知: the title of the notice, not an act.
  if (object && /^《[^\n]*》的(?:通知|决定|意见|函|批复|通告)/.test(text.slice(object[0], object[1]))) return null;
  if (object) {
    const obj = text.slice(object[0], object[1]);
    const documentLike = obj.startsWith('《') || KIND_ENDS.endOf(obj.replace(/\([^()]*\)$/, '')) !== null;
    if (!documentLike) object = null;
    else if (
      word === '发布' &&
      !obj.startsWith('《') &&
      !/^(?:了)?(?:关于|实施|[^,]{0,20}(?:通知|公告|决定|办法|规定|意见|方案))/.test(obj)
    )
      object = null;
  }
  if (!object && bareTrigger(text, p)) {
    object = objectBefore(text, cs, at, /现将|将|把/g) ?? topicDocument(env, at);
    if (!object) return null;
  }
  if (!object) return null;
  return { rule: DECISION_RULES.issue, trigger: [at, p], object };
}
