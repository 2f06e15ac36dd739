#!/usr/bin/env node
// npm run bench [-- --json] [--corpus DIR] [--mb 20] [--runs 5] [--rss-only] [--rss-records 100000]
// Throughput of `govx extract` (1 and 2 workers) against raw nodejieba tag()
// over the same texts, two one-worker processes on halves (the -j 2 ceiling),
// cold start against a bare nodejieba load, peak RSS; then peak RSS of a
// 100k-record JSONL run (-j 2) read from a file and from stdin (a pipe).
// --rss-only runs the last part alone.
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: opt } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    corpus: { type: 'string' },
    mb: { type: 'string', default: '20' },
    runs: { type: 'string', default: '5' },
    'rss-only': { type: 'boolean', default: false },
    'rss-records': { type: 'string', default: '100000' },
  },
});
const root = resolve(new URL('..', import.meta.url).pathname);
const BIN = join(root, 'bin/govx.js');
const PROBE = join(root, 'scripts/rss-probe.cjs');
const require = createRequire(join(root, 'package.json'));
const log = (s) => opt.json || process.stderr.write(s + '\n');

/** The maintainers' evaluation set; a clone does not have it. */
const SHARED_DEV = join(root, '../shared/corpus/dev');

/** Texts of a folder of corpus-format .json files ({id, text, …}). */
function corpusTexts(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')).text)
    .filter((t) => typeof t === 'string' && t.length > 0);
}

/**
 * Texts from what a clone holds: the fixtures' plain-text (UTF-8) articles,
 * each also in nine variants with its digits shifted (other dates, numbers
 * and document numbers; the same length), so the corpus is not one text repeated.
 */
function fixtureTexts() {
  const dir = join(root, 'fixtures');
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const base = [];
  for (const name of readdirSync(dir).sort()) {
    let text;
    try {
      text = utf8.decode(readFileSync(join(dir, name, 'input.txt')));
    } catch {
      continue; // no input.txt, or not UTF-8 (the GBK and Big5 pages)
    }
    if (!/^\s*</.test(text)) base.push(text);
  }
  const out = [];
  for (let k = 0; k < 10; k++)
    for (const t of base) out.push(k === 0 ? t : t.replace(/[0-9]/g, (d) => String((Number(d) + k) % 10)));
  return out;
}

function loadTexts() {
  if (opt.corpus !== undefined) {
    try {
      const t = corpusTexts(opt.corpus);
      if (t.length > 0) return { texts: t, from: `${opt.corpus}` };
    } catch {}
    process.stderr.write(`bench: ${opt.corpus}: no corpus-format .json files there\n`);
    process.exit(2);
  }
  if (existsSync(SHARED_DEV)) return { texts: corpusTexts(SHARED_DEV), from: 'dev texts (../shared/corpus/dev)' };
  log("bench: ../shared/corpus/dev (the maintainers' evaluation set) is not here: using the bundled fixtures");
  return { texts: fixtureTexts(), from: 'fixture texts' };
}

const { texts, from: textsFrom } = loadTexts();
const tmp = mkdtempSync(join(tmpdir(), 'govx-bench-'));

/**
 * Peak RSS of `govx extract -j 2` over N JSONL records (dev texts repeated),
 * once from the file and once from stdin, a pipe fed from the same file.
 */
async function rssSection() {
  const n = Number(opt['rss-records']);
  const path = join(tmp, 'rss.jsonl');
  const rows = [];
  let textBytes = 0;
  for (let i = 0; i < n; i++) {
    const text = texts[i % texts.length];
    rows.push(JSON.stringify({ id: `m${i}`, text }));
    textBytes += Buffer.byteLength(text);
  }
  writeFileSync(path, rows.join('\n') + '\n');
  rows.length = 0;
  const args = ['extract', '--no-text', '-q', '--allow-errors', '-j', '2'];
  const viaFile = await probeRun([BIN, ...args, path]);
  log(
    `peak RSS, ${n} records from a file: ${(viaFile.rssKiB / 1024).toFixed(0)} MiB in ${(viaFile.ms / 1000).toFixed(1)} s`,
  );
  const viaStdin = await probeRun([BIN, ...args, '-'], path);
  log(
    `peak RSS, ${n} records from stdin: ${(viaStdin.rssKiB / 1024).toFixed(0)} MiB in ${(viaStdin.ms / 1000).toFixed(1)} s`,
  );
  return {
    records: n,
    megabytesOfText: +(textBytes / 1e6).toFixed(1),
    fileMiB: +(viaFile.rssKiB / 1024).toFixed(1),
    stdinMiB: +(viaStdin.rssKiB / 1024).toFixed(1),
    fileSeconds: +(viaFile.ms / 1000).toFixed(1),
    stdinSeconds: +(viaStdin.ms / 1000).toFixed(1),
  };
}

