/** Where a frame's object lies: after the trigger, before it (将/对/就…), or the sentence's 《》 topic. */
import type { Doc, DocumentItem, Span } from '../../types.js';
import { lowerBoundBy } from '../../text/collections.js';
import { type UnitSet, isSpaceCode, withoutSpaces } from '../../text/word-list.js';
import { clauseEndOf, sentenceStartOf } from '../shared/event-text.js';
import type { Env } from './env.js';

/** The object after the trigger (了, 给你们 skipped), to the clause end; null when empty. */
export function objectAfter(text: string, p: number, limit = 120): Span | null {
  let s = p;
  if (text[s] === '了') s++;
  while (s < text.length && isSpaceCode(text.charCodeAt(s))) s++;
  const e = trimEnd(text, s, clauseEndOf(text, s, limit));
  return e > s ? [s, e] : null;
}

export function trimEnd(text: string, s: number, e: number): number {
  while (e > s && (isSpaceCode(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 0x7b49) /* 等 */) e--;
  return e;
}

/** The first 《》 document in the sentence before `pos` (the topic of 《某办法》已经…同意,现印发…). */
export function topicDocument(env: Env, pos: number): Span | null {
  const ss = sentenceStartOf(env.doc.text, pos);
  for (const d of docsIn(env, ss, pos)) {
    if (env.doc.text[d.span[0] - 1] === '《' && d.span[1] + 1 <= pos) return [d.span[0] - 1, d.span[1] + 1];
  }
  // Documents are listed once: look for any 《》 pair in the sentence.
  const open = env.doc.text.slice(ss, pos).indexOf('《');
  if (open < 0) return null;
  const close = env.doc.text.slice(ss + open, pos).indexOf('》');
  return close > 0 ? [ss + open, ss + open + close + 1] : null;
}

/** Documents lying inside [a, b), in text order (binary search: env.documents is sorted by start). */
export function docsIn(env: Env, a: number, b: number): DocumentItem[] {
  const list = env.documents;
  const lo = lowerBoundBy(list, a, (d) => d.span[0]);
  const out: DocumentItem[] = [];
  for (let k = lo; k < list.length && (list[k] as DocumentItem).span[0] < b; k++) {
    const d = list[k] as DocumentItem;
    if (d.span[1] <= b) out.push(d);
  }
  return out;
}

/**
 * Titles of the 《》 pairs inside [a, b), as written (nested 〈〉/《》 kept). Read
 * from the text, since the documents list holds each title once (its first place).
 */
export function titlesIn(doc: Doc, a: number, b: number): string[] {
  const out: string[] = [];
  let depth = 0;
  let open = -1;
  for (let i = a; i < b; i++) {
    const ch = doc.text.charCodeAt(i);
    if (ch === 0x300a /* 《 */) {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === 0x300b /* 》 */ && depth > 0) {
      depth--;
      if (depth === 0) {
        const title = withoutSpaces(doc.original.slice(open + 1, i));
        if (title && !out.includes(title)) out.push(title);
      }
    }
  }
  return out;
}

/** Nothing after the trigger but 给你们/施行/the clause end: the object is elsewhere. */
export function bareTrigger(text: string, p: number): boolean {
  const rest = text.slice(p, p + 6);
  return /^(?:了)?(?:给你们|给各|你们|施行|实施|执行|[,。;\n]|$)/.test(rest);
}

/** 现将《某方案》印发 / 对某工作进行部署 / 就某事项作出部署: the object between 将/把/对/就 and the verb. */
export function objectBefore(text: string, cs: number, at: number, markers: RegExp): Span | null {
  const left = text.slice(cs, at);
  let best = -1;
  let len = 0;
  for (const m of left.matchAll(markers)) {
    best = m.index;
    len = m[0].length;
  }
  if (best < 0) return null;
  const s = cs + best + len;
  let e = at;
  const verb = /进行|作出|做出|予以|加以/.exec(text.slice(s, at));
  if (verb) e = s + verb.index;
  const tail = /(?:进行了?|作出了?|做出了?|予以|加以)?(?:安排|研究|统筹|详细|全面|再|具体|专题|系统|了|,)*$/.exec(
    text.slice(s, e),
  );
  if (tail) e -= tail[0].length;
  return e > s ? [s, e] : null;
}

/** Offset of the last line break at or before `from`, looking back at most `limit`; -1 when none (or too far). */
export function lastNewline(text: string, from: number, limit: number): number {
  const min = Math.max(0, from - limit);
  for (let i = from; i >= min; i--) if (text[i] === '\n') return i;
  return -1;
}

/** Whether a unit of text[from, to) is in `units`. */
export function anyUnitIn(text: string, from: number, to: number, units: UnitSet): boolean {
  for (let i = from; i < to; i++) if (units.has(text.charCodeAt(i))) return true;
  return false;
}
