/** establish: 成立某领导小组 / 下设某专班. */
import { GROUP_HEADS } from '../words.js';
import { WordList, byLength } from '../../../text/word-list.js';
import type { Env, Found } from '../env.js';
import { DECISION_RULES } from '../rules.js';
import { objectAfter } from '../spans.js';

const GROUPS = new WordList(byLength(GROUP_HEADS));

/** 成立某工作领导小组 / 下设某专班、某专班 / 设立某委员会: the object ends as a group. */
export function establish(env: Env, at: number, word: string): Found | null {
  const text = env.doc.text;
  const p = at + word.length;
  if (
    /^(?:大会|会|以来|之初|初期|之日|周年|之后|后|时|的|于|[0-9一二三四五六七八九十百]+周年)/.test(text.slice(p, p + 6))
  )
    return null;
  const object = objectAfter(text, p);
  if (!object) return null;
  const obj = text.slice(object[0], object[1]).replace(/[”"’]$/, '');
  const parts = obj.split(/[、和及]/);
  if (!parts.some((x) => GROUPS.endOf(x.replace(/[”"’]$/, '')))) return null;
  return { rule: DECISION_RULES.establish, trigger: [at, p], object };
}
