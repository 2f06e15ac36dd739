/**
 * One pass over the text that says where each kind of place name may be, so
 * the finders only try those positions.
 *
 * The division names are looked up in the dataset's own tries (./division.ts),
 * not in a WordList (src/text/word-list.ts): there are tens of thousands of
 * names, kept as flat typed arrays built at build time and walked one unit at
 * a time — full names backwards from their last character, short forms
 * forwards — with a bit filter on the first two units. A WordList's maps of
 * string buckets suit lists of tens or hundreds of words.
 */
import { UnitSet } from '../../text/unit-set.js';
import { fullNameTrie, shortNameTrie } from './division.js';
import { UNLISTED_SUFFIX_WORDS } from './finders/unlisted.js';

/** Where each kind of name may be, from one pass over the text (in text order). */
export interface Positions {
  /** Where a full name may end (its last character). */
  fullEnds: number[];
  /** Where a short form may start. */
  shortStarts: number[];
  /** Where an unlisted name's suffix may start (from 2 on). */
  suffixes: number[];
  /** Where a village name may end (村, 区; from 2 on). */
  villageEnds: number[];
}

export const CUN = '村'.charCodeAt(0);
export const QU = '区'.charCodeAt(0);

/** The code units that start an unlisted suffix. */
const SUFFIX_HEADS = new UnitSet(UNLISTED_SUFFIX_WORDS.words.map((w) => w.charCodeAt(0)));
/** The code units that start an unlisted suffix or end a village name: one test rules out most positions. */
const MARKED = new UnitSet([CUN, QU, ...UNLISTED_SUFFIX_WORDS.words.map((w) => w.charCodeAt(0))]);

export function scan(text: string): Positions {
  const full = fullNameTrie();
  const short = shortNameTrie();
  const at: Positions = { fullEnds: [], shortStarts: [], suffixes: [], villageEnds: [] };
  const n = text.length;
  let prev = text.charCodeAt(0);
  for (let i = 1; i < n; i++) {
    const c = text.charCodeAt(i);
    // A full name's last two characters, a short form's first two.
    if (full.startsWith(c) && full.mayStartWith(c, prev)) at.fullEnds.push(i);
    if (short.mayStartWith(prev, c)) at.shortStarts.push(i - 1);
    prev = c;
    if (MARKED.has(c) && i >= 2) {
      if (c === CUN || c === QU) at.villageEnds.push(i);
      if (SUFFIX_HEADS.has(c)) at.suffixes.push(i);
    }
  }
  return at;
}
