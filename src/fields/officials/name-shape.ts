/**
 * Where a name in running text starts and ends: a surname-led Han name whose
 * right edge comes from punctuation, jieba and the words that follow names,
 * checked against the words around it; or a middle-dot transliteration.
 */
import { isHan } from '../../text/han.js';
import { AMBIGUOUS_SURNAMES, surnameAt } from '../../lexicon/surnames.js';
import { LEFT_STOP_CHARS } from '../../lexicon/official-words.js';
import { ORG_END_CHARS } from '../../lexicon/titles.js';
import { wordAt, wordBefore } from '../../text/word-list.js';
import { givenNameOk, MAX_NAME_LENGTH, MIN_NAME_LENGTH } from '../shared/name-shape.js';
import {
  commonToken,
  type Ctx,
  isSpace,
  LEFT_WORDS,
  NAME_FIRST,
  NAME_TAGS,
  oneOf,
  POSTS,
  PREPOSITIONS,
  RIGHT,
  STRONG_RIGHT_CHARS,
} from './context.js';

/** jieba tags of function words and verbs: a token so tagged at a surname is no name's start. */
const VERBISH_TAGS = new Set(['v', 'vn', 'vd', 'd', 'a', 'ad', 'an', 'p', 'c', 'r', 'm', 'q', 'u', 'uj', 'ul', 'f']);
/** Level characters that turn a preceding word into a place name (方正县, 平安镇). */
const PLACE_LEVELS = '省市县区镇乡村州旗盟';

/**
 * Does a common word cut through the name [start, end)? 领导班子|成员 (a word runs into
 * the name from the left), 班子成|员 (a word runs out of it to the right), or the
 * whole name is one common word. A word that starts with a word following names
 * (周立波|及…, tokenised 波及) does not count.
 */
function cutByWord(ctx: Ctx, start: number, end: number, strict: boolean): boolean {
  const first = ctx.tokens.covering(start);
  if (commonToken(first) && first.start < start) return true;
  if (commonToken(first) && first.start === start && first.end >= end) return true;
  // A common two-character word opening a three-character "name": a verb or function word
  // always rules it out (支持|习总书记); a noun only after collective posts (成员|单位同), since
  // jieba tags unknown name halves n too (范志|强) and place names ns (黄海|嵩).
  if (commonToken(first) && first.start === start && end - start === 3 && first.tag !== 'ns') {
    if (VERBISH_TAGS.has(first.tag)) return true;
    if (strict && !wordAt(ctx.text, end, RIGHT)) return true;
  }
  // After a surname that is also a common word, the given name must not be a common word running
  // on (书记向|全体党员, 主席都|遭到); a name closed by punctuation is exempt (院长向太平,).
  const second = ctx.tokens.covering(start + 1);
  if (
    AMBIGUOUS_SURNAMES.has(ctx.text.charAt(start)) &&
    commonToken(second) &&
    second.start === start + 1 &&
    (strict || isHan(ctx.text[end]))
  )
    return true;
  const last = ctx.tokens.covering(end - 1);
  if (commonToken(last) && last.start >= start && last.end > end && !wordAt(ctx.text, end, RIGHT)) return true;
  return false;
}

/**
 * The end of a Han name starting at `pos` (surname + one or two characters),
 * or -1. The right edge comes from punctuation, then jieba's name token, then
 * the words that follow names (王刚|传达); three characters by default.
 */
export function hanNameEnd(ctx: Ctx, pos: number): number {
  const { text } = ctx;
  const surname = surnameAt(text, pos);
  if (!surname) return -1;
  const s = pos + surname.length;
  const c0 = text[s];
  if (!isHan(c0)) {
    // Print layouts space out two-character names: 冯 艳.
    if (
      surname.length === 1 &&
      isSpace(c0) &&
      isHan(text[s + 1]) &&
      ((!isHan(text[s + 2]) && !isSpace(text[s + 2])) || wordAt(text, s + 2, RIGHT))
    )
      return s + 2;
    return -1;
  }
  if (wordAt(text, s, RIGHT).length >= 2) return -1; // 书记|强调 — the "given name" is a verb
  const c1 = text[s + 1];
  if (!isHan(c1)) return s + 1;
  const c2 = text[s + 2];
  if (oneOf(STRONG_RIGHT_CHARS, c1)) {
    // 张三等|出席 but 李建和, / 吴振和|出席: a conjunction needs something after it.
    const conj = oneOf('和及与', c1);
    if (!conj || (isHan(c2) && !wordAt(text, s + 2, RIGHT)) || wordAt(text, s + 2, POSTS)) return s + 1;
    return s + 2;
  }
  if (!isHan(c2)) {
    // 张伟|为2021年…: a preposition before digits ends the name.
    if (oneOf('为在对向从将把被给于', c1) && /[0-9A-Za-z]/.test(c2 ?? '')) return s + 1;
    return s + 2;
  }
  const tok = ctx.tokens.startingAt(pos);
  if (tok && NAME_TAGS.has(tok.tag) && tok.tag !== 'x' && (tok.end === s + 1 || tok.end === s + 2)) {
    const after = tok.end;
    if (!isHan(text[after]) || wordAt(text, after, RIGHT)) return after;
  }
  const r1 = wordAt(text, s + 1, RIGHT);
  const r2 = wordAt(text, s + 2, RIGHT);
  // 周立波|及…, 王志强|调研: a strong word after three characters keeps them together.
  if ((r2.length >= 2 || (r2 !== '' && oneOf(STRONG_RIGHT_CHARS, r2))) && !r1) return s + 2;
  // 刘旺|操作, 王晓|明确要求: a common word starting at the third character and running on ends the name before it.
  const third = ctx.tokens.covering(s + 1);
  if (commonToken(third) && third.start === s + 1 && third.end > s + 2) return s + 1;
  if (r1 && !r2) return s + 1;
  if (r2 && !r1) return s + 2;
  // 王刚|作强调, 王涛|在主席台: both readings fit; jieba's boundary decides.
  // A preposition-like character rarely ends a given name.
  if (r1 && r2) return oneOf(PREPOSITIONS, r1) || ctx.tokens.startingAt(s + 1)?.word === r1 ? s + 1 : s + 2;
  if (tok && tok.tag === 'x' && (tok.end === s + 1 || tok.end === s + 2)) return tok.end;
  return s + 2;
}

