/**
 * Which unit each name is: a unit written right after a higher place must lie
 * inside it; ambiguous names (朝阳区 in Beijing and Changchun) are scored by
 * the other places in the article (parents named nearby weigh most) and the
 * site's region code; still tied, the code is null.
 */
import type { AdminLevel } from '../../types.js';
import { contains, type Division } from './division.js';
import type { Mention } from './mention.js';
import { PLACE_RULES } from './rules.js';

/**
 * 明水县双星乡: a unit written right after a higher place must lie inside it;
 * candidates elsewhere go (none left: the name stays, unresolved).
 */
export function narrowByParent(mentions: Mention[]): void {
  const byEnd = new Map<number, Mention>();
  for (const m of mentions) if (m.units.length > 0) byEnd.set(m.end, m);
  for (const m of mentions) {
    const prev = byEnd.get(m.start);
    if (!prev?.units.every((u) => m.units.every((v) => levelRank(u) < levelRank(v)))) continue;
    m.units = m.units.filter((v) => prev.units.some((u) => contains(u, v)));
  }
}

/**
 * A township resolved outside every county, city and province the article
 * names (上海 article, a 先进街道 in Dalian) is a word that happens to be a
 * name somewhere: its code goes.
 */
export function dropStrays(chosen: Map<string, Division | null>): void {
  const higher = [...chosen.values()].filter((u): u is Division => u !== null && levelRank(u) <= RANK.county);
  if (higher.length === 0) return;
  for (const [key, u] of chosen) {
    if (u?.level !== 'township') continue;
    if (!higher.some((h) => contains(h, u))) chosen.set(key, null);
  }
}

/** Strips trailing 00 pairs: 610400 → 6104, 610000 → 61. */
function codePrefix(code: string): string {
  let c = code.slice(0, 12);
  while (c.length > 2 && c.endsWith('00') && c.length <= 6) c = c.slice(0, -2);
  if (c.length === 9 && c.endsWith('000')) c = c.slice(0, 6);
  return c;
}

/** Each distinct name's unit, or null when unresolved or still tied. */
export function resolve(mentions: Mention[], regionCode: string | null): Map<string, Division | null> {
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byKey.get(m.key);
    if (list) list.push(m);
    else byKey.set(m.key, [m]);
  }
  const chosen = new Map<string, Division | null>();
  // Every mention's units, once per name (nothing here changes them).
  const unitsByKey = new Map<string, Division[]>();
  for (const [key, list] of byKey) {
    let units: Division[];
    if (list.length === 1) units = [...new Set((list[0] as Mention).units)];
    else {
      const seen = new Set<Division>();
      for (const m of list) for (const u of m.units) seen.add(u);
      units = [...seen];
    }
    unitsByKey.set(key, units);
    chosen.set(key, units.length === 1 ? (units[0] as Division) : null);
  }
  const region = regionCode && /^\d{6,12}$/.test(regionCode) ? codePrefix(regionCode) : null;
  const keyByEnd = new Map<number, string>();
  for (const m of mentions) keyByEnd.set(m.end, m.key);
  const beforeByKey = new Map<string, Set<string>>();

  for (let round = 0; round < 3; round++) {
    let changed = false;
    for (const key of byKey.keys()) {
      if (chosen.get(key)) continue;
      const units = unitsByKey.get(key) as Division[];
      if (units.length < 2) continue;
      let before = beforeByKey.get(key);
      if (!before) {
        before = keysBefore(byKey.get(key) ?? [], keyByEnd);
        beforeByKey.set(key, before);
      }
      const scored = units.map((u) => ({ u, s: score(u, key, before, chosen, region) }));
      scored.sort((a, b) => b.s - a.s || levelRank(a.u) - levelRank(b.u));
      const [best, second] = scored as [{ u: Division; s: number }, { u: Division; s: number }];
      const shortOnly = (byKey.get(key) ?? []).every((m) => m.rule === PLACE_RULES.short.id);
      // A tie is broken only for short forms of different levels (吉林: the province over the city).
      const win = best.s > second.s ? best.s > 0 : shortOnly && levelRank(best.u) < levelRank(second.u);
      if (win) {
        chosen.set(key, best.u);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return chosen;
}

const RANK: Record<AdminLevel, number> = {
  central: 0,
  province: 1,
  city: 2,
  county: 3,
  township: 4,
  village: 5,
};
const levelRank = (u: Division): number => RANK[u.level];

/** Keys ending up to 6 characters before a mention of this name (北京市朝阳区, 吉林省长春市朝阳区). */
function keysBefore(mentions: readonly Mention[], keyByEnd: Map<number, string>): Set<string> {
  const before = new Set<string>();
  for (let j = 0; j < mentions.length && j < 200; j++) {
    const start = (mentions[j] as Mention).start;
    for (let d = 0; d <= 6; d++) {
      const k = keyByEnd.get(start - d);
      if (k) before.add(k);
    }
  }
  return before;
}

/** a.slice(0, n) === b.slice(0, n), without the slices. */
function samePrefix(a: string, b: string, n: number): boolean {
  if (a.length < n || b.length < n) return a.slice(0, n) === b.slice(0, n);
  for (let k = 0; k < n; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return true;
}

function score(
  u: Division,
  key: string,
  before: Set<string>,
  chosen: Map<string, Division | null>,
  region: string | null,
): number {
  let s = 0;
  let n = 0;
  for (const [other, c] of chosen) {
    if (!c || other === key) continue;
    if (++n > 500) break;
    if (contains(c, u)) {
      s += 3;
      // A parent written right before a mention settles it.
      if (before.has(other)) s += 6;
    } else if (contains(u, c)) s += 2;
    else if (samePrefix(u.code, c.code, 4) && c.level !== 'province') s += 1;
    else if (samePrefix(u.code, c.code, 2)) s += 0.5;
  }
  if (region) {
    if (u.code.startsWith(region)) s += 4;
    else if (region.startsWith(codePrefix(u.code))) s += 2;
    else if (u.code.slice(0, 2) === region.slice(0, 2)) s += 1;
  }
  return s;
}
