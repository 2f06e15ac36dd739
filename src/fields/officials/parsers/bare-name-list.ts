/**
 * A run of untitled surname-led names joined by 、 or commas
 * (official.bare-name-list): three or more (蒋明、邹丽华、钱海涛在主席台就座),
 * or two closed by an attendance verb (苗建华、邵振宇参加调研).
 */
import { isHan, isHanCode } from '../../../text/han.js';
import { AMBIGUOUS_SURNAMES } from '../../../lexicon/surnames.js';
import { wordAt, wordBefore } from '../../../text/word-list.js';
import { BEFORE_CUES, type Ctx, type Push } from '../context.js';
import { nameAt } from '../name-shape.js';
import { OFFICIAL_RULES as R } from '../rules.js';
import { itemOk, separatorAt } from './list-items.js';

/** What ends a two-name attendance list (张三、李四|参加调研). */
const ATTEND_AFTER = ['参加', '出席', '列席', '陪同', '等参加', '等出席', '等陪同'];

/**
 * The list separators (what separatorAt takes: 、 and ,) in text order:
 * next(from) is the first at or after `from`, or -1; `from` never decreases.
 * Each mark's own next position is kept, so a text without 、 is searched
 * for it once, not at every comma.
 */
function listSeparators(text: string): (from: number) => number {
  let dun = -2;
  let comma = -2;
  return (from) => {
    if (dun !== -1 && dun < from) dun = text.indexOf('、', from);
    if (comma !== -1 && comma < from) comma = text.indexOf(',', from);
    return dun < 0 ? comma : comma < 0 ? dun : Math.min(dun, comma);
  };
}

export function bareNameList(ctx: Ctx, push: Push): void {
  const { text } = ctx;
  let i = 0;
  let nextDot = text.indexOf('·');
  const nextListSeparator = listSeparators(text);
  let nextSep = nextListSeparator(0);
  while (i < text.length) {
    if (nextDot >= 0 && nextDot < i) nextDot = text.indexOf('·', i);
    if (nextSep >= 0 && nextSep < i + 2) nextSep = nextListSeparator(i + 2);
    // A list needs a separator right after its first item (a Han name ends 2–4 units on) or a
    // middle-dot name; without either, reading a name here (and segmenting for it) is wasted.
    // Every position before the next separator or dot comes into reach is skipped at once.
    const sepNear = nextSep >= 0 && nextSep <= i + 4;
    const dotNear = nextDot >= 0 && nextDot < i + 24;
    if (!sepNear && !dotNear) {
      let reach = text.length;
      if (nextSep >= 0) reach = nextSep - 4;
      if (nextDot >= 0) reach = Math.min(reach, nextDot - 23);
      i = Math.max(i + 1, reach);
      continue;
    }
    if (
      !isHanCode(text.charCodeAt(i)) ||
      !(i === 0 || !isHan(text[i - 1]) || wordBefore(text, i, BEFORE_CUES) !== '')
    ) {
      i++;
      continue;
    }
    const items: Array<[number, number]> = [];
    let p = i;
    let commas = 0;
    while (p < text.length) {
      const span = nameAt(ctx, p);
      if (!span || !itemOk(ctx, span)) break;
      items.push(span);
      const sep = separatorAt(text, span[1]);
      if (!sep) break;
      if (sep.comma) commas++;
      p = sep.next;
    }
    const last = items[items.length - 1];
    const attends = last !== undefined && wordAt(text, last[1], ATTEND_AFTER) !== '';
    if ((items.length >= 3 || (items.length === 2 && attends)) && commas < items.length - 1) {
      const first = new Set(items.map(([a]) => text.charAt(a)));
      const ambiguous = items.filter(([a]) => AMBIGUOUS_SURNAMES.has(text.charAt(a))).length;
      if (first.size > 1 && ambiguous * 2 < items.length) for (const it of items) push(it, R.bareNameList.id, 4);
    }
    i = items.length ? (items[items.length - 1] as [number, number])[1] : i + 1;
  }
}
