/**
 * Who an act names: an official's mention where the officials list covers
 * it, else a name-shaped guess bounded by 同志/的/为, a title before it or a
 * list edge.
 */
import { COMPOUND_SURNAMES } from '../../lexicon/surnames.js';
import { BARE_NAME_BEFORE } from '../../lexicon/official-words.js';
import { isSpaceCode, WordList, withoutSpaces } from '../../text/word-list.js';
import { nameShape } from '../shared/name-shape.js';
import type { Env } from './env.js';
import { endsWithPost } from './posts.js';

export interface Person {
  name: string;
  start: number;
  end: number;
}

const BARE_BEFORE = new WordList(BARE_NAME_BEFORE);

/** Characters that may stand right before a name in a list or after a title (,、:): , ; 。 : 、 ) ( and spaces. */
function isNameLeftEdge(c: number): boolean {
  return (
    c === 0x2c || c === 0x3b || c === 0x3002 || c === 0x3a || c === 0x3001 || c === 0x29 || c === 0x28 || isSpaceCode(c)
  );
}
/** Prepositions and conjunctions right before a name (由某某, 和某某). */
const NAME_AFTER_CHARS = new Set([...'由以经对将是和与及'].map((ch) => ch.charCodeAt(0)));

/** Name lengths tried before a title or list edge, most likely first. */
const NAME_LENGTHS = [3, 2, 4];

/** Characters a title may start with right after a name (免去张三|县水利局局长职务). */
const TITLE_START_CHARS = '省市县区镇乡村州旗盟副代常中国全党团人政原第兼';

/** Drops 同志, (女)/(男), 等 and spaces at the end of a person part. */
export function trimPersonEnd(text: string, a: number, b: number): number {
  let e = b;
  for (let changed = true; changed && e > a; ) {
    changed = false;
    // Every tail ends in 志, ), 人, 等 or a space: most ends need no pattern run.
    const c = text.charCodeAt(e - 1);
    if (
      c !== 0x5fd7 /* 志 */ &&
      c !== 0x29 /* ) */ &&
      c !== 0x4eba /* 人 */ &&
      c !== 0x7b49 /* 等 */ &&
      !isSpaceCode(c)
    )
      break;
    const s = text.slice(a, e);
    const tail = /(?:同志|\((?:女|男|[^()]{1,6}族)\)|等人|等|\s+)$/.exec(s);
    if (tail && tail[0].length < s.length) {
      e -= tail[0].length;
      changed = true;
    }
  }
  return e;
}

/**
 * The person ending at `b` in [a, b): an official's mention ending there, a
 * whole part that is a name, or the last 2–3 characters after a title or a
 * list edge. Returns the name as written and where it starts.
 */
export function personEndingAt(env: Env, a: number, b: number): { name: string; start: number } | null {
  const { text, original } = env.doc;
  const e = trimPersonEnd(text, a, b);
  const known = env.names.endingAt(e);
  if (known && known.start >= a) return known;
  const part = text.slice(a, e);
  if (nameShape(withoutSpaces(part))) return { name: withoutSpaces(original.slice(a, e)), start: a };
  for (const len of NAME_LENGTHS) {
    const s = e - len;
    if (s <= a) continue;
    const cand = text.slice(s, e);
    if (!nameShape(cand)) continue;
    const before = text.slice(a, s);
    const edge = before.charCodeAt(before.length - 1);
    if (
      endsWithPost(before) ||
      isNameLeftEdge(edge) ||
      NAME_AFTER_CHARS.has(edge) ||
      BARE_BEFORE.endOf(before) !== null
    ) {
      return { name: original.slice(s, e), start: s };
    }
  }
  return null;
}

/** The person starting at `a` (免去|张三…): an official's mention, else a name up to 同志/的 or before a title start. */
export function personStartingAt(env: Env, a: number, limit: number): { name: string; end: number } | null {
  const { text, original } = env.doc;
  const known = env.names.startingAt(a);
  if (known) return known;
  const win = text.slice(a, Math.min(limit, a + 8));
  const marked = /^([\u3400-\u9fff·]{2,8}?)(?:同志|的|\()/.exec(win);
  if (marked && nameShape(marked[1] as string))
    return { name: original.slice(a, a + (marked[1] as string).length), end: a + (marked[1] as string).length };
  // No marker: a title follows the name directly (免去张三县水利局局长职务).
  const compound = COMPOUND_SURNAMES.has(win.slice(0, 2));
  // A place name (two or three characters and a level) starts the title: 何八|蓝河区委书记.
  const place = (k: number): boolean =>
    /^[\u3400-\u9fff]{2,3}?(?:省|市|县|区|镇|乡|村|州|旗|盟|街道)/.test(text.slice(a + k, a + k + 6));
  const shortFirst = TITLE_START_CHARS.includes(win[2] ?? '') || (place(2) && !place(3));
  const lens = compound ? [4, 3] : /^.某某/.test(win) ? [3] : shortFirst ? [2, 3] : [3, 2];
  for (const len of lens) {
    const cand = win.slice(0, len);
    if (cand.length === len && nameShape(cand)) return { name: original.slice(a, a + len), end: a + len };
  }
  return null;
}

/** Person parts joined by 、/和/及 in [a, b): each a name (else the whole list fails). */
export function personsIn(env: Env, a: number, b: number): Person[] | null {
  const { text } = env.doc;
  const e = trimPersonEnd(text, a, b);
  const out: Person[] = [];
  let from = a;
  for (let i = a; i <= e; i++) {
    const sep = i === e || text[i] === '、' || ((text[i] === '和' || text[i] === '及') && i - from >= 2);
    if (!sep) continue;
    const p = personEndingAt(env, from, i);
    if (!p) return null;
    out.push({ name: p.name, start: p.start, end: trimPersonEnd(text, p.start, i) });
    from = i + 1;
  }
  return out.length > 0 ? out : null;
}
