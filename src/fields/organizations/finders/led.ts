/**
 * Bodies led by a place (三原县委, 仇阳村党支部) or by a bare level word (县委,
 * 镇党委, 街道党工委, 市政协), and the village bodies that carry their own level
 * word (东坡村委会, bare 村委会). Plural or generic uses (各镇党委, 乡镇党委,
 * 农村党支部) are not one body and are skipped.
 */
import { isHan } from '../../../text/han.js';
import { WordList } from '../../../text/word-list.js';
import type { AdminLevel, Doc, Token } from '../../../types.js';
import { HEAD_NOT_BEFORE, ORG_HEADS, type OrgHead } from '../../../lexicon/org-words.js';
import { NON_PLACE_NAMES, NOT_PLACE_START } from '../../../lexicon/place-words.js';
import { collectiveBefore, type FoundList, LEVEL_WORDS, type PlaceKey, withTail } from '../found.js';
import { ORG_RULES } from '../rules.js';

/** Body words, longest first. */
const HEADS = [...ORG_HEADS].sort((a, b) => b.word.length - a.word.length);
const HEAD_WORDS = new WordList(HEADS.map((h) => h.word));
/** Each body word's head (the first listed, as a scan of HEADS finds it). */
const HEAD_BY_WORD = new Map<string, OrgHead>();
for (const h of HEADS) if (!HEAD_BY_WORD.has(h.word)) HEAD_BY_WORD.set(h.word, h);

/** Generic village words: 农村党支部 is no one village's branch. */
const GENERIC_VILLAGE = new Set([
  '农村',
  '乡村',
  '城乡',
  '行政村',
  '自然村',
  '各村',
  '全村',
  '本村',
  '该村',
  '新农村',
  '贫困村',
  '示范村',
  '重点村',
  '社区',
]);

export function findLed(doc: Doc, placeKeys: readonly PlaceKey[], out: FoundList): void {
  const text = doc.text;
  const tokenEndingAt = (pos: number): Token | undefined => doc.tokens.endingAt(pos);
  // 党组|织, 委|员: a body word that starts a longer ordinary word is none.
  const accept = (word: string, end: number): boolean =>
    !(HEAD_NOT_BEFORE[word] ?? '\u0000').includes(text[end] ?? '\u0001');
  for (let i = 1; i < text.length; i++) {
    const word = HEAD_WORDS.startingAt(text, i, Infinity, accept);
    if (word === null) continue;
    const head = HEAD_BY_WORD.get(word) as OrgHead;
    if (out.cover[i]) continue;
    const lead =
      selfLed(text, i, head, placeKeys, true) ??
      leadBefore(text, i, head, placeKeys, tokenEndingAt) ??
      selfLed(text, i, head, placeKeys, false);
    if (!lead) continue;
    let start = lead.start;
    if (text.startsWith('中共', start - 2)) start -= 2;
    const end = withTail(text, i + head.word.length);
    let kind = head.kind;
    if (lead.level === 'village') kind = /(?:社区|居民区|居)$/.test(lead.word) ? 'community' : 'village';
    out.add({ start, end, kind, level: lead.level, rule: lead.rule, resolvable: true });
    i = end - 1;
  }
}

interface Lead {
  start: number;
  word: string;
  level: AdminLevel | null;
  rule: string;
}

/** What leads a body word at `i`: a place, a village word jieba keeps whole, or a bare level word. */
function leadBefore(
  text: string,
  i: number,
  head: OrgHead,
  placeKeys: readonly PlaceKey[],
  tokenEndingAt: (pos: number) => Token | undefined,
): Lead | null {
  const place = placeKeys.find((p) => text.startsWith(p.key, i - p.key.length));
  if (place)
    return { start: i - place.key.length, word: place.key, level: place.place.level, rule: ORG_RULES.place.id };
  const lw = LEVEL_WORDS.find((l) => text.startsWith(l.word, i - l.word.length));
  if (!lw) return null;
  const start = i - lw.word.length;
  // 园区党委, 城区政府: a word that ends in a level character is not a level word.
  const two = text.slice(start - 1, i);
  if (lw.word.length === 1 && NON_PLACE_NAMES.has(two)) return null;
  if (collectiveBefore(text, start)) return null;
  if (lw.word === '村' || lw.word === '社区' || lw.word === '嘎查') {
    const tok = tokenEndingAt(i);
    const prev = tok && tok.word === lw.word ? tokenEndingAt(tok.start) : undefined;
    const word =
      tok &&
      tok.word.length > lw.word.length &&
      tok.word.length <= 6 &&
      tok.word.endsWith(lw.word) &&
      !NOT_PLACE_START.includes(tok.word[0] as string)
        ? tok.word
        : prev && isHan(prev.word[0]) && prev.word.length >= 2 && /^(x|ns|nr|nz|n)$/.test(prev.tag)
          ? prev.word + lw.word
          : null;
    if (word) {
      if (GENERIC_VILLAGE.has(word)) return null;
      // 北岭乡柳塘村: jieba may cut 乡柳|塘村; the village starts where the township named before it ends.
      const start = villageStartAfterPlace(text, i - word.length, placeKeys);
      return { start, word: text.slice(start, i), level: 'village', rule: ORG_RULES.village.id };
    }
    if (GENERIC_VILLAGE.has(two)) return null;
  }
  // 委 alone only after a level word standing for a body of government (县委, 市委, 村委).
  if (head.word === '委' && !/^(省|市|州|盟|县|区|旗|镇|乡|村|自治区|自治州|自治县)$/.test(lw.word)) return null;
  return { start, word: lw.word, level: lw.level, rule: ORG_RULES.level.id };
}

/** Moves a village name's start back to the end of a place written just before it (at most two characters back). */
function villageStartAfterPlace(text: string, start: number, placeKeys: readonly PlaceKey[]): number {
  for (let back = 1; back <= 2; back++) {
    const end = start - back;
    if (end <= 0 || !isHan(text[end])) break;
    if (placeKeys.some((p) => p.place.level !== 'village' && text.startsWith(p.key, end - p.key.length))) return end;
  }
  return start;
}

/**
 * 村委会/居委会/街道办事处 carry their own level word: 东坡村委会, 白水街道办事处
 * (a place ending in that word), or bare 村委会 (`placeOnly` false).
 */
function selfLed(
  text: string,
  i: number,
  head: OrgHead,
  placeKeys: readonly PlaceKey[],
  placeOnly: boolean,
): Lead | null {
  const lw = /^(村|居|街道)/.exec(head.word)?.[1];
  if (!lw) return null;
  const place = placeKeys.find((p) => p.key.endsWith(lw) && text.startsWith(p.key, i + lw.length - p.key.length));
  if (place)
    return {
      start: i + lw.length - place.key.length,
      word: place.key,
      level: place.place.level,
      rule: ORG_RULES.place.id,
    };
  if (placeOnly || lw === '街道' || collectiveBefore(text, i)) return null;
  return { start: i, word: lw, level: 'village', rule: ORG_RULES.level.id };
}
