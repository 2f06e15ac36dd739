/**
 * Runs a table of date parsers over a text. An anchored parser's pattern is
 * tried only near its anchor characters; the matches are the same as a scan
 * of the whole text (test/dates-anchors.test.ts checks it).
 */
import { codes } from './blocks.js';
import type { DateParser, RawGroup } from './types.js';

/** A small character class, tested without a regex: ASCII by table, the rest by set. */
interface CharClass {
  ascii: Uint8Array;
  other: ReadonlySet<number> | null;
}

function charClass(chars: string): CharClass {
  const ascii = new Uint8Array(128);
  const other: number[] = [];
  for (const c of codes(chars)) {
    if (c < 128) ascii[c] = 1;
    else other.push(c);
  }
  return { ascii, other: other.length > 0 ? new Set(other) : null };
}

function inClass(k: CharClass, c: number): boolean {
  return c < 128 ? k.ascii[c] === 1 : k.other?.has(c) === true;
}

/** How runParsers runs one parser; built once per parser list, not per text. */
interface Step {
  parser: DateParser;
  /** Private copies of the pattern: global, and sticky for an anchored parser. */
  global: RegExp;
  sticky: RegExp;
  /** Index into Plan.groups (the parser's anchor characters), or -1: no anchor, scan the whole text. */
  group: number;
  lead: number;
  first: CharClass;
  between: CharClass;
  needs: CharClass | null;
}

interface Plan {
  steps: Step[];
  /** The anchor characters: a bit set over all code units (small: stays in cache), and each one's code by slot. */
  isAnchor: Uint32Array;
  anchorCodes: number[];
  /** Distinct `anchor.chars` of the parsers, as lists of slots. */
  groups: number[][];
}

const PLANS = new WeakMap<readonly DateParser[], Plan>();
/** Windows (anchors × (lead + 1)) covering more than 1/DENSE of the text: scan it whole instead. */
const DENSE = 4;
const NO_CHARS = charClass('');

function planFor(parsers: readonly DateParser[]): Plan {
  let plan = PLANS.get(parsers);
  if (plan) return plan;
  const isAnchor = new Uint32Array(0x10000 >> 5);
  const anchorCodes: number[] = [];
  const groups: number[][] = [];
  const groupOf = new Map<string, number>();
  const steps = parsers.map((parser): Step => {
    const flags = parser.pattern.flags.replace(/[gy]/g, '');
    const global = new RegExp(parser.pattern.source, flags + 'g');
    const sticky = new RegExp(parser.pattern.source, flags + 'y');
    const a = parser.anchor;
    if (!a) return { parser, global, sticky, group: -1, lead: 0, first: NO_CHARS, between: NO_CHARS, needs: null };
    let group = groupOf.get(a.chars);
    if (group === undefined) {
      const list: number[] = [];
      for (const c of codes(a.chars)) {
        if (!anchorCodes.includes(c)) {
          anchorCodes.push(c);
          isAnchor[c >> 5] = isAnchor[c >> 5]! | (1 << (c & 31));
        }
        list.push(anchorCodes.indexOf(c));
      }
      group = groups.push(list) - 1;
      groupOf.set(a.chars, group);
    }
    const needs = a.needs ? charClass(a.needs) : null;
    return {
      parser,
      global,
      sticky,
      group,
      lead: a.lead,
      first: charClass(a.first),
      between: charClass(a.between),
      needs,
    };
  });
  plan = { steps, isAnchor, anchorCodes, groups };
  PLANS.set(parsers, plan);
  return plan;
}

/**
 * Runs every parser over the text; groups in no particular order.
 *
 * A parser is a global scan: the leftmost match from where the last one ended.
 * For an anchored parser the same matches are found by trying its sticky
 * pattern, left to right, only where a match can start: on a `first`
 * character at most `lead` before an anchor character, with only `between`
 * characters (and one of `needs`) up to it.
 */
export function runParsers(text: string, parsers: readonly DateParser[]): RawGroup[] {
  const groups: RawGroup[] = [];
  const emit = (p: DateParser, priority: number, m: RegExpExecArray) => {
    const items = p.extract(m, text);
    if (!items || items.length === 0) return;
    let start = Infinity;
    let end = -1;
    for (const it of items) {
      if (it.start < start) start = it.start;
      if (it.end > end) end = it.end;
    }
    groups.push({ start, end, items, priority });
  };

  const plan = planFor(parsers);
  // Offsets of every anchor character, in one pass over the text.
  const { isAnchor, anchorCodes } = plan;
  const bySlot: number[][] = anchorCodes.map(() => []);
  if (anchorCodes.length > 0) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((isAnchor[c >> 5]! & (1 << (c & 31))) !== 0) bySlot[anchorCodes.indexOf(c)]!.push(i);
    }
  }
  const byGroup: Array<number[] | undefined> = [];
  const anchorsOf = (group: number): number[] => {
    let list = byGroup[group];
    if (list) return list;
    const slots = plan.groups[group] as number[];
    if (slots.length === 1) list = bySlot[slots[0] as number] as number[];
    else {
      list = [];
      for (const k of slots) for (const i of bySlot[k] as number[]) list.push(i);
      list.sort((x, y) => x - y);
    }
    byGroup[group] = list;
    return list;
  };

  for (let priority = 0; priority < plan.steps.length; priority++) {
    const { parser, global, sticky, group, lead, first, between, needs } = plan.steps[priority] as Step;
    const anchors = group < 0 ? null : anchorsOf(group);
    // No anchor, or anchors so dense (a table of dates) that one scan of the whole text costs less.
    if (anchors === null || anchors.length * (lead + 1) * DENSE > text.length) {
      global.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = global.exec(text)) !== null) {
        if (m[0].length === 0) {
          global.lastIndex++;
          continue;
        }
        emit(parser, priority, m);
      }
      continue;
    }
    let from = 0; // no match may start before this: the end of the last one, or a position already tried
    for (const a of anchors) {
      // A match starts at most `lead` before its anchor, with only `between` characters in between.
      let start = a;
      let needed = needs === null;
      for (const stop = Math.max(from, a - lead); start > stop; start--) {
        const c = text.charCodeAt(start - 1);
        if (!inClass(between, c)) break;
        if (!needed && inClass(needs!, c)) needed = true;
      }
      if (!needed) continue;
      for (let q = Math.max(from, start); q <= a; q++) {
        from = q + 1;
        if (!inClass(first, text.charCodeAt(q))) continue;
        sticky.lastIndex = q;
        const m = sticky.exec(text);
        if (m === null || m[0].length === 0) continue;
        emit(parser, priority, m);
        from = q + m[0].length;
        q = from - 1;
      }
    }
  }
  return groups;
}
