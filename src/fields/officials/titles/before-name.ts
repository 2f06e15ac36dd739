/**
 * Titles written directly before a mention (镇党委书记|李明华), chained by 、
 * or 兼 (党委副书记、代镇长|周立新): the first one nearest the name is
 * official.title-before-name, those further left official.title-chain.
 */
import type { Title } from '../../../types.js';
import { wordBefore } from '../../../text/word-list.js';
import { type Ctx, HOLDING, isSpace, MAX_GAP, POSTS } from '../context.js';
import { OFFICIAL_RULES as R } from '../rules.js';
import { makeTitle } from './make-title.js';
import { titleStart } from './title-start.js';

/** Titles before the mention at `pos`, not reaching back before `floor` (the previous name). */
export function titlesBefore(ctx: Ctx, pos: number, floor: number): Title[] {
  const { text } = ctx;
  let j = pos;
  let gap = 0;
  while (j > floor && isSpace(text[j - 1]) && gap < MAX_GAP) {
    j--;
    gap++;
  }
  const out: Title[] = [];
  let rule: string = R.titleBeforeName.id;
  for (;;) {
    const post = wordBefore(text, j, POSTS);
    if (!post || j - post.length < floor) break;
    const { start, former, dropped } = titleStart(text, j - post.length, floor);
    const r = dropped ? (HOLDING.includes(dropped) ? R.holdingDropped.id : R.pronounDropped.id) : rule;
    const t = makeTitle(ctx, start, j, r, former);
    if (!t) break;
    out.unshift(t);
    // 、 joins titles; so does 兼 (村党支部书记兼村委会主任).
    if ((text[start - 1] !== '、' && text[start - 1] !== '兼') || start - 1 <= floor) break;
    j = start - 1;
    rule = R.titleChain.id;
  }
  return out;
}
