/**
 * The article's locality — the places it is about, one per level — and the
 * resolution of bare organisations against it (镇党委 → 渠岸镇党委, 县委 →
 * 三原县委). Shared by src/fields/organizations/index.ts and
 * src/fields/organizations/refiners/title-orgs.ts so both resolve alike.
 *
 * Per level (province → village), the place chosen is the one mentioned most
 * (when the text is given), with a bonus for the dateline and first paragraph
 * (the first 200 characters), among those consistent with the levels above.
 * A township or village with a code fills the levels above it from its path
 * (渠岸镇 → 三原县, 咸阳市, 陕西省); the site's region code fills levels the
 * text leaves open. Villages are a locality only when one clearly dominates
 * (named twice and more than any other): articles list many villages.
 *
 * Pure apart from code → name lookups in the already loaded dataset: no
 * module-level state.
 */
import type { AdminLevel, Place } from '../../types.js';
import { occurrences } from '../../text/occurrences.js';
import { byCode, pathOf, type Division } from '../places/division.js';
import {
  CENTRAL_ORGS,
  LEVEL_PREFIXES,
  NOT_LEVEL_WORDS,
  ORG_HEAD_WORDS,
  ORG_TAILS,
  PRONOUN_BEFORE,
  TASK_HEADS,
} from '../../lexicon/org-words.js';

export interface LocalityUnit {
  name: string;
  code: string | null;
}

/** One place per level, where known. */
export type Locality = Partial<Record<Exclude<AdminLevel, 'central'>, LocalityUnit>> & {
  /**
   * Every place named at each level, best first: when the chosen unit has
   * another level word (笋岗街道 chosen, 镇党委 written), the only one with
   * that word is taken.
   */
  others?: Partial<Record<Exclude<AdminLevel, 'central'>, LocalityUnit[]>>;
};

export interface LocalityOptions {
  regionCode?: string | null;
  /** The analysed text: mention counts weigh when given. */
  text?: string;
}

const LEVELS: ReadonlyArray<Exclude<AdminLevel, 'central'>> = ['province', 'city', 'county', 'township', 'village'];
const CODE_LEN: Record<Exclude<AdminLevel, 'central'>, number> = {
  province: 2,
  city: 4,
  county: 6,
  township: 9,
  village: 12,
};

/** The unit at `level` above a coded unit (渠岸镇's county), from the dataset. */
function ancestorAt(code: string, level: Exclude<AdminLevel, 'central'>): LocalityUnit | null {
  const len = CODE_LEN[level];
  if (code.length < 6 || (code.length <= len && level !== 'county')) return null;
  const key = len < 6 ? code.slice(0, len).padEnd(6, '0') : code.slice(0, len);
  let d: Division | null = null;
  try {
    d = byCode(key);
  } catch {
    return null;
  }
  return d && d.level === level ? { name: d.name, code: d.code } : null;
}

/** An article's places as analysed (simplified spelling, for matching level words) and its locality. */
export interface ArticlePlaces {
  places: Place[];
  locality: Locality;
}

/**
 * Organisations and titles both resolve against the article's locality, each
 * working it out from the places (no per-article state is kept here).
 */
export function articlePlaces(
  places: readonly Place[],
  text: string | undefined,
  regionCode: string | null,
): ArticlePlaces {
  const analysed = text === undefined ? [...places] : places.map((p) => analysedPlace(text, p));
  return {
    places: analysed,
    locality: articleLocality(analysed, { regionCode, ...(text !== undefined ? { text } : {}) }),
  };
}

/** The place with its name as in the analysed text (same offsets as written), when the span fits. */
function analysedPlace(text: string, p: Place): Place {
  const slice = text.slice(p.span[0], p.span[1]);
  const name = slice.length === p.name.length && slice.length > 0 ? slice : p.name;
  return { name, code: p.code, path: p.path, level: p.level, span: p.span, rule: p.rule };
}

/** Is `place` consistent with the chosen units above it? Unknown codes are consistent. */
function consistent(place: Place, chosen: Locality): boolean {
  if (!place.code) return true;
  for (const lv of LEVELS) {
    const c = chosen[lv];
    if (!c?.code || CODE_LEN[lv] >= place.code.length) continue;
    const prefix = c.code.slice(0, CODE_LEN[lv]);
    if (!place.code.startsWith(prefix)) return false;
  }
  return true;
}

