/**
 * Short forms (陕西, 石家庄, 三原) only where they cannot be part of a word
 * (they must coincide with jieba token boundaries) and the context says
 * place: a province, right after a parent (陕西三原), in a 、-list with a
 * place (石家庄、保定), before 等地/一带, or with their own level word (恩施州).
 */
import { isHanCode } from '../../../text/han.js';
import { WordList } from '../../../text/word-list.js';
import type { Doc } from '../../../types.js';
import { PLACE_FOLLOWERS } from '../../../lexicon/place-words.js';
import { contains, type Division, shortNameTrie } from '../division.js';
import { Cover, type Edges, edges, type Mention } from '../mention.js';
import { PLACE_RULES } from '../rules.js';

/** After a short form: words that mark it as a place (石家庄、保定等地). */
const PLACE_FOLLOWER_WORDS = new WordList(PLACE_FOLLOWERS);

const SHORT_MAX = 4;

/** `starts`: where a short form may start (Positions.shortStarts); `full`: the full names found. */
export function shortMentions(doc: Doc, full: Mention[], starts: readonly number[]): Mention[] {
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
function shortContext(text: string, m: Mention, places: Edges): Division[] | boolean {
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
  if (PLACE_FOLLOWER_WORDS.startingAt(text, m.end) !== null) return true;
  // In a list with a place: 石家庄、保定 / 保定和石家庄.
  const sepAfter = /^[、和与及]/.test(text.slice(m.end, m.end + 1));
  const sepBefore = /[、和与及]$/.test(text.slice(m.start - 1, m.start));
  const sameLevel = (p: Mention | undefined): boolean =>
    p?.units.some((u) => m.units.some((v) => v.level === u.level)) === true;
  if (sepAfter && sameLevel(places.byStart.get(m.end + 1))) return true;
  if (sepBefore && sameLevel(places.byEnd.get(m.start - 1))) return true;
  return false;
}
