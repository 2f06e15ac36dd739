/**
 * A title before the name (official.title-before-name): 镇党委书记|王刚, a
 * post noun and then a name, up to three spaces apart (省长  张三). After a
 * foreign post the name is a transliteration (official.foreign-name).
 */
import { NEEDS_ORG } from '../../../lexicon/titles.js';
import { type Ctx, isSpace, MAX_GAP, POST_SCANNER, type Push } from '../context.js';
import { nameAt } from '../name-shape.js';
import { OFFICIAL_RULES as R } from '../rules.js';
import { titleStart } from '../titles/title-start.js';
import { foreignNameAfter } from './foreign.js';

export function titleBeforeName(ctx: Ctx, push: Push): void {
  const { text } = ctx;
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
    const foreign = foreignNameAfter(ctx, m.word, m.at, e);
    if (foreign) {
      push(foreign, R.foreignName.id, 0);
      continue;
    }
    const span = nameAt(ctx, e, NEEDS_ORG.has(m.word));
    if (span) push(span, R.titleBeforeName.id, 0);
  }
}
