/**
 * Documents: the text inside every outermost 《》 pair, each title once, with
 * its kind (from the title's last word), its 文号 when one follows it, and
 * its issuer where the text states it. One left-to-right scan with a depth
 * counter keeps this linear even on 100,000 unmatched 《 (a title longer than
 * MAX_TITLE is dropped); nested 《》, 〈〉 and <> stay inside the title.
 * Every item carries the finder's rule (doc.book-title-marks); the refiners
 * (refiners/kind.ts, number.ts, issuer.ts) fill its kind, 文号 and issuer.
 */
import { DOCUMENT_RULES } from './rules.js';
import { documentKind } from './refiners/kind.js';
import { issuerBefore, issuerInTitle } from './refiners/issuer.js';
import { numberAfter } from './refiners/number.js';
import type { Doc, DocumentItem } from '../../types.js';
import { isSpaceCode } from '../../text/word-list.js';

export { documentKind } from './refiners/kind.js';

/** Titles longer than this are a missing 》, not a document. */
const MAX_TITLE = 200;

export function extractDocuments(doc: Doc): DocumentItem[] {
  const { text, original } = doc;
  const n = text.length;
  const found: DocumentItem[] = [];
  const seen = new Set<string>();
  let open = -1;
  let depth = 0;
  // The scan jumps from bracket to bracket (indexOf is far faster than a loop over
  // every unit); each next-bracket position is looked up once, so the scan stays linear.
  let nextOpen = -1;
  let nextClose = -1;
  let i = 0;
  while (i < n) {
    if (nextOpen < i) nextOpen = indexOrEnd(text, '《', i);
    if (depth === 0) {
      // Outside a title only 《 matters.
      if (nextOpen >= n) break;
      open = nextOpen;
      depth = 1;
      i = nextOpen + 1;
      continue;
    }
    if (nextClose < i) nextClose = indexOrEnd(text, '》', i);
    const bracket = Math.min(nextOpen, nextClose);
    // A title longer than MAX_TITLE is dropped at its first other unit past the limit.
    const tooLong = Math.max(i, open + MAX_TITLE + 1);
    if (tooLong < bracket && tooLong < n) {
      depth = 0;
      i = tooLong + 1;
      continue;
    }
    if (bracket >= n) break;
    i = bracket + 1;
    if (bracket === nextOpen) {
      depth++;
      continue;
    }
    depth--;
    if (depth > 0) continue;
    const close = bracket;
    // A line break right after 《 happens in print layouts; the title is the text around it.
    let s = open + 1;
    let e = close;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    const title = original.slice(s, e);
    const key = title.replace(/\s+/g, '');
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const analysed = text.slice(s, e);
    found.push({
      title,
      kind: documentKind(analysed),
      number: numberAfter(text, original, close),
      issuer: issuerInTitle(analysed, original, s) ?? issuerBefore(text, original, open),
      span: [s, e],
      rule: DOCUMENT_RULES.bookTitleMarks.id,
    });
  }
  return found;
}

/** text.indexOf(ch, from), or the text's length when absent. */
function indexOrEnd(text: string, ch: string, from: number): number {
  const k = text.indexOf(ch, from);
  return k < 0 ? text.length : k;
}
