/**
 * The one nodejieba importer. Tokens come back with UTF-16 offsets into the
 * text they were cut from (jieba's words concatenate back to the input).
 */
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Token } from '../types.js';

interface JiebaModule {
  tag(text: string): Array<{ word: string; tag: string }>;
  cut(text: string, hmm?: boolean): string[];
  load(options?: Record<string, string>): void;
  insertWord(word: string, tag?: string): boolean;
}

const require = createRequire(import.meta.url);
let jieba: JiebaModule | null = null;

/**
 * Tagging needs only the word dictionary and the HMM model. nodejieba's
 * default load also reads a 6 MB idf table and stop words for keyword
 * extraction, which govx never asks for: stubs stand in for them (about
 * 150 ms and 20 MB less per process).
 */
const STUBS = fileURLToPath(new URL('../../data/jieba/', import.meta.url));

/** Loads the dictionary once, on first use only (keeps cold start short when no tokens are needed). */
function engine(): JiebaModule {
  if (!jieba) {
    const module = require('nodejieba') as JiebaModule;
    const idfDict = join(STUBS, 'idf-stub.utf8');
    const stopWordDict = join(STUBS, 'stop-words-stub.utf8');
    // cppjieba aborts the process on a missing file: without the stubs, take the full load.
    module.load(existsSync(idfDict) && existsSync(stopWordDict) ? { idfDict, stopWordDict } : {});
    jieba = module;
  }
  return jieba;
}

/**
 * Characters jieba's tokens could not be placed on (a token not found in the
 * text, or text skipped between tokens). jieba gives its input back piece by
 * piece, so this stays 0; tests assert it after segmenting every fixture.
 */
let unplaced = 0;

/** How many characters segmentation has failed to place since the process started. */
export function unplacedCharacters(): number {
  return unplaced;
}

/** Puts jieba's words back onto `text`: tokens, and how many characters no word covered. */
export function placeTokens(
  text: string,
  raw: ReadonlyArray<{ word: string; tag: string }>,
  offset = 0,
): { tokens: Token[]; unplaced: number } {
  const tokens: Token[] = [];
  let missing = 0;
  let cursor = 0;
  for (const { word, tag } of raw) {
    const at = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (at < 0) {
      missing += word.length;
      continue;
    }
    missing += at - cursor;
    tokens.push({ word, tag, start: offset + at, end: offset + at + word.length });
    cursor = at + word.length;
  }
  return { tokens, unplaced: missing + text.length - cursor };
}

/** Cuts and tags `text`; offsets are UTF-16 units, plus `offset` (where `text` sits in a longer one). */
export function segment(text: string, offset = 0): Token[] {
  const placed = placeTokens(text, engine().tag(text), offset);
  unplaced += placed.unplaced;
  return placed.tokens;
}