/** Shape checks every Han name must pass (callers start it at a surname). */
export function plausibleName(ctx: Ctx, start: number, end: number, strict = false): boolean {
  const { text } = ctx;
  const name = text.slice(start, end).replace(/\s+/g, '');
  if (name.length < MIN_NAME_LENGTH || name.length > MAX_NAME_LENGTH) return false;
  if (oneOf(ORG_END_CHARS, name.charAt(name.length - 1)) && name.length >= 2) {
    // 区委, 党委, 政协: an organisation, not a person. Two-character names ending in 明/华 are fine; these are not.
    return false;
  }
  // From the second character: no compound surname ends in a character no given name has.
  if (!givenNameOk(name, 1)) return false;
  if (cutByWord(ctx, start, end, strict)) return false;
  return true;
}

/** A middle-dot name starting at `pos` ending at the first word that follows names. */
export function dotNameEnd(ctx: Ctx, pos: number, limit: number): number {
  const { text } = ctx;
  let i = pos;
  let dots = 0;
  while (i < limit) {
    const c = text[i];
    if (c === '·') {
      dots++;
      i++;
      continue;
    }
    if (!isHan(c)) break;
    // 买买提|出席 (not 买买|提出): the following word must also start a jieba token.
    if (dots > 0 && i - pos >= 2 && text[i - 1] !== '·' && wordAt(text, i, RIGHT) && ctx.tokens.startingAt(i)) break;
    i++;
  }
  if (dots === 0 || text[i - 1] === '·') return -1;
  return plausibleDotName(ctx, pos, i) ? i : -1;
}

/**
 * Transliterated names are made of syllable characters, not words: 中国·浙江, 经济·科技,
 * 文脉颂中华·书院 are headlines. Each part has two characters at least, the last is no
 * organisation suffix, and at most one common word (jieba tags 买买提 n) is inside.
 */
function plausibleDotName(ctx: Ctx, start: number, end: number): boolean {
  const name = ctx.text.slice(start, end);
  if (name.split('·').some((part) => part.length < 2)) return false;
  if (ctx.text[start - 1] === '“' && ctx.text[end] === '”') return false; // “书香·港情”: an event name
  if (oneOf(ORG_END_CHARS, name.charAt(name.length - 1))) return false;
  let common = 0;
  for (let t = ctx.tokens.covering(start); t && t.start < end; t = ctx.tokens.startingAt(t.end)) {
    if (!commonToken(t)) continue;
    if ((t.tag !== 'n' && t.tag !== 'ns') || t.start < start || t.end > end) return false;
    common++;
  }
  return common <= 1;
}

/** A name (Han or middle-dot) starting at `pos`, or null. */
export function nameAt(ctx: Ctx, pos: number, strict = false): [number, number] | null {
  const { text } = ctx;
  // middle-dot names: look ahead within a short window for a dot
  const win = text.slice(pos, pos + 12);
  const dot = win.indexOf('·');
  if (dot > 0 && /^[\u4e00-\u9fff]+$/.test(win.slice(0, dot))) {
    const end = dotNameEnd(ctx, pos, Math.min(text.length, pos + 24));
    if (end > 0) return [pos, end];
  }
  const end = hanNameEnd(ctx, pos);
  if (end < 0 || !plausibleName(ctx, pos, end, strict)) return null;
  // 方正|县政府: a level character right after the "name" makes it a place (王刚|县长 is a post, fine).
  if (oneOf(PLACE_LEVELS, text.charAt(end)) && !wordAt(text, end, NAME_FIRST)) return null;
  return [pos, end];
}

/** Do the two or three characters before `pos` look like a surname-led name standing after a boundary? */
export function nameShapeEndsAt(text: string, pos: number): boolean {
  for (const len of [3, 2]) {
    const start = pos - len;
    if (start < 0 || !surnameAt(text, start)) continue;
    if (!/^[\u4e00-\u9fff]+$/.test(text.slice(start, pos))) continue;
    const before = text[start - 1];
    if (start === 0 || !isHan(before) || oneOf(LEFT_STOP_CHARS, before) || wordBefore(text, start, LEFT_WORDS))
      return true;
  }
  return false;
}
