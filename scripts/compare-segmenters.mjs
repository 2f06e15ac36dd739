#!/usr/bin/env node
// Measures @node-rs/jieba against nodejieba (govx's engine) on the same texts:
// load time (separate processes, median), tag() throughput, and whether the
// two give the same tokens and tags. @node-rs/jieba is not a dependency:
//   npm install --no-save @node-rs/jieba && node scripts/compare-segmenters.mjs [--corpus DIR]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: opt } = parseArgs({
  options: { corpus: { type: 'string', default: '../shared/corpus/dev' }, runs: { type: 'string', default: '5' } },
});
const root = resolve(new URL('..', import.meta.url).pathname);
const require = createRequire(join(root, 'package.json'));
let rs;
try {
  rs = require.resolve('@node-rs/jieba');
} catch {
  console.error('@node-rs/jieba is not installed: npm install --no-save @node-rs/jieba');
  process.exit(2);
}

const LOAD = {
  nodejieba: `const t=performance.now();const j=require(${JSON.stringify(require.resolve('nodejieba'))});j.tag('测试');console.log(performance.now()-t)`,
  'nodejieba (govx: no idf/stop words)': `const t=performance.now();import(${JSON.stringify(join(root, 'dist/segment/jieba.js'))}).then(m=>{m.segment('测试');console.log(performance.now()-t)})`,
  '@node-rs/jieba': `const t=performance.now();const {Jieba}=require(${JSON.stringify(rs)});const j=Jieba.withDict(require('fs').readFileSync(require.resolve('@node-rs/jieba/dict.txt',{paths:[${JSON.stringify(root)}]})));j.tag('测试',true);console.log(performance.now()-t)`,
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [name, code] of Object.entries(LOAD)) {
  const ms = [];
  for (let i = 0; i < Number(opt.runs); i++)
    ms.push(Number(spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', cwd: root }).stdout));
  console.log(`load  ${name.padEnd(38)} ${median(ms).toFixed(0)} ms (median of ${ms.length})`);
}

const nodejieba = require('nodejieba');
const { Jieba } = require(rs);
const rsJieba = Jieba.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
const texts = readdirSync(opt.corpus)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(opt.corpus, f), 'utf8')).text);
for (const dir of readdirSync(join(root, 'fixtures'))) {
  try {
    texts.push(readFileSync(join(root, 'fixtures', dir, 'input.txt'), 'utf8'));
  } catch {
    /* HTML fixtures */
  }
}
let words = 0;
let tags = 0;
for (const text of texts) {
  const a = nodejieba.tag(text);
  const b = rsJieba.tag(text, true);
  if (a.map((t) => t.word).join('|') !== b.map((t) => t.word).join('|')) words++;
  else if (a.some((t, i) => t.tag !== b[i].tag)) tags++;
}
console.log(
  `tokens: ${texts.length} texts; ${words} cut differently, ${tags} more tagged differently (${(((words + tags) / texts.length) * 100).toFixed(0)}% not identical)`,
);

const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
for (const [name, tag] of [
  ['nodejieba', (t) => nodejieba.tag(t)],
  ['@node-rs/jieba', (t) => rsJieba.tag(t, true)],
]) {
  const t0 = performance.now();
  for (let r = 0; r < 20; r++) for (const t of texts) tag(t);
  console.log(`tag() ${name.padEnd(38)} ${((bytes * 20) / 1e6 / ((performance.now() - t0) / 1000)).toFixed(2)} MB/s`);
}
