/**
 * Resolves bare organisations (镇党委, 县政府) to the article's own locality
 * (渠岸镇党委, 三原县政府) from the places the text names most often.
 * Pure: works on the analysed text (for matching) and the original (for output).
 */
import type { Official } from '../types.js';

/** Administrative levels; 街道 is the only two-character one we resolve. */
const LEVELS = ['街道', '省', '市', '州', '盟', '县', '区', '旗', '镇', '乡'] as const;

/** Characters that start no place name: quantifiers and pronouns in 全镇, 各县, 本市, 我区, 该乡, 城乡. */
const NOT_PLACE_CHARS = '全各本我该每此城一两几多名省市县区镇乡村州的和与及在对到是了等副代理务强实进开整好取读由据届';

/** What follows a level character when it is part of a post or a collective, not a place (县|长, 区|四套班子, 市|直). */
const NOT_PLACE_AFTER = ['长', '四套', '领导', '直', '级', '域', '内', '外', '属', '情', '管'];

/** Organisation heads that follow a level in a bare organisation (镇|党委, 县|人民政府). */
const ORG_HEADS = ['党委', '党工委', '人大', '政协', '纪委', '监委', '委', '政府', '人民政府', '人民法院', '法院', '人民检察院', '检察院', '工作专班'];

const isHan = (c: string | undefined): boolean => c !== undefined && c >= '\u4e00' && c <= '\u9fff';

interface Place {
  /** Where one occurrence starts, to slice the original spelling. */
  at: number;
  length: number;
  count: number;
}

/**
 * The most frequent place name per level: every level character with two or
 * three Han characters before it is a candidate (渠岸|镇, 三道通|镇); the
 * true name recurs with the same length, so it wins the count. On a tie the
 * longer name wins (辛家庙街道: its first character always came along). Only occurrences not followed by an organisation head count,
 * and a place must be counted twice (the first 200 characters count double).
 */
export function localities(text: string): Map<string, Place> {
  const counts = new Map<string, Place>();
  for (let k = 2; k < text.length; k++) {
    const level = LEVELS.find((l) => text.startsWith(l, k));
    if (!level) continue;
    // 召开|县政协, 二届|县委: before a bare organisation the characters are anything; a place
    // must also be used as a place (渠岸镇|组织召开), so only such occurrences count.
    if (ORG_HEADS.some((h) => text.startsWith(h, k + level.length))) continue;
    if (NOT_PLACE_AFTER.some((h) => text.startsWith(h, k + level.length))) continue;
    for (const len of [2, 3]) {
      const s = k - len;
      if (s < 0) continue;
      const head = text.slice(s, k);
      if (![...head].every((c) => isHan(c) && !NOT_PLACE_CHARS.includes(c))) continue;
      const place = head + level;
      const cur = counts.get(place) ?? { at: s, length: place.length, count: 0 };
      cur.count += s < 200 ? 2 : 1;
      counts.set(place, cur);
    }
  }
  const best = new Map<string, Place>();
  for (const [place, p] of counts) {
    const level = LEVELS.find((l) => place.endsWith(l)) as string;
    const cur = best.get(level);
    if (!cur || p.count > cur.count || (p.count === cur.count && p.length > cur.length)) best.set(level, p);
  }
  for (const [level, p] of best) if (p.count < 2) best.delete(level);
  return best;
}

/** Sets `orgResolved` on titles whose organisation starts with a bare level (镇党委 → 渠岸镇党委). */
export function resolveOrganisations(text: string, original: string, officials: Official[]): void {
  let places: Map<string, Place> | null = null;
  for (const o of officials) {
    for (const t of o.titles) {
      if (!t.org) continue;
      const orgStart = t.span[0] + t.text.indexOf(t.org);
      const view = text.slice(orgStart, orgStart + t.org.length);
      const level = LEVELS.find((l) => view.startsWith(l));
      if (!level || !ORG_HEADS.some((h) => view.startsWith(h, level.length))) continue;
      places ??= localities(text);
      const place = places.get(level);
      if (place) t.orgResolved = original.slice(place.at, place.at + place.length) + t.org.slice(level.length);
    }
  }
}
