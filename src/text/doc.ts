/** Builds the Doc every extractor receives. */
import { lazyTokenIndex, type Segmenter } from './token-index.js';
import type { Doc } from '../types.js';

export interface DocOptions {
  /** Cuts a clause into tagged tokens; tests pass a stub when no tokens are wanted. */
  segment: Segmenter;
  publishedAtHint?: string | null;
}

export function makeDoc(original: string, text: string, options: DocOptions): Doc {
  return {
    original,
    text,
    publishedAtHint: options.publishedAtHint ?? null,
    tokens: lazyTokenIndex(text, options.segment),
  };
}
