#!/usr/bin/env node
/**
 * Behaviour guard for refactors: writes the records of every fixture, every
 * dev article, the saved HTML pages, the CLUENER sentences and the People's
 * Daily dev articles, or compares two such snapshots record by record.
 *
 *   npm run build && node scripts/snapshot.mjs write /tmp/snap-before
 *   … change the code …
 *   npm run build && node scripts/snapshot.mjs write /tmp/snap-after
 *   node scripts/snapshot.mjs compare /tmp/snap-before /tmp/snap-after [--drop documents[].rule …]
 *
 * --drop PATH removes a key a change added on purpose from the later records
 * before comparing (PATH: dot-separated keys, `[]` for every element of a list).
 *
 * Needs ../shared/corpus (absent sets are skipped with a note); never run by `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// GOVX_ROOT: snapshot another checkout (an older commit's worktree) with this script.
const root = resolve(process.env.GOVX_ROOT ?? resolve(import.meta.dirname, '..'));
const corpus = resolve(root, '../shared/corpus');
const bin = join(root, 'bin/govx.js');

function govx(args) {
  return execFileSync(process.execPath, [bin, 'extract', ...args, '--jsonl', '-q', '--allow-errors', '-j', '2'], {
    cwd: root,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
}

/** Inputs go to a fixed path: it is part of every record (input.path). */
function jsonlOf(name, rows) {
  const dir = join(tmpdir(), 'govx-snapshot-inputs');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.jsonl`);
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return file;
}

/** Each set: a name and the CLI arguments that extract it (null when its files are missing). */
function sets() {
  const out = [['fixtures', ['fixtures', '--glob', '**/{input.txt,page.html}']]];
  const dev = join(corpus, 'dev');
  if (existsSync(dev)) {
    const rows = readdirSync(dev)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(dev, f), 'utf8')))
      .map((a) => ({ id: a.id, text: a.text }));
    out.push(['dev', [jsonlOf('dev', rows)]]);
  }
  for (const name of ['html', 'html-ext']) {
    const dir = join(corpus, name);
    if (existsSync(dir)) out.push([name, [dir, '--glob', '**/*.{html,htm}']]);
  }
  const ner = join(corpus, 'ner/cluener2020_dev.json');
  if (existsSync(ner)) {
    const rows = readFileSync(ner, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l, i) => ({ id: `ner-${i}`, text: JSON.parse(l).text }));
    out.push(['ner', [jsonlOf('ner', rows)]]);
  }
  const pd98 = join(corpus, 'pd98/dev.jsonl');
  if (existsSync(pd98)) {
    const rows = readFileSync(pd98, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        const a = JSON.parse(l);
        return { id: a.id, text: a.text };
      });
    out.push(['pd98', [jsonlOf('pd98', rows)]]);
  }
  return out;
}

function write(dir) {
  mkdirSync(dir, { recursive: true });
  for (const [name, args] of sets()) {
    const t0 = Date.now();
    const out = govx(args);
    writeFileSync(join(dir, `${name}.jsonl`), out);
    console.error(`${name}: ${out.split('\n').filter(Boolean).length} records in ${Date.now() - t0} ms`);
  }
}

/** The first differing path between two JSON values, for a readable report. */
function firstDiff(a, b, path = '') {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      const d = firstDiff(a[k], b[k], `${path}/${k}`);
      if (d) return d;
    }
    return `${path}: key order`;
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 120)} → ${JSON.stringify(b)?.slice(0, 120)}`;
}

/** Deletes the key at `path` (e.g. meta.bylines[].rule) wherever it occurs in `value`. */
function drop(value, path) {
  const [head, ...rest] = path;
  if (value === null || typeof value !== 'object') return;
  const list = head.endsWith('[]');
  const key = list ? head.slice(0, -2) : head;
  if (rest.length === 0) {
    delete value[key];
    return;
  }
  const next = value[key];
  if (!list) drop(next, rest);
  else if (Array.isArray(next)) for (const v of next) drop(v, rest);
}

function compare(before, after, drops = []) {
  let changed = 0;
  for (const f of readdirSync(before).filter((x) => x.endsWith('.jsonl'))) {
    const a = readFileSync(join(before, f), 'utf8').split('\n').filter(Boolean);
    const bPath = join(after, f);
    if (!existsSync(bPath)) {
      console.log(`${f}: missing in ${after}`);
      changed++;
      continue;
    }
    const b = readFileSync(bPath, 'utf8').split('\n').filter(Boolean);
    if (a.length !== b.length) console.log(`${f}: ${a.length} records → ${b.length}`);
    let n = 0;
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] === b[i]) continue;
      const rb = JSON.parse(b[i]);
      for (const d of drops) drop(rb, d.split('.'));
      if (drops.length && a[i] === JSON.stringify(rb)) continue;
      n++;
      if (n > 25) continue;
      const ra = JSON.parse(a[i]);
      console.log(`${f} ${ra.id}: ${firstDiff(ra, rb)}`);
    }
    console.log(`${f}: ${n ? `${n} of ${a.length} records differ` : `IDENTICAL (${a.length})`}`);
    changed += n + Math.abs(a.length - b.length);
  }
  process.exitCode = changed ? 1 : 0;
}

const [cmd, x, y, ...rest] = process.argv.slice(2);
const drops = rest.flatMap((arg, i) => (rest[i - 1] === '--drop' ? [arg] : []));
if (cmd === 'write' && x) write(resolve(x));
else if (cmd === 'compare' && x && y) compare(resolve(x), resolve(y), drops);
else {
  console.error('usage: snapshot.mjs write DIR | compare BEFORE AFTER');
  process.exitCode = 2;
}
