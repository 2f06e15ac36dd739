/** deploy: 安排部署 / 就某工作进行部署. */
import { DEPLOY_NOUN_AFTER, DEPLOY_NOUN_BEFORE } from '../words.js';
import { UnitSet, WordList } from '../../../text/word-list.js';
import { clauseStartOf, sentenceStartOf } from '../../shared/event-text.js';
import type { Env, Found } from '../env.js';
import { DECISION_RULES } from '../rules.js';
import { anyUnitIn, objectAfter, objectBefore } from '../spans.js';

const DEPLOY_AFTER = new WordList(DEPLOY_NOUN_AFTER);
const DEPLOY_BEFORE = new WordList(DEPLOY_NOUN_BEFORE);

/** Units of the instruction words (要, 亲自, 必须, 务必): the instruction pattern needs one. */
const INSTRUCTION_UNITS = new UnitSet('要亲必务');

/** 会议安排部署了下半年工作 / 就某工作进行部署; not 决策部署, 部署要求, nor 要…部署 (an instruction). */
export function deploy(env: Env, at: number): Found | null {
  const text = env.doc.text;
  const p = at + 2;
  if (DEPLOY_AFTER.startingAt(text, p)) return null;
  const lead = /(?:安排|研究|统筹|动员)$/.exec(text.slice(Math.max(0, at - 2), at));
  const ts = lead ? at - 2 : at;
  if (DEPLOY_BEFORE.endingAt(text, ts)) return null;
  if (text[p] === '的') return null;
  const ss = sentenceStartOf(text, at);
  // An instruction anywhere in the sentence (要…亲自部署): no frame. The pattern needs 要, 亲, 必 or 务.
  if (
    anyUnitIn(text, ss, ts, INSTRUCTION_UNITS) &&
    /(?<![重主需纪提摘只])要(?![求点闻素件害])|亲自|必须|务必/.test(text.slice(ss, ts))
  )
    return null;
  const cs = clauseStartOf(text, ts);
  let object = objectAfter(text, p);
  if (object && /^(?:和|、|与|及|并|,)/.test(text.slice(object[0], object[0] + 1))) object = null;
  let actorAt: number | undefined;
  if (!object) {
    object = objectBefore(text, cs, ts, /对|就/g);
    if (object) actorAt = object[0] - 1;
  }
  if (!object && !/(?:进行了?|作出了?|做出了?)(?:详细|全面|再|具体|专题|系统)*$/.test(text.slice(cs, ts))) return null;
  return { rule: DECISION_RULES.deploy, trigger: [ts, p], object, ...(actorAt !== undefined ? { actorAt } : {}) };
}
