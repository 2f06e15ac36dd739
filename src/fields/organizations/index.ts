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
import { isHan } from '../../text/han.js';
import type { AdminLevel, Doc, Organization, OrgKind, Place, Span, Token } from '../../types.js';
import {
  CENTRAL_ORGS,
  COLLECTIVE_BEFORE,
  HEAD_NOT_BEFORE,
  LEVEL_PREFIXES,
  NOT_BUREAU,
  NOT_LEVEL_WORDS,
  ORG_HEADS,
  ORG_TAILS,
  TASK_HEADS,
  TASK_LEFT_STOPS,
  TASK_TOKEN_TAGS,
  TASK_VERB_STOPS,
  WORKING_GROUP_EXTRA_TAGS,
  type OrgHead,
} from '../../lexicon/org-words.js';
import { NON_PLACE_NAMES, NOT_PLACE_START } from '../../lexicon/place-words.js';
import { articlePlaces, keepSpelling, resolveOrg } from './locality.js';
import type { TokenIndex } from '../../text/token-index.js';
import { occurrences, wordBefore } from '../../text/word-list.js';
import { UnitSet } from '../../text/unit-set.js';
import { borrowBytes, releaseBytes } from '../../text/scratch.js';

export interface OrgRule {
  id: string;
  example: string;
  description: string;
}

/** How an organisation is recognised; every item carries one of these ids. Examples are invented. */
export const ORG_RULES = {
  central: {
    id: 'org.central',
    example: '国务院办公厅印发通知 → 国务院办公厅 (central)',
    description: 'a national body from the fixed list',
  },
  place: {
    id: 'org.place',
    example: '青石县委召开会议 → 青石县委 (party, county; resolved to itself)',
    description: 'a body word right after a place found in the text',
  },
  level: {
    id: 'org.level',
    example: '镇党委书记主持 → 镇党委 (party, township; resolved 白水镇党委 in an article about 白水镇)',
    description: 'a body word right after a bare level word (县, 镇, 街道 …)',
  },
  village: {
    id: 'org.village',
    example: '东坡村党支部 → 东坡村党支部 (village) when the dataset lacks the village',
    description: 'a village-level body after a village name jieba keeps as one word',
  },
  bureau: {
    id: 'org.bureau',
    example: '县农业农村局局长 → 县农业农村局 (government, county)',
    description: 'a 局/厅 after a county- or city-level word or a place',
  },
  task: {
    id: 'org.task',
    example: '镇里成立了春耕生产领导小组 → 春耕生产领导小组 (working-group)',
    description: 'a working group or enterprise named by its task or trade words',
  },
} as const satisfies Record<string, OrgRule>;

export interface OrgContext {
  places: Place[];
  regionCode?: string | null;
}

interface Found {
  start: number;
  end: number;
  kind: OrgKind;
  level: AdminLevel | null;
  rule: string;
  /** Level word or place that leads it, for resolution. */
  resolvable: boolean;
}

/** Heads by their first UTF-16 unit (a number: no one-character strings made per position). */
const HEADS_BY_FIRST = new Map<number, OrgHead[]>();
for (const h of [...ORG_HEADS].sort((a, b) => b.word.length - a.word.length)) {
  const k = h.word.charCodeAt(0);
  const list = HEADS_BY_FIRST.get(k);
  if (list) list.push(h);
  else HEADS_BY_FIRST.set(k, [h]);
}
/** The units a head starts with: most positions need no map lookup. */
const HEAD_STARTS = new UnitSet(HEADS_BY_FIRST.keys());
const TAILS = [...ORG_TAILS].sort((a, b) => b.length - a.length);
const LEVEL_WORDS = [...LEVEL_PREFIXES].sort((a, b) => b.word.length - a.word.length);
const TASKS = [...TASK_HEADS].sort((a, b) => b.word.length - a.word.length);
const TASK_WORDS = TASKS.map((t) => t.word);
const TASK_BY_WORD = new Map(TASKS.map((t) => [t.word, t] as const)); // words are unique (a test checks)
const CENTRALS = [...CENTRAL_ORGS].sort((a, b) => b.name.length - a.name.length);
const CENTRAL_NAMES = CENTRALS.map((c) => c.name);
const CENTRAL_KIND = new Map(CENTRALS.map((c) => [c.name, c.kind] as const)); // names are unique (a test checks)
/** Generic village words: 农村党支部 is no one village's branch. */
const GENERIC_VILLAGE = new Set([
  '农村',
  '乡村',
  '城乡',
  '行政村',
  '自然村',
  '各村',
  '全村',
  '本村',
  '该村',
  '新农村',
  '贫困村',
  '示范村',
  '重点村',
  '社区',
]);
/** Level words a bureau hangs off (县|公安局): county and above. */
const BUREAU_LEVELS = new Set(['省', '市', '县', '区', '州', '旗', '盟', '自治区', '自治州', '自治县']);

