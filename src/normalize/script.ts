/**
 * Traditional-character detection and a simplified view of the same length.
 * The one opencc-js importer.
 */
import { createRequire } from 'node:module';

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

export type Script = 'simplified' | 'traditional' | 'none';

/** Counts Han characters that the converter changes; a text is traditional when enough do. */
export function detectScript(text: string): Script {
  let han = 0;
  let changed = 0;
  const convert = converter();
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const converted = convert(sample);
  const sameLength = converted.length === sample.length;
  for (let i = 0; i < sample.length; i++) {
    const ch = sample[i] as string;
    if (!HAN.test(ch)) continue;
    han++;
    const simple = sameLength ? converted[i] : convert(ch);
    if (simple !== ch) changed++;
  }
  if (han === 0) return 'none';
  return changed >= 3 && changed / han > 0.03 ? 'traditional' : 'simplified';
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
