/**
 * Bodies named by their task (春季工作领导小组, 防汛抗旱指挥部, 工作专班) or
 * trade (XX有限公司): back from the head over the words that can name a task.
 */
import { isHan } from '../../../text/han.js';
import type { TokenIndex } from '../../../text/token-index.js';
import { occurrences } from '../../../text/word-list.js';
import type { Doc, OrgKind } from '../../../types.js';
import {
  TASK_HEADS,
  TASK_LEFT_STOPS,
  TASK_TOKEN_TAGS,
  TASK_VERB_STOPS,
  WORKING_GROUP_EXTRA_TAGS,
} from '../../../lexicon/org-words.js';
import { type FoundList, LEVEL_WORDS, type PlaceKey } from '../found.js';
import { ORG_RULES } from '../rules.js';

const TASKS = [...TASK_HEADS].sort((a, b) => b.word.length - a.word.length);
const TASK_WORDS = TASKS.map((t) => t.word);
const TASK_BY_WORD = new Map(TASKS.map((t) => [t.word, t] as const)); // words are unique (a test checks)

export function findTasks(doc: Doc, placeKeys: readonly PlaceKey[], out: FoundList): void {
  const text = doc.text;
  // Task bodies and enterprises.
  for (const { word, at: i } of occurrences(text, TASK_WORDS)) {
    const t = TASK_BY_WORD.get(word) as { word: string; kind: OrgKind };
    const end = i + t.word.length;
    if (out.taken(i, end)) continue;
    const s = taskStart(doc.tokens, i, t.kind === 'working-group');
    const minBody = t.kind === 'enterprise' ? 2 : t.word === '工作专班' ? 0 : 1;
    if (i - s < minBody) continue;
    if (out.taken(s, end)) continue;
    // 县|防汛抗旱指挥部 leads with a level word; 县级…, 乡村振兴…, 乡镇… do not (the word goes on).
    const lw = LEVEL_WORDS.find(
      (l) =>
        text.startsWith(l.word, s) &&
        l.word.length + s < i &&
        text[s + l.word.length] !== '级' &&
        doc.tokens.startingAt(s + l.word.length) !== undefined,
    );
    const place = placeKeys.find((p) => text.startsWith(p.key, s));
    const level = place ? place.place.level : lw ? lw.level : null;
    out.add({ start: s, end, kind: t.kind, level, rule: ORG_RULES.task.id, resolvable: Boolean(place || lw) });
  }
}

/**
 * Where a task body's name starts: back over jieba words that can name a task
 * (nouns, verbal nouns, time words: 春季/工作|领导小组), at most 16 characters,
 * stopping at verbs, numbers, stop words (成立, 的) and anything not Han.
 */
function taskStart(tokens: TokenIndex, i: number, verbs: boolean): number {
  let t = tokens.endingAt(i);
  if (!t) {
    // The head cuts a word (…工作专班 kept whole by jieba): start from the word that holds it.
    const holder = tokens.covering(i);
    if (!holder || holder.start === i) return i;
    i = holder.start;
    t = tokens.endingAt(i);
  }
  let s = i;
  const limit = i - 16;
  for (; t; t = tokens.endingAt(t.start)) {
    if (t.start < limit) break;
    if (![...t.word].every((c) => isHan(c))) break;
    const tagOk = TASK_TOKEN_TAGS.has(t.tag) || (verbs && WORKING_GROUP_EXTRA_TAGS.has(t.tag));
    if (!tagOk || TASK_LEFT_STOPS.includes(t.word) || TASK_VERB_STOPS.includes(t.word)) break;
    s = t.start;
  }
  return s;
}