export function articleLocality(places: readonly Place[], options: LocalityOptions = {}): Locality {
  const { text, regionCode } = options;
  const chosen: Locality = {};
  const region = regionCode && /^\d{6}/.test(regionCode) ? regionCode.slice(0, 6) : null;
  for (const lv of LEVELS) {
    const all = places.filter((p) => p.level === lv);
    const cands = all.filter((p) => consistent(p, chosen));
    if (all.length > 0) {
      const seen = new Set<string>();
      const list: LocalityUnit[] = [];
      const isCand = new Set(cands);
      for (const p of [...cands, ...all.filter((q) => !isCand.has(q))]) {
        const name = p.code ? (safeByCode(p.code)?.name ?? p.name) : p.name;
        if (seen.has(name)) continue;
        seen.add(name);
        list.push({ name, code: p.code });
      }
      (chosen.others ??= {})[lv] = list;
    }
    if (cands.length === 0) continue;
    // One unit per code (禄丰 and 禄丰市 are one place); counts are the best of its spellings.
    const units = new Map<string, { name: string; code: string | null; s: number; n: number; first: number }>();
    // Every candidate's mentions counted in one pass over the text, however many candidates.
    const counts = text
      ? occurrences(
          text,
          cands.map((p) => p.name),
        )
      : null;
    for (const p of cands) {
      const n = counts ? (counts.get(p.name)?.length ?? 0) : 1;
      let s = n;
      if (p.span[0] < 200) s += 2;
      if (region && p.code && (p.code.startsWith(region) || region.startsWith(p.code.slice(0, CODE_LEN[lv])))) s += 3;
      const key = p.code ?? `name:${p.name}`;
      const official = p.code ? (safeByCode(p.code)?.name ?? p.name) : p.name;
      const cur = units.get(key);
      if (!cur) units.set(key, { name: official, code: p.code, s, n, first: p.span[0] });
      else {
        cur.s = Math.max(cur.s, s);
        cur.n = Math.max(cur.n, n);
        cur.first = Math.min(cur.first, p.span[0]);
      }
    }
    const scored = [...units.values()].sort((a, b) => b.s - a.s || a.first - b.first);
    const best = scored[0] as { name: string; code: string | null; s: number; n: number };
    const second = scored[1];
    // Villages: articles list many; one is the locality only when it clearly dominates.
    if (lv === 'village' && (best.n < 2 || (second && second.s >= best.s))) continue;
    chosen[lv] = { name: best.name, code: best.code };
  }
  // Fill levels above a coded unit from its path, then from the region code.
  const deepest = [...LEVELS].reverse().find((lv) => chosen[lv]?.code);
  const fillFrom = (code: string): void => {
    for (const lv of LEVELS) {
      if (chosen[lv] || (CODE_LEN[lv] >= code.length && !(lv === 'county' && code.length === 6))) continue;
      if (lv === 'county' && code.length < 6) continue;
      const a = ancestorAt(code, lv);
      if (a) chosen[lv] = a;
    }
  };
  if (deepest) fillFrom(chosen[deepest]?.code as string);
  if (region && !/0000$/.test(region)) {
    const d = safeByCode(region);
    if (d) {
      const path = pathUnits(d);
      for (const u of path) {
        const lv = u.level as Exclude<AdminLevel, 'central'>;
        if (!chosen[lv]) chosen[lv] = { name: u.name, code: u.code };
      }
    }
  }
  return chosen;
}

function safeByCode(code: string): Division | null {
  try {
    return byCode(code);
  } catch {
    return null;
  }
}

function pathUnits(d: Division): Division[] {
  const out: Division[] = [];
  for (let u: Division | null = d; u; u = u.parent) out.unshift(u);
  void pathOf;
  return out;
}

/** The deepest level known. */
export function lowestLocality(loc: Locality): { level: AdminLevel; unit: LocalityUnit } | null {
  for (const lv of [...LEVELS].reverse()) {
    const u = loc[lv];
    if (u) return { level: lv, unit: u };
  }
  return null;
}

/** 恩施土家族苗族自治州 → 恩施, 石柱土家族自治县 → 石柱 (the form used before 州委/县委). */
function autonomousStem(name: string): string | null {
  const m = /^(.{2,4}?)(?:[\u4e00-\u9fff]{1,4}族)+自治[州县旗]$/.exec(name);
  return m?.[1] ?? null;
}

/** How the body part of a resolvable name ends: a body word, a bureau, a group. */
const BODY_END = new RegExp(
  `(?:${[...ORG_HEAD_WORDS, ...ORG_TAILS, ...TASK_HEADS.map((t) => t.word)].join('|')}|[局厅办站所院部委会组队班团社处室馆校])$`,
);

/** A name stem (2–8 Han characters, no level word at its start) and its level word. */
const NAMED_RE =
  /^((?![省市县区镇乡村州旗盟])[\u4e00-\u9fff]{2,8}?(村|社区|镇|乡|街道|县|区|市|州|旗|盟|省))(?=[\u4e00-\u9fff])/;

export interface OrgResolution {
  /** Full name (渠岸镇党委), the name itself when it already names its place or is national, or null. */
  resolved: string | null;
  /** Level denoted by the prefix or place, or null. */
  level: AdminLevel | null;
  /** The level word or place that leads the name (镇, 三原县), or null. */
  prefix: string | null;
}

