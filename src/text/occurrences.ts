/**
 * Every occurrence of each of many words, as repeated indexOf would find them
 * (left to right, a word's occurrences never overlapping each other), in time
 * linear in the text however many words there are.
 */

/** Up to this many words, one indexOf pass per word is fastest; beyond, one pass over the text. */
const FEW_WORDS = 16;

/** Start offsets of each word's occurrences in `text`, ascending; every distinct non-empty word gets an entry. */
export function occurrences(text: string, words: Iterable<string>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const w of words) if (w !== '' && !out.has(w)) out.set(w, []);
  if (out.size <= FEW_WORDS) {
    for (const [w, at] of out) for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length)) at.push(i);
    return out;
  }
  // Many words (a long list of people): one pass over the text, a lookup per position and word length.
  const lengths = [...new Set([...out.keys()].map((w) => w.length))];
  const nextFree = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    for (const len of lengths) {
      if (i + len > text.length) continue;
      const w = text.slice(i, i + len);
      const at = out.get(w);
      if (at === undefined || i < (nextFree.get(w) ?? 0)) continue;
      at.push(i);
      nextFree.set(w, i + len);
    }
  }
  return out;
}
