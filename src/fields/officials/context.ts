/**
 * What every officials module shares: the text being read, a found name span
 * (a hit) and the compiled word lists the cues and title readers look up.
 */
import type { Span, Token } from '../../types.js';
import { HOLDING_WORDS, NAME_FIRST_POSTS, POST_NOUNS } from '../../lexicon/titles.js';
import { BARE_NAME_BEFORE, LEFT_STOP_WORDS, RIGHT_WORDS } from '../../lexicon/official-words.js';
import { NON_TITLE_DESCRIPTORS } from './descriptor-words.js';
import { NO_TOKENS, type TokenIndex } from '../../text/token-index.js';
import { byLength, WordScanner } from '../../text/word-list.js';
import { mergeSpans, overlapsSorted } from '../../text/collections.js';

export interface Ctx {
  text: string;
  original: string;
  /** Header/byline spans, sorted and disjoint (mergeSpans): names inside are not officials. */
  exclude: readonly Span[];
  tokens: TokenIndex;
}

/** Lower wins when two hits overlap: title cues 0, lists and marked names 1, … propagated mentions 5. */
export type Priority = 0 | 1 | 2 | 3 | 4 | 5;

/** A name span found by one cue. */
export interface Hit {
  start: number;
  end: number;
  rule: string;
  priority: Priority;
}

/** How a cue reports a name span (null: none); spans inside excluded spans are dropped. */
export type Push = (span: [number, number] | null, rule: string, priority: Priority) => void;

/** A context without tokens (title look-aheads that need none). */
export function ctxFor(text: string): Ctx {
  return { text, original: text, exclude: [], tokens: NO_TOKENS };
}

/** Does [start, end) overlap a header span? (A binary search: called once per name candidate.) */
export function excluded(ctx: Ctx, start: number, end: number): boolean {
  return overlapsSorted(ctx.exclude, start, end);
}

/** Spans as `excluded` reads them: sorted and disjoint (unchanged when they already are, as meta's headerSpans). */
export function sortedSpans(spans: readonly Span[]): readonly Span[] {
  for (let i = 1; i < spans.length; i++) {
    if ((spans[i] as Span)[0] <= (spans[i - 1] as Span)[1]) return mergeSpans(spans);
  }
  return spans;
}

/** A title never runs further left than this from its post noun. */
export const MAX_TITLE_LEN = 32;
/** Spaces allowed between a title and its name in print layouts (省长  张三). */
export const MAX_GAP = 3;

export const POSTS = byLength(POST_NOUNS);
/** Post nouns as a regex alternation of them would find them (longest first). */
export const POST_SCANNER = new WordScanner(POSTS);
export const NAME_FIRST = byLength(NAME_FIRST_POSTS);
export const NAME_FIRST_SCANNER = new WordScanner(NAME_FIRST);
export const RIGHT = byLength(RIGHT_WORDS);
export const LEFT_WORDS = byLength(LEFT_STOP_WORDS);
export const HOLDING = byLength(HOLDING_WORDS);
export const DESCRIPTORS = byLength(NON_TITLE_DESCRIPTORS);
export const BEFORE_CUES = byLength(BARE_NAME_BEFORE);

/** Single characters after a given name that are almost never its last character (张三|等). */
export const STRONG_RIGHT_CHARS = '等说称和及与';
/** Single characters after a name that are function words far more often than a name's last character. */
export const PREPOSITIONS = '作做就对在到将向从以被把';
/** jieba tags under which a token starting at a surname may still be a name. */
export const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'nz', 'x']);
/** jieba tags of a person's name proper. */
export const PERSON_TAGS = ['nr', 'nrt', 'nrfg'];

/** Is `c` one character of `set`? ('' and undefined never are: ''.includes would say yes.) */
export const oneOf = (set: string, c: string | undefined): boolean =>
  c !== undefined && c.length === 1 && set.includes(c);
export const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u3000';

/** A multi-character jieba token that is a common word (not a name or an unknown string). */
export function commonToken(t: Token | undefined): t is Token {
  return t !== undefined && t.word.length >= 2 && !NAME_TAGS.has(t.tag);
}

/** A jieba token that starts at the surname and is a common word (强调, 国家) rules the name out. */
export function commonWordAt(ctx: Ctx, pos: number): boolean {
  return commonToken(ctx.tokens.startingAt(pos));
}
