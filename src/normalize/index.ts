import { foldUnicode } from './unicode.js';
import { analyseScript, hasTraditional, simplifiedView, type Script } from './script.js';

export interface Normalized {
  /** Same UTF-16 length as the input. */
  text: string;
  script: Script;
}

/** The analysed view of a text: folded forms, and simplified characters when it is traditional. */
export function normalizeText(original: string): Normalized {
  const folded = foldUnicode(original);
  const { script, view } = analyseScript(folded);
  const text = script === 'traditional' ? (view ?? simplifiedView(folded)) : folded;
  return { text, script };
}

/**
 * One form for traditional and simplified spellings of the same words (縣委常委
 * and 县委常委 give 县委常委), for keys that should not tell them apart.
 */
export function simplifiedKey(s: string): string {
  const folded = foldUnicode(s);
  return hasTraditional(folded) ? simplifiedView(folded) : folded;
}