export function extractOrganizations(doc: Doc, ctx: OrgContext): Organization[] {
  const text = doc.text;
  const placeKeys = ctx.places
    .map((p) => ({ key: text.slice(p.span[0], p.span[1]), place: p }))
    .filter((p) => p.key.length >= 2)
    .sort((a, b) => b.key.length - a.key.length);
  const found: Found[] = [];
  // Positions already inside a found organisation: overlap tests stay linear on long lines.
  const cover = borrowBytes(text.length + 1);
  const taken = (s: number, e: number): boolean => {
    for (let k = s; k < e; k++) if (cover[k]) return true;
    return false;
  };
  const add = (f: Found): void => {
    found.push(f);
    cover.fill(1, f.start, f.end);
  };

  // National bodies.
  for (const { word, at: i } of occurrences(text, CENTRAL_NAMES)) {
    if (taken(i, i + word.length)) continue;
    const end = withTail(text, i + word.length);
    add({
      start: i,
      end,
      kind: CENTRAL_KIND.get(word) as OrgKind,
      level: 'central',
      rule: ORG_RULES.central.id,
      resolvable: true,
    });
  }

  const tokenEndingAt = (pos: number): Token | undefined => doc.tokens.endingAt(pos);

  // Bodies after a place or a level word.
  for (let i = 1; i < text.length; i++) {
    if (!HEAD_STARTS.has(text.charCodeAt(i))) continue;
    const heads = HEADS_BY_FIRST.get(text.charCodeAt(i));
    if (!heads) continue;
    const head = heads.find(
      (h) =>
        text.startsWith(h.word, i) &&
        !(HEAD_NOT_BEFORE[h.word] ?? '\u0000').includes(text[i + h.word.length] ?? '\u0001'),
    );
    if (!head) continue;
    if (cover[i]) continue;
    const lead =
      selfLed(text, i, head, placeKeys, true) ??
      leadBefore(text, i, head, placeKeys, tokenEndingAt) ??
      selfLed(text, i, head, placeKeys, false);
    if (!lead) continue;
    let start = lead.start;
    if (text.startsWith('中共', start - 2)) start -= 2;
    const end = withTail(text, i + head.word.length);
    let kind = head.kind;
    if (lead.level === 'village') kind = /(?:社区|居民区|居)$/.test(lead.word) ? 'community' : 'village';
    add({ start, end, kind, level: lead.level, rule: lead.rule, resolvable: true });
    i = end - 1;
  }

  // Bureaus: 县|公安局 is a head already; 县|农业农村|局.
  // Every 局 and 厅 from the fourth unit on, in text order (two indexOf streams merged).
  let nextJu = text.indexOf('局', 3);
  let nextTing = text.indexOf('厅', 3);
  while (nextJu >= 0 || nextTing >= 0) {
    const e = nextJu < 0 ? nextTing : nextTing < 0 ? nextJu : Math.min(nextJu, nextTing);
    if (e === nextJu) nextJu = text.indexOf('局', e + 1);
    else nextTing = text.indexOf('厅', e + 1);
    if (/^[面势限部]/.test(text[e + 1] ?? '')) continue;
    // 顾全大局/格局 (jieba keeps them whole); 民政局 is a word of its own, so 政局 inside it does not count.
    if (cover[e]) continue;
    // (Only where such a word is written there: the text check spares segmenting the clause.)
    if (wordBefore(text, e + 1, NOT_BUREAU) && NOT_BUREAU.includes(tokenEndingAt(e + 1)?.word ?? '')) continue;
    for (let len = 2; len <= 6; len++) {
      const s = e - len;
      if (s < 1) break;
      const body = text.slice(s, e);
      if (![...body].every((c) => isHan(c)) || TASK_LEFT_STOPS.some((w) => body.includes(w) && w.length === 1)) break;
      const place = placeKeys.find(
        (p) => text.startsWith(p.key, s - p.key.length) && p.place.level !== 'village' && p.place.level !== 'township',
      );
      const lw = LEVEL_WORDS.find((l) => BUREAU_LEVELS.has(l.word) && text.startsWith(l.word, s - l.word.length));
      if (!place && !lw) continue;
      if (!place && NOT_LEVEL_WORDS.some((w) => text.startsWith(w, s - 1))) continue;
      const start = place ? s - place.key.length : s - (lw as { word: string }).word.length;
      if (!place && collectiveBefore(text, start)) break;
      if (taken(start, e + 1)) break;
      const level = place ? place.place.level : (lw as { level: AdminLevel }).level;
      add({ start, end: e + 1, kind: 'government', level, rule: ORG_RULES.bureau.id, resolvable: true });
      break;
    }
  }

  // Task bodies and enterprises.
  for (const { word, at: i } of occurrences(text, TASK_WORDS)) {
    const t = TASK_BY_WORD.get(word) as { word: string; kind: OrgKind };
    const end = i + t.word.length;
    if (taken(i, end)) continue;
    const s = taskStart(doc.tokens, i, t.kind === 'working-group');
    const minBody = t.kind === 'enterprise' ? 2 : t.word === '工作专班' ? 0 : 1;
    if (i - s < minBody) continue;
    if (taken(s, end)) continue;
    // 县|防汛抗旱指挥部 leads with a level word; 县级…, 乡村振兴…, 乡镇… do not (the word goes on).
    const lw = LEVEL_WORDS.find(
      (l) =>
        text.startsWith(l.word, s) &&
        l.word.length + s < i &&
        text[s + l.word.length] !== '级' &&
        doc.tokens.startingAt(s + l.word.length) !== undefined,
    );
    const place = placeKeys.find((p) => text.startsWith(p.key, s));
    const level = place ? place.place.level : lw ? lw.level : null;
    add({ start: s, end, kind: t.kind, level, rule: ORG_RULES.task.id, resolvable: Boolean(place || lw) });
  }

  releaseBytes(cover);
  found.sort((a, b) => a.start - b.start);
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

/** Extends over one sub-body word (县委|理论学习中心组). */
function withTail(text: string, end: number): number {
  const tail = TAILS.find((t) => text.startsWith(t, end));
  return tail ? end + tail.length : end;
}

function collectiveBefore(text: string, pos: number): boolean {
  return COLLECTIVE_BEFORE.some((w) => text.startsWith(w, pos - w.length));
}

interface Lead {
  start: number;
  word: string;
  level: AdminLevel | null;
  rule: string;
}

/** What leads a body word at `i`: a place, a village word jieba keeps whole, or a bare level word. */
function leadBefore(
  text: string,
  i: number,
  head: OrgHead,
  placeKeys: ReadonlyArray<{ key: string; place: Place }>,
  tokenEndingAt: (pos: number) => Token | undefined,
): Lead | null {
  const place = placeKeys.find((p) => text.startsWith(p.key, i - p.key.length));
  if (place)
    return { start: i - place.key.length, word: place.key, level: place.place.level, rule: ORG_RULES.place.id };
  const lw = LEVEL_WORDS.find((l) => text.startsWith(l.word, i - l.word.length));
  if (!lw) return null;
  const start = i - lw.word.length;
  // 园区党委, 城区政府: a word that ends in a level character is not a level word.
  const two = text.slice(start - 1, i);
  if (lw.word.length === 1 && NON_PLACE_NAMES.has(two)) return null;
  if (collectiveBefore(text, start)) return null;
  if (lw.word === '村' || lw.word === '社区' || lw.word === '嘎查') {
    const tok = tokenEndingAt(i);
    const prev = tok && tok.word === lw.word ? tokenEndingAt(tok.start) : undefined;
    const word =
      tok &&
      tok.word.length > lw.word.length &&
      tok.word.length <= 6 &&
      tok.word.endsWith(lw.word) &&
      !NOT_PLACE_START.includes(tok.word[0] as string)
        ? tok.word
        : prev && isHan(prev.word[0]) && prev.word.length >= 2 && /^(x|ns|nr|nz|n)$/.test(prev.tag)
          ? prev.word + lw.word
          : null;
    if (word) {
      if (GENERIC_VILLAGE.has(word)) return null;
      // 北岭乡柳塘村: jieba may cut 乡柳|塘村; the village starts where the township named before it ends.
      const start = villageStartAfterPlace(text, i - word.length, placeKeys);
      return { start, word: text.slice(start, i), level: 'village', rule: ORG_RULES.village.id };
    }
    if (GENERIC_VILLAGE.has(two)) return null;
  }
  // 委 alone only after a level word standing for a body of government (县委, 市委, 村委).
  if (head.word === '委' && !/^(省|市|州|盟|县|区|旗|镇|乡|村|自治区|自治州|自治县)$/.test(lw.word)) return null;
  return { start, word: lw.word, level: lw.level, rule: ORG_RULES.level.id };
}

/** Moves a village name's start back to the end of a place written just before it (at most two characters back). */
function villageStartAfterPlace(
  text: string,
  start: number,
  placeKeys: ReadonlyArray<{ key: string; place: Place }>,
): number {
  for (let back = 1; back <= 2; back++) {
    const end = start - back;
    if (end <= 0 || !isHan(text[end])) break;
    if (placeKeys.some((p) => p.place.level !== 'village' && text.startsWith(p.key, end - p.key.length))) return end;
  }
  return start;
}

/**
 * 村委会/居委会/街道办事处 carry their own level word: 东坡村委会, 白水街道办事处
 * (a place ending in that word), or bare 村委会 (`placeOnly` false).
 */
function selfLed(
  text: string,
  i: number,
  head: OrgHead,
  placeKeys: ReadonlyArray<{ key: string; place: Place }>,
  placeOnly: boolean,
): Lead | null {
  const lw = /^(村|居|街道)/.exec(head.word)?.[1];
  if (!lw) return null;
  const place = placeKeys.find((p) => p.key.endsWith(lw) && text.startsWith(p.key, i + lw.length - p.key.length));
  if (place)
    return {
      start: i + lw.length - place.key.length,
      word: place.key,
      level: place.place.level,
      rule: ORG_RULES.place.id,
    };
  if (placeOnly || lw === '街道' || collectiveBefore(text, i)) return null;
  return { start: i, word: lw, level: 'village', rule: ORG_RULES.level.id };
}

/**
 * Where a task body's name starts: back over jieba words that can name a task
 * (nouns, verbal nouns, time words: 春季/工作|领导小组), at most 16 characters,
 * stopping at verbs, numbers, stop words (成立, 的) and anything not Han.
 */
function taskStart(tokens: TokenIndex, i: number, verbs: boolean): number {
  let t = tokens.endingAt(i);
  if (!t) {
    // The head cuts a word (…工作专班 kept whole by jieba): start from the word that holds it.
    const holder = tokens.covering(i);
    if (!holder || holder.start === i) return i;
    i = holder.start;
    t = tokens.endingAt(i);
  }
  let s = i;
  const limit = i - 16;
  for (; t; t = tokens.endingAt(t.start)) {
    if (t.start < limit) break;
    if (![...t.word].every((c) => isHan(c))) break;
    const tagOk = TASK_TOKEN_TAGS.has(t.tag) || (verbs && WORKING_GROUP_EXTRA_TAGS.has(t.tag));
    if (!tagOk || TASK_LEFT_STOPS.includes(t.word) || TASK_VERB_STOPS.includes(t.word)) break;
    s = t.start;
  }
  return s;
}
