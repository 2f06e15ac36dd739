/** Shared by the refiners that add people the officials extractor missed. */
import type { Doc, Official, Span } from '../../../types.js';
import { occurrences } from '../../../text/occurrences.js';

/** Every occurrence of each name as written, all names in one pass (linear however many there are). */
export function mentionsOf(doc: Doc, names: Iterable<string>): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  for (const [name, starts] of occurrences(doc.original, names)) {
    out.set(
      name,
      starts.map((at): Span => [at, at + name.length]),
    );
  }
  return out;
}

/** The officials with the added people, in order of first mention. */
export function withPeople(officials: Official[], added: Official[]): Official[] {
  if (added.length === 0) return officials;
  const first = (o: Official) => o.mentions[0]?.[0] ?? Number.MAX_SAFE_INTEGER;
  return [...officials, ...added].sort((a, b) => first(a) - first(b));
}
