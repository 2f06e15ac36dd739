/**
 * Towns and counties the dataset lacks (renamed or abolished): a name that
 * recurs as a place (not before an organisation head), stands after a
 * boundary at least once, and whose stem is not an ordinary word (关于|县,
 * 优秀|县); code null.
 */
import { isHanCode } from '../../../text/han.js';
import { UnitSet } from '../../../text/unit-set.js';
import { WordList } from '../../../text/word-list.js';
import type { Doc } from '../../../types.js';
import { ORG_HEAD_WORDS } from '../../../lexicon/org-words.js';
import { NON_PLACE_NAMES, UNLISTED_NOT_AFTER, UNLISTED_SUFFIXES } from '../../../lexicon/place-words.js';
import { Cover, type Mention, NOT_PLACE_AFTER_WORDS, nonOverlapping, ordinaryStem, stemChar } from '../mention.js';
import { PLACE_RULES } from '../rules.js';

/** The level suffixes of unlisted names, in list order (longest first). */
export const UNLISTED_SUFFIX_WORDS = new WordList(UNLISTED_SUFFIXES.map((s) => s.suffix));
/** Organisation heads: 青石县委 is the body, not a place. */
const ORG_HEADS = new WordList(ORG_HEAD_WORDS);
/** Right after the suffix: a level in a list (县乡两级, 县(市、区)), not a place. */
const NOT_AFTER = new UnitSet(UNLISTED_NOT_AFTER);

/** `at`: where a suffix may start (Positions.suffixes). */
export function unlistedMentions(doc: Doc, mentions: Mention[], at: readonly number[]): Mention[] {
  const text = doc.text;
  const counts = new Map<string, { at: number; len: number; n: number; firstBody: boolean }>();
  let cover: Cover | null = null;
  let ends: Set<number> | null = null;
  if (at.length === 0) return [];
  for (const k of at) {
    const suffix = UNLISTED_SUFFIX_WORDS.startingAt(text, k);
    if (suffix === null) continue;
    const after = k + suffix.length;
    if (ORG_HEADS.startingAt(text, after) !== null) continue;
    if (NOT_PLACE_AFTER_WORDS.startingAt(text, after) !== null) continue;
    if (NOT_AFTER.has(text.charCodeAt(after))) continue;
    // Stems of 2 and 3 characters, every one a Han character that may start a place.
    if (!stemChar(text.charCodeAt(k - 1)) || !stemChar(text.charCodeAt(k - 2))) continue;
    for (let len = 2; len <= 3; len++) {
      const s = k - len;
      if (s < 0) continue;
      if (len === 3 && !stemChar(text.charCodeAt(s))) continue;
      const key = text.slice(s, k) + suffix;
      if (NON_PLACE_NAMES.has(key)) continue;
      cover ??= Cover.of(mentions, text.length);
      if (cover.any(s, after)) continue;
      const cur = counts.get(key) ?? { at: s, len: key.length, n: 0, firstBody: false };
      cur.n += s < 200 ? 2 : 1;
      ends ??= new Set(mentions.map((m) => m.end));
      if (!isHanCode(text.charCodeAt(s - 1)) || ends.has(s)) cur.firstBody = true;
      counts.set(key, cur);
    }
  }
  cover?.release();
  if (counts.size === 0) return [];
  const found: Mention[] = [];
  const longer = new Map<string, Array<{ n: number }>>();
  for (const [k2, c2] of counts) {
    const list = longer.get(k2.slice(1));
    if (list) list.push(c2);
    else longer.set(k2.slice(1), [c2]);
  }
  for (const [key, c] of counts) {
    if (c.n < 3 || !c.firstBody) continue;
    if (ordinaryStem(doc, c.at, c.at + c.len - (key.endsWith('街道') ? 2 : 1))) continue;
    // 进大川镇 vs 大川镇: the shorter/longer rival with more occurrences wins.
    // Stems are 2 or 3 characters: the rival is one character shorter or longer.
    const shorter = counts.get(key.slice(1));
    if (shorter && shorter.n > c.n) continue;
    if (longer.get(key)?.some((c2) => c2.n > c.n)) continue;
    found.push({ start: c.at, end: c.at + c.len, key, units: [], rule: PLACE_RULES.unlisted.id });
  }
  return nonOverlapping(found, text.length);
}
