/**
 * Villages are never loaded whole: dist/villages.csv is sorted by code, so the
 * villages under one township or county are in one slice of it (a few kB):
 * found from the byte range of each county that the prebuilt index records,
 * or else by a binary search over the file; cached per prefix (the file never
 * changes).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { VillageRanges } from '../division-index.js';
import { ensure, locate, VILLAGES } from './load.js';
import type { Division } from './units.js';

/** Villages read so far, by the prefix asked for. */
const villageCache = new Map<string, Division[]>();
/** Villages by code: the one made by the latest read of it (reading a county after one of its townships remakes the township's villages). */
const villageCodes = new Map<string, Division>();
/** Reads not yet in villageCodes, in order: it is filled only once a code is looked up. */
const unindexed: Division[][] = [];

/** A village read so far (their codes have 12 digits). */
export function loadedVillage(code: string): Division | null {
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
