/**
 * Officials: every person named by full name in the body, with the titles
 * written next to their mentions.
 *
 * Two phases. Phase 1 finds name spans from several cues (a title before the
 * name, a 、-list after a titled name, a post noun after the name, cue words
 * around a bare name, attendance lists, middle-dot names) and then every later
 * occurrence of a found name. Phase 2 reads the titles next to each mention,
 * knowing where all the names are, so a title never reaches back into the
 * previous name. Rules live in ../rules/officials.ts; word lists in ../lexicon.
 */
import { isHan, isHanCode } from '../../text/han.js';
import type { Doc, Official, Span, Title, Token } from '../../types.js';
import { AMBIGUOUS_SURNAMES, surnameAt } from '../../lexicon/surnames.js';
import {
  HOLDING_WORDS,
  NAME_FIRST_POSTS,
  NEEDS_ORG,
  ORG_END_CHARS,
  POSITION_MODIFIERS,
  POST_NOUNS,
  PRONOUN_HEADS,
  PRONOUN_UNITS,
} from '../../lexicon/titles.js';
import {
  BARE_NAME_AFTER,
  BARE_NAME_BEFORE,
  DOCTRINE_AFTER,
  LEFT_STOP_CHARS,
  LEFT_STOP_WORDS,
  NOT_IN_GIVEN_NAME,
  RIGHT_WORDS,
  ROLE_VERBS,
  WEAK_AFTER_CUES,
} from '../../lexicon/official-words.js';
import { NON_TITLE_DESCRIPTORS } from './descriptor-words.js';
import { DOMESTIC_GUO, FOREIGN_PLACES, FOREIGN_POSTS } from './foreign-words.js';
import { OFFICIAL_RULES as R } from './rules.js';
import { NO_TOKENS, type TokenIndex } from '../../text/token-index.js';
import { occurrences, wordAt, wordBefore, WordScanner } from '../../text/word-list.js';
import { borrowBytes, releaseBytes } from '../../text/scratch.js';

export interface OfficialsOptions {
  /** Header/byline spans (reporters, editors): names inside are not officials. */
  exclude: Span[];
}

/** A title never runs further left than this from its post noun. */
const MAX_TITLE_LEN = 32;
/** Spaces allowed between a title and its name in print layouts (省长  张三). */
const MAX_GAP = 3;

const byLengthDesc = (words: readonly string[]): string[] => [...new Set(words)].sort((a, b) => b.length - a.length);
const escapeRegExp = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]): RegExp =>
  new RegExp(byLengthDesc(words).map(escapeRegExp).join('|'), 'g');

const POSTS = byLengthDesc(POST_NOUNS);
/** Post nouns as a regex alternation of them would find them (longest first). */
const POST_SCANNER = new WordScanner(POSTS);
const FOREIGN = new Set(FOREIGN_POSTS);
const FOREIGN_ORGS = byLengthDesc(FOREIGN_PLACES);
const NAME_FIRST = byLengthDesc(NAME_FIRST_POSTS);
const NAME_FIRST_SCANNER = new WordScanner(NAME_FIRST);
const RIGHT = byLengthDesc(RIGHT_WORDS);
const LEFT_WORDS = byLengthDesc(LEFT_STOP_WORDS);
const HOLDING = byLengthDesc(HOLDING_WORDS);
const MODIFIERS = byLengthDesc(POSITION_MODIFIERS);
const DESCRIPTORS = byLengthDesc(NON_TITLE_DESCRIPTORS);
const BEFORE_CUES = byLengthDesc(BARE_NAME_BEFORE);
const AFTER_CUE_RE = new RegExp(
  `${alternation(BARE_NAME_AFTER).source}|等[0-9一二三四五六七八九十两百]+(?:人|名)`,
  'g',
);
const RUN_END_RE = /出席|参加|列席|讲话/g;
/** A birth year or age before 的 (出生于1982年的, 1982年3月出生的, 现年45岁的): personnel news describes people so. */
const AGE_DESCRIBED_RE = /(?:(?:出生|生)于\d{4}年(?:\d{1,2}月)?|\d{4}年(?:\d{1,2}月)?出生|现年\d{1,3}岁)的/g;
/** Every match of AGE_DESCRIBED_RE holds one of these (keep them in step): texts without any skip the scan. */
const AGE_WORDS = ['生于', '出生', '现年'];
/** What may close a list item besides RIGHT words. */
const LIST_ITEM_AFTER = ['当选', '在主席台'];
/** What ends a two-name attendance list (张三、李四|参加调研). */
const ATTEND_AFTER = ['参加', '出席', '列席', '陪同', '等参加', '等出席', '等陪同'];
const DOT_NAME_RE = /[\u4e00-\u9fff]{1,10}·[\u4e00-\u9fff]{1,10}(?:·[\u4e00-\u9fff]{1,8})?/g;
/** Single characters after a given name that are almost never its last character (张三|等). */
const STRONG_RIGHT_CHARS = '等说称和及与';
/** jieba tags of function words and verbs: a token so tagged at a surname is no name's start. */
const VERBISH_TAGS = new Set(['v', 'vn', 'vd', 'd', 'a', 'ad', 'an', 'p', 'c', 'r', 'm', 'q', 'u', 'uj', 'ul', 'f']);
/** Level characters that turn a preceding word into a place name (方正县, 平安镇). */
const PLACE_LEVELS = '省市县区镇乡村州旗盟';
/** Single characters after a name that are function words far more often than a name's last character. */
const PREPOSITIONS = '作做就对在到将向从以被把';
/** jieba tags under which a token starting at a surname may still be a name. */
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'nz', 'x']);

