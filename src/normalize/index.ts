import { foldUnicode } from './unicode.js';
import { detectScript, simplifiedView, type Script } from './script.js';

export interface Normalized {
  /** Same UTF-16 length as the input. */
  text: string;
  script: Script;
}

/** The analysed view of a text: folded forms, and simplified characters when it is traditional. */
export function normalizeText(original: string): Normalized {
  const folded = foldUnicode(original);
  const script = detectScript(folded);
  const text = script === 'traditional' ? simplifiedView(folded) : folded;
  return { text, script };
}
