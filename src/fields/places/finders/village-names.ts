/**
 * The village names under one township or county that a text may hold, looked
 * up by their last three code units (the last one 村 or 区).
 *
 * Not a WordList (src/text/word-list.ts): the names come from slices of the
 * village file (thousands per county, read on demand), and most articles need
 * only a yes/no for a few positions — so a slice is first a bit set of tails
 * made from the file's lines without reading the villages, and the names are
 * indexed by tail only when a tail in the text hits it.
 */
import { NON_PLACE_NAMES } from '../../../lexicon/place-words.js';
import { type Division, villageLines, villagesUnder } from '../division.js';
import { CUN, QU } from '../scan.js';

/** The last characters of the village names matched (村, 社区). */
const VILLAGE_ENDS = ['村', '区'];
/** The longest of NON_PLACE_NAMES: longer names need no look-up there. */
const NON_PLACE_LONGEST = Math.max(0, ...[...NON_PLACE_NAMES].map((n) => n.length));

export interface VillageName {
  name: string;
  units: Division[];
}
export const NO_NAMES: readonly VillageName[] = [];

/** A name's last three code units (the last one 村 or 区), as a small integer; others may share it. */
export const tailKey = (last: number, b: number, c: number): number =>
  ((last === CUN ? 1 : 0) << 29) | ((b & 0x3fff) << 15) | (c & 0x7fff);

/** A bit (of TAIL_BITS) for a tailKey. */
export const tailBit = (key: number): number => (key ^ (key >>> 15) ^ (key >>> 27)) & (TAIL_BITS - 1);

export interface VillageNames {
  prefix: string;
  /** Might there be any to match? */
  any: boolean;
  /** Bits, by tailBit, for the tailKeys of the names (and more). */
  tails: Uint32Array;
  /** By tailKey, made when a tail in the text first hits `tails`. */
  byTail: Map<number, VillageName[]> | null;
}

const SHE = '社'.charCodeAt(0);
const TAIL_BITS = 16384;
const TAIL_WORDS = TAIL_BITS / 32;

/** By township or county code; the villages themselves are cached (and never change) in division.ts. */
const villageSlices = new Map<string, VillageNames>();

/**
 * The tails of the names of the villages under `prefix` that may be matched
 * (3+ characters, ending in 村/区). Made from the file's lines without reading
 * the villages when it can: a name's last three characters (A, B, 村|区) are in
 * its line as written, or it is A+社区 written A+居(民委员会|委会) — so the bits
 * for every 村 and 区 in the lines and for 社区 at every 居 cover them all.
 */
export function villageNames(prefix: string): VillageNames {
  const had = villageSlices.get(prefix);
  if (had) return had;
  const tails = new Uint32Array(TAIL_WORDS);
  let any = false;
  const set = (key: number): void => {
    const bit = tailBit(key);
    tails[bit >>> 5] = (tails[bit >>> 5] as number) | (1 << (bit & 31));
    any = true;
  };
  const lines = villageLines(prefix);
  if (lines === null) {
    for (const v of villagesUnder(prefix)) {
      const name = v.name;
      const n = name.length;
      if (n < 3) continue;
      const last = name.charCodeAt(n - 1);
      if ((last !== CUN && last !== QU) || (n <= NON_PLACE_LONGEST && NON_PLACE_NAMES.has(name))) continue;
      set(tailKey(last, name.charCodeAt(n - 2), name.charCodeAt(n - 3)));
    }
  } else {
    for (const ch of VILLAGE_ENDS) {
      for (let j = lines.indexOf(ch, 2); j >= 0; j = lines.indexOf(ch, j + 1))
        set(tailKey(lines.charCodeAt(j), lines.charCodeAt(j - 1), lines.charCodeAt(j - 2)));
    }
    for (let j = lines.indexOf('居', 1); j >= 0; j = lines.indexOf('居', j + 1))
      set(tailKey(QU, SHE, lines.charCodeAt(j - 1)));
  }
  const names: VillageNames = { prefix, any, tails, byTail: null };
  villageSlices.set(prefix, names);
  return names;
}

/** The names that may be matched (not an ordinary word), by tailKey. */
export function namesByTail(names: VillageNames): Map<number, VillageName[]> {
  if (names.byTail) return names.byTail;
  const byTail = new Map<number, VillageName[]>();
  for (const v of villagesUnder(names.prefix)) {
    const name = v.name;
    const n = name.length;
    if (n < 3) continue;
    const last = name.charCodeAt(n - 1);
    if ((last !== CUN && last !== QU) || (n <= NON_PLACE_LONGEST && NON_PLACE_NAMES.has(name))) continue;
    const key = tailKey(last, name.charCodeAt(n - 2), name.charCodeAt(n - 3));
    const list = byTail.get(key);
    if (list === undefined) {
      byTail.set(key, [{ name, units: [v] }]);
      continue;
    }
    let k = 0;
    while (k < list.length && (list[k] as VillageName).name !== name) k++;
    if (k < list.length) (list[k] as VillageName).units.push(v);
    else list.push({ name, units: [v] });
  }
  names.byTail = byTail;
  return byTail;
}
