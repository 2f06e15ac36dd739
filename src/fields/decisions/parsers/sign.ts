/** sign: 签订/签署 an agreement. */
import { AGREEMENT_HEADS } from '../words.js';
import { WordList } from '../../../text/word-list.js';
import { type Actor, clauseStartOf, sentenceStartOf, skipLeading } from '../../shared/event-text.js';
import type { Env, Found } from '../env.js';
import { DECISION_RULES } from '../rules.js';
import { objectAfter } from '../spans.js';

const AGREEMENTS = new WordList(AGREEMENT_HEADS);

/** 某人代表镇党委与各村签订目标责任书 / 甲与乙签署合作协议: the object is an agreement. */
export function sign(env: Env, at: number, word: string): Found | null {
  const { text, original } = env.doc;
  const p = at + word.length;
  if (text[p] === '的') return null;
  const object = objectAfter(text, p);
  if (!object) return null;
  const obj = text.slice(object[0], object[1]);
  // 签订合同的企业: a relative clause about signers, not a signing.
  const head = AGREEMENTS.firstIn(obj);
  if (!head || obj[obj.indexOf(head) + head.length] === '的') return null;
  const cs = clauseStartOf(text, at);
  const ss = sentenceStartOf(text, at);
  let s = skipLeading(text, cs, at, env.dates);
  const left = text.slice(s, at);
  const cut = /分别代表|代表|与|同|和|跟/.exec(left);
  let actor: Actor | null = null;
  if (cut && cut.index > 0) actor = { text: original.slice(s, s + cut.index), span: [s, s + cut.index], meeting: null };
  else if (cut && cut.index === 0 && cs > ss) {
    // 甲与乙,分别代表A和B签署…: the signatories are the clause before.
    const pcs = clauseStartOf(text, cs - 1);
    s = skipLeading(text, pcs, cs - 1, env.dates);
    if (cs - 1 - s > 0 && cs - 1 - s <= 60)
      actor = { text: original.slice(s, cs - 1), span: [s, cs - 1], meeting: null };
  }
  return { rule: DECISION_RULES.sign, trigger: [at, p], object, ...(actor ? { actor } : {}) };
}
