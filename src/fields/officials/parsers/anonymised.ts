/**
 * Anonymised names (official.anonymised): a surname and 某某, or 某 and one
 * character (陶某某, 王某, 李某华), are people wherever they stand.
 */
import { isHan } from '../../../text/han.js';
import { LEFT_STOP_CHARS } from '../../../lexicon/official-words.js';
import { AMBIGUOUS_SURNAMES, surnameAt } from '../../../lexicon/surnames.js';
import { wordAt } from '../../../text/word-list.js';
import { commonToken, type Ctx, oneOf, type Push, RIGHT } from '../context.js';
import { OFFICIAL_RULES as R } from '../rules.js';

/** A place or measure word after 某 is not part of the name: 陈某|处打工, 李某|家. */
const NOT_NAME_AFTER = '处号地村镇县市省区街路院部局些种个项天日年月时次位家店厂司';

export function anonymised(ctx: Ctx, push: Push): void {
  const { text } = ctx;
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
    const placeAfter = oneOf(NOT_NAME_AFTER, text[end]);
    if (text[end] === '某') end++;
    else if (isHan(text[end]) && !wordAt(text, end, RIGHT) && !placeAfter) end++;
    if (!placeAfter && isHan(text[end]) && !wordAt(text, end, RIGHT) && !commonToken(ctx.tokens.startingAt(end)))
      continue;
    push([start, end], R.anonymised.id, 1);
  }
}
