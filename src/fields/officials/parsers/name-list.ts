/**
 * Names joined by 、 (or a comma) after a found name (official.name-list):
 * 副县长赵一凡、钱晓东 — 钱晓东 is a name too; it shares the titles later.
 */
import { wordAt } from '../../../text/word-list.js';
import { type Ctx, excluded, type Hit, PERSON_TAGS, RIGHT } from '../context.js';
import { nameAt } from '../name-shape.js';
import { OFFICIAL_RULES as R } from '../rules.js';
import { itemOk, separatorAt } from './list-items.js';

/**
 * Inside a list of names, a four-character item without a Han surname (Tibetan
 * names such as 扎西次仁) when jieba reads its start as a name, bounded by 、.
 */
function surnamelessItem(ctx: Ctx, pos: number): [number, number] | null {
  const { text } = ctx;
  if (!/^[\u4e00-\u9fff]{4}(?:、|,)/.test(text.slice(pos, pos + 5))) return null;
  const tok = ctx.tokens.startingAt(pos);
  if (!tok || !PERSON_TAGS.includes(tok.tag) || tok.end > pos + 4) return null;
  return [pos, pos + 4];
}

/** Adds to `hits` the list items after every hit, and after those in turn. */
export function nameList(ctx: Ctx, hits: Hit[]): void {
  const { text } = ctx;
  // After a found name: 副县长张三、李四; after a comma only a bare item closed by another separator.
  const queue = [...hits];
  const seen = new Set<number>();
  for (let q = 0; q < queue.length; q++) {
    const h = queue[q] as Hit;
    if (seen.has(h.end)) continue;
    seen.add(h.end);
    const sep = separatorAt(text, h.end);
    if (!sep) continue;
    const span = nameAt(ctx, sep.next) ?? surnamelessItem(ctx, sep.next);
    if (!span || !itemOk(ctx, span)) continue;
    if (sep.comma) {
      // a comma continues only a bare item that ends at another separator
      if (!separatorAt(text, span[1]) && wordAt(text, span[1], RIGHT) === '') continue;
    }
    const hit: Hit = { start: span[0], end: span[1], rule: R.nameList.id, priority: 1 };
    if (excluded(ctx, hit.start, hit.end)) continue;
    hits.push(hit);
    queue.push(hit);
  }
}
