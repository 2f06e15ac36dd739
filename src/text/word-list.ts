/**
 * Word lists indexed by their first and last UTF-16 units (used by the
 * events extractors and, for post nouns, by officials): "which word of the list
 * starts (ends) here" only tries the few words that can match, instead of
 * every word of a list of hundreds at every position. Each lookup answers
 * exactly what a scan of the list in order would: the first word, in list
 * order, that matches.
 *
 * Every structure is small (maps of a few dozen keys, 8 kB unit sets): in
 * the full pipeline, other stages push tables of 64 KB out of the CPU caches
 * between two articles, and a lookup into a cold table costs more than the
 * scan it saves.
 */

import { UnitSet } from './unit-set.js';

export { UnitSet };

export class WordList {
  readonly words: readonly string[];
  /** Words by first unit, each bucket in list order. */
  private readonly byFirst = new Map<number, string[]>();
  /**
   * List indices by last unit, then by the unit before it (ONE_UNIT for
   * one-unit words), ascending: 座谈会 and 现场会 share 会 but not 谈会.
   */
  private readonly byLast = new Map<number, Map<number, number[]>>();
  /** Which units start a word, for scans over every position of a span. */
  private readonly firstUnits: UnitSet;
  /** Which units end a word: most positions are ruled out by one bit, before any map lookup. */
  private readonly lastUnits: UnitSet;
  /** Each word's indices in the list, made on first use (by occurrences). */
  private listPositions: Map<string, number[]> | null = null;

  constructor(words: readonly string[]) {
    this.words = words;
    this.firstUnits = new UnitSet(words.map((w) => w.charCodeAt(0)));
    this.lastUnits = new UnitSet(words.map((w) => w.charCodeAt(w.length - 1)));
    words.forEach((w, i) => {
      if (w.length === 0) throw new Error('WordList: empty word');
      push(this.byFirst, w.charCodeAt(0), w);
      const last = w.charCodeAt(w.length - 1);
      let inner = this.byLast.get(last);
      if (!inner) this.byLast.set(last, (inner = new Map()));
      push(inner, w.length === 1 ? ONE_UNIT : w.charCodeAt(w.length - 2), i);
    });
  }

  /**
   * The first word `text` has at `pos`: words.find((w) => text.startsWith(w, pos)).
   * With `to`, only a word ending by then: the first word text.slice(pos, to) starts with.
   * With `accept`, only a word it accepts (given the word and where it ends):
   * words.find((w) => text.startsWith(w, pos) && accept(w, pos + w.length)).
   */
  startingAt(text: string, pos: number, to = Infinity, accept?: (word: string, end: number) => boolean): string | null {
    // startsWith clamps its position into [0, length]; so does this.
    const p = Math.max(pos, 0);
    const c = text.charCodeAt(p);
    if (!this.firstUnits.has(c)) return null;
    const bucket = this.byFirst.get(c);
    if (bucket === undefined) return null;
    for (const w of bucket)
      if (p + w.length <= to && text.startsWith(w, p) && (accept === undefined || accept(w, p + w.length))) return w;
    return null;
  }

  /** The first word `s` ends with: words.find((w) => s.endsWith(w)). */
  endOf(s: string): string | null {
    return this.endingAt(s, s.length);
  }

  /**
   * The first word ending at `end` in `text` and starting at or after `from`:
   * the first word text.slice(from, end) ends with.
   */
  endingAt(text: string, end: number, from = 0): string | null {
    if (end > text.length) end = text.length;
    const room = end - from;
    if (room <= 0) return null;
    const c = text.charCodeAt(end - 1);
    if (!this.lastUnits.has(c)) return null;
    const inner = this.byLast.get(c);
    if (inner === undefined) return null;
    let best = -1;
    const longer = room >= 2 ? inner.get(text.charCodeAt(end - 2)) : undefined;
    if (longer !== undefined) {
      for (const k of longer) {
        const w = this.words[k] as string;
        if (w.length <= room && text.startsWith(w, end - w.length)) {
          best = k;
          break;
        }
      }
    }
    // A one-unit word ends here whenever its bucket is this one.
    const single = inner.get(ONE_UNIT);
    if (single !== undefined && (best < 0 || (single[0] as number) < best)) best = single[0] as number;
    return best < 0 ? null : (this.words[best] as string);
  }

