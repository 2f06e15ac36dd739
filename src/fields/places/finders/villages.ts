/**
 * Villages and communities (仇阳村, 东关社区) of the townships and counties
 * already found (or of the site's region), read from the village file by
 * code, never all at once.
 */
import { byCode, type Division } from '../division.js';
import { Cover, type Mention, nonOverlapping } from '../mention.js';
import { PLACE_RULES } from '../rules.js';
import { NO_NAMES, namesByTail, tailBit, tailKey, type VillageName, villageNames } from './village-names.js';

export function villageMentions(
  text: string,
  mentions: Mention[],
  chosen: Map<string, Division | null>,
  regionCode: string | null,
  villageEnds: readonly number[],
): Mention[] {
  const scopes = new Set<string>();
  for (const u of chosen.values()) if (u && (u.level === 'township' || u.level === 'county')) scopes.add(u.code);
  if (regionCode && /^\d{6}(\d{3})?$/.test(regionCode) && !regionCode.endsWith('00')) {
    const r = byCode(regionCode);
    if (r && (r.level === 'county' || r.level === 'township')) scopes.add(r.code);
  }
  // A county's file slice covers its townships; villages under a named township are preferred below.
  const townships = [...scopes].filter((c) => c.length === 9);
  const codes = [...scopes].filter((c) => c.length === 6 || !scopes.has(c.slice(0, 6)));
  if (codes.length === 0 || codes.length > 40) return [];
  // Where a village name (3+ characters, ending in 村 or 社区) may end: none of its last three characters in a mention.
  const cover = Cover.of(mentions, text.length);
  const ends = villageEnds.filter((i) => !cover.at(i) && !cover.at(i - 1) && !cover.at(i - 2));
  // Nothing could match: the slices need not be read (byCode only ever meets the villages found).
  const slices = ends.length > 0 ? codes.map(villageNames).filter((t) => t.any) : [];
  const found: Mention[] = [];
  for (const i of slices.length > 0 ? ends : []) {
    // The longest village name ending here that overlaps no mention.
    const end = i + 1;
    const key3 = tailKey(text.charCodeAt(i), text.charCodeAt(i - 1), text.charCodeAt(i - 2));
    const bit = tailBit(key3);
    let best: VillageName | null = null;
    for (const names of slices) {
      if (((names.tails[bit >>> 5] as number) & (1 << (bit & 31))) === 0) continue;
      for (const v of namesByTail(names).get(key3) ?? NO_NAMES) {
        const start = end - v.name.length;
        if (
          (best && v.name.length <= best.name.length) ||
          start < 0 ||
          !text.startsWith(v.name, start) ||
          cover.any(start, i - 2)
        )
          continue;
        best = v;
      }
    }
    if (!best) continue;
    const key = best.name;
    // Of that name in every slice, in the order the slices were asked for.
    let units: Division[] = [];
    for (const names of slices) {
      const more = names.byTail?.get(key3)?.find((v) => v.name === key)?.units;
      if (more) units = units.length === 0 ? more : units.concat(more);
    }
    // Several of that name: those under a township the article names.
    const under = units.filter((u) => townships.some((t) => u.code.startsWith(t)));
    found.push({
      start: end - key.length,
      end,
      key,
      units: under.length > 0 ? under : [...units],
      rule: PLACE_RULES.village.id,
    });
  }
  cover.release();
  return nonOverlapping(found, text.length);
}
