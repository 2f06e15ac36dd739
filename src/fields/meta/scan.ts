/**
 * One pass over the text finds every place where a header or credit word
 * (a credit role, a date or source label …) may start: the word's first two
 * characters (or its only one) stand there. These places are few per text, so
 * the extractors try their long word-list patterns only there (sticky) instead
 * of scanning the whole text with them; what is found does not change.
 */
import {
  CREDIT_ROLES,
  PUBLISHED_LABELS_DOCUMENT,
  PUBLISHED_LABELS_PRIMARY,
  PUBLISHED_LABELS_SECONDARY,
  SOURCE_LABELS,
} from '../../lexicon/meta-words.js';
import { lowerBound } from '../../text/collections.js';

/**
 * Word lists looked for, by name. Each must stay in step with the pattern that
 * relies on it: every match of that pattern starts with one of the list's words
 * (labels, roles, captions, brackets) or contains one (datelines, reporters, 据).
 */
export const SCAN_LISTS = {
  roles: CREDIT_ROLES,
  publishedLabels: [...PUBLISHED_LABELS_PRIMARY, ...PUBLISHED_LABELS_SECONDARY, ...PUBLISHED_LABELS_DOCUMENT],
  sourceLabels: SOURCE_LABELS,
  /** Photo captions: (图片|摄影)?记者 …摄. */
  captions: ['图片记者', '摄影记者', '记者'],
  /** (据新华社), (转自…), (摘自…). */
  accordingBrackets: ['(据', '(转自', '(摘自'],
  /** What a dateline ends in: 新华社北京3月1日电, 某某日报讯, …消息. */
  datelineWords: ['讯', '电', '消息'],
  /** An outlet's reporter at the top: 某某报记者 张三, 某某报通讯员. */
  reporterWords: ['记者', '通讯员'],
  /** 据XX: the lead names its source. */
  according: ['据'],
} as const satisfies Record<string, readonly string[]>;

type ListName = keyof typeof SCAN_LISTS;
/** For each list, the offsets (ascending) where one of its words may start. */
export type MetaScan = Record<ListName, number[]>;

const NAMES = Object.keys(SCAN_LISTS) as ListName[];

/*
 * Lookup structures, kept small so that they stay in cache while the rest of
 * the pipeline runs (a 64 KB table indexed by character code does not):
 * two bit sets over all UTF-16 code units (which characters end a word's
 * first pair, or are a one-character word; which characters start a longer
 * word), and a small open-addressing table from a pair (or a lone
 * character) to the lists whose words start with it.
 */
const IS_LAST = new Uint32Array(0x10000 >> 5);
const IS_LEAD = new Uint32Array(0x10000 >> 5);
const has = (bits: Uint32Array, c: number): boolean => (bits[c >> 5]! & (1 << (c & 31))) !== 0;
const set = (bits: Uint32Array, c: number): void => {
  bits[c >> 5] = bits[c >> 5]! | (1 << (c & 31));
};

const SLOTS = 1024;
/** Key: lead << 16 | last (lead 0 for a one-character word); 0 marks an empty slot. */
const KEYS = new Int32Array(SLOTS);
/** Bit k: a word of list k starts with that pair (or is that character). */
const LISTS = new Uint16Array(SLOTS);
const slotOf = (key: number): number => {
  let h = Math.imul(key, 0x9e3779b1) >>> 22;
  while (KEYS[h] !== 0 && KEYS[h] !== key) h = (h + 1) & (SLOTS - 1);
  return h;
};

if (NAMES.length > 16) throw new Error('meta-scan: too many lists');
NAMES.forEach((name, k) => {
  for (const w of SCAN_LISTS[name]) {
    const lead = w.length === 1 ? 0 : w.charCodeAt(0);
    const last = w.charCodeAt(w.length === 1 ? 0 : 1);
    set(IS_LAST, last);
    if (lead !== 0) set(IS_LEAD, lead);
    const key = (lead << 16) | last;
    const at = slotOf(key);
    KEYS[at] = key;
    LISTS[at] = LISTS[at]! | (1 << k);
  }
});
if (KEYS.filter((k) => k !== 0).length > SLOTS / 2) throw new Error('meta-scan: lookup table too full');

/** The lists (bits) whose words start with this pair or character; 0 when none. */
const listsOf = (key: number): number => LISTS[slotOf(key)]!;

export function scanMeta(text: string): MetaScan {
  const lists: number[][] = [];
  for (let k = 0; k < NAMES.length; k++) lists.push([]);
  // Second characters are the rarer (under a tenth of a text): test them first.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!has(IS_LAST, c)) continue;
    // A pair starts one character earlier than a single: record it first, so each list stays in order.
    const p = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (p !== 0 && has(IS_LEAD, p)) {
      for (let k = 0, bits = listsOf((p << 16) | c); bits !== 0; k++, bits >>= 1) if (bits & 1) lists[k]!.push(i - 1);
    }
    for (let k = 0, bits = listsOf(c); bits !== 0; k++, bits >>= 1) if (bits & 1) lists[k]!.push(i);
  }
  const out = {} as MetaScan;
  for (let k = 0; k < NAMES.length; k++) out[NAMES[k]!] = lists[k]!;
  return out;
}

/** Is there a word start p in `starts` with from <= p and p + len <= to? */
export function hasStartIn(starts: readonly number[], from: number, to: number, len: number): boolean {
  const k = lowerBound(starts, from);
  return k < starts.length && starts[k]! + len <= to;
}

/**
 * What a global regex's exec(str) with lastIndex = `from` returns, when every
 * match starts at one of `starts`: the sticky `re` is tried at those starts in
 * order. `str` may be a slice of the scanned text beginning at `offset`.
 */
export function execAt(
  re: RegExp,
  str: string,
  starts: readonly number[],
  from: number,
  offset = 0,
): RegExpExecArray | null {
  for (let k = lowerBound(starts, from + offset); k < starts.length; k++) {
    const at = starts[k]! - offset;
    if (at >= str.length) break;
    re.lastIndex = at;
    const m = re.exec(str);
    if (m) return m;
  }
  return null;
}
