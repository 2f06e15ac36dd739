/**
 * What the organisation finders share: a found name, the places as keys,
 * the positions already taken, and the level and tail words.
 */
import { borrowBytes, releaseBytes } from '../../text/scratch.js';
import { WordList } from '../../text/word-list.js';
import type { AdminLevel, OrgKind, Place } from '../../types.js';
import { COLLECTIVE_BEFORE, LEVEL_PREFIXES, ORG_TAILS } from '../../lexicon/org-words.js';

export interface Found {
  start: number;
  end: number;
  kind: OrgKind;
  level: AdminLevel | null;
  rule: string;
  /** Level word or place that leads it, for resolution. */
  resolvable: boolean;
}

/** A place found in the text, as written there (longest first in a list). */
export interface PlaceKey {
  key: string;
  place: Place;
}

export const LEVEL_WORDS = [...LEVEL_PREFIXES].sort((a, b) => b.word.length - a.word.length);

/** Sub-body words, longest first. */
const TAILS = new WordList([...ORG_TAILS].sort((a, b) => b.length - a.length));

/** The names found so far, and which positions they cover (overlap tests stay linear on long lines). */
export class FoundList {
  readonly found: Found[] = [];
  readonly cover: Uint8Array;
  constructor(length: number) {
    this.cover = borrowBytes(length + 1);
  }
  taken(s: number, e: number): boolean {
    for (let k = s; k < e; k++) if (this.cover[k]) return true;
    return false;
  }
  add(f: Found): void {
    this.found.push(f);
    this.cover.fill(1, f.start, f.end);
  }
  /** Gives the cover back; only `found` is to be used after. */
  release(): void {
    releaseBytes(this.cover);
  }
}

/** Extends over one sub-body word (县委|理论学习中心组). */
export function withTail(text: string, end: number): number {
  const tail = TAILS.startingAt(text, end);
  return tail !== null ? end + tail.length : end;
}

export function collectiveBefore(text: string, pos: number): boolean {
  return COLLECTIVE_BEFORE.some((w) => text.startsWith(w, pos - w.length));
}
