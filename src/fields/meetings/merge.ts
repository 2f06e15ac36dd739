/** One item per meeting: mentions naming the same meeting merge into the longest name and the best-placed date. */
import type { Candidate } from './mention.js';
import { sameMeeting } from './text.js';
import { meetingType } from './type.js';
import type { Doc, MeetingItem } from '../../types.js';
import { withoutSpaces } from '../../text/word-list.js';

/** Mentions naming the same meeting (sameMeeting) merge; the longest name stays, the best-placed date wins. */
export function merge(doc: Doc, items: Array<Candidate>): MeetingItem[] {
  items.sort((a, b) => a.order - b.order);
  const groups: Array<Array<Candidate>> = [];
  // Fuzzy comparison is quadratic in mentions: kept for article-sized inputs; beyond, exact keys.
  const fuzzy = items.length <= 300;
  const byKey = new Map<string, Array<Candidate>>();
  for (const it of items) {
    const g = fuzzy ? groups.find((gr) => gr.some((o) => sameMeeting(o.key, it.key))) : byKey.get(it.key);
    if (g) g.push(it);
    else {
      const fresh = [it];
      groups.push(fresh);
      byKey.set(it.key, fresh);
    }
  }
  return groups.map((g) => {
    const best = g.reduce((a, b) => (b.key.length > a.key.length ? b : a));
    // The best-placed date; among equals, the first mention's.
    const dated = g.reduce((a, b) => (b.dateQuality > a.dateQuality ? b : a));
    const date = dated.date;
    const name = withoutSpaces(best.pieces.map(([a, b]) => doc.original.slice(a, b)).join(''));
    return { name, type: meetingType(best.analysed) ?? null, date, span: best.span, rule: best.rule };
  });
}
