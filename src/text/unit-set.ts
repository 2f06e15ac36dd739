/**
 * A set of UTF-16 code units as an 8 kB bit set: per-character membership
 * tests in the hot scans are one load, and the table stays in the CPU's
 * first-level cache (a 64 kB byte table does not, once jieba and the other
 * stages have run).
 */
export class UnitSet {
  private readonly bits = new Uint32Array(0x10000 >>> 5);

  /** The units of `units` (strings are taken unit by unit). */
  constructor(units: Iterable<string | number> = []) {
    for (const u of units) {
      if (typeof u === 'number') this.add(u);
      else for (let i = 0; i < u.length; i++) this.add(u.charCodeAt(i));
    }
  }

  add(c: number): void {
    this.bits[c >>> 5] = (this.bits[c >>> 5] as number) | (1 << (c & 31));
  }

  /** Whether `c` is in the set; false for NaN (charCodeAt past the end) unless unit 0 was added. */
  has(c: number): boolean {
    return ((this.bits[c >>> 5] as number) & (1 << (c & 31))) !== 0;
  }
}

/** The first UTF-16 unit of each word. */
export function firstUnits(words: Iterable<string>): UnitSet {
  const set = new UnitSet();
  for (const w of words) if (w !== '') set.add(w.charCodeAt(0));
  return set;
}
