/**
 * Personnel wording puts the posts after the name, closed by 职务:
 * 免去张三县财政局局长、党组书记职务 → 县财政局局长, 党组书记 (official.title-before-duty).
 */
import type { Title } from '../../../types.js';
import { wordBefore } from '../../../text/word-list.js';
import { type Ctx, POSTS } from '../context.js';
import { OFFICIAL_RULES as R } from '../rules.js';
import { makeTitle } from './make-title.js';
import { titleStart } from './title-start.js';

/** The titles between the mention ending at `end` and a following 职务, or none. */
export function titlesBeforeDuty(ctx: Ctx, end: number): Title[] {
  const { text } = ctx;
  let p = end;
  if (text.startsWith('同志', p)) p += 2;
  // 免去张三的县长职务: the GUIDELINE attaches no title across 的.
  if (text.startsWith('的', p)) return [];
  const at = text.slice(p, p + 50).indexOf('职务');
  if (at <= 0) return [];
  const close = p + at;
  const span = text.slice(p, close);
  if (!/^[\u4e00-\u9fff、“”]+$/.test(span)) return [];
  const out: Title[] = [];
  let s = p;
  for (const part of span.split('、')) {
    const e = s + part.length;
    if (!wordBefore(text, e, POSTS)) return [];
    // 辞去省政府副省长职务: a verb inside means these are not the name's titles.
    const post = wordBefore(text, e, POSTS);
    if (titleStart(text, e - post.length, s).start !== s) return [];
    const t = makeTitle(ctx, s, e, R.titleBeforeDuty.id, false);
    if (!t) return [];
    out.push(t);
    s = e + 1;
  }
  return out;
}