/** Runs a node process with the RSS probe, stdout discarded, stdin streamed from a file if given. */
function probeRun(args, stdinFile) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--require', PROBE, ...args], {
      stdio: [stdinFile ? 'pipe' : 'ignore', 'ignore', 'pipe', 'pipe'],
    });
    if (stdinFile) {
      child.stdin.on('error', () => undefined); // the run may end before reading it all
      createReadStream(stdinFile).pipe(child.stdin);
    }
    let probe = '';
    let stderr = '';
    child.stdio[3].on('data', (b) => (probe += b));
    child.stderr.on('data', (b) => (stderr += b));
    child.on('error', reject);
    child.on('close', (status) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (status !== 0 && status !== 1) reject(new Error(`${args.join(' ')} failed (${status}): ${stderr}`));
      else resolve({ ms, ...readProbe(probe || stderr) });
    });
  });
}

/** What the RSS/CPU probe printed: peak RSS in KiB and CPU ms. */
function readProbe(text) {
  return {
    rssKiB: Number(/maxRSS=(\d+)/.exec(text)?.[1] ?? NaN),
    cpuMs: Number(/cpuMs=(\d+)/.exec(text)?.[1] ?? NaN),
  };
}

const rssLine = (r) =>
  `peak RSS, ${r.records} records (${r.megabytesOfText} MB of text), -j 2: from a file ${r.fileMiB} MiB, from stdin ${r.stdinMiB} MiB  (target < 1024 MiB each)`;

if (opt['rss-only']) {
  const r = await rssSection();
  if (opt.json) process.stdout.write(JSON.stringify({ memory100k: r }, null, 2) + '\n');
  else console.log(rssLine(r));
  process.exit(0);
}

const targetBytes = Number(opt.mb) * 1e6;
const lines = [];
let bytes = 0;
let articles = 0;
for (let round = 0; bytes < targetBytes; round++) {
  for (const [i, text] of texts.entries()) {
    lines.push(JSON.stringify({ id: `r${round}-${i}`, text }));
    bytes += Buffer.byteLength(text);
    articles++;
  }
}
const corpusPath = join(tmp, 'bench.jsonl');
writeFileSync(corpusPath, lines.join('\n') + '\n');
log(`corpus: ${texts.length} ${textsFrom} repeated to ${articles} articles, ${(bytes / 1e6).toFixed(1)} MB of text`);

