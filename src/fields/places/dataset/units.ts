/**
 * The units of the province…township tree, as Division objects made on
 * demand from the flat tables (one per unit, parents first).
 */
import type { AdminLevel } from '../../../types.js';
import { type DivisionTables, LEVELS } from '../division-index.js';

export interface Division {
  /** 6, 9 or 12 digits. */
  code: string;
  /** Official name (三原县, 渠岸镇, 仇阳村民委员会 shortened to 仇阳村). */
  name: string;
  level: AdminLevel;
  parent: Division | null;
}

export const NONE: readonly Division[] = Object.freeze([]);

/** Division objects made on demand, one per unit, parents first. */
export class Units {
  private readonly made: Array<Division | undefined>;
  constructor(readonly t: DivisionTables) {
    this.made = new Array(t.code.length);
  }

  get(k: number): Division {
    const had = this.made[k];
    if (had) return had;
    const t = this.t;
    const p = t.parent[k] as number;
    const d: Division = {
      code: String(t.code[k]),
      name: t.names.slice(t.nameStart[k], t.nameStart[k + 1]),
      level: LEVELS[t.level[k] as number] as AdminLevel,
      parent: p >= 0 ? this.get(p) : null,
    };
    this.made[k] = d;
    return d;
  }

  /** Codes in the order of t.byCode, made on the first lookup. */
  private sorted: Uint32Array | null = null;

  /** The unit with numeric code `code`, or null. */
  byCode(code: number): Division | null {
    const order = this.t.byCode;
    let sorted = this.sorted;
    if (!sorted) {
      sorted = new Uint32Array(order.length);
      for (let k = 0; k < order.length; k++) sorted[k] = this.t.code[order[k] as number] as number;
      this.sorted = sorted;
    }
    const at = findSorted(sorted, 0, sorted.length, code);
    return at < 0 ? null : this.get(order[at] as number);
  }
}

/** Index of `value` in the ascending run arr[lo, hi), or -1. */
export function findSorted(arr: ArrayLike<number>, lo: number, hi: number, value: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = arr[mid] as number;
    if (m < value) lo = mid + 1;
    else if (m > value) hi = mid;
    else return mid;
  }
  return -1;
}
