/**
 * A name described by its birth year or age (official.age-described):
 * 出生于1982年的|王晓林, 1979年出生的|赵丽萍, 现年45岁的|周建明.
 */
import { isHan } from '../../../text/han.js';
import { wordAt } from '../../../text/word-list.js';
import { type Ctx, type Push, RIGHT } from '../context.js';
import { nameAt } from '../name-shape.js';
import { OFFICIAL_RULES as R } from '../rules.js';

/** A birth year or age before 的: personnel news describes people so. */
const AGE_DESCRIBED_RE = /(?:(?:出生|生)于\d{4}年(?:\d{1,2}月)?|\d{4}年(?:\d{1,2}月)?出生|现年\d{1,3}岁)的/g;
/** Every match of AGE_DESCRIBED_RE holds one of these (keep them in step): texts without any skip the scan. */
const AGE_WORDS = ['生于', '出生', '现年'];

export function ageDescribed(ctx: Ctx, push: Push): void {
  const { text } = ctx;
  if (!AGE_WORDS.some((w) => text.includes(w))) return;
  for (const m of text.matchAll(AGE_DESCRIBED_RE)) {
    const span = nameAt(ctx, m.index + m[0].length, true);
    if (!span || (isHan(text[span[1]]) && !wordAt(text, span[1], RIGHT))) continue;
    push(span, R.ageDescribed.id, 3);
  }
}