/** Runs a node process with the RSS probe; returns wall ms and peak RSS KiB. */
function measure(args, input) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', PROBE, ...args], {
    input,
    stdio: ['pipe', 'ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 26,
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { ms, ...readProbe(r.output[3] ?? r.stderr) };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Raw nodejieba tag() over the same texts, in this process.
const jieba = require('nodejieba');
jieba.tag('预热');
let t0 = process.hrtime.bigint();
for (let b = 0; b < targetBytes; ) {
  for (const text of texts) {
    jieba.tag(text);
    b += Buffer.byteLength(text);
  }
}
const jiebaMs = Number(process.hrtime.bigint() - t0) / 1e6;
const jiebaMBs = bytes / 1e6 / (jiebaMs / 1000);
log(`nodejieba tag(): ${jiebaMBs.toFixed(2)} MB/s`);

const runs = {};
for (const jobs of [1, 2]) {
  const m = measure([BIN, 'extract', corpusPath, '--no-text', '-q', '--allow-errors', '-j', String(jobs)]);
  runs[jobs] = { ...m, mbPerSec: bytes / 1e6 / (m.ms / 1000), articlesPerSec: articles / (m.ms / 1000) };
  log(
    `govx extract -j ${jobs}: ${runs[jobs].mbPerSec.toFixed(2)} MB/s, ${runs[jobs].articlesPerSec.toFixed(0)} articles/s, ${(m.cpuMs / m.ms).toFixed(2)} cores busy, peak RSS ${(m.rssKiB / 1024).toFixed(0)} MiB`,
  );
}

// The same corpus through standard input: streamed line by line, so its peak
// memory should match the file's, not grow with the input.
{
  const m = measure([BIN, 'extract', '-', '--no-text', '-q', '--allow-errors', '-j', '2'], readFileSync(corpusPath));
  runs.stdin = m;
  log(
    `govx extract - (stdin) -j 2: peak RSS ${(m.rssKiB / 1024).toFixed(0)} MiB (file: ${(runs[2].rssKiB / 1024).toFixed(0)} MiB)`,
  );
}

// The most two workers can give on this machine: two separate one-worker
// processes, each on half the articles, at the same time (no shared pool, no
// coordination). -j 2 is judged against this as well as against one worker.
const half = Math.ceil(lines.length / 2);
const halves = [lines.slice(0, half), lines.slice(half)].map((part, k) => {
  const path = join(tmp, `half-${k}.jsonl`);
  writeFileSync(path, part.join('\n') + '\n');
  return path;
});
t0 = process.hrtime.bigint();
const halfRuns = await Promise.all(
  halves.map((path) => probeRun([BIN, 'extract', path, '--no-text', '-q', '--allow-errors', '-j', '1'])),
);
const halvesMs = Number(process.hrtime.bigint() - t0) / 1e6;
const halvesCpuMs = halfRuns.reduce((sum, r) => sum + r.cpuMs, 0);
log(
  `two -j 1 processes on halves: ${(bytes / 1e6 / (halvesMs / 1000)).toFixed(2)} MB/s, ${(halvesCpuMs / halvesMs).toFixed(2)} cores busy`,
);

// Cold start: one small file, whole process.
const small = join(tmp, 'small.txt');
writeFileSync(small, texts[0] ?? '会议召开。');
const n = Math.max(5, Number(opt.runs));
const cold = [];
const bare = [];
for (let i = 0; i < n; i++) {
  cold.push(measure([BIN, 'extract', small, '--no-text']));
  bare.push(measure(['-e', "require('nodejieba').cut('测试')"]));
}
const coldMs = median(cold.map((c) => c.ms));
const bareMs = median(bare.map((c) => c.ms));
const bareRss = median(bare.map((c) => c.rssKiB));
const perWorkerRss = runs[2].rssKiB - runs[1].rssKiB;
log(`cold start: govx ${coldMs.toFixed(0)} ms vs bare nodejieba ${bareMs.toFixed(0)} ms (median of ${n})`);
const memory100k = await rssSection();

const report = {
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version },
  corpus: { articles, megabytes: +(bytes / 1e6).toFixed(2) },
  jiebaTag: { mbPerSec: +jiebaMBs.toFixed(3) },
  oneWorker: {
    mbPerSec: +runs[1].mbPerSec.toFixed(3),
    articlesPerSec: +runs[1].articlesPerSec.toFixed(1),
    ratioToJieba: +(runs[1].mbPerSec / jiebaMBs).toFixed(3),
    cpuSeconds: +(runs[1].cpuMs / 1000).toFixed(2),
    coresBusy: +(runs[1].cpuMs / runs[1].ms).toFixed(2),
  },
  twoWorkers: {
    mbPerSec: +runs[2].mbPerSec.toFixed(3),
    articlesPerSec: +runs[2].articlesPerSec.toFixed(1),
    speedup: +(runs[2].mbPerSec / runs[1].mbPerSec).toFixed(3),
    cpuSeconds: +(runs[2].cpuMs / 1000).toFixed(2),
    coresBusy: +(runs[2].cpuMs / runs[2].ms).toFixed(2),
  },
  twoProcessesOnHalves: {
    mbPerSec: +(bytes / 1e6 / (halvesMs / 1000)).toFixed(3),
    speedup: +(bytes / 1e6 / (halvesMs / 1000) / runs[1].mbPerSec).toFixed(3),
    cpuSeconds: +(halvesCpuMs / 1000).toFixed(2),
    coresBusy: +(halvesCpuMs / halvesMs).toFixed(2),
  },
  coldStart: {
    govxMs: +coldMs.toFixed(1),
    bareNodejiebaMs: +bareMs.toFixed(1),
    ratio: +(coldMs / bareMs).toFixed(3),
    runs: n,
  },
  rss: {
    oneWorkerProcessMiB: +(runs[1].rssKiB / 1024).toFixed(1),
    twoWorkersProcessMiB: +(runs[2].rssKiB / 1024).toFixed(1),
    twoWorkersStdinMiB: +(runs.stdin.rssKiB / 1024).toFixed(1),
    perWorkerMiB: +(perWorkerRss / 1024).toFixed(1),
    bareNodejiebaMiB: +(bareRss / 1024).toFixed(1),
    perWorkerRatio: +(perWorkerRss / bareRss).toFixed(3),
  },
  memory100k,
};
if (opt.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
else {
  const r = report;
  console.log(`
machine            ${r.machine.cpus} × ${r.machine.model}, Node ${r.machine.node}
corpus             ${r.corpus.articles} articles, ${r.corpus.megabytes} MB
nodejieba tag()    ${r.jiebaTag.mbPerSec} MB/s
govx -j 1          ${r.oneWorker.mbPerSec} MB/s, ${r.oneWorker.articlesPerSec} articles/s  (${(r.oneWorker.ratioToJieba * 100).toFixed(0)}% of tag(); target ≥ 50%)  CPU ${r.oneWorker.cpuSeconds} s, ${r.oneWorker.coresBusy} cores busy
govx -j 2          ${r.twoWorkers.mbPerSec} MB/s, ${r.twoWorkers.articlesPerSec} articles/s  (${r.twoWorkers.speedup}× one worker; target ≥ 1.7×)  CPU ${r.twoWorkers.cpuSeconds} s, ${r.twoWorkers.coresBusy} cores busy
two -j 1 on halves ${r.twoProcessesOnHalves.mbPerSec} MB/s  (${r.twoProcessesOnHalves.speedup}× one worker: the ceiling for -j 2 here)  CPU ${r.twoProcessesOnHalves.cpuSeconds} s, ${r.twoProcessesOnHalves.coresBusy} cores busy
cold start         ${r.coldStart.govxMs} ms vs ${r.coldStart.bareNodejiebaMs} ms bare nodejieba  (${r.coldStart.ratio}×; target ≤ 1.25×)
peak RSS           ${r.rss.perWorkerMiB} MiB per extra worker vs ${r.rss.bareNodejiebaMiB} MiB bare nodejieba  (${r.rss.perWorkerRatio}×; target ≤ 1.2×)
${rssLine(r.memory100k)}`);
}
