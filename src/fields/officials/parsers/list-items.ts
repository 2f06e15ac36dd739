/** What the two list cues share: where a list item may end and what separates items. */
import { isHan } from '../../../text/han.js';
import { wordAt } from '../../../text/word-list.js';
import { type Ctx, RIGHT } from '../context.js';

/** What may close a list item besides RIGHT words. */
const LIST_ITEM_AFTER = ['当选', '在主席台'];

/** Does the item [start, end) end where a name may: before punctuation, a word following names, 当选 …? */
export function itemOk(ctx: Ctx, span: [number, number]): boolean {
  const { text } = ctx;
  const after = text[span[1]];
  return !isHan(after) || wordAt(text, span[1], RIGHT) !== '' || wordAt(text, span[1], LIST_ITEM_AFTER) !== '';
}

/** Is there a list separator at `pos` (、 or a comma), and where does the next item start? */
export function separatorAt(text: string, pos: number): { next: number; comma: boolean } | null {
  const c = text[pos];
  if (c === '、') return { next: pos + 1, comma: false };
  if (c === ',') return { next: pos + 1, comma: true };
  return null;
}
