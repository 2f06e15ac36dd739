/** A document's kind from the last word of its title (decision, notice, plan…); null for newspapers and books. */
import { DOCUMENT_KINDS, TITLE_TAIL } from '../words.js';

export function documentKind(title: string): string | null {
  let t = title.trim();
  for (let i = 0; i < 3 && TITLE_TAIL.test(t); i++) t = t.replace(TITLE_TAIL, '').trim();
  for (const [ending, kind] of DOCUMENT_KINDS) if (t.endsWith(ending)) return kind;
  return null;
}
