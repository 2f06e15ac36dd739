/**
 * Full names from the dataset (三原县, 渠岸镇, 新华街道) wherever they stand,
 * except dataset names that are ordinary words (城区, 郊区) and one-character
 * stems (和县) not led by their parent place.
 */
import { isHan } from '../../../text/han.js';
import { NON_PLACE_NAMES } from '../../../lexicon/place-words.js';
import { fullNameTrie } from '../division.js';
import { type Mention, NOT_AFTER_FULL_WORDS, NOT_PLACE_AFTER_WORDS, NOT_START, nonOverlapping } from '../mention.js';
import { PLACE_RULES } from '../rules.js';

/** `at`: where a full name may end (Positions.fullEnds). */
export function fullMentions(text: string, at: readonly number[]): Mention[] {
  const trie = fullNameTrie();
  const found: Mention[] = [];
  for (const i of at) {
    let node = trie.child(0, text.charCodeAt(i));
    if (node < 0) continue;
    const end = i + 1;
    // Grow backwards only while the text is still the ending of some name.
    for (let start = i - 1; start >= 0; start--) {
      node = trie.child(node, text.charCodeAt(start));
      if (node < 0) break;
      if (!trie.named(node)) continue;
      const key = text.slice(start, end);
      if (NON_PLACE_NAMES.has(key)) continue;
      found.push({ start, end, key, units: [...trie.unitsAt(node)], rule: PLACE_RULES.full.id });
    }
  }
  const kept = nonOverlapping(found, text.length);
  let ends: Map<number, Mention> | null = null;
  // One-character stems (和县, 叶县) only when led by a place or standing alone.
  return kept.filter((m) => {
    // 振兴|乡村: the level character starts an ordinary word.
    if (NOT_AFTER_FULL_WORDS.startingAt(text, m.end - 1) !== null) return false;
    if (m.key.length > 2) return true;
    if (NOT_START.has(m.key.charCodeAt(0))) return false;
    if (NOT_PLACE_AFTER_WORDS.startingAt(text, m.end) !== null) return false;
    const before = text[m.start - 1];
    if (!isHan(before)) return true;
    ends ??= new Map(kept.map((k) => [k.end, k]));
    return (ends.get(m.start)?.key.length ?? 0) > 2;
  });
}
