/**
 * Townships written right after their county that the dataset has under
 * another level word (青石县白水乡 where it lists 白水镇: an upgraded 乡), or
 * not at all (then unlisted, code null).
 */
import { byFullName, contains, type Division } from '../division.js';
import { edges, type Mention, NOT_AFTER_FULL_WORDS, stemChars, TOWNSHIP_WORDS } from '../mention.js';
import { PLACE_RULES } from '../rules.js';

/** Units under `parent` named `stem` with a township word other than `word`. */
function otherLevelWord(stem: string, word: string, parent: Division): Division[] {
  return TOWNSHIP_WORDS.words
    .filter((w) => w !== word)
    .flatMap((w) => byFullName(stem + w).filter((u) => contains(parent, u)));
}

/**
 * 兰西县康荣乡: a township written right after its county that the dataset
 * lacks; the same stem with another level word under that county (康荣镇,
 * an upgraded 乡) gives the code, else the name stays with code null.
 */
export function renamedMentions(text: string, mentions: Mention[], chosen: Map<string, Division | null>): Mention[] {
  const out: Mention[] = [];
  const { byStart } = edges(mentions);
  const dropped = new Set<Mention>();
  const outStarts = new Set<number>();
  for (const m of mentions) {
    const parent = chosen.get(m.key);
    if (parent?.level !== 'county') continue;
    // 平谷区大华山乡 where the dataset only knows a 华山乡 elsewhere: the inner match gives way.
    let inner: Mention | undefined;
    for (let d = 1; d <= 2 && !inner; d++) {
      const o = byStart.get(m.end + d);
      if (o && !chosen.get(o.key) && TOWNSHIP_WORDS.endOf(o.key) !== null) inner = o;
    }
    const next = byStart.get(m.end);
    if (inner && !next) {
      const word = TOWNSHIP_WORDS.endOf(inner.key) as string;
      const stem = text.slice(m.end, inner.end - word.length);
      const alts = otherLevelWord(stem, word, parent);
      if (alts.length === 1) {
        dropped.add(inner);
        outStarts.add(m.end);
        out.push({ start: m.end, end: inner.end, key: stem + word, units: alts, rule: PLACE_RULES.renamed.id });
        continue;
      }
    }
    if (next) {
      // 明水县双星乡 where the dataset's 双星乡 lies elsewhere: try the other level words under this county.
      const word = TOWNSHIP_WORDS.endOf(next.key);
      if (!word || chosen.get(next.key) || next.units.length > 0) continue;
      const stem = next.key.slice(0, -word.length);
      const alts = otherLevelWord(stem, word, parent);
      if (alts.length === 1) {
        next.units = alts;
        next.rule = PLACE_RULES.renamed.id;
        chosen.set(next.key, alts[0] as Division);
      }
      continue;
    }
    if (outStarts.has(m.end)) continue;
    for (let len = 2; len <= 4; len++) {
      const stemEnd = m.end + len;
      if (!stemChars(text, m.end, stemEnd)) break;
      const word = TOWNSHIP_WORDS.startingAt(text, stemEnd);
      if (!word) continue;
      const end = stemEnd + word.length;
      if (NOT_AFTER_FULL_WORDS.startingAt(text, end - 1) !== null) break;
      const stem = text.slice(m.end, stemEnd);
      const alts = otherLevelWord(stem, word, parent);
      outStarts.add(m.end);
      out.push({
        start: m.end,
        end,
        key: stem + word,
        units: alts.length === 1 ? alts : [],
        rule: alts.length === 1 ? PLACE_RULES.renamed.id : PLACE_RULES.unlisted.id,
      });
      break;
    }
  }
  if (dropped.size > 0) {
    // In place, not push(...keep): an argument spread over a list that grows with the text overflows the stack.
    let n = 0;
    for (const x of mentions) if (!dropped.has(x)) mentions[n++] = x;
    mentions.length = n;
  }
  return out;
}
