/** Transliterated names with a middle dot, anywhere (official.minority-name): 阿依古丽·买买提. */
import { wordBefore } from '../../../text/word-list.js';
import { LEFT_STOP_CHARS } from '../../../lexicon/official-words.js';
import { type Ctx, DESCRIPTORS, LEFT_WORDS, oneOf, POSTS, type Push } from '../context.js';
import { dotNameEnd } from '../name-shape.js';
import { OFFICIAL_RULES as R } from '../rules.js';

const DOT_NAME_RE = /[\u4e00-\u9fff]{1,10}·[\u4e00-\u9fff]{1,10}(?:·[\u4e00-\u9fff]{1,8})?/g;

export function minorityName(ctx: Ctx, push: Push): void {
  const { text } = ctx;
  if (!text.includes('·')) return;
  for (const m of text.matchAll(DOT_NAME_RE)) {
    const dot = m[0].indexOf('·');
    let start = m.index;
    // The first part starts after the last title, descriptor, stop or 、 inside the match.
    for (let i = m.index + dot - 1; i > m.index; i--) {
      if (
        wordBefore(text, i, POSTS) ||
        wordBefore(text, i, DESCRIPTORS) ||
        wordBefore(text, i, LEFT_WORDS) ||
        oneOf(LEFT_STOP_CHARS, text[i - 1])
      ) {
        start = i;
        break;
      }
    }
    if (m.index + dot - start > 6 || m.index + dot - start < 2) continue;
    const end = dotNameEnd(ctx, start, m.index + m[0].length);
    if (end > 0) push([start, end], R.minorityName.id, 1);
  }
}
