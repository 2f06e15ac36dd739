/**
 * Foreign officials (official.foreign-name): after a foreign post (北方国总统,
 * 联合国秘书长) the name is a transliteration without a Chinese surname, read
 * from jieba's tokens. Called from the title-before-name scan, post by post.
 */
import { isHan } from '../../../text/han.js';
import { byLength, wordAt, wordBefore } from '../../../text/word-list.js';
import { type Ctx, NAME_TAGS, RIGHT } from '../context.js';
import { DOMESTIC_GUO, FOREIGN_PLACES, FOREIGN_POSTS } from '../foreign-words.js';

const FOREIGN = new Set(FOREIGN_POSTS);
const FOREIGN_ORGS = byLength(FOREIGN_PLACES);

/** Does the organisation right before a post name a foreign country or body (美国, 巴基斯坦, 联合国)? */
function foreignOrgBefore(text: string, postStart: number): boolean {
  let p = postStart;
  if (text.charAt(p - 1) === '副') p--;
  if (wordBefore(text, p, FOREIGN_ORGS)) return true;
  return text.charAt(p - 1) === '国' && isHan(text[p - 2]) && !wordBefore(text, p, DOMESTIC_GUO);
}

/**
 * A transliterated name after a foreign post: jieba's name-like tokens (and
 * single characters) up to the next punctuation or following word; 2–6 characters.
 */
function foreignNameAt(ctx: Ctx, pos: number): [number, number] | null {
  const { text } = ctx;
  if (text.slice(pos, pos + 12).includes('·')) return null; // the middle-dot rule reads these
  let i = pos;
  while (i < text.length && i - pos < 6) {
    const t = ctx.tokens.startingAt(i);
    if (!t || !isHan(text[i])) break;
    if (i > pos && wordAt(text, i, RIGHT)) break;
    if (t.word.length > 1 && !NAME_TAGS.has(t.tag) && t.tag !== 'ns') break;
    i = t.end;
  }
  if (i - pos < 2 || i - pos > 6 || (isHan(text[i]) && !wordAt(text, i, RIGHT))) return null;
  return [pos, i];
}

/** The foreign name at `nameStart` after the post `post` at `postStart`, or null when the post is no foreign one. */
export function foreignNameAfter(
  ctx: Ctx,
  post: string,
  postStart: number,
  nameStart: number,
): [number, number] | null {
  if (!FOREIGN.has(post) || !foreignOrgBefore(ctx.text, postStart)) return null;
  return foreignNameAt(ctx, nameStart);
}
