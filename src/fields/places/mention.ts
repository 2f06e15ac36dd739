/**
 * What the place finders share: a mention (a name found at a span, with the
 * dataset units it may be), the overlap cover, and the character tests for
 * stems.
 */
import { isHanCode } from '../../text/han.js';
import { borrowBytes, releaseBytes } from '../../text/scratch.js';
import { UnitSet } from '../../text/unit-set.js';
import { WordList } from '../../text/word-list.js';
import type { Doc } from '../../types.js';
import { NON_PLACE_STEM_TAGS, NOT_AFTER_FULL, NOT_PLACE_AFTER, NOT_PLACE_START } from '../../lexicon/place-words.js';
import type { Division } from './division.js';

export interface Mention {
  start: number;
  end: number;
  /** Key in the analysed text. */
  key: string;
  units: Division[];
  rule: string;
}

export const byStart = (a: Mention, b: Mention): number => a.start - b.start;

/** Township level words, longest first. */
export const TOWNSHIP_WORDS = new WordList(['街道', '镇', '乡']);

/** A full name whose level character starts one of these is no place (振兴|乡村). */
export const NOT_AFTER_FULL_WORDS = new WordList(NOT_AFTER_FULL);
/** After a level character, words that make it a post or a phrase (县长, 区直). */
export const NOT_PLACE_AFTER_WORDS = new WordList(NOT_PLACE_AFTER);

/** NOT_PLACE_START by code unit. */
export const NOT_START = new UnitSet(NOT_PLACE_START);

/** A Han character that may be part of a place's stem. */
export const stemChar = (c: number): boolean => isHanCode(c) && !NOT_START.has(c);

/** Is every character of text.slice(from, to) one that may be part of a stem? */
export function stemChars(text: string, from: number, to: number): boolean {
  for (let k = from, e = Math.min(to, text.length); k < e; k++) if (!stemChar(text.charCodeAt(k))) return false;
  return true;
}

/** Does the stem [s, e) begin with a jieba word that is not a name (关于, 优秀, 统筹)? */
export function ordinaryStem(doc: Doc, s: number, e: number): boolean {
  const tok = doc.tokens.startingAt(s);
  if (!tok) return false;
  return tok.end <= e && NON_PLACE_STEM_TAGS.has(tok.tag);
}

/** Longest first, then earliest; drops candidates overlapping a kept one. */
export function nonOverlapping(found: Mention[], length: number): Mention[] {
  if (found.length < 2) return [...found];
  const sorted = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const cover = new Cover(length);
  const kept: Mention[] = [];
  for (const m of sorted) {
    if (cover.any(m.start, m.end)) continue;
    cover.mark(m.start, m.end);
    kept.push(m);
  }
  cover.release();
  return kept.sort((a, b) => a.start - b.start);
}

/** Which UTF-16 positions are taken, for linear overlap tests; release() when done with it. */
export class Cover {
  private readonly bits: Uint8Array;
  constructor(length: number) {
    this.bits = borrowBytes(length + 1);
  }
  static of(mentions: readonly Mention[], length: number): Cover {
    const c = new Cover(length);
    for (const m of mentions) c.mark(m.start, m.end);
    return c;
  }
  /** Gives the buffer back; this cover is not to be used again. */
  release(): void {
    releaseBytes(this.bits);
  }
  mark(s: number, e: number): void {
    const bits = this.bits;
    for (let i = s; i < e; i++) bits[i] = 1;
  }
  any(s: number, e: number): boolean {
    for (let i = s; i < e; i++) if (this.bits[i]) return true;
    return false;
  }
  at(i: number): boolean {
    return this.bits[i] === 1;
  }
}

export interface Edges {
  byEnd: Map<number, Mention>;
  byStart: Map<number, Mention>;
}

/** The mention ending at each position and starting at each position. */
export function edges(mentions: readonly Mention[]): Edges {
  const byEnd = new Map<number, Mention>();
  const byStart = new Map<number, Mention>();
  for (const m of mentions) {
    byEnd.set(m.end, m);
    byStart.set(m.start, m);
  }
  return { byEnd, byStart };
}
