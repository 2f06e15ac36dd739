/** Shared by the refiners that add people the officials extractor missed. */
import type { Doc, Official, Span } from '../../../types.js';

/** Every occurrence of a name as written. */
export function mentionsOf(doc: Doc, name: string): Span[] {
  const spans: Span[] = [];
  for (let at = doc.original.indexOf(name); at >= 0; at = doc.original.indexOf(name, at + name.length))
    spans.push([at, at + name.length]);
  return spans;
}

/** The officials with the added people, in order of first mention. */
export function withPeople(officials: Official[], added: Official[]): Official[] {
  if (added.length === 0) return officials;
  const first = (o: Official) => o.mentions[0]?.[0] ?? Number.MAX_SAFE_INTEGER;
  return [...officials, ...added].sort((a, b) => first(a) - first(b));
}
