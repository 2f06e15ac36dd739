/**
 * An untitled name bounded by cue words (official.bare-name-cue): a
 * descriptor that is no title before it (村民|张三, 哥哥|王五), a cue after it
 * (张三|同志, 李四|当选, 王五|主持召开) or a personnel verb before it (任命|张三|为).
 */
import { isHan } from '../../../text/han.js';
import { AMBIGUOUS_SURNAMES, surnameAt } from '../../../lexicon/surnames.js';
import { BARE_NAME_AFTER, LEFT_STOP_CHARS, REN_OTHER_WORD, WEAK_AFTER_CUES } from '../../../lexicon/official-words.js';
import { byLength, occurrences, wordAt, wordBefore } from '../../../text/word-list.js';
import { BEFORE_CUES, commonToken, type Ctx, DESCRIPTORS, oneOf, PERSON_TAGS, type Push, RIGHT } from '../context.js';
import { hanNameEnd, nameAt, plausibleName } from '../name-shape.js';
import { OFFICIAL_RULES as R } from '../rules.js';

const escapeRegExp = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const AFTER_CUE_RE = new RegExp(
  `${byLength(BARE_NAME_AFTER).map(escapeRegExp).join('|')}|等[0-9一二三四五六七八九十两百]+(?:人|名)`,
  'g',
);

/** Is `pos` a place a bare name may start: line/clause start, after a space, 、 or a cue word? */
function bareLeftOk(text: string, pos: number): boolean {
  const c = text[pos - 1];
  if (pos === 0 || !isHan(c)) return true;
  if (oneOf(LEFT_STOP_CHARS, c)) return true;
  return wordBefore(text, pos, BEFORE_CUES) !== '' || wordBefore(text, pos, DESCRIPTORS) !== '';
}

export function bareNameCue(ctx: Ctx, push: Push): void {
  afterDescriptor(ctx, push);
  nameThenCue(ctx, push);
  cueThenName(ctx, push);
}

/** A descriptor that is no title before the name: 村民|张三, 哥哥|王五. */
function afterDescriptor(ctx: Ctx, push: Push): void {
  const { text } = ctx;
  for (const { word: w, at: i } of occurrences(text, DESCRIPTORS)) {
    const span = nameAt(ctx, i + w.length, true);
    if (span && !isHan(text[span[1]])) push(span, R.bareNameCue.id, 3);
    else if (span && wordAt(text, span[1], RIGHT)) push(span, R.bareNameCue.id, 3);
  }
}

/** A cue word after the name: 张三|同志, 李四|当选, 任命张三|为. */
function nameThenCue(ctx: Ctx, push: Push): void {
  const { text } = ctx;
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
      if (m[0] === '任' && oneOf(REN_OTHER_WORD, text.charAt(a + 1))) continue;
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
}

/** A personnel verb before the name, closed by 为, 同志, 辞去, 职务 …: 任命|张三|为. */
function cueThenName(ctx: Ctx, push: Push): void {
  const { text } = ctx;
  for (const { word: w, at: i } of occurrences(text, BEFORE_CUES)) {
    const p = i + w.length;
    const span = nameAt(ctx, p);
    if (!span) continue;
    // 推荐|平胆: a surname that is also a common word needs jieba to read a name there.
    if (AMBIGUOUS_SURNAMES.has(text.charAt(p)) && !PERSON_TAGS.includes(ctx.tokens.startingAt(p)?.tag ?? '')) continue;
    const after = text.slice(span[1], span[1] + 2);
    if (
      /^(为|同志|辞去|、|等|任|,)/.test(after) ||
      /^[\u4e00-\u9fff、]{2,48}?职务/.test(text.slice(span[1], span[1] + 52))
    ) {
      push(span, R.bareNameCue.id, 3);
    }
  }
}
