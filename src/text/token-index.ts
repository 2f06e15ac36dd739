/**
 * Position lookups over a text's jieba tokens, segmenting only the clauses
 * that are asked about. Clause ends are where jieba's own cut cannot cross:
 * its range separators, which it splits on before anything else, and ASCII
 * punctuation (what full-width punctuation is folded to), which no dictionary
 * word contains and which ends every HMM run (see isSeparator).
 * So a clause cut alone gives the same tokens and tags as the whole text
 * (a test checks this on every fixture), and the parts of an article no rule
 * asks about are never segmented.
 */
import type { Token } from '../types.js';
import { lowerBound } from './collections.js';

export interface TokenIndex {
  /** The token that starts at `pos`. */
  startingAt(pos: number): Token | undefined;
  /** The token that ends at `pos` (exclusive end). */
  endingAt(pos: number): Token | undefined;
  /** The token that covers the UTF-16 unit at `pos`. */
  covering(pos: number): Token | undefined;
  /** Every token, in text order (segments the whole text). */
  all(): Token[];
}

/** Cuts `text` into tagged tokens whose offsets are shifted by `offset`. */
export type Segmenter = (text: string, offset: number) => Token[];

/**
 * A clause ends after a run of these: jieba's range separators (space, tab,
 * newline, ，and 。) and ASCII punctuation. No dictionary word holds an ASCII
 * punctuation mark, and jieba's HMM cuts every such mark off as a token of its
 * own (HMMSegment::Cut), so no token crosses one and neither side's cut
 * depends on the other. Not '.', which numbers take in (3.5), nor letters
 * and digits, which dictionary words hold (B超, 3D).
 */
function isSeparator(c: number): boolean {
  if (c === 0xff0c || c === 0x3002) return true;
  if (c >= 0x80) return false;
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e) return false;
  return c === 0x20 || c === 0x09 || c === 0x0a || c >= 0x21;
}

export function lazyTokenIndex(text: string, segment: Segmenter): TokenIndex {
  /** Clause k is [bounds[k], bounds[k + 1]); null until the first lookup. */
  let bounds: number[] | null = null;
  let clauses: Array<Token[] | undefined> = [];
  /** 1 + index into `found` of the token covering each position; 0 for none or not yet segmented. */
  let cover: Int32Array | null = null;
  const found: Token[] = [];

  // A clause ends after a run of separators.
  const setup = (): void => {
    const n = text.length;
    const b = [0];
    let sep = n > 0 && isSeparator(text.charCodeAt(0));
    for (let i = 0; i + 1 < n; i++) {
      const nextSep = isSeparator(text.charCodeAt(i + 1));
      if (sep && !nextSep) b.push(i + 1);
      sep = nextSep;
    }
    b.push(n);
    bounds = b;
    clauses = new Array(b.length - 1);
    cover = new Int32Array(n);
  };

  /** The clause holding `pos`: the one before the first bound past it (bounds[0] is 0, the last is the length). */
  const clauseAt = (pos: number): number => lowerBound(bounds as number[], pos + 1) - 1;

  const clauseTokens = (k: number): Token[] => {
    let toks = clauses[k];
    if (toks) return toks;
    const from = (bounds as number[])[k] as number;
    const to = (bounds as number[])[k + 1] as number;
    toks = segment(text.slice(from, to), from);
    clauses[k] = toks;
    const c = cover as Int32Array;
    for (const t of toks) {
      found.push(t);
      c.fill(found.length, t.start, t.end);
    }
    return toks;
  };

  const covering = (pos: number): Token | undefined => {
    if (pos < 0 || pos >= text.length) return undefined;
    if (!bounds) setup();
    let ix = (cover as Int32Array)[pos] as number;
    if (ix === 0) {
      // Not segmented yet, or no token there (jieba dropped the unit).
      const k = clauseAt(pos);
      if (clauses[k]) return undefined;
      clauseTokens(k);
      ix = (cover as Int32Array)[pos] as number;
    }
    return ix > 0 ? found[ix - 1] : undefined;
  };

  return {
    covering,
    startingAt(pos) {
      const t = covering(pos);
      return t && t.start === pos ? t : undefined;
    },
    endingAt(pos) {
      const t = covering(pos - 1);
      return t && t.end === pos ? t : undefined;
    },
    all() {
      if (!bounds) setup();
      const out: Token[] = [];
      // A loop, not push(...): one clause may hold any number of tokens (an argument spread overflows the stack).
      for (let k = 0; k < clauses.length; k++) for (const t of clauseTokens(k)) out.push(t);
      return out;
    },
  };
}

/** For look-aheads that must not segment. */
export const NO_TOKENS: TokenIndex = {
  startingAt: () => undefined,
  endingAt: () => undefined,
  covering: () => undefined,
  all: () => [],
};
