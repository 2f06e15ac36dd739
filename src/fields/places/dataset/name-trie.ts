/**
 * The dataset's name tries, over flat typed arrays (./division-index.ts).
 *
 * Not a WordList (src/text/word-list.ts): tens of thousands of names, built
 * at build time and loaded in a millisecond, walked one code unit at a time
 * (full names backwards from their last character, so every name ending at a
 * position is found in one walk), with a bit filter on the first two units
 * that rules out most positions of a text before any lookup.
 */
import type { TrieTables } from '../division-index.js';
import { type Division, findSorted, NONE, type Units } from './units.js';

/**
 * A trie over names, walked one UTF-16 unit at a time from node 0 (ROOT):
 * full names backwards from their last character, short forms forwards.
 */
export class NameTrie {
  /** 1 + the root's child for each code unit, 0 for none. */
  private readonly rootKids: Int32Array;
  /** Bits for the code units the paths start with. */
  private readonly roots: Uint32Array;
  /** Bits, by pairHash, for the first two code units of the paths (false positives, no false negatives); 16 kB, to stay in cache. */
  private readonly pairs: Uint32Array;
  private readonly lists: Array<readonly Division[] | undefined>;

  constructor(
    private readonly t: TrieTables,
    private readonly units: Units,
  ) {
    this.rootKids = new Int32Array(65536);
    this.roots = new Uint32Array(65536 >>> 5);
    this.pairs = new Uint32Array(1 << (PAIR_BITS - 5));
    const first = t.first[0] as number;
    for (let k = first; k < first + (t.count[0] as number); k++) {
      const c = t.char[k] as number;
      this.rootKids[c] = k + 1;
      this.roots[c >>> 5] = (this.roots[c >>> 5] as number) | (1 << (c & 31));
      const f = t.first[k] as number;
      for (let j = f; j < f + (t.count[k] as number); j++) {
        const h = pairHash(c, t.char[j] as number);
        this.pairs[h >>> 5] = (this.pairs[h >>> 5] as number) | (1 << (h & 31));
      }
    }
    this.lists = new Array(t.count.length);
  }

  /** Does a path start with code unit `c`? */
  startsWith(c: number): boolean {
    return ((this.roots[c >>> 5] as number) & (1 << (c & 31))) !== 0;
  }

  /** Might a path start with code units `a`, `b`? (false: none does) */
  mayStartWith(a: number, b: number): boolean {
    const h = pairHash(a, b);
    return ((this.pairs[h >>> 5] as number) & (1 << (h & 31))) !== 0;
  }

  /** The node reached from `node` over code unit `c`, or -1 (also for NaN, past the end of a text). */
  child(node: number, c: number): number {
    if (node === 0) return (this.rootKids[c] ?? 0) - 1;
    if (!(c >= 0)) return -1;
    const t = this.t;
    const lo = t.first[node] as number;
    return findSorted(t.char, lo, lo + (t.count[node] as number), c);
  }

  /** Does some name end (full) / start (short) at `node`? */
  named(node: number): boolean {
    return (this.t.termStart[node + 1] as number) > (this.t.termStart[node] as number);
  }

  /** The units with the name spelled by the path to `node`. */
  unitsAt(node: number): readonly Division[] {
    const cached = this.lists[node];
    if (cached) return cached;
    const t = this.t;
    const from = t.termStart[node] as number;
    const to = t.termStart[node + 1] as number;
    let list: readonly Division[] = NONE;
    if (to > from) {
      const out: Division[] = [];
      for (let k = from; k < to; k++) out.push(this.units.get(t.termUnits[k] as number));
      list = out;
    }
    this.lists[node] = list;
    return list;
  }

  /** The node spelled by `s` (read backwards when `reversed`), or -1. */
  find(s: string, reversed: boolean): number {
    let node = 0;
    for (let k = 0; k < s.length && node >= 0; k++)
      node = this.child(node, s.charCodeAt(reversed ? s.length - 1 - k : k));
    return node;
  }
}

const PAIR_BITS = 17;
const pairHash = (a: number, b: number): number => Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - PAIR_BITS);
