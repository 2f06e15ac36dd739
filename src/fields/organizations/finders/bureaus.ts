/** County and city bureaus and departments: 县|农业农村|局, 市|生态环境|局, 三原县|民政|局. */
import { isHan } from '../../../text/han.js';
import { wordBefore } from '../../../text/word-list.js';
import type { AdminLevel, Doc } from '../../../types.js';
import { NOT_BUREAU, NOT_LEVEL_WORDS, TASK_LEFT_STOPS } from '../../../lexicon/org-words.js';
import { collectiveBefore, type FoundList, LEVEL_WORDS, type PlaceKey } from '../found.js';
import { ORG_RULES } from '../rules.js';

/** Level words a bureau hangs off (县|公安局): county and above. */
const BUREAU_LEVELS = new Set(['省', '市', '县', '区', '州', '旗', '盟', '自治区', '自治州', '自治县']);

export function findBureaus(doc: Doc, placeKeys: readonly PlaceKey[], out: FoundList): void {
  const text = doc.text;
  const cover = out.cover;
  // Bureaus: 县|公安局 is a head already; 县|农业农村|局.
  // Every 局 and 厅 from the fourth unit on, in text order (two indexOf streams merged).
  let nextJu = text.indexOf('局', 3);
  let nextTing = text.indexOf('厅', 3);
  while (nextJu >= 0 || nextTing >= 0) {
    const e = nextJu < 0 ? nextTing : nextTing < 0 ? nextJu : Math.min(nextJu, nextTing);
    if (e === nextJu) nextJu = text.indexOf('局', e + 1);
    else nextTing = text.indexOf('厅', e + 1);
    if (/^[面势限部]/.test(text[e + 1] ?? '')) continue;
    // 顾全大局/格局 (jieba keeps them whole); 民政局 is a word of its own, so 政局 inside it does not count.
    if (cover[e]) continue;
    // (Only where such a word is written there: the text check spares segmenting the clause.)
    if (wordBefore(text, e + 1, NOT_BUREAU) && NOT_BUREAU.includes(doc.tokens.endingAt(e + 1)?.word ?? '')) continue;
    for (let len = 2; len <= 6; len++) {
      const s = e - len;
      if (s < 1) break;
      const body = text.slice(s, e);
      if (![...body].every((c) => isHan(c)) || TASK_LEFT_STOPS.some((w) => body.includes(w) && w.length === 1)) break;
      const place = placeKeys.find(
        (p) => text.startsWith(p.key, s - p.key.length) && p.place.level !== 'village' && p.place.level !== 'township',
      );
      const lw = LEVEL_WORDS.find((l) => BUREAU_LEVELS.has(l.word) && text.startsWith(l.word, s - l.word.length));
      if (!place && !lw) continue;
      if (!place && NOT_LEVEL_WORDS.some((w) => text.startsWith(w, s - 1))) continue;
      const start = place ? s - place.key.length : s - (lw as { word: string }).word.length;
      if (!place && collectiveBefore(text, start)) break;
      if (out.taken(start, e + 1)) break;
      const level = place ? place.place.level : (lw as { level: AdminLevel }).level;
      out.add({ start, end: e + 1, kind: 'government', level, rule: ORG_RULES.bureau.id, resolvable: true });
      break;
    }
  }
}
