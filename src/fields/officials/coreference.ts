/**
 * Surname + post (李书记, 孙镇长, 欧阳书记) as a mention of the one official
 * with that surname (and, when several share it, that post). Adds mentions
 * only: no official is made here (official.surname-title-coref).
 */
import type { Official } from '../../types.js';
import { isHan } from '../../text/han.js';
import { LEFT_STOP_CHARS } from '../../lexicon/official-words.js';
import { COMPOUND_SURNAMES } from '../../lexicon/surnames.js';
import { borrowBytes, releaseBytes } from '../../text/scratch.js';
import { type Ctx, type Hit, NAME_FIRST_SCANNER, oneOf } from './context.js';

/** No official has the surname (one shared list: `pick` remembers answers per list). */
const NONE: Official[] = [];

function add(map: Map<string, Official[]>, key: string, o: Official): void {
  const list = map.get(key);
  if (list) list.push(o);
  else map.set(key, [o]);
}

export function linkSurnameTitles(ctx: Ctx, officials: Official[], mentionsTaken: Hit[]): void {
  const { text } = ctx;
  const taken = borrowBytes(text.length + 1);
  for (const h of mentionsTaken) taken.fill(1, h.start, h.end);
  // By first character, and by compound surname for those that have one (欧阳晓红 → 欧阳).
  const bySurname = new Map<string, Official[]>();
  const byCompound = new Map<string, Official[]>();
  for (const o of officials) {
    const first = o.mentions[0];
    if (!first) continue;
    add(bySurname, text.charAt(first[0]), o);
    const two = text.slice(first[0], first[0] + 2);
    if (COMPOUND_SURNAMES.has(two)) add(byCompound, two, o);
  }
  /** The one official a surname + post names, or null. */
  const choose = (cands: Official[], post: string): Official | null => {
    let out = cands;
    if (out.length > 1)
      out = out.filter((o) => o.titles.some((t) => t.position.endsWith(post) || post.endsWith(t.position)));
    return out.length === 1 ? (out[0] as Official) : null;
  };
  // Once per candidate list and post (titles do not change here): many officials sharing a
  // surname and many surname + post mentions cost no product of the two.
  const picked = new Map<Official[], Map<string, Official | null>>();
  const pick = (cands: Official[], post: string): Official | null => {
    let byPost = picked.get(cands);
    if (!byPost) picked.set(cands, (byPost = new Map()));
    let o = byPost.get(post);
    if (o === undefined) byPost.set(post, (o = choose(cands, post)));
    return o;
  };
  /** A surname starting at `s` stands on its own: at a text, clause or word boundary. */
  const freeStart = (s: number): boolean => !isHan(text[s - 1]) || oneOf(LEFT_STOP_CHARS, text.charAt(s - 1));
  for (const m of NAME_FIRST_SCANNER.scan(text)) {
    const end = m.at + m.word.length;
    // 欧阳书记: a compound surname before the post, when an official has it.
    const c = m.at - 2;
    const compound = c >= 0 ? byCompound.get(text.slice(c, m.at)) : undefined;
    if (compound && freeStart(c) && !taken[c] && !taken[c + 1] && !taken[m.at]) {
      const o = pick(compound, m.word);
      if (o) {
        o.mentions.push([c, end]);
        continue;
      }
    }
    const s = m.at - 1;
    if (s < 0) continue;
    if (!freeStart(s)) continue;
    if (taken[s] || taken[m.at]) continue;
    const o = pick(bySurname.get(text.charAt(s)) ?? NONE, m.word);
    if (o) o.mentions.push([s, end]);
  }
  releaseBytes(taken);
  for (const o of officials) o.mentions.sort((a, b) => a[0] - b[0]);
}
