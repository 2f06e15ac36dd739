/**
 * The posts an act names, split into org and title by the shared title
 * anatomy; appointments keep every modifier in the title (代理县长, 常务副县长).
 */
import type { Span } from '../../types.js';
import { ORG_SPLIT_ENDS, TITLE_LEAD_WORDS, TITLE_TAILS } from '../../lexicon/decision-words.js';
import { byLength, isSpaceCode, WordList, withoutSpaces } from '../../text/word-list.js';
import { clauseEndOf } from '../shared/event-text.js';
import { postEndingAt, titleAnatomy } from '../shared/title-anatomy.js';
import type { Post } from './env.js';

const ORG_ENDS = new WordList(byLength(ORG_SPLIT_ENDS));
const LEAD_WORDS = new WordList(TITLE_LEAD_WORDS);
const TAILS = new WordList(TITLE_TAILS);

/** Whether `s` ends in a post noun (县委副书记|纪某某: a title before the name). */
export function endsWithPost(s: string): boolean {
  return postEndingAt(s, s.length) !== '';
}

/** Whether an org (as written) ends like one; checked on its simplified shape through ORG_ENDS where possible. */
function orgEnds(org: string): boolean {
  return ORG_ENDS.endOf(org) !== null || /[委會会府院局廳厅部處办辦]$/.test(org);
}

/** Splits one title into org and post: 县人民政府副县长 → {副县长, 县人民政府}. */
export function splitPost(title: string): Post {
  const parts = titleAnatomy(title, 0, title.length);
  if (!parts.post) return { title, org: null };
  let start = parts.modifiersStart;
  // 兼职委员: a manner word before the post belongs to it.
  if (title.slice(0, start).endsWith('兼职')) start -= 2;
  const org = title.slice(0, start);
  // 法律顾问: a field, not an organisation, before the post — the title stays whole.
  if (org.length > 0 && !orgEnds(org)) return { title, org: null };
  return { title: title.slice(start), org: org.length > 0 ? org : null };
}

/**
 * Titles written in [a, b) (县人民政府副县长、代理县长), each split; a bare post
 * inherits the org before it; a part without a post joins the next (市、县人大代表).
 * Split on the analysed text, sliced from the original (same offsets).
 */
export function postsIn(original: string, text: string, a: number, b: number): Post[] {
  let s = a;
  while (s < b && isSpaceCode(text.charCodeAt(s))) s++;
  const lead = LEAD_WORDS.startingAt(text, s);
  if (lead) s += lead.length;
  const parts: Span[] = [];
  let from = s;
  for (let i = s; i <= b; i++) {
    if (i < b && text[i] !== '、') continue;
    if (i > from) parts.push([from, i]);
    from = i + 1;
  }
  const out: Post[] = [];
  let org: string | null = null;
  let pending: number | null = null;
  for (const [ps, pe] of parts) {
    let e = pe;
    for (let changed = true; changed; ) {
      changed = false;
      const tail = TAILS.endingAt(text, e, ps);
      if (tail && e - ps > tail.length) {
        e -= tail.length;
        changed = true;
      }
    }
    const start: number = pending ?? ps;
    const analysed = withoutSpaces(text.slice(start, e));
    if (!endsWithPost(analysed)) {
      // 市、县人大代表: 市 has no post of its own.
      if (analysed.length <= 6) pending = start;
      continue;
    }
    pending = null;
    if (analysed.length === 0 || analysed.length > 40) continue;
    const split = splitPost(analysed);
    const written = withoutSpaces(original.slice(start, e));
    const orgLen = split.org ? split.org.length : 0;
    const post: Post = { title: written.slice(orgLen), org: split.org ? written.slice(0, orgLen) : null };
    if (post.org) org = post.org;
    else if (org && orgEnds(org)) post.org = org;
    out.push(post);
  }
  return out;
}

/** End of a title starting at `p`: the clause end, or 职务/的请求/候选人 (cut later), or a new item's 为. */
export function titleEnd(text: string, p: number): number {
  return clauseEndOf(text, p, 60);
}
