/**
 * "Which of these words starts (or ends) here?" in constant time per call:
 * each word list is indexed once by its words' first and last units, and a
 * lookup tries only the words that can match, in the list's own order (so a
 * list sorted longest first still gives the longest match).
 */
import { UnitSet } from './unit-set.js';

/** Keyed by UTF-16 unit codes: no one-character strings are made per lookup. */
interface Index {
  byFirst: Map<number, string[]>;
  byLast: Map<number, string[]>;
  /** The units some word starts with: a scan skips the rest without a map lookup. */
  starts?: UnitSet;
}

const indexes = new WeakMap<readonly string[], Index>();

function indexFor(words: readonly string[]): Index {
  let ix = indexes.get(words);
  if (!ix) {
    ix = { byFirst: new Map(), byLast: new Map() };
    for (const w of words) {
      if (w === '') continue;
      push(ix.byFirst, w.charCodeAt(0), w);
      push(ix.byLast, w.charCodeAt(w.length - 1), w);
    }
    indexes.set(words, ix);
  }
  return ix;
}

function push(map: Map<number, string[]>, key: number, w: string): void {
  const list = map.get(key);
  if (list) list.push(w);
  else map.set(key, [w]);
}

/** The first word of `words` that starts at `pos`, or ''. Pass module-level lists: each is indexed once. */
export function wordAt(text: string, pos: number, words: readonly string[]): string {
  const list = pos >= 0 && pos < text.length ? indexFor(words).byFirst.get(text.charCodeAt(pos)) : undefined;
  if (list) for (const w of list) if (text.startsWith(w, pos)) return w;
  return '';
}

/** The first word of `words` that ends at `pos`, or ''. */
export function wordBefore(text: string, pos: number, words: readonly string[]): string {
  const list = pos > 0 && pos <= text.length ? indexFor(words).byLast.get(text.charCodeAt(pos - 1)) : undefined;
  if (list) for (const w of list) if (pos >= w.length && text.startsWith(w, pos - w.length)) return w;
  return '';
}

/**
 * Every occurrence of every word, in the order of nested loops "for each word
 * in list order, for each non-overlapping occurrence left to right" — from one
 * pass over the text instead of one indexOf scan per word.
 */
export function occurrences(text: string, words: readonly string[]): Array<{ word: string; index: number }> {
  const ix = indexFor(words);
  const { byFirst } = ix;
  const starts = (ix.starts ??= startsMask(byFirst));
  const at = new Map<string, number[]>();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!starts.has(code)) continue;
    const list = byFirst.get(code);
    if (!list) continue;
    for (const w of list) {
      if (!text.startsWith(w, i)) continue;
      const seen = at.get(w);
      const last = seen?.[seen.length - 1];
      if (last !== undefined && i < last + w.length) continue; // overlaps the previous occurrence
      if (seen) seen.push(i);
      else at.set(w, [i]);
    }
  }
  const out: Array<{ word: string; index: number }> = [];
  if (at.size === 0) return out;
  for (const w of words) {
    const seen = at.get(w);
    if (seen) for (const index of seen) out.push({ word: w, index });
  }
  return out;
}

function startsMask(byFirst: Map<number, string[]>): UnitSet {
  return new UnitSet(byFirst.keys());
}