/**
 * Resolves an organisation as written. `levelHint` is a level word (镇) to
 * assume when the name has none (党委 in 党委副书记、代镇长).
 */
export function resolveOrg(
  org: string,
  loc: Locality,
  places: readonly Place[],
  levelHint: string | null = null,
): OrgResolution {
  let name = org;
  for (const p of PRONOUN_BEFORE) if (name.startsWith(p) && name.length > p.length + 1) name = name.slice(p.length);
  const central = CENTRAL_ORGS.find((c) => name.startsWith(c.name));
  if (central) return { resolved: org, level: 'central', prefix: central.name };
  const bare = name.startsWith('中共') ? name.slice(2) : name;
  // Already named: 三原县委, 仇阳村党支部, 渠岸镇人大.
  let named: Place | null = null;
  for (const p of places) if (bare.startsWith(p.name) && (!named || p.name.length > named.name.length)) named = p;
  if (named) return { resolved: org, level: named.level, prefix: named.name };
  // Named by a place the dataset lacks (东坡村党支部, 青石崖镇党委): as written.
  const own = NAMED_RE.exec(bare);
  if (
    own?.[1] &&
    own[2] &&
    !NOT_LEVEL_WORDS.some((w) => bare.startsWith(w, (own[1] as string).length - 1)) &&
    BODY_END.test(bare.slice(own[0].length))
  ) {
    const lw = LEVEL_PREFIXES.find((l) => l.word === own[2]);
    return { resolved: org, level: lw?.level ?? null, prefix: own[1] };
  }
  let lp = LEVEL_PREFIXES.find((l) => bare.startsWith(l.word));
  let body = lp ? bare.slice(lp.word.length) : bare;
  if (!lp && levelHint) {
    lp = LEVEL_PREFIXES.find((l) => l.word === levelHint);
    body = bare;
  }
  if (!lp || body.length === 0) return { resolved: null, level: null, prefix: null };
  // Only a body is resolved (县工作, 镇党委组织 are pieces of a title, not bodies).
  if (!BODY_END.test(body)) return { resolved: null, level: lp.level, prefix: lp.word };
  const unit = localityFor(lp.word, loc);
  if (!unit) return { resolved: null, level: lp.level, prefix: lp.word };
  return { resolved: `${unit.name}${body}`, level: unit.level, prefix: lp.word };
}

/** The locality name to put in front of the body (ending in the level word the name had) and its level. */
function localityFor(word: string, loc: Locality): { name: string; level: AdminLevel } | null {
  const at = (lv: Exclude<AdminLevel, 'central'>): { name: string; level: AdminLevel } | null => {
    const fits = (u: LocalityUnit): boolean =>
      u.name.endsWith(word) || (autonomousStem(u.name) !== null && u.name.endsWith(word.slice(-1)));
    let u = loc[lv];
    if (lv !== 'village' && (!u || !fits(u))) {
      // The chosen unit has another level word: the one named unit that has this one.
      const alt = (loc.others?.[lv] ?? []).filter(fits);
      u = alt.length === 1 ? alt[0] : u;
    }
    if (!u) return null;
    // 恩施土家族苗族自治州 + 州委 → 恩施州委 (the form in use), 石柱土家族自治县 + 县委 → 石柱县委.
    const stem = autonomousStem(u.name);
    if (stem && u.name.endsWith(word.slice(-1))) return { name: stem + word, level: lv };
    return u.name.endsWith(word) ? { name: u.name, level: lv } : null;
  };
  switch (word) {
    case '市':
      // 兴平市 (county-level) when the article is about it; else the prefecture; else 上海市 (province-level).
      return at('county') ?? at('city') ?? at('province');
    case '区':
      return at('county') ?? at('city');
    case '县':
    case '旗':
    case '自治县':
      return at('county');
    case '州':
    case '盟':
    case '自治州':
      return at('city');
    case '省':
    case '自治区':
      return at('province');
    case '镇':
    case '乡':
    case '街道':
    case '苏木':
      return at('township');
    case '村':
    case '社区':
    case '嘎查':
      return at('village');
    default:
      return null;
  }
}

/**
 * Puts the written spelling back on a resolution made on the analysed text
 * (traditional text stays traditional where it was written): the tail shared
 * with the analysed name is replaced by the original one.
 */
export function keepSpelling(resolved: string, analysed: string, original: string): string {
  if (resolved === analysed) return original;
  if (analysed.length !== original.length) return resolved;
  let k = 0;
  while (k < analysed.length && resolved[resolved.length - 1 - k] === analysed[analysed.length - 1 - k]) k++;
  return k === 0 ? resolved : resolved.slice(0, resolved.length - k) + original.slice(original.length - k);
}
