/** A post noun written directly after the mention (吴国栋|县长): official.name-before-title. */
import type { Title } from '../../../types.js';
import { isHan } from '../../../text/han.js';
import { surnameAt } from '../../../lexicon/surnames.js';
import { wordAt } from '../../../text/word-list.js';
import { type Ctx, ctxFor, NAME_FIRST } from '../context.js';
import { hanNameEnd } from '../name-shape.js';
import { OFFICIAL_RULES as R } from '../rules.js';
import { makeTitle } from './make-title.js';

/** 书记处, 主席台, 主任委员, 县长助理: the post noun at `pos` is part of a longer word. */
export function postRunsOn(text: string, pos: number, post: string): boolean {
  const next = text.charAt(pos + post.length);
  if (post.endsWith('书记') && next === '处') return true;
  if (post.endsWith('主席') && (next === '台' || next === '团')) return true;
  if (post.endsWith('主任') && next === '委') return true;
  return text.startsWith('助理', pos + post.length);
}

/** The post noun after the mention ending at `end`, as a title, or null. */
export function titleAfter(ctx: Ctx, end: number): Title | null {
  const { text } = ctx;
  const post = wordAt(text, end, NAME_FIRST);
  if (!post || postRunsOn(text, end, post)) return null;
  if (surnameAt(text, end + post.length) && isHan(text[end + post.length + 1])) {
    // 张三县长李四: the post noun more likely titles the next name (a look-ahead that needs no tokens)
    const n = hanNameEnd(ctxFor(text), end + post.length);
    if (n > 0 && !isHan(text[n])) return null;
  }
  return makeTitle(ctx, end, end + post.length, R.nameBeforeTitle.id, false);
}
