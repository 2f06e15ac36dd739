/**
 * Overlapping hits and later mentions: where cues disagree, the stronger
 * (then longer) hit wins; every later occurrence of a found name is a
 * mention (official.mention).
 */
import type { Span } from '../../types.js';
import { DOCTRINE_AFTER } from '../../lexicon/official-words.js';
import { borrowBytes, releaseBytes } from '../../text/scratch.js';
import { wordAt } from '../../text/word-list.js';
import { occurrences } from '../../text/occurrences.js';
import { type Ctx, excluded, type Hit } from './context.js';
import { OFFICIAL_RULES as R } from './rules.js';

/** Resolves overlapping hits (lower priority number, then longer, wins), in text order. */
export function resolve(hits: Hit[], length: number): Hit[] {
  const sorted = [...hits].sort(
    (a, b) => a.priority - b.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  // An occupancy mask keeps this linear in the text (hits are a few characters long).
  const taken = borrowBytes(length + 1);
  const kept: Hit[] = [];
  for (const h of sorted) {
    let free = true;
    for (let i = h.start; i < h.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, h.start, h.end);
    kept.push(h);
  }
  releaseBytes(taken);
  return kept.sort((a, b) => a.start - b.start);
}

/** A name as written without the spaces of print layouts: one person per key. */
export const nameKey = (text: string, [s, e]: Span): string => text.slice(s, e).replace(/\s+/g, '');

/** A mention followed by a doctrine name (习近平|新时代中国特色社会主义思想) is no mention. */
function inDoctrine(text: string, end: number): boolean {
  return wordAt(text, end, DOCTRINE_AFTER) !== '';
}

/** Every occurrence of every found name becomes a mention. */
export function propagate(ctx: Ctx, hits: Hit[]): Hit[] {
  const { text } = ctx;
  const keys = new Map<string, Hit>();
  for (const h of hits) {
    const k = nameKey(text, [h.start, h.end]);
    if (!keys.has(k)) keys.set(k, h);
  }
  const all = [...hits];
  // (Their order in `all` does not matter: resolve orders every hit by priority, length and start.)
  const names = [...keys.keys()].filter((k) => k.length >= 2);
  for (const [k, starts] of occurrences(text, names)) {
    for (const i of starts) {
      if (!excluded(ctx, i, i + k.length))
        all.push({ start: i, end: i + k.length, rule: R.propagated.id, priority: 5 });
    }
  }
  return resolve(all, text.length).filter((h) => !inDoctrine(text, h.end) || h.priority < 2);
}