/** Is `c` one character of `set`? ('' and undefined never are: ''.includes would say yes.) */
const oneOf = (set: string, c: string | undefined): boolean => c !== undefined && c.length === 1 && set.includes(c);
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u3000';

type Priority = 0 | 1 | 2 | 3 | 4 | 5;
interface Hit {
  start: number;
  end: number;
  rule: string;
  /** Lower wins when two hits overlap. */
  priority: Priority;
}

interface Ctx {
  text: string;
  original: string;
  exclude: Span[];
  tokens: TokenIndex;
}

function excluded(ctx: Ctx, start: number, end: number): boolean {
  for (const [s, e] of ctx.exclude) if (start < e && end > s) return true;
  return false;
}

/** A multi-character jieba token that is a common word (not a name or an unknown string). */
function commonToken(t: Token | undefined): t is Token {
  return t !== undefined && t.word.length >= 2 && !NAME_TAGS.has(t.tag);
}

/** A jieba token that starts at the surname and is a common word (强调, 国家) rules the name out. */
function commonWordAt(ctx: Ctx, pos: number): boolean {
  return commonToken(ctx.tokens.startingAt(pos));
}

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
function hanNameEnd(ctx: Ctx, pos: number): number {
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

/** Shape checks every Han name must pass. */
function plausibleName(ctx: Ctx, start: number, end: number, strict = false): boolean {
  const { text } = ctx;
  const name = text.slice(start, end).replace(/\s+/g, '');
  if (name.length < 2 || name.length > 4) return false;
  if (oneOf(ORG_END_CHARS, name.charAt(name.length - 1)) && name.length >= 2) {
    // 区委, 党委, 政协: an organisation, not a person. Two-character names ending in 明/华 are fine; these are not.
    return false;
  }
  for (const ch of name.slice(1)) if (oneOf(NOT_IN_GIVEN_NAME, ch)) return false;
  if (cutByWord(ctx, start, end, strict)) return false;
  return true;
}

/** A middle-dot name starting at `pos` ending at the first word that follows names. */
function dotNameEnd(ctx: Ctx, pos: number, limit: number): number {
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
function nameAt(ctx: Ctx, pos: number, strict = false): [number, number] | null {
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

/** Is `pos` a place a bare name may start: line/clause start, after a space, 、 or a cue word? */
function bareLeftOk(text: string, pos: number): boolean {
  const c = text[pos - 1];
  if (pos === 0 || !isHan(c)) return true;
  if (oneOf(LEFT_STOP_CHARS, c)) return true;
  return wordBefore(text, pos, BEFORE_CUES) !== '' || wordBefore(text, pos, DESCRIPTORS) !== '';
}

// ---------------------------------------------------------------- phase 1

function findHits(ctx: Ctx): Hit[] {
  const { text } = ctx;
  const hits: Hit[] = [];
  const push = (span: [number, number] | null, rule: string, priority: Priority): void => {
    if (!span || excluded(ctx, span[0], span[1])) return;
    hits.push({ start: span[0], end: span[1], rule, priority });
  };

  // A title before the name: 镇党委书记|王刚.
  for (const m of POST_SCANNER.scan(text)) {
    let e = m.at + m.word.length;
    let gap = 0;
    while (isSpace(text[e]) && gap < MAX_GAP) {
      e++;
      gap++;
    }
    // 县领导张三, but not 分别代表|方正县: a collective post needs an organisation before it.
    if (NEEDS_ORG.has(m.word) && titleStart(text, m.at, 0).start >= m.at) continue;
    // 美国总统|拜登: a foreign official's name is a transliteration, read from jieba's tokens.
    if (FOREIGN.has(m.word) && foreignOrgBefore(text, m.at)) {
      const foreign = foreignNameAt(ctx, e);
      if (foreign) {
        push(foreign, R.foreignName.id, 0);
        continue;
      }
    }
    const span = nameAt(ctx, e, NEEDS_ORG.has(m.word));
    if (span) push(span, R.titleBeforeName.id, 0);
  }

  // A descriptor that is no title before the name: 村民|张三, 哥哥|王五.
  for (const { word: w, at: i } of occurrences(text, DESCRIPTORS)) {
    const span = nameAt(ctx, i + w.length, true);
    if (span && !isHan(text[span[1]])) push(span, R.bareNameCue.id, 3);
    else if (span && wordAt(text, span[1], RIGHT)) push(span, R.bareNameCue.id, 3);
  }

  // A post noun after the name: 王元峰|县长, 习近平|总书记.
  for (const m of NAME_FIRST_SCANNER.scan(text)) {
    const a = m.at;
    if (postRunsOn(text, a, m.word)) continue;
    for (const len of [3, 2, 4]) {
      const start = a - len;
      if (start < 0) continue;
      const surname = surnameAt(text, start);
      if (!surname || len - surname.length < 1 || len - surname.length > 2) continue;
      const seg = text.slice(start, a);
      if (!/^[\u4e00-\u9fff]+$/.test(seg)) continue;
      if (oneOf(PREPOSITIONS, text.charAt(a - 1))) continue; // 国庆在|主席台
      const tokens = ctx.tokens;
      if (!tokens.startingAt(a)) continue;
      if (isHan(text[start - 1]) && !wordBefore(text, start, LEFT_WORDS) && !tokens.startingAt(start)) continue;
      if (!plausibleName(ctx, start, a)) continue;
      if (AMBIGUOUS_SURNAMES.has(surname) && !tokens.startingAt(start)) continue;
      push([start, a], R.nameBeforeTitle.id, 2);
      break;
    }
  }

  // Cue words around a bare name: 任命|张三|为, 张三|同志, 李四|当选.
  for (const m of text.matchAll(AFTER_CUE_RE)) {
    const a = m.index;
    for (const len of [3, 2]) {
      const start = a - len;
      if (start < 0 || !surnameAt(text, start)) continue;
      if (!/^[\u4e00-\u9fff]+$/.test(text.slice(start, a))) continue;
      if (!bareLeftOk(text, start)) continue;
      if (hanNameEnd(ctx, start) !== a) continue;
      // the cue must be a word of its own: 任|顺义区委书记, not 重点任务
      const cueTok = ctx.tokens.covering(a);
      if (commonToken(cueTok) && cueTok.start < a) continue;
      if (m[0] === '任' && oneOf('务何意期性命', text.charAt(a + 1))) continue;
      if (!plausibleName(ctx, start, a)) continue;
      if (AMBIGUOUS_SURNAMES.has(text.charAt(start)) && isHan(text[start - 1])) continue;
      if (WEAK_AFTER_CUES.has(m[0])) {
        const tok = ctx.tokens.startingAt(start);
        if (!tok || tok.end !== a || !['nr', 'nrt', 'nrfg', 'x'].includes(tok.tag) || isHan(text[start - 1])) continue;
      }
      push([start, a], R.bareNameCue.id, 3);
      break;
    }
  }
  for (const { word: w, at: i } of occurrences(text, BEFORE_CUES)) {
    const p = i + w.length;
    const span = nameAt(ctx, p);
    if (!span) continue;
    // 推荐|平胆: a surname that is also a common word needs jieba to read a name there.
    if (AMBIGUOUS_SURNAMES.has(text.charAt(p)) && !['nr', 'nrt', 'nrfg'].includes(ctx.tokens.startingAt(p)?.tag ?? ''))
      continue;
    const after = text.slice(span[1], span[1] + 2);
    if (
      /^(为|同志|辞去|、|等|任|,)/.test(after) ||
      /^[\u4e00-\u9fff、]{2,48}?职务/.test(text.slice(span[1], span[1] + 52))
    ) {
      push(span, R.bareNameCue.id, 3);
    }
  }

  // A name described by its birth year or age: 出生于1982年的|王晓林, 现年45岁的|周建明.
  for (const m of AGE_WORDS.some((w) => text.includes(w)) ? text.matchAll(AGE_DESCRIBED_RE) : []) {
    const span = nameAt(ctx, m.index + m[0].length, true);
    if (!span || (isHan(text[span[1]]) && !wordAt(text, span[1], RIGHT))) continue;
    push(span, R.ageDescribed.id, 3);
  }

  // Anonymised names anywhere: 陶某某, 王某, 李某华.
  for (let i = text.indexOf('某'); i >= 0; i = text.indexOf('某', i + 1)) {
    const start = i - 1;
    if (start < 0 || !surnameAt(text, start) || surnameAt(text, start).length !== 1) continue;
    if (
      AMBIGUOUS_SURNAMES.has(text.charAt(start)) &&
      isHan(text[start - 1]) &&
      !oneOf(LEFT_STOP_CHARS, text[start - 1])
    )
      continue;
    let end = i + 1;
    // 陈某|处打工, 李某|家: a place or measure word after 某 is not part of the name.
    const placeAfter = oneOf('处号地村镇县市省区街路院部局些种个项天日年月时次位家店厂司', text[end]);
    if (text[end] === '某') end++;
    else if (isHan(text[end]) && !wordAt(text, end, RIGHT) && !placeAfter) end++;
    if (!placeAfter && isHan(text[end]) && !wordAt(text, end, RIGHT) && !commonToken(ctx.tokens.startingAt(end)))
      continue;
    push([start, end], R.anonymised.id, 1);
  }

  // Middle-dot names anywhere: 阿依古丽·买买提.
  for (const m of text.includes('·') ? text.matchAll(DOT_NAME_RE) : []) {
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

  // Names printed run together before 出席/讲话: 周建平赵丽华孙长青出席.
  for (const m of text.matchAll(RUN_END_RE)) {
    let s = m.index;
    while (s > 0 && (isHan(text[s - 1]) || isSpace(text[s - 1])) && m.index - s < 60) s--;
    // The run may start after a space (李文辉讲话 周建平赵丽华…): try the longest suffix that splits.
    let attempts = 0;
    for (let from = s; from < m.index && attempts < 4; from++) {
      if (from > s && !isSpace(text[from - 1])) continue;
      attempts++;
      if (isSpace(text[from])) continue;
      if (text.slice(from, m.index).replace(/\s/g, '').length < 5) break;
      const parts = splitRunTogether(ctx, from, m.index);
      if (parts) {
        for (const p of parts) push(p, R.runTogether.id, 2);
        break;
      }
    }
  }

  // 、-lists after a found name, and bare attendance lists.
  extendLists(ctx, hits, push);
  return hits;
}

/**
 * Splits a run of names without separators into surname-led pieces of two or
 * three characters (spaces also separate). Returns null unless every piece fits.
 */
function splitRunTogether(ctx: Ctx, s: number, e: number): Array<[number, number]> | null {
  const { text } = ctx;
  // best[i]: best split of text[i, e) as [score, pieces]
  const best: Array<{ score: number; pieces: Array<[number, number]> } | null> = new Array(e - s + 1).fill(null);
  best[e - s] = { score: 0, pieces: [] };
  for (let i = e - 1; i >= s; i--) {
    if (isSpace(text[i])) {
      best[i - s] = best[i + 1 - s] ?? null;
      continue;
    }
    const surname = surnameAt(text, i);
    if (!surname) continue;
    let choice: { score: number; pieces: Array<[number, number]> } | null = null;
    for (const len of [surname.length + 2, surname.length + 1]) {
      const j = i + len;
      if (j > e) continue;
      if (!/^[\u4e00-\u9fff]+$/.test(text.slice(i, j))) continue;
      const rest = best[j - s];
      if (!rest) continue;
      const score = rest.score + (len === surname.length + 2 ? 2 : 1) - (AMBIGUOUS_SURNAMES.has(surname) ? 2 : 0);
      if (!choice || score > choice.score) choice = { score, pieces: [[i, j], ...rest.pieces] };
    }
    best[i - s] = choice;
  }
  const all = best[0];
  if (!all || all.pieces.length < 3) return null;
  for (const [a, b] of all.pieces) if (commonWordAt(ctx, a) || oneOf(ORG_END_CHARS, text.charAt(b - 1))) return null;
  return all.pieces;
}

/**
 * The list separators (what separatorAt takes: 、 and ,) in text order:
 * next(from) is the first at or after `from`, or -1; `from` never decreases.
 * Each mark's own next position is kept, so a text without 、 is searched
 * for it once, not at every comma.
 */
function listSeparators(text: string): (from: number) => number {
  let dun = -2;
  let comma = -2;
  return (from) => {
    if (dun !== -1 && dun < from) dun = text.indexOf('、', from);
    if (comma !== -1 && comma < from) comma = text.indexOf(',', from);
    return dun < 0 ? comma : comma < 0 ? dun : Math.min(dun, comma);
  };
}

/** Is there a list separator at `pos` (、 or a comma), and where does the next item start? */
function separatorAt(text: string, pos: number): { next: number; comma: boolean } | null {
  const c = text[pos];
  if (c === '、') return { next: pos + 1, comma: false };
  if (c === ',') return { next: pos + 1, comma: true };
  return null;
}

/**
 * Inside a list of names, a four-character item without a Han surname (Tibetan
 * names such as 扎西次仁) when jieba reads its start as a name, bounded by 、.
 */
function surnamelessItem(ctx: Ctx, pos: number): [number, number] | null {
  const { text } = ctx;
  if (!/^[\u4e00-\u9fff]{4}(?:、|,)/.test(text.slice(pos, pos + 5))) return null;
  const tok = ctx.tokens.startingAt(pos);
  if (!tok || !['nr', 'nrt', 'nrfg'].includes(tok.tag) || tok.end > pos + 4) return null;
  return [pos, pos + 4];
}

function extendLists(
  ctx: Ctx,
  hits: Hit[],
  push: (span: [number, number] | null, rule: string, priority: Priority) => void,
): void {
  const { text } = ctx;
  const itemOk = (span: [number, number]): boolean => {
    const after = text[span[1]];
    return !isHan(after) || wordAt(text, span[1], RIGHT) !== '' || wordAt(text, span[1], LIST_ITEM_AFTER) !== '';
  };
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
    if (!span || !itemOk(span)) continue;
    if (sep.comma) {
      // a comma continues only a bare item that ends at another separator
      if (!separatorAt(text, span[1]) && wordAt(text, span[1], RIGHT) === '') continue;
    }
    const hit: Hit = { start: span[0], end: span[1], rule: R.nameList.id, priority: 1 };
    if (excluded(ctx, hit.start, hit.end)) continue;
    hits.push(hit);
    queue.push(hit);
  }
  // Bare lists: three or more surname-led items joined by 、 or commas.
  let i = 0;
  let nextDot = text.indexOf('·');
  const nextListSeparator = listSeparators(text);
  let nextSep = nextListSeparator(0);
  while (i < text.length) {
    if (nextDot >= 0 && nextDot < i) nextDot = text.indexOf('·', i);
    if (nextSep >= 0 && nextSep < i + 2) nextSep = nextListSeparator(i + 2);
    // A list needs a separator right after its first item (a Han name ends 2–4 units on) or a
    // middle-dot name; without either, reading a name here (and segmenting for it) is wasted.
    // Every position before the next separator or dot comes into reach is skipped at once.
    const sepNear = nextSep >= 0 && nextSep <= i + 4;
    const dotNear = nextDot >= 0 && nextDot < i + 24;
    if (!sepNear && !dotNear) {
      let reach = text.length;
      if (nextSep >= 0) reach = nextSep - 4;
      if (nextDot >= 0) reach = Math.min(reach, nextDot - 23);
      i = Math.max(i + 1, reach);
      continue;
    }
    if (
      !isHanCode(text.charCodeAt(i)) ||
      !(i === 0 || !isHan(text[i - 1]) || wordBefore(text, i, BEFORE_CUES) !== '')
    ) {
      i++;
      continue;
    }
    const items: Array<[number, number]> = [];
    let p = i;
    let commas = 0;
    while (p < text.length) {
      const span = nameAt(ctx, p);
      if (!span || !itemOk(span)) break;
      items.push(span);
      const sep = separatorAt(text, span[1]);
      if (!sep) break;
      if (sep.comma) commas++;
      p = sep.next;
    }
    const last = items[items.length - 1];
    const attends = last !== undefined && wordAt(text, last[1], ATTEND_AFTER) !== '';
    if ((items.length >= 3 || (items.length === 2 && attends)) && commas < items.length - 1) {
      const first = new Set(items.map(([a]) => text.charAt(a)));
      const ambiguous = items.filter(([a]) => AMBIGUOUS_SURNAMES.has(text.charAt(a))).length;
      if (first.size > 1 && ambiguous * 2 < items.length) for (const it of items) push(it, R.bareNameList.id, 4);
    }
    i = items.length ? (items[items.length - 1] as [number, number])[1] : i + 1;
  }
}

/** Resolves overlapping hits (lower priority number, then longer, wins). */
function resolve(hits: Hit[], length: number): Hit[] {
  const sorted = [...hits].sort(
    (a, b) => a.priority - b.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  // An occupancy mask keeps this linear in the text (hits are a few characters long).
  const taken = borrowBytes(length + 1);
  const kept: Hit[] = [];
  for (const h of sorted) {
    let free = true;
    for (let i = h.start; i < h.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, h.start, h.end);
    kept.push(h);
  }
  releaseBytes(taken);
  return kept.sort((a, b) => a.start - b.start);
}

const nameKey = (text: string, [s, e]: Span): string => text.slice(s, e).replace(/\s+/g, '');

/** A mention followed by a doctrine name (习近平|新时代中国特色社会主义思想) is no mention. */
function inDoctrine(text: string, end: number): boolean {
  return wordAt(text, end, DOCTRINE_AFTER) !== '';
}

/** Every occurrence of every found name becomes a mention. */
function propagate(ctx: Ctx, hits: Hit[]): Hit[] {
  const { text } = ctx;
  const keys = new Map<string, Hit>();
  for (const h of hits) {
    const k = nameKey(text, [h.start, h.end]);
    if (!keys.has(k)) keys.set(k, h);
  }
  const all = [...hits];
  for (const k of keys.keys()) {
    if (k.length < 2) continue;
    for (let i = text.indexOf(k); i >= 0; i = text.indexOf(k, i + k.length)) {
      if (excluded(ctx, i, i + k.length)) continue;
      all.push({ start: i, end: i + k.length, rule: R.propagated.id, priority: 5 });
    }
  }
  return resolve(all, text.length).filter((h) => !inDoctrine(text, h.end) || h.priority < 2);
}

// ---------------------------------------------------------------- phase 2

/** Where the title whose post noun starts at `postStart` begins (never before `floor`). */
function titleStart(
  text: string,
  postStart: number,
  floor: number,
): { start: number; former: boolean; dropped: string } {
  let i = postStart;
  const limit = Math.max(floor, postStart - MAX_TITLE_LEN);
  let former = false;
  let dropped = '';
  while (i > limit) {
    const c = text[i - 1];
    if (c === '”') {
      // a quoted name inside the organisation: “大工委”委员
      const open = text.lastIndexOf('“', i - 2);
      if (open < 0 || open < limit || i - open > 10) break;
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

/** Do the two or three characters before `pos` look like a surname-led name standing after a boundary? */
function nameShapeEndsAt(text: string, pos: number): boolean {
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

/** Splits a title into organisation and position (镇党委副书记 → 镇党委 + 副书记). */
function splitTitle(
  text: string,
  start: number,
  end: number,
): {
  org: string | null;
  position: string;
  acting: boolean;
  former: boolean;
  posStart: number;
  orgStart: number;
  orgEnd: number;
} {
  const post = wordBefore(text, end, POSTS);
  let p = end - post.length;
  // posStart: where the position begins (副书记, 常务副县长); 代/原 before it are flags, not position.
  let posStart = p;
  let acting = false;
  let former = false;
  for (;;) {
    const mod = p > start ? wordBefore(text, p, MODIFIERS) : '';
    if (!mod || p - mod.length < start) break;
    p -= mod.length;
    if (mod === '代' || mod === '代理') acting = true;
    else if (mod === '原' || mod === '前') former = true;
    else if (!acting && !former) posStart = p;
  }
  // 原党委副书记: a leading 原/前/代 is a flag, not part of the organisation.
  let orgStart = start;
  const lead = /^(原|前|代理|代)/.exec(text.slice(start, p));
  if (lead) {
    orgStart += lead[0].length;
    if (lead[0].startsWith('代')) acting = true;
    else former = true;
  }
  const orgText = text.slice(orgStart, p);
  if (/[村镇县市区乡局馆]原/.test(orgText)) former = true;
  return { org: orgText || null, position: text.slice(posStart, end), acting, former, posStart, orgStart, orgEnd: p };
}

function makeTitle(ctx: Ctx, start: number, end: number, rule: string, formerHint: boolean): Title | null {
  const { text, original } = ctx;
  if (end <= start) return null;
  const post = wordBefore(text, end, POSTS);
  if (!post) return null;
  const sp = splitTitle(text, start, end);
  // 领导/成员/代表 alone (有关领导) are no title; they need an organisation or rank in front.
  if (NEEDS_ORG.has(post) && sp.posStart === end - post.length && !sp.org) return null;
  // Tail-less org fragments: a title must not start with a list separator or digit.
  const orgSlice = sp.org === null ? null : original.slice(sp.orgStart, sp.orgEnd);
  return {
    text: original.slice(start, end),
    org: orgSlice,
    position: original.slice(sp.posStart, end),
    acting: sp.acting,
    former: sp.former || formerHint,
    span: [start, end],
    rule,
  };
}

/** Titles written directly before the mention at `pos`, chained by 、 (党委副书记、代镇长|孙宇). */
function titlesBefore(ctx: Ctx, pos: number, floor: number): Title[] {
  const { text } = ctx;
  let j = pos;
  let gap = 0;
  while (j > floor && isSpace(text[j - 1]) && gap < MAX_GAP) {
    j--;
    gap++;
  }
  const out: Title[] = [];
  let rule: string = R.titleBeforeName.id;
  for (;;) {
    const post = wordBefore(text, j, POSTS);
    if (!post || j - post.length < floor) break;
    const { start, former, dropped } = titleStart(text, j - post.length, floor);
    const r = dropped ? (HOLDING.includes(dropped) ? R.holdingDropped.id : R.pronounDropped.id) : rule;
    const t = makeTitle(ctx, start, j, r, former);
    if (!t) break;
    out.unshift(t);
    // 、 joins titles; so does 兼 (村党支部书记兼村委会主任).
    if ((text[start - 1] !== '、' && text[start - 1] !== '兼') || start - 1 <= floor) break;
    j = start - 1;
    rule = R.titleChain.id;
  }
  return out;
}

/** A post noun directly after the mention (王元峰|县长). */
function titleAfter(ctx: Ctx, end: number): Title | null {
  const { text } = ctx;
  const post = wordAt(text, end, NAME_FIRST);
  if (!post || postRunsOn(text, end, post)) return null;
  if (surnameAt(text, end + post.length) && isHan(text[end + post.length + 1])) {
    // 张三县长李四: the post noun more likely titles the next name
    const n = hanNameEnd(ctxFor(text), end + post.length);
    if (n > 0 && !isHan(text[n])) return null;
  }
  return makeTitle(ctx, end, end + post.length, R.nameBeforeTitle.id, false);
}
/**
 * Personnel wording puts the posts after the name, closed by 职务:
 * 免去张三县财政局局长、党组书记职务 → 县财政局局长, 党组书记.
 */
function titlesBeforeDuty(ctx: Ctx, end: number): Title[] {
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

/** 书记处, 主席台, 主任委员, 县长助理: the post noun at `pos` is part of a longer word. */
function postRunsOn(text: string, pos: number, post: string): boolean {
  const next = text.charAt(pos + post.length);
  if (post.endsWith('书记') && next === '处') return true;
  if (post.endsWith('主席') && (next === '台' || next === '团')) return true;
  if (post.endsWith('主任') && next === '委') return true;
  return text.startsWith('助理', pos + post.length);
}
// titleAfter's look-ahead needs no tokens.
function ctxFor(text: string): Ctx {
  return { text, original: text, exclude: [], tokens: NO_TOKENS };
}

function rolesNear(text: string, end: number): string[] {
  const out: string[] = [];
  // Only verbs right after the mention (张三主持, 张三一行调研); further on they belong to someone else.
  const window = text.slice(end, end + 8);
  for (const [verb, role] of ROLE_VERBS) {
    const at = window.indexOf(verb);
    // …or chained by 并: 主持会议并讲话.
    const near = at >= 0 && (at <= 3 || /并作?$/.test(window.slice(0, at)));
    if (
      near &&
      !window.slice(0, at).endsWith('重要') &&
      !/[。;!?,、\n]/.test(window.slice(0, at)) &&
      !out.includes(role)
    )
      out.push(role);
  }
  return out;
}

// ---------------------------------------------------------------- entry

export function extractOfficials(doc: Doc, options: OfficialsOptions): Official[] {
  const { text, original } = doc;
  const ctx: Ctx = { text, original, exclude: options.exclude, tokens: doc.tokens };

  const mentions = propagate(ctx, resolve(findHits(ctx), text.length));

  const people = new Map<string, Official>();
  const titleKeys = new Map<string, Set<string>>();
  // Names joined by 、/, or printed together act together: the verb after the last one is everybody's.
  const groupRoles: string[][] = new Array(mentions.length);
  for (let k = mentions.length - 1; k >= 0; k--) {
    const h = mentions[k] as Hit;
    const next = mentions[k + 1];
    const gap = next ? text.slice(h.end, next.start) : null;
    const joined = gap !== null && (gap === '、' || gap === ',' || gap === '' || gap === ' ');
    const own = rolesNear(text, h.end);
    groupRoles[k] = joined ? [...new Set([...own, ...(groupRoles[k + 1] ?? [])])] : own;
  }
  let prevEnd = 0;
  let prevTitles: Title[] = [];
  for (const [k, h] of mentions.entries()) {
    const key = nameKey(text, [h.start, h.end]);
    let person = people.get(key);
    if (!person) {
      person = { name: original.slice(h.start, h.end).replace(/\s+/g, ''), titles: [], mentions: [], rule: h.rule };
      people.set(key, person);
      titleKeys.set(key, new Set());
    }
    person.mentions.push([h.start, h.end]);

    let titles = titlesBefore(ctx, h.start, prevEnd);
    // 副县长张三、李四: a bare list member shares the titles of the member before it.
    if (titles.length === 0 && text[h.start - 1] === '、' && prevEnd === h.start - 1) {
      titles = prevTitles.map((t) => ({ ...t, rule: R.nameList.id }));
    }
    const after = titleAfter(ctx, h.end);
    const duty = after ? [] : titlesBeforeDuty(ctx, h.end);
    const own = after ? [...titles, after] : [...titles, ...duty];
    const seen = titleKeys.get(key) as Set<string>;
    for (const t of own) {
      const k = text.slice(t.span[0], t.span[1]);
      if (seen.has(k)) continue;
      seen.add(k);
      person.titles.push(t);
    }
    for (const role of after ? rolesNear(text, after.span[1]) : (groupRoles[k] ?? [])) {
      person.roles ??= [];
      if (!person.roles.includes(role)) person.roles.push(role);
    }
    prevEnd = after ? after.span[1] : h.end;
    prevTitles = titles;
  }

  const officials = [...people.values()];
  linkSurnameTitles(ctx, officials, mentions);
  return officials;
}

/** 王书记, 孙镇长: a mention of the one official with that surname (and, when several, that post). */
function linkSurnameTitles(ctx: Ctx, officials: Official[], mentionsTaken: Hit[]): void {
  const { text } = ctx;
  const taken = borrowBytes(text.length + 1);
  for (const h of mentionsTaken) taken.fill(1, h.start, h.end);
  const bySurname = new Map<string, Official[]>();
  for (const o of officials) {
    const first = o.mentions[0];
    if (!first) continue;
    const key = text.charAt(first[0]);
    bySurname.set(key, [...(bySurname.get(key) ?? []), o]);
  }
  for (const m of NAME_FIRST_SCANNER.scan(text)) {
    const s = m.at - 1;
    if (s < 0) continue;
    const surname = text.charAt(s);
    if (isHan(text[s - 1]) && !oneOf(LEFT_STOP_CHARS, text.charAt(s - 1))) continue;
    if (taken[s] || taken[m.at]) continue;
    let cands = bySurname.get(surname) ?? [];
    if (cands.length > 1)
      cands = cands.filter((o) => o.titles.some((t) => t.position.endsWith(m.word) || m.word.endsWith(t.position)));
    if (cands.length !== 1) continue;
    const o = cands[0] as Official;
    o.mentions.push([s, m.at + m.word.length]);
  }
  releaseBytes(taken);
  for (const o of officials) o.mentions.sort((a, b) => a[0] - b[0]);
}
