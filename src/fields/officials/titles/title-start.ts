/**
 * Where a title begins in running text: reading left from its post noun up
 * to a stop (punctuation, a verb, a date, the previous name), dropping words
 * of holding (时任) and pronoun phrases (该镇) at its start.
 */
import { isHan } from '../../../text/han.js';
import { LEFT_STOP_CHARS } from '../../../lexicon/official-words.js';
import { PRONOUN_HEADS, PRONOUN_UNITS } from '../../../lexicon/titles.js';
import { wordBefore } from '../../../text/word-list.js';
import { DESCRIPTORS, HOLDING, LEFT_WORDS, MAX_TITLE_LEN, oneOf } from '../context.js';
import { nameShapeEndsAt } from '../name-shape.js';

export interface TitleStart {
  start: number;
  /** 时任 before the title: a post held before. */
  former: boolean;
  /** The word of holding or pronoun phrase dropped before the title ('' when none). */
  dropped: string;
}

/** lastIndexOf(ch, from), but not before `min`: -1 when `ch` is not in [min, from]. */
function lastIndexWithin(text: string, ch: string, from: number, min: number): number {
  for (let k = from; k >= min; k--) if (text[k] === ch) return k;
  return -1;
}

/** Where the title whose post noun starts at `postStart` begins (never before `floor`). */
export function titleStart(text: string, postStart: number, floor: number): TitleStart {
  let i = postStart;
  const limit = Math.max(floor, postStart - MAX_TITLE_LEN);
  let former = false;
  let dropped = '';
  while (i > limit) {
    const c = text[i - 1];
    if (c === '”') {
      // a quoted name inside the organisation: “大工委”委员
      // (looked for only as far as it may stand: lastIndexOf would read back to the text's start)
      const open = lastIndexWithin(text, '“', i - 2, Math.max(limit, i - 10));
      if (open < 0) break;
      i = open;
      continue;
    }
    if (!isHan(c)) break;
    const hold = wordBefore(text, i, HOLDING);
    if (hold) {
      former = hold === '时任';
      dropped = hold;
      break;
    }
    if (oneOf(LEFT_STOP_CHARS, c)) break;
    if (wordBefore(text, i, LEFT_WORDS)) break;
    // 3月5日|省委书记, 三月五日|县长: a date before the title.
    if (oneOf('日月年号', c) && (/[0-9]/.test(text[i - 2] ?? '') || oneOf('〇○零一二三四五六七八九十两', text[i - 2])))
      break;
    // 由何志刚和|省政府秘书长: a conjunction after something name-shaped joins two people (监管和住房 does not).
    if ((c === '和' || c === '及' || c === '与') && nameShapeEndsAt(text, i - 1)) break;
    if (wordBefore(text, i, DESCRIPTORS)) break;
    i--;
  }
  // 何某和|省政府秘书长张某: a conjunction right after the previous name is no part of the title.
  while (i === floor && i < postStart && oneOf('和及与并、', text.charAt(i))) i++;
  // A pronoun phrase at the start is dropped whole: 该镇|镇长, 我院|纪委书记.
  if (PRONOUN_HEADS.includes(text.charAt(i)) && oneOf(PRONOUN_UNITS, text.charAt(i + 1)) && i + 2 < postStart + 1) {
    dropped = text.slice(i, i + 2);
    i += 2;
  }
  return { start: i, former, dropped };
}
