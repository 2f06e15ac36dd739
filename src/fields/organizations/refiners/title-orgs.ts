/**
 * Sets each title's `orgResolved` (issue 3, "bare organisations resolved to
 * the article's locality"): 镇党委书记 → org 镇党委 → 渠岸镇党委; 县委常委 →
 * 三原县委. Nothing else on the officials changes.
 *
 * - A bare level word resolves to the locality at that level
 *   (src/fields/organizations/locality.ts, the same logic organizations use).
 * - An org that names its place (仇阳村党支部, 三原县委) resolves to itself:
 *   the place is written, and its path is in `places`; no town prefix is added.
 * - An org without a level word (党委 in 党委副书记、代镇长) takes the level
 *   word of a title chained to it on the same person (代镇长 → 镇), else null.
 * - A title without an org (镇长) gets null: the body is not written.
 */
import type { Official, Place, Title } from '../../../types.js';
import { LEVEL_PREFIXES } from '../../../lexicon/org-words.js';
import { articlePlaces, keepSpelling, resolveOrg } from '../locality.js';

const LEVEL_WORDS = [...LEVEL_PREFIXES].sort((a, b) => b.word.length - a.word.length);

/** The level word a title starts with (镇 in 镇党委书记, 代镇长 → 镇), or null. */
function levelWordOf(t: Title): string | null {
  const s = (t.org ?? t.position).replace(/^(?:原|前|代理|代|常务|副)+/, '');
  return LEVEL_WORDS.find((l) => s.startsWith(l.word))?.word ?? null;
}

/**
 * @param text the analysed text, when available: mention counts then weigh in
 *   choosing the locality, exactly as for organizations.
 */
export function resolveTitleOrgs(
  officials: Official[],
  places: Place[],
  regionCode: string | null,
  text?: string,
): Official[] {
  // Places as analysed (simplified), so traditional titles and level words match them.
  const { places: analysedPlaces, locality: loc } = articlePlaces(places, text || undefined, regionCode);
  return officials.map((o) => {
    const titles = o.titles.map((t, k) => {
      if (!t.org) return withOrgResolved(t, null);
      const org = analysedOrg(t, text);
      let r = resolveOrg(org, loc, analysedPlaces);
      if (!r.resolved && r.prefix === null) {
        // 党委副书记、代镇长: the chained neighbour's level word.
        const hint = neighbourLevel(o.titles, k);
        if (hint) r = resolveOrg(org, loc, analysedPlaces, hint);
      }
      return withOrgResolved(t, r.resolved ? keepSpelling(r.resolved, org, t.org) : null);
    });
    return withTitles(o, titles);
  });
}

// Copies key by key: a spread followed by more keys takes V8's slow path, and this runs per title.
function withOrgResolved(t: Title, orgResolved: string | null): Title {
  return {
    text: t.text,
    org: t.org,
    orgResolved,
    position: t.position,
    acting: t.acting,
    former: t.former,
    span: t.span,
    rule: t.rule,
  };
}

function withTitles(o: Official, titles: Title[]): Official {
  const out: Official = { name: o.name, titles, mentions: o.mentions, rule: o.rule };
  if (o.roles !== undefined) out.roles = o.roles;
  return out;
}

/** The title's org in the analysed text (same length and offsets as written), when the text is given. */
function analysedOrg(t: Title, text: string | undefined): string {
  const org = t.org as string;
  if (!text) return org;
  const at = t.text.lastIndexOf(org);
  if (at < 0) return org;
  const start = t.span[0] + at;
  const slice = text.slice(start, start + org.length);
  return slice.length === org.length ? slice : org;
}

/** The level word of the nearest title chained to title `k` (spans at most a separator apart). */
function neighbourLevel(titles: readonly Title[], k: number): string | null {
  const t = titles[k] as Title;
  const near = titles
    .filter((u, j) => j !== k && (Math.abs(u.span[0] - t.span[1]) <= 1 || Math.abs(t.span[0] - u.span[1]) <= 1))
    .map(levelWordOf)
    .filter((w): w is string => w !== null);
  return near[0] ?? null;
}
