/**
 * Documents: the text inside every outermost 《》 pair, each title once.
 * A single left-to-right scan with a depth counter keeps this linear even on
 * 100,000 unmatched 《 (a title longer than MAX_TITLE is dropped); nested
 * 《》, 〈〉 and <> stay inside the title.
 */
import type { Doc, DocumentItem } from '../types.js';

/** Titles longer than this are a missing 》, not a document. */
const MAX_TITLE = 200;

export const DOCUMENT_RULE = {
  id: 'doc.book-title-marks',
  example: '宣读《关于表彰2023年度先进集体的决定》 → 关于表彰2023年度先进集体的决定',
};

export function extractDocuments(doc: Doc): DocumentItem[] {
  const { text, original } = doc;
  const found: DocumentItem[] = [];
  const seen = new Set<string>();
  let open = -1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x300a /* 《 */) {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === 0x300b /* 》 */ && depth > 0) {
      depth--;
      if (depth === 0) {
        // A line break right after 《 happens in print layouts; the title is the text around it.
        let s = open + 1;
        let e = i;
        while (s < e && /\s/.test(text[s] as string)) s++;
        while (e > s && /\s/.test(text[e - 1] as string)) e--;
        const title = original.slice(s, e);
        const key = title.replace(/\s+/g, '');
        if (key && !seen.has(key)) {
          seen.add(key);
          found.push({ title, span: [s, e] });
        }
      }
    } else if (depth > 0 && i - open > MAX_TITLE) {
      depth = 0;
    }
  }
  return found;
}
