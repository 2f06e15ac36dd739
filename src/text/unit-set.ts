/**
 * A set of UTF-16 code units as an 8 kB bit set: per-character membership
 * tests in the hot scans stay in the CPU's first-level cache (a 64 kB byte
 * table does not, once jieba and the other stages have run).
 */
export class UnitSet {
  private readonly bits = new Uint32Array(0x10000 >>> 5);

  constructor(units: Iterable<number> = []) {
    for (const c of units) this.add(c);
  }

  add(c: number): void {
    this.bits[c >>> 5] = (this.bits[c >>> 5] as number) | (1 << (c & 31));
  }

  /** Also false for NaN (charCodeAt past the end), as unit 0 is never added by callers. */
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
