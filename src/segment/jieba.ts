/**
 * The one nodejieba importer. Tokens come back with UTF-16 offsets into the
 * text they were cut from (jieba's words concatenate back to the input).
 */
import { createRequire } from 'node:module';
import type { Token } from '../types.js';

interface JiebaModule {
  tag(text: string): Array<{ word: string; tag: string }>;
  cut(text: string, hmm?: boolean): string[];
  load(options?: Record<string, string>): void;
  insertWord(word: string, tag?: string): boolean;
}

const require = createRequire(import.meta.url);
let jieba: JiebaModule | null = null;

/** Loads the dictionary once, on first use only (keeps cold start short when no tokens are needed). */
function engine(): JiebaModule {
  if (!jieba) jieba = require('nodejieba') as JiebaModule;
  return jieba;
}

/** Cuts and tags `text`; offsets are UTF-16 units. */
export function segment(text: string): Token[] {
  const raw = engine().tag(text);
  const tokens: Token[] = [];
  let cursor = 0;
  for (const { word, tag } of raw) {
    // jieba returns the text back piece by piece; indexOf guards against any dropped character.
    const at = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (at < 0) continue;
    tokens.push({ word, tag, start: at, end: at + word.length });
    cursor = at + word.length;
  }
  return tokens;
}
