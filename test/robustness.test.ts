/**
 * Robustness: generated and mutated inputs never crash an extractor, never
 * hang, and always give a schema-valid record or a clean input error.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processToLine } from '../src/run/line.js';
import type { WorkItem } from '../src/input/sources.js';

/** Deterministic PRNG (mulberry32) so a failure can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED_TEXT = readFileSync('fixtures/seed-town-meeting/input.txt', 'utf8');
const SEED_BYTES = Buffer.from(SEED_TEXT, 'utf8');
const PIECES = [
  '书记',
  '、',
  '镇党委',
  '副县长',
  '《',
  '》',
  '2024年',
  '3月',
  '5日',
  '至',
  '主持',
  '召开',
  '会议',
  '(',
  ')',
  '记者',
  ' ',
  '\n',
  '·',
  '某某',
  '十四五',
  '〔2019〕',
  '号',
  '王',
  '刘',
  '同志',
  '出席',
  '代',
];

/** Outcomes that are a bug, never a property of the input. */
const BUGS = new Set(['extractor-error', 'invalid-record']);

function check(item: WorkItem, budgetMs: number): void {
  const t0 = Date.now();
  const r = processToLine(item, { includeText: false });
  const ms = Date.now() - t0;
  if (!r.ok && BUGS.has(r.code ?? '')) throw new Error(`${item.id}: ${r.code}: ${r.message}`);
  expect(ms, `${item.id} took ${ms} ms`).toBeLessThan(budgetMs);
}

const bytesItem = (id: string, bytes: Uint8Array): WorkItem => ({ id, input: id, path: id, format: 'text', bytes });
const textItem = (id: string, text: string): WorkItem => ({ id, input: id, path: id, format: 'text', text });

describe('robustness', () => {
  it('survives 1,500 mutated copies of a real article (cuts, byte flips, splices)', () => {
    // Warm up untimed: the first full article pays for compiling the extractors,
    // which on a loaded machine alone can pass the per-article budget.
    processToLine(bytesItem('warm-up', SEED_BYTES), { includeText: false });
    const next = rng(42);
    for (let i = 0; i < 1500; i++) {
      const bytes = Buffer.from(SEED_BYTES);
      const kind = i % 4;
      let out: Buffer;
      if (kind === 0)
        out = bytes.subarray(
          Math.floor(next() * bytes.length),
          Math.floor(next() * bytes.length) + 1 + Math.floor(next() * 600),
        );
      else if (kind === 1) {
        for (let k = 0; k < 1 + Math.floor(next() * 20); k++)
          bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
        out = bytes;
      } else {
        let s = SEED_TEXT.slice(0, Math.floor(next() * SEED_TEXT.length));
        for (let k = 0; k < 40; k++) s += PIECES[Math.floor(next() * PIECES.length)];
        out = Buffer.from(kind === 2 ? s : [...s].reverse().join(''), 'utf8');
      }
      check(bytesItem(`mut-${i}`, out), 2000);
    }
  }, 120_000);

  it('survives 500 random texts of domain pieces and 300 random byte strings', () => {
    const next = rng(7);
    for (let i = 0; i < 500; i++) {
      let s = '';
      const n = 1 + Math.floor(next() * 400);
      for (let k = 0; k < n; k++) s += PIECES[Math.floor(next() * PIECES.length)];
      check(textItem(`pieces-${i}`, s), 2000);
    }
    for (let i = 0; i < 300; i++) {
      const b = Buffer.alloc(1 + Math.floor(next() * 2000));
      for (let k = 0; k < b.length; k++) b[k] = Math.floor(next() * 256);
      check(bytesItem(`random-${i}`, b), 2000);
    }
  }, 120_000);

  it.each([
    ['a 1 MB line of Chinese text', () => SEED_TEXT.replace(/\n/g, '').repeat(Math.ceil(1_000_000 / SEED_TEXT.length))],
    ['100,000 《 without 》', () => '会上印发' + '《'.repeat(100_000)],
    ['100,000 》 without 《', () => '》'.repeat(100_000)],
    ['50,000 、 in a row', () => '副县长张三' + '、'.repeat(50_000) + '李四出席'],
    ['50,000 书记 in a row', () => '镇党委' + '书记'.repeat(50_000) + '王刚主持'],
    ['a 200,000-name attendance list', () => '出席会议的有' + '王刚、'.repeat(200_000 / 3) + '等'],
    ['digits without end', () => '2024年'.repeat(30_000) + '3月'.repeat(30_000)],
    ['one long run of one character', () => '镇'.repeat(1_000_000)],
    ['spaces and newlines only around a word', () => ' '.repeat(500_000) + '会议' + '\n'.repeat(500_000)],
  ])(
    'stays fast on %s',
    (_name, make) => {
      check(textItem('big', make()), 15_000);
    },
    60_000,
  );

  const page = (body: string) =>
    `<html><head><meta charset="utf-8"><title>白河镇召开会议</title></head><body>${body}</body></html>`;
  it.each([
    ['10,000 nested divs', () => page('<div>'.repeat(10_000) + '镇党委书记李明主持会议。' + '</div>'.repeat(10_000))],
    ['100,000 unclosed tags', () => page('<p><span>'.repeat(50_000) + '会议召开。')],
    [
      'a 10 MB page',
      () =>
        page(
          ('<p>2月5日,白河镇召开安全生产会议,镇长王刚主持会议。</p>' + '<a href="#">导航</a>'.repeat(20)).repeat(
            20_000,
          ),
        ),
    ],
    [
      'a page cut in the middle of a tag',
      () => page('<div class="content"><p>镇党委书记李明主持会议。</p>').slice(0, -30) + '<div cla',
    ],
    [
      'scripts and comments only',
      () => page('<script>' + 'var a=1;'.repeat(10_000) + '</script><!--' + '注释'.repeat(10_000)),
    ],
  ])(
    'stays fast on HTML with %s',
    (_name, make) => {
      const t0 = Date.now();
      const r = processToLine(
        { id: 'html', input: 'html', path: 'html', format: 'html', bytes: Buffer.from(make(), 'utf8') },
        { includeText: false },
      );
      expect(r.ok || !BUGS.has(r.code ?? '')).toBe(true);
      expect(Date.now() - t0).toBeLessThan(20_000);
    },
    60_000,
  );

  it('refuses truncated UTF-8 cleanly (never a crash)', () => {
    for (let cut = 1; cut < 40; cut++) {
      const r = processToLine(bytesItem(`cut-${cut}`, SEED_BYTES.subarray(0, cut * 3 + 1)), { includeText: false });
      expect(r.ok || !BUGS.has(r.code ?? '')).toBe(true);
    }
  });
});
