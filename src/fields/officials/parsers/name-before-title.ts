/**
 * A post noun after the name (official.name-before-title): 王元峰|县长,
 * 习近平|总书记 — Chinese writes some titles after the name.
 */
import { isHan } from '../../../text/han.js';
import { AMBIGUOUS_SURNAMES, surnameAt } from '../../../lexicon/surnames.js';
import { wordBefore } from '../../../text/word-list.js';
import { type Ctx, LEFT_WORDS, NAME_FIRST_SCANNER, oneOf, PREPOSITIONS, type Push } from '../context.js';
import { plausibleName } from '../name-shape.js';
import { OFFICIAL_RULES as R } from '../rules.js';
import { postRunsOn } from '../titles/after-name.js';

export function nameBeforeTitle(ctx: Ctx, push: Push): void {
  const { text, tokens } = ctx;
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
      if (!tokens.startingAt(a)) continue;
      if (isHan(text[start - 1]) && !wordBefore(text, start, LEFT_WORDS) && !tokens.startingAt(start)) continue;
      if (!plausibleName(ctx, start, a)) continue;
      if (AMBIGUOUS_SURNAMES.has(surname) && !tokens.startingAt(start)) continue;
      push([start, a], R.nameBeforeTitle.id, 2);
      break;
    }
  }
}