  /** Whether a word occurs in text[from, to): words.some((w) => text.slice(from, to).includes(w)); `from` >= 0. */
  occursIn(text: string, from = 0, to = text.length): boolean {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (!this.firstUnits.has(c)) continue;
      for (const w of this.byFirst.get(c) as string[]) if (i + w.length <= to && text.startsWith(w, i)) return true;
    }
    return false;
  }

  /** Where the leftmost word in text[from, to) starts (the least index any word is found at), or -1. */
  indexIn(text: string, from = 0, to = text.length): number {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (!this.firstUnits.has(c)) continue;
      for (const w of this.byFirst.get(c) as string[]) if (i + w.length <= to && text.startsWith(w, i)) return i;
    }
    return -1;
  }

  /**
   * The leftmost word in text[from, to), the first listed at that position:
   * what new RegExp(words.join('|')).exec(text.slice(from, to))?.[0] finds.
   * With `then`, only a word followed by one of those units counts (and the
   * answer includes it): what /(?:w1|w2|…)[then]/ finds.
   */
  leftmostIn(text: string, from = 0, to = text.length, then?: UnitSet): string | null {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (!this.firstUnits.has(c)) continue;
      for (const w of this.byFirst.get(c) as string[]) {
        const end = i + w.length;
        if (end > to || !text.startsWith(w, i)) continue;
        if (then === undefined) return w;
        if (end < to && then.has(text.charCodeAt(end))) return w + text[end];
      }
    }
    return null;
  }

  /** The first listed word occurring in text[from, to): words.find((w) => text.slice(from, to).includes(w)); `from` >= 0. */
  firstIn(text: string, from = 0, to = text.length): string | null {
    let best = -1;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (!this.firstUnits.has(c)) continue;
      for (const w of this.byFirst.get(c) as string[]) {
        if (i + w.length > to || !text.startsWith(w, i)) continue;
        const k = this.words.indexOf(w);
        if (best < 0 || k < best) best = k;
        if (best === 0) return this.words[0] as string;
      }
    }
    return best < 0 ? null : (this.words[best] as string);
  }

  /**
   * Every occurrence of every word, in the order of nested loops "for each word
   * in list order, for each non-overlapping occurrence left to right" — from one
   * pass over the text instead of one indexOf scan per word.
   */
  occurrences(text: string): WordHit[] {
    const at = new Map<string, number[]>();
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!this.firstUnits.has(c)) continue;
      for (const w of this.byFirst.get(c) as string[]) {
        if (!text.startsWith(w, i)) continue;
        const seen = at.get(w);
        const last = seen?.[seen.length - 1];
        if (last !== undefined && i < last + w.length) continue; // overlaps the previous occurrence
        if (seen) seen.push(i);
        else at.set(w, [i]);
      }
    }
    const out: WordHit[] = [];
    if (at.size === 0) return out;
    // The found words in list order (a word listed twice comes twice, as in the nested loops),
    // without walking a list of hundreds for the few found.
    const ranks: number[] = [];
    for (const w of at.keys()) for (const k of this.positions().get(w) as number[]) ranks.push(k);
    ranks.sort((a, b) => a - b);
    for (const k of ranks) {
      const w = this.words[k] as string;
      for (const i of at.get(w) as number[]) out.push({ at: i, word: w });
    }
    return out;
  }

  /** Each word's indices in the list. */
  private positions(): Map<string, number[]> {
    if (this.listPositions === null) {
      const m = new Map<string, number[]>();
      this.words.forEach((w, k) => {
        const ks = m.get(w);
        if (ks) ks.push(k);
        else m.set(w, [k]);
      });
      this.listPositions = m;
    }
    return this.listPositions;
  }
}

/** The inner bucket key of one-unit words (no unit before them). */
const ONE_UNIT = 0x10000;

/** A word of a list found in a text. */
export interface WordHit {
  at: number;
  word: string;
}

/**
 * Finds a list's words in a text left to right, without overlaps: what
 * text.matchAll(/w1|w2|…/g) finds (at each position, the first listed word
 * that matches), for lists of plain words. Filters on the first two units
 * skip the positions no word starts at.
 */
export class WordScanner {
  private readonly list: WordList;
  private readonly firstUnits: UnitSet;
  /** Second units of the words (every word has two or more units): a first unit alone is mostly another word (发展, 部门). */
  private readonly secondUnits: UnitSet;

  constructor(words: readonly string[]) {
    if (words.some((w) => w.length < 2)) throw new Error('WordScanner: words of two or more units only');
    this.list = new WordList(words);
    this.firstUnits = new UnitSet(words.map((w) => w.charCodeAt(0)));
    this.secondUnits = new UnitSet(words.map((w) => w.charCodeAt(1)));
  }

  scan(text: string): WordHit[] {
    const out: WordHit[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (!this.firstUnits.has(text.charCodeAt(i)) || !this.secondUnits.has(text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      const word = this.list.startingAt(text, i);
      if (word === null) {
        i++;
        continue;
      }
      out.push({ at: i, word });
      i += word.length;
    }
    return out;
  }
}

function push<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Exactly the units JS `\s` matches. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether `s` holds whitespace (/\s/.test(s)). */
export function hasSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isSpaceCode(s.charCodeAt(i))) return true;
  return false;
}

/** `s` without whitespace: s.replace(/\s+/g, ''), skipping the pattern when there is none (most names). */
export function withoutSpaces(s: string): string {
  return hasSpace(s) ? s.replace(/\s+/g, '') : s;
}

/** Words longest first, duplicates dropped (the order lists are compiled in). */
export function byLength(xs: readonly string[]): string[] {
  return [...new Set(xs)].sort((a, b) => b.length - a.length);
}

// Plain word arrays (module-level lists) looked up through a WordList made once per array.
const lists = new WeakMap<readonly string[], WordList>();

function listFor(words: readonly string[]): WordList {
  let list = lists.get(words);
  if (!list) lists.set(words, (list = new WordList(words)));
  return list;
}

/** The first word of `words` that starts at `pos`, or ''. Pass module-level lists: each is indexed once. */
export function wordAt(text: string, pos: number, words: readonly string[]): string {
  return listFor(words).startingAt(text, pos) ?? '';
}

/** The first word of `words` that ends at `pos`, or ''. */
export function wordBefore(text: string, pos: number, words: readonly string[]): string {
  return pos > text.length ? '' : (listFor(words).endingAt(text, pos) ?? '');
}

/** What nested loops "for each word, for each non-overlapping indexOf hit" visit, in their order. */
export function occurrences(text: string, words: readonly string[]): WordHit[] {
  return listFor(words).occurrences(text);
}
