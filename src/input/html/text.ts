/** String helpers shared by the HTML steps. */
import { LABEL_FOLD } from './labelwords.js';

/** Punctuation of running text; '：' alone marks labels ('来源：'), so it is not counted. */
export const SENTENCE_PUNCT = /[，。；！？、“”（）《》]/g;
export const END_PUNCT = /[。！？]/g;

export function visibleLen(s: string): number {
  return s.replace(/\s+/g, '').length;
}

export function count(re: RegExp, s: string): number {
  const m = s.match(re);
  return m === null ? 0 : m.length;
}

export function cleanLine(s: string): string {
  return s.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim();
}

const FOLD_RE = new RegExp(
  `[${Object.keys(LABEL_FOLD)
    .filter((k) => k.length === 1)
    .join('')}]`,
  'g',
);

export function fold(s: string): string {
  return s.replace(FOLD_RE, (c) => LABEL_FOLD[c] ?? c);
}

/** Whitespace-free NFKC form, for comparisons. */
export function norm(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}
