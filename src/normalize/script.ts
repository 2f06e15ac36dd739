/**
 * Traditional-character detection and a simplified view of the same length.
 * The one opencc-js importer.
 */
import { createRequire } from 'node:module';
import { TRADITIONAL_CHARS } from '../lexicon/traditional-chars.js';
import { UnitSet } from '../text/unit-set.js';

const require = createRequire(import.meta.url);
type Convert = (s: string) => string;
let toSimplified: Convert | null = null;

function converter(): Convert {
  if (!toSimplified) {
    const OpenCC = require('opencc-js') as { Converter(o: { from: string; to: string }): Convert };
    toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
  }
  return toSimplified;
}

const HAN = /\p{Script=Han}/u;
/** The UTF-16 units the converter changes on their own. */
const TRADITIONAL = new UnitSet([TRADITIONAL_CHARS]);

export type Script = 'simplified' | 'traditional' | 'none';

export interface ScriptAnalysis {
  script: Script;
  /** The simplified view when it came out of the detection for free. */
  view?: string;
}

/** Counts Han characters that the converter changes; a text is traditional when enough do. */
export function analyseScript(text: string): ScriptAnalysis {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  // Most texts have no character the converter would change: no need to load or run it.
  let any = false;
  for (let i = 0; i < sample.length && !any; i++) any = TRADITIONAL.has(sample.charCodeAt(i));
  if (!any) {
    for (let i = 0; i < sample.length; i++) if (HAN.test(sample[i] as string)) return { script: 'simplified' };
    return { script: 'none' };
  }
  let han = 0;
  let changed = 0;
  const convert = converter();
  const converted = convert(sample);
  const sameLength = converted.length === sample.length;
  for (let i = 0; i < sample.length; i++) {
    const ch = sample[i] as string;
    if (!HAN.test(ch)) continue;
    han++;
    const simple = sameLength ? converted[i] : convert(ch);
    if (simple !== ch) changed++;
  }
  if (han === 0) return { script: 'none' };
  if (!(changed >= 3 && changed / han > 0.03)) return { script: 'simplified' };
  // The whole text converted at its own length is the view simplifiedView would build.
  return sample === text && sameLength ? { script: 'traditional', view: converted } : { script: 'traditional' };
}

/** Does the text hold any character the converter changes on its own? */
export function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (TRADITIONAL.has(text.charCodeAt(i))) return true;
  return false;
}

export function detectScript(text: string): Script {
  return analyseScript(text).script;
}

/** Does the converter change this character on its own? (Keeps the generated list honest.) */
export function convertsAlone(ch: string): boolean {
  return converter()(ch) !== ch;
}

/** Simplified view with the same UTF-16 length: phrase conversion where lengths agree, else per character. */
export function simplifiedView(text: string): string {
  const convert = converter();
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const line of text.split(/(?<=\n)/)) {
    const c = convert(line);
    if (c.length === line.length) {
      out += c;
      continue;
    }
    for (const ch of line) {
      const s = convert(ch);
      out += s.length === ch.length ? s : ch;
    }
  }
  return out;
}
