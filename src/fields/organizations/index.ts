/**
 * Organisations named in the text (issue 5): national bodies as written
 * (国务院, 全国人大常委会), bodies led by a place (三原县委, 仇阳村党支部) or by
 * a bare level word (县委, 镇党委, 街道党工委, 市政协, 县人大常委会), their
 * sub-bodies (县委理论学习中心组, 县委常委会), county and city bureaus
 * (县公安局, 市生态环境局), and bodies named by their task (春季工作领导小组,
 * 防汛抗旱指挥部, 工作专班) or trade (XX有限公司).
 *
 * Each gets its kind (from the body word), its level (from the place or level
 * word) and, for a bare level word, the full name against the article's
 * locality (src/fields/organizations/locality.ts). Plural or generic uses (各镇党委,
 * 乡镇党委, 农村党支部) are not one body and are skipped. Distinct names once,
 * in text order, with the span of the first mention.
 *
 * Decision: a name that already names its place (仇阳村党支部) resolves to
 * itself — the place's own path is in `places`; no town prefix is added.
 * A task body without a place (春季工作领导小组) resolves to null: whose it
 * is is not written.
 */
import type { Doc, Organization, Place, Span } from '../../types.js';
import { findBureaus } from './finders/bureaus.js';
import { findCentral } from './finders/central.js';
import { findLed } from './finders/led.js';
import { findTasks } from './finders/tasks.js';
import { FoundList, type PlaceKey } from './found.js';
import { articlePlaces, keepSpelling, resolveOrg } from './locality.js';

export { ORG_RULES, ORGANIZATIONS_TABLE } from './rules.js';

export interface OrgContext {
  places: Place[];
  regionCode?: string | null;
}

/**
 * The finders in order (national bodies, bodies led by a place or level word,
 * bureaus, task bodies; a later one skips what an earlier one took), then
 * each distinct name resolved against the article's locality.
 */
export function extractOrganizations(doc: Doc, ctx: OrgContext): Organization[] {
  const text = doc.text;
  const placeKeys: PlaceKey[] = ctx.places
    .map((p) => ({ key: text.slice(p.span[0], p.span[1]), place: p }))
    .filter((p) => p.key.length >= 2)
    .sort((a, b) => b.key.length - a.key.length);
  const list = new FoundList(text.length);
  findCentral(text, list);
  findLed(doc, placeKeys, list);
  findBureaus(doc, placeKeys, list);
  findTasks(doc, placeKeys, list);
  list.release();
  const found = list.found.sort((a, b) => a.start - b.start);
  // Places as analysed (simplified): counts run on doc.text and level words are matched there.
  const { places: analysedPlaces, locality: loc } = articlePlaces(ctx.places, text, ctx.regionCode ?? null);
  const out: Organization[] = [];
  const seen = new Set<string>();
  for (const f of found) {
    const key = text.slice(f.start, f.end);
    if (seen.has(key)) continue;
    seen.add(key);
    const name = doc.original.slice(f.start, f.end);
    const r = f.resolvable ? resolveOrg(key, loc, analysedPlaces) : null;
    const resolved = r?.resolved ? keepSpelling(r.resolved, key, name) : null;
    out.push({
      name,
      resolved,
      kind: f.kind,
      level: r?.level ?? f.level,
      span: [f.start, f.end] as Span,
      rule: f.rule,
    });
  }
  return out;
}
