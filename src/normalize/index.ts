import { foldUnicode } from './unicode.js';
import { analyseScript, simplifiedView, type Script } from './script.js';

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
